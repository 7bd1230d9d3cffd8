import {
  ATTESTATION_ABSENCES_FOR_DISMISSAL,
  ATTESTATION_PERIOD_SERIALS,
  attestationAcknowledgeBy,
  attestationCharacteristicBy,
  attestationDecisionAllowed,
  attestationMaterialsBy,
  attestationNoticeBy,
  attestationProtocolBy,
  type AttestationFlag,
  type Outcome,
  type Serial,
} from "../rules";
import type { Problem } from "../reader/model";
import { a1 } from "../workbook/layout";
import { attestationCoverage, LATE_CHECKS, type AttestationCheckId, type AttestationCoverage } from "./coverage";
import type { AttestationField } from "./headers";
import type { AttestationList, Officer } from "./model";
import { dismissalFlags, lateFlags, refusalNote, stageFlags } from "./stepFlags";
import { positionFlags, positionNote } from "./positionFlags";

const LATE_CHECK_IDS = Object.values(LATE_CHECKS).map((check) => check.id);

/** The dates an officer's attestation must keep (Attestation Rules §5–§7, §20–§21). */
export interface Timetable {
  /** §5: written notice, one month before attestation starts. */
  readonly noticeBy: Serial | null;
  /** §6: the supervisor's characteristic reaches HR, three weeks before the meeting. */
  readonly characteristicBy: Serial | null;
  /** §7: HR sends the materials to the commission, one week before the meeting. */
  readonly materialsBy: Serial | null;
  /** §20: the protocol, within three working days of the decision (taken at the meeting). */
  readonly protocolBy: Serial | null;
  /** §21: the officer signs the attestation sheet, within three working days of the decision. */
  readonly acknowledgeBy: Serial | null;
}

export interface OfficerCheck {
  readonly officer: Officer;
  readonly timetable: Timetable;
  readonly flags: readonly AttestationFlag[];
}

export interface AttestationCheck {
  readonly officers: readonly OfficerCheck[];
  /** The list's own problems plus dates the calendar cannot count (outside 2000–2060). */
  readonly problems: readonly Problem[];
  /** What the list's columns let be checked: the *not checked* entries, per sheet. */
  readonly coverage: AttestationCoverage;
  /** Counts of officers flagged; null ("not checked") where a list lacks the column the count stands on. */
  readonly counts: {
    readonly officers: number;
    readonly exempt: number | null;
    readonly afterReturn: number | null;
    readonly dismissalRecommended: number | null;
    readonly decisionNotAllowed: number | null;
    readonly outsidePeriod: number;
    readonly decided: number;
    /** §4: decisions recorded with the standards or the test blank. */
    readonly stageMissing: number | null;
    /** §5–§7, §20–§21: officers with a step done later than its deadline (null unless every step's date is there). */
    readonly late: number | null;
    /** §22: decision 5, or decision 3 or 4 with the offered post refused. */
    readonly subjectToDismissal: number | null;
    /** §2, Appendix 1: positions on no item of the list (null without a position column). */
    readonly positionNotListed: number | null;
    /** Appendix 1: the commission column names the other part's commission (null without either column). */
    readonly wrongCommission: number | null;
  };
}

/** The flags of one officer, in the order of the Rules. */
export function attestationFlags(officer: Officer): AttestationFlag[] {
  const flags: AttestationFlag[] = [];
  // §2: exempt officers are not attested now; nothing else about them is a finding.
  if (officer.exemption !== null) return [{ code: "exempt", exemption: officer.exemption }];
  // §16: absent for a valid reason → attested after returning.
  if (officer.excusedAbsence === true) flags.push({ code: "afterReturn" });
  // §17: a second absence without a valid reason → dismissal recommended.
  if (officer.unexcusedAbsences !== null && officer.unexcusedAbsences >= ATTESTATION_ABSENCES_FOR_DISMISSAL.absences) {
    flags.push({ code: "dismissalRecommended", absences: officer.unexcusedAbsences });
    if (officer.decision !== null && officer.decision !== ATTESTATION_ABSENCES_FOR_DISMISSAL.decision) {
      flags.push({ code: "decisionNotAllowed", decision: officer.decision, because: "absentTwice" });
    }
  }
  // §18 joins its two conditions with "and": only when both the standards and the test were failed.
  if (officer.decision !== null && officer.standardsPassed === false && officer.testPassed === false) {
    const allowed = attestationDecisionAllowed(officer.decision, false, false);
    const already = flags.some((flag) => flag.code === "decisionNotAllowed");
    if (allowed.ok && !allowed.value && !already) {
      flags.push({ code: "decisionNotAllowed", decision: officer.decision, because: "failedBoth" });
    }
  }
  // Decree §1: the attestation — its start and its meeting — falls inside 1 April – 31 December 2024.
  const outside = (day: Serial | null): day is Serial =>
    day !== null && (day < ATTESTATION_PERIOD_SERIALS.from || day > ATTESTATION_PERIOD_SERIALS.to);
  if (outside(officer.attestationStart))
    flags.push({ code: "outsidePeriod", what: "start", day: officer.attestationStart });
  if (outside(officer.meetingDate)) flags.push({ code: "outsidePeriod", what: "meeting", day: officer.meetingDate });
  return flags;
}

const NO_TIMETABLE: Timetable = {
  noticeBy: null,
  characteristicBy: null,
  materialsBy: null,
  protocolBy: null,
  acknowledgeBy: null,
};

/** An officer's dates from §5–§7 and §20–§21; a date that cannot be counted is a problem on its cell. */
function timetableOf(
  officer: Officer,
  take: (outcome: Outcome<Serial> | null, field: AttestationField) => Serial | null,
  extraDaysOff: ReadonlySet<Serial> | undefined,
): Timetable {
  if (officer.exemption !== null) return NO_TIMETABLE;
  const meeting = officer.meetingDate;
  const start = officer.attestationStart;
  // §20–§21 count from the day the decision is taken; an officer absent for a valid reason (§16)
  // had no decision at that meeting, so there is nothing to count from yet.
  const decidedAt = officer.excusedAbsence === true ? null : meeting;
  const protocolBy = take(decidedAt === null ? null : attestationProtocolBy(decidedAt, extraDaysOff), "meetingDate");
  return {
    noticeBy: take(start === null ? null : attestationNoticeBy(start), "attestationStart"),
    characteristicBy: take(meeting === null ? null : attestationCharacteristicBy(meeting), "meetingDate"),
    materialsBy: take(meeting === null ? null : attestationMaterialsBy(meeting), "meetingDate"),
    protocolBy,
    // Counted like the protocol: where that count failed (outside the calendar) it is already reported.
    acknowledgeBy:
      decidedAt === null || protocolBy === null
        ? null
        : take(attestationAcknowledgeBy(decidedAt, extraDaysOff), "meetingDate"),
  };
}

/** One officer's timetable and findings; notes on cells (§22 refusal, Appendix 1 position) go to `problems`. */
function checkOfficer(
  officer: Officer,
  list: AttestationList,
  coverage: AttestationCoverage,
  problems: Problem[],
  extraDaysOff: ReadonlySet<Serial> | undefined,
): OfficerCheck {
  const sheet = list.sheets.find((s) => s.name === officer.sheet);
  const at = (field: AttestationField) => a1(officer.row, (sheet?.origin.col ?? 0) + (sheet?.mapping[field] ?? 0));
  const note = (field: AttestationField, error: Problem["error"]) =>
    problems.push({ sheet: officer.sheet, cell: at(field), error, name: officer.fullName });
  const take = (outcome: Outcome<Serial> | null, field: AttestationField): Serial | null => {
    if (outcome === null) return null;
    if (outcome.ok) return outcome.value;
    note(field, outcome.error);
    return null;
  };
  const timetable = timetableOf(officer, take, extraDaysOff);
  // §22: a refusal where no other post was offered is a note on its cell, not a flag.
  const refusal = refusalNote(officer);
  if (refusal) note("refusedPost", refusal);
  const skipped = coverage.skipped.get(officer.sheet);
  // Appendix 1: a position that fits items of both parts is a note on its cell, not a finding.
  const ambiguous = positionNote(officer, skipped);
  if (ambiguous) note("position", ambiguous);
  const flags = [
    ...attestationFlags(officer),
    ...stageFlags(officer, skipped),
    ...lateFlags(officer, timetable, skipped),
    ...dismissalFlags(officer, skipped),
    ...positionFlags(officer, skipped),
  ];
  return { officer, timetable, flags };
}

/** The counts of the summary; null where a check they stand on was not run (never a silent 0). */
function countsOf(officers: readonly OfficerCheck[], coverage: AttestationCoverage): AttestationCheck["counts"] {
  const count = (code: AttestationFlag["code"], ...needs: AttestationCheckId[]) =>
    [...coverage.skipped.values()].some((skipped) => needs.some((id) => skipped.has(id)))
      ? null
      : officers.filter((check) => check.flags.some((flag) => flag.code === code)).length;
  return {
    officers: officers.length,
    exempt: count("exempt", "exempt"),
    afterReturn: count("afterReturn", "afterReturn"),
    dismissalRecommended: count("dismissalRecommended", "dismissal"),
    decisionNotAllowed: count("decisionNotAllowed", "dismissal", "failedBoth"),
    outsidePeriod: count("outsidePeriod") ?? 0,
    decided: officers.filter((check) => check.officer.decision !== null).length,
    stageMissing: count("stageMissing", "stageOrder"),
    late: count("late", ...LATE_CHECK_IDS),
    subjectToDismissal: count("subjectToDismissal", "notPassed", "refusedPost"),
    positionNotListed: count("positionNotListed", "positionListed"),
    wrongCommission: count("wrongCommission", "commissionMatches"),
  };
}

/**
 * The timetable and flags of every officer of the list. `extraDaysOff` are the non-working days the
 * officer added in Settings (days the government moved this year), skipped by §20–§21's count.
 */
export function checkAttestation(list: AttestationList, extraDaysOff?: ReadonlySet<Serial>): AttestationCheck {
  const problems: Problem[] = [...list.problems];
  const coverage = attestationCoverage(list);
  const officers = list.officers.map((officer) => checkOfficer(officer, list, coverage, problems, extraDaysOff));
  return { officers, problems, coverage, counts: countsOf(officers, coverage) };
}

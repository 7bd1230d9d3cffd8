import {
  ATTESTATION_ABSENCES_FOR_DISMISSAL,
  ATTESTATION_STEP_RULES,
  ATTESTATION_STEPS,
  ATTESTATION_SUBJECT_TO_DISMISSAL,
  attestationSubjectToDismissal,
  type AttestationFlag,
  type AttestationStep,
  type RuleError,
  type Serial,
} from "../rules";
import { LATE_CHECKS, type AttestationCheckId } from "./coverage";
import type { Officer } from "./model";

/** The deadlines of checkAttestation's Timetable, by step. */
export interface StepDeadlines {
  readonly noticeBy: Serial | null;
  readonly characteristicBy: Serial | null;
  readonly materialsBy: Serial | null;
  readonly protocolBy: Serial | null;
  readonly acknowledgeBy: Serial | null;
}

const DEADLINE_OF: Readonly<Record<AttestationStep, keyof StepDeadlines>> = {
  notice: "noticeBy",
  characteristic: "characteristicBy",
  materials: "materialsBy",
  protocol: "protocolBy",
  sheet: "acknowledgeBy",
};

const none: ReadonlySet<AttestationCheckId> = new Set();

/**
 * Attestation Rules §5, §6, §7, §20, §21: each date the list records against the deadline the
 * timetable counted. Later than the deadline → `late`. A date with no deadline to compare with
 * (no start, no meeting, or no decision at the meeting because of a valid absence, §16) is said
 * (`noDeadline`), never skipped. Where the count itself failed (a date outside the calendar) the
 * problem list already says so. Steps whose columns the sheet lacks (`skipped`) give nothing:
 * their *not checked* entry says it once for the sheet.
 */
export function lateFlags(
  officer: Officer,
  deadlines: StepDeadlines,
  skipped: ReadonlySet<AttestationCheckId> = none,
): AttestationFlag[] {
  if (officer.exemption !== null) return [];
  const flags: AttestationFlag[] = [];
  for (const step of ATTESTATION_STEPS) {
    const { id, actual: field } = LATE_CHECKS[step];
    const actual = officer[field as "noticeGiven"];
    if (skipped.has(id) || actual === null) continue;
    const from = ATTESTATION_STEP_RULES[step].from === "start" ? officer.attestationStart : officer.meetingDate;
    const due = deadlines[DEADLINE_OF[step]];
    if (from === null) {
      // An unreadable start or meeting cell is a problem of its own: the date is there, not blank.
      if (officer.unread.includes(LATE_CHECKS[step].from)) continue;
      flags.push({ code: "noDeadline", step, actual, because: step === "notice" ? "noStart" : "noMeeting" });
    } else if ((step === "protocol" || step === "sheet") && officer.excusedAbsence === true) {
      flags.push({ code: "noDeadline", step, actual, because: "absentExcused" });
    } else if (due !== null && actual > due) {
      flags.push({ code: "late", step, actual, due, from });
    }
  }
  return flags;
}

/**
 * Attestation Rules §4: the stages come in sequence, the decision last. A decision recorded while
 * the standards or the test cell is blank skipped a stage — unless the officer is exempt (§2, not
 * attested now), absent for a valid reason (§16, attested after returning) or absent twice
 * without one (§17: dismissal recommended without the stages). A cell that holds something
 * unreadable is a problem of its own, not a blank.
 */
export function stageFlags(officer: Officer, skipped: ReadonlySet<AttestationCheckId> = none): AttestationFlag[] {
  if (skipped.has("stageOrder") || officer.decision === null || officer.exemption !== null) return [];
  if (officer.excusedAbsence === true) return [];
  if ((officer.unexcusedAbsences ?? 0) >= ATTESTATION_ABSENCES_FOR_DISMISSAL.absences) return [];
  const missing: ("standards" | "test")[] = [];
  if (officer.standardsPassed === null && !officer.unread.includes("standardsPassed")) missing.push("standards");
  if (officer.testPassed === null && !officer.unread.includes("testPassed")) missing.push("test");
  return missing.length === 0 ? [] : [{ code: "stageMissing", decision: officer.decision, missing }];
}

/**
 * Attestation Rules §22: decision 5 ("did not pass") → subject to dismissal; decision 3 or 4 with
 * the offered post refused → subject to dismissal. Exempt officers are not attested now (§2).
 */
export function dismissalFlags(officer: Officer, skipped: ReadonlySet<AttestationCheckId> = none): AttestationFlag[] {
  if (officer.decision === null || officer.exemption !== null) return [];
  const notPassed: readonly number[] = ATTESTATION_SUBJECT_TO_DISMISSAL.notPassed;
  if (notPassed.includes(officer.decision)) {
    return skipped.has("notPassed")
      ? []
      : [{ code: "subjectToDismissal", decision: officer.decision, refusedPost: false }];
  }
  if (skipped.has("refusedPost")) return [];
  const subject = attestationSubjectToDismissal(officer.decision, officer.refusedPost);
  return subject.ok && subject.value
    ? [{ code: "subjectToDismissal", decision: officer.decision, refusedPost: true }]
    : [];
}

/**
 * A refusal recorded where no other post was offered (decision 1 or 2, or no decision yet): not
 * §22, but worth a look — a note on the refusal cell (null when there is none to make).
 */
export function refusalNote(officer: Officer): RuleError | null {
  if (officer.refusedPost !== true || officer.exemption !== null) return null;
  const offered: readonly number[] = ATTESTATION_SUBJECT_TO_DISMISSAL.otherPostOffered;
  const notPassed: readonly number[] = ATTESTATION_SUBJECT_TO_DISMISSAL.notPassed;
  const decision = officer.decision;
  if (decision !== null && (offered.includes(decision) || notPassed.includes(decision))) return null;
  return { code: "refusalWithoutOffer", decision };
}

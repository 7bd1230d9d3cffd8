/**
 * The pure steps behind the Attestation section: the meeting's §12 quorum and §19 vote from the
 * secretary's numbers, the counters of the list's findings, and the calendar the counts use. No
 * React here, so each step reads (and is tested) without rendering the pane.
 */
import type { AttestationCheck } from "../../attestation/checkAttestation";
import {
  attestationAdopted,
  attestationQuorum,
  attestationQuorumNeeded,
  attestationVotingPresent,
  calendarChanges,
  formatSerial,
  type Outcome,
  type Serial,
} from "../../rules";

/** What the secretary enters about one meeting (Rules §11, §12, §19). */
export interface MeetingInput {
  /** The commission's composition, the secretary included (Rules §12). */
  readonly composition: number;
  /** Those present, the secretary included when present (Rules §12). */
  readonly present: number;
  /** Whether the secretary is among those present: the secretary does not vote (Rules §11). */
  readonly secretary: boolean;
  readonly votes: number;
  readonly against: number;
  /** Unset until the secretary says: a tie must not look adopted before the chair's vote is known (Rules §19). */
  readonly chair: "yes" | "no" | null;
}

/** The meeting's findings, each an outcome so a count that cannot be made shows its error. */
export interface MeetingOutcome {
  /** Rules §12: the meeting is valid. */
  readonly quorum: Outcome<boolean>;
  /** Rules §12: the fewest present that make the quorum. */
  readonly needed: Outcome<number>;
  /** Rules §11: the members who vote, of those present. */
  readonly voting: Outcome<number>;
  /** Rules §19 at a valid meeting (Rules §12): the decision is adopted. */
  readonly decision: Outcome<boolean>;
}

/**
 * The §12 quorum and §19 vote of one meeting, from the numbers the secretary has. Why a step of
 * its own: the section shows the rule's answer and must not work it out itself. Rules §12 counts
 * the composition and those present with the secretary; Rules §11 leaves the secretary out of the
 * vote; Rules §19 adopts on a majority of those present, a tie (for = against) going to the chair.
 * A vote carried at a meeting without a quorum adopts nothing (Rules §12: only a quorate meeting is
 * valid), so `decision` is "no" then, while an error of the vote itself is kept to be shown.
 */
export function meetingOutcome(input: MeetingInput): MeetingOutcome {
  const { composition, present, secretary, votes, against, chair } = input;
  const quorum = attestationQuorum(present, composition);
  const needed = attestationQuorumNeeded(composition);
  const voting = attestationVotingPresent(present, secretary);
  const adopted = voting.ok
    ? attestationAdopted(votes, voting.value, chair === null ? null : chair === "yes", against)
    : voting;
  const decision: Outcome<boolean> = adopted.ok
    ? { ok: true, value: adopted.value && quorum.ok && quorum.value }
    : adopted;
  return { quorum, needed, voting, decision };
}

/**
 * The whole, non-negative number a spin button holds, or null while it holds anything else. Why:
 * Fluent's SpinButton reports a typed value as text and a stepped one as a number, and a count of
 * members (Rules §12, §19) is never a fraction or below zero, so such an entry is left unapplied.
 */
export function spinCount(data: { value?: number | null; displayValue?: string }): number | null {
  const n = data.value ?? Number(data.displayValue);
  return Number.isInteger(n) && n >= 0 ? n : null;
}

/** The counters above the list, in the order they are shown. */
export type CounterKey =
  | "officers"
  | "exempt"
  | "afterReturn"
  | "dismissalRecommended"
  | "decisionNotAllowed"
  | "outsidePeriod"
  | "stageMissing"
  | "late"
  | "subjectToDismissal"
  | "problems";

/**
 * The counters of a checked list, in the order they are shown, each with its count or null when
 * the list lacks the column it stands on. Why: the section shows null as "not checked", never as a
 * 0, so the count must reach it untouched.
 */
export function attestationCounters(check: AttestationCheck): readonly (readonly [CounterKey, number | null])[] {
  const { counts } = check;
  return [
    ["officers", counts.officers],
    ["exempt", counts.exempt],
    ["afterReturn", counts.afterReturn],
    ["dismissalRecommended", counts.dismissalRecommended],
    ["decisionNotAllowed", counts.decisionNotAllowed],
    ["outsidePeriod", counts.outsidePeriod],
    ["stageMissing", counts.stageMissing],
    ["late", counts.late],
    ["subjectToDismissal", counts.subjectToDismissal],
    ["problems", check.problems.length],
  ];
}

/** The counters that are a fault of the list (Rules §4, §18, the decree's period, §5–§7, §20–§21). */
const FAULTS: ReadonlySet<CounterKey> = new Set([
  "decisionNotAllowed",
  "outsidePeriod",
  "stageMissing",
  "late",
  "problems",
]);

/**
 * The badge colour of a counter. Why: a fault found in the list must stand out ("danger"); a
 * count that only describes the list (officers, exempt, …) or no fault at all stays informative.
 */
export function counterColor(key: CounterKey, count: number): "danger" | "informative" {
  return count > 0 && FAULTS.has(key) ? "danger" : "informative";
}

/** A timetable date as shown, or a dash where the timetable has none. */
export function dateOrDash(serial: Serial | null): string {
  return serial === null ? "—" : formatSerial(serial);
}

/**
 * The calendar the §20–§21 working-day counts use: the extra days off with the days made working.
 * Why the fallback: Settings never saves a day in both lists; were one there anyway, the days off
 * alone are used rather than guessing which list the officer meant.
 */
export function attestationDaysOff(
  extraDaysOff: readonly Serial[],
  extraWorkDays: readonly Serial[],
): ReadonlySet<Serial> {
  const changes = calendarChanges(extraDaysOff, extraWorkDays);
  return changes.ok ? changes.value : new Set(extraDaysOff);
}

/**
 * The pure steps behind the Attestation section: the counters of the list's findings and the
 * calendar the counts use (the meeting's §12 quorum and §19 vote are rules: meetingOutcome in
 * src/rules/attestation/meeting.ts). No React here, so each step is tested without rendering.
 */
import type { AttestationCheck } from "../../attestation/checkAttestation";
import { calendarChanges, formatSerial, type Serial } from "../../rules";

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

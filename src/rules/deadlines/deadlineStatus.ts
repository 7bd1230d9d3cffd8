import { DUE_SOON_DAYS } from "../data/rules";
import type { Serial } from "../dates/excelSerial";

export type DeadlineStatus = "overdue" | "dueSoon" | "onTrack";

/**
 * Where a deadline stands on a day: overdue once the day is past it, due soon within
 * `dueSoonDays` (default `DUE_SOON_DAYS`, 90; the officer may choose another window), else on track. The deadline day itself is still in time.
 *
 * @example
 * deadlineStatus(45736, 45737) //=> "overdue"
 * deadlineStatus(45736, 45646) //=> "dueSoon"   (exactly 90 days before)
 */
export function deadlineStatus(deadline: Serial, asOf: Serial, dueSoonDays: number = DUE_SOON_DAYS): DeadlineStatus {
  if (asOf > deadline) return "overdue";
  return deadline - asOf <= dueSoonDays ? "dueSoon" : "onTrack";
}

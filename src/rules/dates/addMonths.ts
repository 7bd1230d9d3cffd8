import { addDays as addDaysToDate, addMonths as addMonthsToDate } from "date-fns";
import { fail, ok, type Outcome } from "../outcome";
import { dateToSerial, MAX_SERIAL, serialToDate, type Serial } from "./excelSerial";

/** Moves a serial through a real calendar date, so the phantom 29.02.1900 is never counted. */
function shift(serial: Serial, move: (date: Date) => Date): Outcome<Serial> {
  const date = serialToDate(serial);
  if (!date.ok) return date;
  const result = dateToSerial(move(date.value));
  if (result < 1 || result > MAX_SERIAL) return fail({ code: "dateOutOfRange", value: serial });
  return ok(result);
}

/**
 * Excel's `EDATE`: the same day `months` calendar months later (or earlier), clamped to the end of
 * a shorter month. This is how the Rules' "within N months" is counted (RULES.md §6).
 *
 * @example
 * addMonths(45535, 6) //=> { ok: true, value: 45716 }   (31.08.2024 + 6 months = 28.02.2025)
 */
export function addMonths(serial: Serial, months: number): Outcome<Serial> {
  return shift(serial, (date) => addMonthsToDate(date, months));
}

/**
 * `days` calendar days later (or earlier, when negative).
 *
 * @example
 * addDays(45371, -21) //=> { ok: true, value: 45350 }   (20.03.2024 − 21 days = 28.02.2024)
 */
export function addDays(serial: Serial, days: number): Outcome<Serial> {
  return shift(serial, (date) => addDaysToDate(date, days));
}

import { addDays as addDaysToDate, addMonths as addMonthsToDate } from "date-fns";
import { fail, ok, type Outcome } from "../outcome";
import { dateToSerial, MAX_SERIAL, PHANTOM_LEAP_DAY, serialToDate, type Serial } from "./excelSerial";

/** Moves a serial through a real calendar date, so the phantom 29.02.1900 is never counted. */
function shift(serial: Serial, move: (date: Date) => Date): Outcome<Serial> {
  const date = serialToDate(serial);
  if (!date.ok) return date;
  const result = dateToSerial(move(date.value));
  if (result < 1 || result > MAX_SERIAL) return fail({ code: "dateOutOfRange", value: serial });
  return ok(result);
}

/*
 * Excel recalculates a custom function with the same inputs on every edit, and date-fns month
 * arithmetic costs about half a microsecond: remember each (day, months) answer, bounded.
 */
const MEMO = new Map<number, Outcome<Serial>>();
const MEMO_LIMIT = 1 << 16;
const MONTHS_KEY = 4096; // |months| < 2048 keeps (serial, months) → key one-to-one

/**
 * Excel's `EDATE`: the same day `months` calendar months later (or earlier), clamped to the end of
 * a shorter month. This is how the Rules' "within N months" is counted (RULES.md §6).
 *
 * @example
 * addMonths(45535, 6) //=> { ok: true, value: 45716 }   (31.08.2024 + 6 months = 28.02.2025)
 */
export function addMonths(serial: Serial, months: number): Outcome<Serial> {
  const memoable = Number.isInteger(serial) && Math.abs(months) < MONTHS_KEY / 2;
  const key = serial * MONTHS_KEY + months;
  const known = memoable ? MEMO.get(key) : undefined;
  if (known) return known;
  const result = shift(serial, (date) => addMonthsToDate(date, months));
  if (memoable) {
    if (MEMO.size >= MEMO_LIMIT) MEMO.clear();
    MEMO.set(key, result);
  }
  return result;
}

/**
 * `days` calendar days later (or earlier, when negative). Serials count days, so after the
 * phantom 29.02.1900 this is addition; around it we go through real dates.
 *
 * @example
 * addDays(45371, -21) //=> { ok: true, value: 45350 }   (20.03.2024 − 21 days = 28.02.2024)
 */
export function addDays(serial: Serial, days: number): Outcome<Serial> {
  const day = Math.floor(serial);
  const result = day + days;
  if (day > PHANTOM_LEAP_DAY && result > PHANTOM_LEAP_DAY && result <= MAX_SERIAL && day <= MAX_SERIAL)
    return ok(result);
  return shift(serial, (date) => addDaysToDate(date, days));
}

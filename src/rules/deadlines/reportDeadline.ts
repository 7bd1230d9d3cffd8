import { REPORT_DEADLINE } from "../data/rules";
import { serialFromParts, type Serial } from "../dates/excelSerial";
import { fail, ok, type Outcome } from "../outcome";

/** Years whose report deadline (in the next year) Excel can show. */
const FIRST_YEAR = 1900;
const LAST_YEAR = 9998;

/**
 * Rules §30: the HR service reports on the year's retraining and advanced training by 10 January
 * of the following year.
 *
 * @example
 * reportDeadline(2024) //=> { ok: true, value: 45667 }   (10.01.2025)
 */
export function reportDeadline(year: number): Outcome<Serial> {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR)
    return fail({ code: "yearOutOfRange", value: year });
  return ok(serialFromParts(year + 1, REPORT_DEADLINE.month, REPORT_DEADLINE.day));
}

import { KZ_HOLIDAY_YEARS } from "../data/kzHolidays";
import { formatSerial, type Serial } from "../dates/excelSerial";
import { fail, ok, type Outcome } from "../outcome";
import { kzCalendar, workDaysOf } from "./kzCalendar";

/**
 * Excel's `WORKDAY` for Kazakhstan (RULES.md §6): the day `days` working days after `start`
 * (before it when negative), skipping Saturdays, Sundays, public holidays and their substitute
 * days off, the days the Government moved by decree (KZ_TRANSFERS: a day made off is skipped, a
 * Saturday made working is counted), and the `extra` days the user lists. `extra` may be
 * `calendarChanges(daysOff, workDays)`: its `workDays` (a Saturday or holiday the user made
 * working) are then counted as working days. The start day itself is not counted; `days = 0`
 * returns `start`.
 *
 * @example
 * workdayKz(45371, 3) //=> { ok: true, value: 45379 }
 * // 20.03.2024 + 3 working days = 28.03.2024: Nauryz 21–23.03 and its substitute day 25.03 skipped
 */
export function workdayKz(start: Serial, days: number, extra?: ReadonlySet<Serial>): Outcome<Serial> {
  // Like WORKDAY: zero days is the start itself, whatever the calendar covers.
  if (days === 0) return ok(start);
  const { first, last, off } = kzCalendar();
  const span = () =>
    fail({
      code: "outsideHolidayCalendar",
      value: formatSerial(start),
      from: KZ_HOLIDAY_YEARS.first,
      to: KZ_HOLIDAY_YEARS.last,
    });
  if (start < first || start > last) return span();
  const workDays = workDaysOf(extra);
  const step = days < 0 ? -1 : 1;
  let left = Math.abs(days);
  let day = start;
  while (left > 0) {
    day += step;
    if (day < first || day > last) return span();
    if (extra?.has(day)) continue;
    if (off[day - first] === 0 || workDays?.has(day)) left--;
  }
  return ok(day);
}

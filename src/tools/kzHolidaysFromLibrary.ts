/**
 * Kazakhstan's non-working public holidays and substitute days off, straight from `date-holidays`.
 * Used at build time by `generate-holidays.ts` and by the test that checks the bundled table.
 */
import Holidays from "date-holidays";

/** The span of years the bundled table covers. */
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2060;

/** `MM-DD` of each day off in a year (public holidays and their substitute days), sorted. */
export function kzDaysOff(year: number): string[] {
  const calendar = new Holidays("KZ");
  const days = calendar
    .getHolidays(year)
    .filter((holiday) => holiday.type === "public")
    .map((holiday) => holiday.date.slice(5, 10));
  return [...new Set(days)].sort();
}

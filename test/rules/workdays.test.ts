import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isKzDayOff, kzCalendar, serialToDate, workdayKz } from "../../src/rules";
import { KZ_DAYS_OFF } from "../../src/rules/data/kzHolidays";
import { FIRST_YEAR, kzDaysOff, LAST_YEAR } from "../../src/tools/kzHolidaysFromLibrary";
import { serial } from "../cases/functionCases";

describe("Kazakhstan calendar (RULES.md §6)", () => {
  it("the bundled table is exactly what date-holidays says, for every year it covers", () => {
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      expect(KZ_DAYS_OFF[year]?.split(" "), String(year)).toEqual(kzDaysOff(year));
    }
  });

  it.each([
    ["21.03.2024", true, "Nauryz"],
    ["25.03.2024", true, "Nauryz substitute day (23.03 was a Saturday)"],
    ["26.03.2024", false, "ordinary Tuesday"],
    ["16.12.2024", true, "Independence Day"],
    ["07.01.2025", true, "Orthodox Christmas"],
    ["23.11.2024", true, "Saturday"],
    ["24.11.2024", true, "Sunday"],
  ])("%s is a day off: %s (%s)", (day, off) => {
    expect(isKzDayOff(serial(day))).toBe(off);
  });

  it("property: stepping n working days lands on a working day, with exactly n working days on the way", () => {
    const { first, last } = kzCalendar();
    fc.assert(
      fc.property(
        fc.integer({ min: first + 400, max: last - 400 }),
        fc.integer({ min: -120, max: 120 }),
        (start, n) => {
          const result = workdayKz(start, n);
          if (!result.ok) return false;
          if (n === 0) return result.value === start;
          if (isKzDayOff(result.value)) return false;
          const [lo, hi] = n > 0 ? [start + 1, result.value] : [result.value, start - 1];
          let working = 0;
          for (let day = lo; day <= hi; day++) if (!isKzDayOff(day)) working++;
          return working === Math.abs(n);
        },
      ),
    );
  });

  it("property: extra holidays only ever push the result later", () => {
    const { first, last } = kzCalendar();
    fc.assert(
      fc.property(
        fc.integer({ min: first, max: last - 400 }),
        fc.integer({ min: 1, max: 60 }),
        fc.array(fc.integer({ min: 1, max: 90 }), { maxLength: 10 }),
        (start, n, offsets) => {
          const plain = workdayKz(start, n);
          const extra = workdayKz(start, n, new Set(offsets.map((o) => start + o)));
          return plain.ok && extra.ok && extra.value >= plain.value;
        },
      ),
    );
  });

  it("no day of the calendar is the phantom 29.02.1900 or otherwise unreadable", () => {
    const { first, last } = kzCalendar();
    expect(serialToDate(first)).toMatchObject({ ok: true });
    expect(serialToDate(last)).toMatchObject({ ok: true });
    expect(last - first + 1).toBe(kzCalendar().off.length);
  });

  it("outside the calendar's years it says so instead of guessing", () => {
    const { last } = kzCalendar();
    expect(workdayKz(last - 1, 10)).toMatchObject({
      ok: false,
      error: { code: "outsideHolidayCalendar", from: 2000, to: 2060 },
    });
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  attestationAcknowledgeBy,
  attestationProtocolBy,
  buildKzCalendar,
  calendarChanges,
  isKzDayOff,
  kzCalendar,
  serialToDate,
  transferSerial,
  workdayKz,
  type CalendarChanges,
} from "../../src/rules";
import { KZ_DAYS_OFF } from "../../src/rules/data/kzHolidays";
import { KZ_TRANSFERS } from "../../src/rules/data/kzTransfers";
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

/** The officer's changes that must be valid: a test that builds a conflicting one is wrong. */
function changes(daysOff: readonly string[], workDays: readonly string[]): CalendarChanges {
  const read = calendarChanges(daysOff.map(serial), workDays.map(serial));
  if (!read.ok) throw new Error(`in both lists: ${read.both.join(", ")}`);
  return read.value;
}

describe("working-day transfers (the Government's decrees, and the officer's own)", () => {
  it("every bundled transfer is a real date of the calendar's years, cited, listed once, and changes the day", () => {
    const plain = buildKzCalendar([]);
    const seen = new Set<number>();
    for (const transfer of KZ_TRANSFERS) {
      const day = transferSerial(transfer);
      expect(day, transfer.date).not.toBeNull();
      if (day === null) continue;
      expect(day >= plain.first && day <= plain.last, transfer.date).toBe(true);
      expect(seen.has(day), `${transfer.date} listed twice`).toBe(false);
      seen.add(day);
      expect(transfer.source.trim(), `${transfer.date} cites no decree`).not.toBe("");
      // A decree's day off was a working day, and its working day was off (a Saturday, mostly).
      expect(plain.off[day - plain.first], transfer.date).toBe(transfer.kind === "dayOff" ? 0 : 1);
    }
  });

  it("the calendar applies a decree's transfers: a weekday made off, a Saturday made working", () => {
    // A made-up decree for the test only: the bundled table carries no transfer it cannot source.
    const calendar = buildKzCalendar([
      { date: "2026-12-04", kind: "dayOff", source: "test" },
      { date: "2026-12-05", kind: "workDay", source: "test" },
    ]);
    const at = (day: string) => calendar.off[serial(day) - calendar.first];
    expect([at("03.12.2026"), at("04.12.2026"), at("05.12.2026"), at("06.12.2026")]).toEqual([0, 1, 0, 1]);
    expect(buildKzCalendar([{ date: "2026-02-30", kind: "workDay", source: "test" }]).off).toEqual(
      buildKzCalendar([]).off,
    );
  });

  it("the bundled calendar is the holiday table with the bundled transfers", () => {
    expect(kzCalendar().off).toEqual(buildKzCalendar(KZ_TRANSFERS).off);
  });

  it("a week with a working Saturday: 3 working days from Thursday end on Monday, not Tuesday", () => {
    // Thursday 03.12.2026; the week has no holiday (Independence Day is 16.12).
    const thursday = serial("03.12.2026");
    const saturday = changes([], ["05.12.2026"]);
    expect(workdayKz(thursday, 3)).toEqual({ ok: true, value: serial("08.12.2026") }); // Fri, Mon, Tue
    expect(workdayKz(thursday, 3, saturday)).toEqual({ ok: true, value: serial("07.12.2026") }); // Fri, Sat, Mon
    expect(workdayKz(thursday, 2, saturday)).toEqual({ ok: true, value: serial("05.12.2026") });
    expect(workdayKz(serial("07.12.2026"), -1, saturday)).toEqual({ ok: true, value: serial("05.12.2026") });
    expect(isKzDayOff(serial("05.12.2026"))).toBe(true);
    expect(isKzDayOff(serial("05.12.2026"), saturday)).toBe(false);
    // §20 (protocol) and §21 (signature) count the same way.
    expect(attestationProtocolBy(thursday, saturday)).toEqual({ ok: true, value: serial("07.12.2026") });
    expect(attestationAcknowledgeBy(thursday, saturday)).toEqual({ ok: true, value: serial("07.12.2026") });
  });

  it("both kinds together: a Friday made off and the Saturday made working (a transfer as decreed)", () => {
    const moved = changes(["04.12.2026"], ["05.12.2026"]);
    expect(workdayKz(serial("03.12.2026"), 1, moved)).toEqual({ ok: true, value: serial("05.12.2026") });
    expect(workdayKz(serial("03.12.2026"), 3, moved)).toEqual({ ok: true, value: serial("08.12.2026") });
    expect(isKzDayOff(serial("04.12.2026"), moved)).toBe(true);
  });

  it("a holiday made working counts too: Independence Day 16.12.2024 made working", () => {
    // Friday 13.12.2024 + 3: 16.12 is a holiday, so 17, 18, 19; with 16.12 working: 16, 17, 18.
    expect(workdayKz(serial("13.12.2024"), 3)).toEqual({ ok: true, value: serial("19.12.2024") });
    expect(workdayKz(serial("13.12.2024"), 3, changes([], ["16.12.2024"]))).toEqual({
      ok: true,
      value: serial("18.12.2024"),
    });
  });

  it("property: with the officer's changes, stepping n working days passes exactly n working days", () => {
    const { first, last } = kzCalendar();
    fc.assert(
      fc.property(
        fc.integer({ min: first + 400, max: last - 400 }),
        fc.integer({ min: -60, max: 60 }),
        fc.uniqueArray(fc.integer({ min: -90, max: 90 }), { maxLength: 20 }),
        fc.integer({ min: 0, max: 20 }),
        (start, n, offsets, split) => {
          const days = offsets.map((o) => start + o);
          const read = calendarChanges(days.slice(0, split), days.slice(split));
          if (!read.ok) return false;
          const moved = read.value;
          const result = workdayKz(start, n, moved);
          if (!result.ok) return false;
          if (n === 0) return result.value === start;
          if (isKzDayOff(result.value, moved)) return false;
          const [lo, hi] = n > 0 ? [start + 1, result.value] : [result.value, start - 1];
          let working = 0;
          for (let day = lo; day <= hi; day++) if (!isKzDayOff(day, moved)) working++;
          return working === Math.abs(n);
        },
      ),
    );
  });

  it("property: extra working days only ever bring the result earlier", () => {
    const { first, last } = kzCalendar();
    fc.assert(
      fc.property(
        fc.integer({ min: first, max: last - 400 }),
        fc.integer({ min: 1, max: 60 }),
        fc.array(fc.integer({ min: 1, max: 90 }), { maxLength: 10 }),
        (start, n, offsets) => {
          const read = calendarChanges(
            [],
            offsets.map((o) => start + o),
          );
          const plain = workdayKz(start, n);
          const moved = read.ok ? workdayKz(start, n, read.value) : plain;
          return read.ok && plain.ok && moved.ok && moved.value <= plain.value;
        },
      ),
    );
  });
});

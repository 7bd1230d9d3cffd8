import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  alreadyWorkingDays,
  calendarChanges,
  formatExtraDaysOff,
  parseExtraDaysOff,
  parseExtraWorkDays,
  serialFromParts,
  workdayKz,
} from "../../src/rules";

describe("parseExtraDaysOff (Settings: days the government moves each year)", () => {
  it.each([
    ["02.01.2026, 2026-03-23", [serialFromParts(2026, 1, 2), serialFromParts(2026, 3, 23)], []],
    ["23.03.2026\n02.01.2026;02.01.2026", [serialFromParts(2026, 1, 2), serialFromParts(2026, 3, 23)], []],
    ["  ", [], []],
    ["02.01.2026 31.02.2026 завтра", [serialFromParts(2026, 1, 2)], ["31.02.2026", "завтра"]],
  ])("%j", (text, days, bad) => {
    const read = parseExtraDaysOff(text);
    expect(read.days).toEqual(days);
    expect(read.problems.map((p) => p.text)).toEqual(bad);
    for (const problem of read.problems) expect(problem.error.code).toBe("notADate");
  });

  it("reads back what it stores, for any set of days", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 36526, max: 58000 }), { maxLength: 30 }), (days) => {
        const sorted = [...days].sort((a, b) => a - b);
        expect(parseExtraDaysOff(formatExtraDaysOff(sorted))).toEqual({ days: sorted, problems: [] });
      }),
    );
  });

  it("is what WORKDAY_KZ skips: a Friday made a day off pushes the next working day to Monday", () => {
    const thursday = serialFromParts(2026, 11, 26);
    const moved = new Set(parseExtraDaysOff("27.11.2026").days);
    expect(workdayKz(thursday, 1)).toEqual({ ok: true, value: serialFromParts(2026, 11, 27) });
    expect(workdayKz(thursday, 1, moved)).toEqual({ ok: true, value: serialFromParts(2026, 11, 30) });
  });
});

describe("parseExtraWorkDays and calendarChanges (a Saturday or Sunday made a working day)", () => {
  const saturday = serialFromParts(2026, 12, 5);
  const sunday = serialFromParts(2026, 12, 6);
  const monday = serialFromParts(2026, 12, 7);

  it("reads the same forms and separators as the days off, and names each word that is not a date", () => {
    expect(parseExtraWorkDays("2026-12-06; 05.12.2026\n05.12.2026")).toEqual({
      days: [saturday, sunday],
      problems: [],
    });
    const read = parseExtraWorkDays("05.12.2026, 32.12.2026");
    expect(read.days).toEqual([saturday]);
    expect(read.problems.map((p) => [p.text, p.error.code])).toEqual([["32.12.2026", "notADate"]]);
    expect(parseExtraWorkDays(formatExtraDaysOff([saturday, sunday])).days).toEqual([saturday, sunday]);
  });

  it("is what WORKDAY_KZ counts: a Saturday made working is the next working day after Friday", () => {
    const friday = serialFromParts(2026, 12, 4);
    const moved = calendarChanges([], parseExtraWorkDays("05.12.2026").days);
    expect(moved.ok).toBe(true);
    if (!moved.ok) return;
    expect(workdayKz(friday, 1)).toEqual({ ok: true, value: monday });
    expect(workdayKz(friday, 1, moved.value)).toEqual({ ok: true, value: saturday });
    // The value is still the set of extra days off a count has always taken.
    expect([...moved.value]).toEqual([]);
    expect([...moved.value.workDays]).toEqual([saturday]);
  });

  it("a day both added as off and as working is refused, naming it", () => {
    expect(calendarChanges([sunday, saturday, monday], [monday, saturday, sunday])).toEqual({
      ok: false,
      both: [saturday, sunday, monday],
    });
    expect(calendarChanges([monday], [saturday])).toMatchObject({ ok: true });
  });

  it("names the work days that are working days anyway (an ordinary weekday changes nothing)", () => {
    expect(alreadyWorkingDays([saturday, sunday, monday])).toEqual([monday]);
    // 16.12.2026 is Independence Day: made working, it is a real change.
    expect(alreadyWorkingDays([serialFromParts(2026, 12, 16)])).toEqual([]);
    // Outside the calendar's years nothing is judged.
    expect(alreadyWorkingDays([serialFromParts(2099, 6, 1)])).toEqual([]);
  });
});

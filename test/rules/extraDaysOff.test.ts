import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatExtraDaysOff, parseExtraDaysOff, serialFromParts, workdayKz } from "../../src/rules";

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

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countOf, UNITS } from "../../src/rules";

describe("countOf: a number and its unit's word, by the language's plural rules", () => {
  it.each([
    [1, "ru", UNITS.days, "1 день"],
    [3, "ru", UNITS.days, "3 дня"],
    [11, "ru", UNITS.days, "11 дней"],
    [21, "ru", UNITS.days, "21 день"],
    [90, "ru", UNITS.days, "90 дней"],
    [1, "ru", UNITS.monthsWithin, "1 месяца"],
    [3, "ru", UNITS.monthsWithin, "3 месяцев"],
    [6, "ru", UNITS.monthsWithin, "6 месяцев"],
    [3, "ru", UNITS.months, "3 месяца"],
    [3, "ru", UNITS.years, "3 года"],
    [5, "ru", UNITS.years, "5 лет"],
    [3, "ru", UNITS.weeks, "3 недели"],
    [3, "ru", UNITS.workingDaysWithin, "3 рабочих дней"],
    [3, "ru", UNITS.workingDays, "3 рабочих дня"],
    [1, "en", UNITS.days, "1 day"],
    [90, "en", UNITS.days, "90 days"],
    [6, "kk", UNITS.monthsWithin, "6 ай"],
    [1, "kk", UNITS.days, "1 күн"],
  ] as const)("%d in %s → %s", (n, lang, unit, expected) => {
    expect(countOf(n, lang, unit)).toBe(expected);
  });

  it("follows the Russian rule for every whole number (1, 21 → one; 2–4, 22–24 → few; 11–14 → many)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), (n) => {
        const last = n % 10;
        const teen = n % 100 >= 11 && n % 100 <= 14;
        const word = last === 1 && !teen ? "день" : last >= 2 && last <= 4 && !teen ? "дня" : "дней";
        expect(countOf(n, "ru", UNITS.days)).toBe(`${n} ${word}`);
      }),
    );
  });
});

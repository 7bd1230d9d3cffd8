import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addMonths, explainTrainingDue, trainingDue } from "../../src/rules";
import { serial } from "../cases/functionCases";

const WORDS = { u: "қанағаттанарлықсыз", s: "удовлетворительно", g: "good", blank: "" } as const;
const yearEnd = (year: number) => serial(`20.12.${year}`);

describe("trainingDue (Rules §20, §24)", () => {
  it("explains itself: §24(2) with both unsatisfactory dates and the §24(1) date it beat", () => {
    const result = trainingDue(
      serial("01.06.2022"),
      ["неуд", "хорошо", "неуд"],
      [yearEnd(2022), yearEnd(2023), yearEnd(2024)],
    );
    expect(result).toEqual({
      ok: true,
      value: {
        due: serial("20.03.2025"),
        last: serial("01.06.2022"),
        paragraph: "§24(2)",
        paragraphs: { periodic: "§24(1)", unsatisfactory: "§24(2)" },
        periodicDue: serial("01.06.2025"),
        unsatisfactory: { first: yearEnd(2022), second: yearEnd(2024), due: serial("20.03.2025") },
      },
    });
  });

  it("explains itself: §24(1) when no two unsatisfactory results", () => {
    expect(trainingDue(serial("01.09.2022"), ["хорошо", "неуд"], null)).toEqual({
      ok: true,
      value: {
        due: serial("01.09.2025"),
        last: serial("01.09.2022"),
        paragraph: "§24(1)",
        paragraphs: { periodic: "§24(1)", unsatisfactory: "§24(2)" },
        periodicDue: serial("01.09.2025"),
        unsatisfactory: null,
      },
    });
  });

  it("a typo earlier in the range is still reported", () => {
    expect(trainingDue(serial("01.09.2022"), ["хорошл", "хорошо", "хорошо", "хорошо"], null)).toMatchObject({
      ok: false,
      error: { code: "unknownRating", value: "хорошл" },
    });
  });

  it("with no ratings at all, the three-year rule alone decides", () => {
    expect(trainingDue(serial("29.02.2024"), [], null)).toMatchObject({
      ok: true,
      value: { due: serial("28.02.2027") },
    });
  });

  const history = fc.array(
    fc.record({
      word: fc.constantFrom(WORDS.u, WORDS.s, WORDS.g, WORDS.blank),
      year: fc.integer({ min: 2015, max: 2030 }),
    }),
    { maxLength: 6 },
  );

  /** Results oldest first, each dated 20 December of its year (blank results have no date). */
  const dueFromHistory = (last: number, results: readonly { word: string; year: number }[]) => {
    const sorted = [...results].sort((a, b) => a.year - b.year);
    return trainingDue(
      last,
      sorted.map((r) => r.word),
      sorted.map((r) => (r.word ? yearEnd(r.year) : "")),
    );
  };

  it("property: the deadline is never later than last training + 3 years (§24(1))", () => {
    fc.assert(
      fc.property(fc.integer({ min: serial("01.01.2015"), max: serial("31.12.2030") }), history, (last, results) => {
        const due = dueFromHistory(last, results);
        const periodic = addMonths(last, 36);
        return due.ok && periodic.ok && due.value.due <= periodic.value && due.value.periodicDue === periodic.value;
      }),
    );
  });

  it("property: without two unsatisfactory results among the last three, §24(1) decides", () => {
    fc.assert(
      fc.property(fc.integer({ min: serial("01.01.2015"), max: serial("31.12.2030") }), history, (last, results) => {
        const words = results.map((r) => r.word);
        const lastThree = words.filter((w) => w !== "").slice(-3);
        const unsatisfactory = lastThree.filter((w) => w === WORDS.u).length;
        const due = trainingDue(
          last,
          words,
          words.map(() => yearEnd(2020)),
        );
        return (
          !due.ok || unsatisfactory >= 2 || (due.value.paragraph === "§24(1)" && due.value.unsatisfactory === null)
        );
      }),
    );
  });

  it("property: when §24(2) decides, the deadline is 3 months after an unsatisfactory result given after the last training", () => {
    fc.assert(
      fc.property(fc.integer({ min: serial("01.01.2015"), max: serial("31.12.2030") }), history, (last, results) => {
        const due = dueFromHistory(last, results);
        if (!due.ok || due.value.paragraph !== "§24(2)") return true;
        const trigger = due.value.unsatisfactory;
        const threeMonths = trigger && addMonths(trigger.second, 3);
        return (
          !!trigger && trigger.second > last && !!threeMonths && threeMonths.ok && threeMonths.value === due.value.due
        );
      }),
    );
  });
});

describe("corps A: §20 says what §24 says for corps B", () => {
  it("cites §20(1) and §20(2) for corps A, with the same dates", () => {
    const b = trainingDue(
      serial("01.06.2022"),
      ["хорошо", "неуд", "неуд"],
      [yearEnd(2022), yearEnd(2023), yearEnd(2024)],
      "B",
    );
    const a = trainingDue(
      serial("01.06.2022"),
      ["хорошо", "неуд", "неуд"],
      [yearEnd(2022), yearEnd(2023), yearEnd(2024)],
      "A",
    );
    expect(b).toMatchObject({ ok: true, value: { due: serial("20.03.2025"), paragraph: "§24(2)" } });
    expect(a).toMatchObject({
      ok: true,
      value: { due: serial("20.03.2025"), paragraph: "§20(2)", paragraphs: { periodic: "§20(1)" } },
    });
    if (a.ok) {
      expect(explainTrainingDue(a.value, "en").text).toBe(
        "§20(2): unsatisfactory results given 20.12.2023 and 20.12.2024 → advanced training within 3 months, by 20.03.2025 (earlier than 01.06.2025 under §20(1))",
      );
    }
  });
});

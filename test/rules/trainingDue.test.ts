import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addMonths,
  explainTrainingDue,
  formatError,
  LANGS,
  trainingDue,
  trainingDueCorps,
  trainingDueOf,
} from "../../src/rules";
import type { Corps, Lang } from "../../src/rules";
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
        careerPlan: null,
        conditional: false,
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
        careerPlan: null,
        conditional: false,
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

  it("property: without two unsatisfactory results within three consecutive years, §24(1) decides", () => {
    fc.assert(
      fc.property(fc.integer({ min: serial("01.01.2015"), max: serial("31.12.2030") }), history, (last, results) => {
        const years = results.filter((r) => r.word === WORDS.u).map((r) => r.year);
        const paired = years.some((a, i) => years.some((b, j) => i !== j && Math.abs(a - b) <= 2));
        const due = dueFromHistory(last, results);
        return !due.ok || paired || (due.value.paragraph === "§24(1)" && due.value.unsatisfactory === null);
      }),
    );
  });

  it("property: two unsatisfactory results within three years, the second after the last training, set a §24(2) deadline no later than 3 months after it", () => {
    fc.assert(
      fc.property(fc.integer({ min: serial("01.01.2015"), max: serial("31.12.2030") }), history, (last, results) => {
        const years = results
          .filter((r) => r.word === WORDS.u)
          .map((r) => r.year)
          .sort((a, b) => a - b);
        const triggers = years.filter((y, i) => i > 0 && y - (years[i - 1] as number) <= 2 && yearEnd(y) > last);
        const due = dueFromHistory(last, results);
        if (!due.ok) return false;
        if (triggers.length === 0) return due.value.unsatisfactory === null;
        const bound = addMonths(yearEnd(triggers[0] as number), 3);
        return bound.ok && due.value.unsatisfactory?.due === bound.value;
      }),
    );
  });

  it("property: dates, a years list and the cells-as-years reading pair the same results", () => {
    fc.assert(
      fc.property(fc.integer({ min: serial("01.01.2015"), max: serial("31.12.2030") }), history, (last, results) => {
        // One cell per year 2015–2030, blank for a year with no result: the same history read three ways.
        const byYear = new Map(results.map((r) => [r.year, r.word] as const));
        const years = Array.from({ length: 16 }, (_, i) => 2015 + i);
        const cells = years.map((y) => byYear.get(y) ?? "");
        const dates = cells.map((w, i) => (w ? yearEnd(years[i] as number) : ""));
        const dated = trainingDue(last, cells, dates);
        const undatedWithYears = trainingDue(
          last,
          cells,
          cells.map(() => ""),
          null,
          years,
        );
        expect(trainingDue(last, cells, dates, null, years)).toEqual(dated);
        const unsatisfactoryYears = years.filter((_, i) => cells[i] === WORDS.u);
        const paired = unsatisfactoryYears.some((y, i) => i > 0 && y - (unsatisfactoryYears[i - 1] as number) <= 2);
        // Without dates a pair cannot be dated (the error), and no pair leaves §24(1).
        for (const undated of [trainingDue(last, cells, null), undatedWithYears]) {
          if (paired) expect(undated).toMatchObject({ ok: false, error: { code: "ratingDateMissing" } });
          else expect(undated).toMatchObject({ ok: true, value: { paragraph: "§24(1)", unsatisfactory: null } });
        }
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

describe("§24(2): two unsatisfactory results within three consecutive evaluation years (issue #12)", () => {
  const U = "неуд";
  interface Case {
    readonly name: string;
    readonly last: string | null;
    readonly ratings: readonly string[];
    readonly dates: readonly (string | number)[] | null;
    readonly years?: readonly number[];
    /** The deadline and paragraph, with the pair's dates when §24(2) decides; or the error. */
    readonly expected:
      | { readonly due: string; readonly paragraph: "§24(1)" }
      | { readonly due: string; readonly paragraph: "§24(2)"; readonly first: string | null; readonly second: string }
      | { readonly error: "ratingDateMissing"; readonly position: number };
  }
  const d = (ddmmyyyy: string) => serial(ddmmyyyy);
  const cases: readonly Case[] = [
    {
      name: "five years apart never pair, blank years between",
      last: "01.06.2023",
      ratings: [U, "", "", "", U],
      dates: [yearEnd(2019), "", "", "", yearEnd(2024)],
      expected: { due: "01.06.2026", paragraph: "§24(1)" },
    },
    {
      name: "five years apart never pair, adjacent cells",
      last: "01.06.2023",
      ratings: [U, U],
      dates: [yearEnd(2019), yearEnd(2024)],
      expected: { due: "01.06.2026", paragraph: "§24(1)" },
    },
    {
      name: "three years apart (2021, 2024) do not pair",
      last: "01.06.2023",
      ratings: [U, "хорошо", U],
      dates: [yearEnd(2021), yearEnd(2023), yearEnd(2024)],
      expected: { due: "01.06.2026", paragraph: "§24(1)" },
    },
    {
      name: "two in three consecutive years pair",
      last: "01.06.2023",
      ratings: [U, U],
      dates: [yearEnd(2022), yearEnd(2024)],
      expected: { due: "20.03.2025", paragraph: "§24(2)", first: "20.12.2022", second: "20.12.2024" },
    },
    {
      name: "two in consecutive years pair",
      last: "01.06.2023",
      ratings: [U, U],
      dates: [yearEnd(2023), yearEnd(2024)],
      expected: { due: "20.03.2025", paragraph: "§24(2)", first: "20.12.2023", second: "20.12.2024" },
    },
    {
      name: "blanks between, within the window, still pair",
      last: "01.06.2023",
      ratings: [U, "", U],
      dates: [yearEnd(2022), "", yearEnd(2024)],
      expected: { due: "20.03.2025", paragraph: "§24(2)", first: "20.12.2022", second: "20.12.2024" },
    },
    {
      name: "across a year boundary: 31.12.2022 and 02.01.2025 are years 2022 and 2025 — no pair",
      last: "01.06.2023",
      ratings: [U, U],
      dates: ["31.12.2022", "02.01.2025"],
      expected: { due: "01.06.2026", paragraph: "§24(1)" },
    },
    {
      name: "across a year boundary: 02.01.2022 and 30.12.2024 are years 2022–2024 — a pair",
      last: null,
      ratings: [U, U],
      dates: ["02.01.2022", "30.12.2024"],
      expected: { due: "30.03.2025", paragraph: "§24(2)", first: "02.01.2022", second: "30.12.2024" },
    },
    {
      name: "three results: 2018–2022 no pair, 2022–2024 a pair",
      last: "01.06.2023",
      ratings: [U, U, U],
      dates: [yearEnd(2018), yearEnd(2022), yearEnd(2024)],
      expected: { due: "20.03.2025", paragraph: "§24(2)", first: "20.12.2022", second: "20.12.2024" },
    },
    {
      name: "an old pair never answered by training still sets §24(2)",
      last: "01.01.2016",
      ratings: [U, U, "хорошо", "хорошо", "хорошо"],
      dates: [yearEnd(2015), yearEnd(2016), yearEnd(2017), yearEnd(2018), yearEnd(2019)],
      expected: { due: "20.03.2017", paragraph: "§24(2)", first: "20.12.2015", second: "20.12.2016" },
    },
    {
      name: "years list: 2022 and 2024 pair; the undated first result has no date to show",
      last: "01.06.2023",
      ratings: [U, U],
      dates: ["", yearEnd(2024)],
      years: [2022, 2024],
      expected: { due: "20.03.2025", paragraph: "§24(2)", first: null, second: "20.12.2024" },
    },
    {
      name: "years list: 2019 and 2024 never pair",
      last: "01.06.2023",
      ratings: [U, U],
      dates: ["", yearEnd(2024)],
      years: [2019, 2024],
      expected: { due: "01.06.2026", paragraph: "§24(1)" },
    },
    {
      // The register's «Оценка 2023» column is the 2023 evaluation, whenever its result was dated.
      name: "the years list (the register's columns) comes before a date's year",
      last: "01.06.2023",
      ratings: [U, U],
      dates: [yearEnd(2019), yearEnd(2024)],
      years: [2023, 2024],
      expected: { due: "20.03.2025", paragraph: "§24(2)", first: "20.12.2019", second: "20.12.2024" },
    },
    {
      name: "no dates: cells are consecutive years, cells 1 and 6 never pair",
      last: "01.06.2023",
      ratings: [U, "", "", "", "", U],
      dates: null,
      expected: { due: "01.06.2026", paragraph: "§24(1)" },
    },
    {
      name: "no dates: cells 1 and 3 pair, and the second needs its date",
      last: "01.06.2023",
      ratings: [U, "", U],
      dates: null,
      expected: { error: "ratingDateMissing", position: 3 },
    },
    {
      name: "dates given, the earlier result undated and no years: its year cannot be told",
      last: "01.06.2023",
      ratings: [U, U],
      dates: ["", yearEnd(2024)],
      expected: { error: "ratingDateMissing", position: 1 },
    },
    {
      name: "an undated result that pairs with nothing needs no date",
      last: "01.06.2023",
      ratings: [U, "хорошо", U],
      dates: [yearEnd(2018), yearEnd(2023), ""],
      years: [2018, 2023, 2024],
      expected: { due: "01.06.2026", paragraph: "§24(1)" },
    },
    {
      name: "a pair whose second result came before the last training is answered",
      last: "01.03.2025",
      ratings: [U, U],
      dates: [yearEnd(2023), yearEnd(2024)],
      expected: { due: "01.03.2028", paragraph: "§24(1)" },
    },
  ];

  it.each(cases)("$name", ({ last, ratings, dates, years, expected }) => {
    const result = trainingDue(last === null ? null : d(last), ratings, dates, "B", years ?? null);
    if ("error" in expected) {
      expect(result).toMatchObject({ ok: false, error: { code: expected.error, position: expected.position } });
      return;
    }
    expect(result).toMatchObject({ ok: true, value: { due: d(expected.due), paragraph: expected.paragraph } });
    if (!result.ok) return;
    if (expected.paragraph === "§24(1)") return;
    expect(result.value.unsatisfactory).toEqual({
      first: expected.first === null ? null : d(expected.first),
      second: d(expected.second),
      due: d(expected.due),
    });
  });

  it("corps A: a years list pairs the same way, citing §20(2)", () => {
    expect(trainingDue(serial("01.06.2023"), [U, U], ["", yearEnd(2024)], "A", [2022, 2024])).toMatchObject({
      ok: true,
      value: { due: serial("20.03.2025"), paragraph: "§20(2)" },
    });
  });
});

describe("§20(1) for corps A: where the career plan provides for it (issue #12 item 1)", () => {
  const U = "неуд";
  interface Case {
    readonly name: string;
    readonly corps: Corps;
    readonly careerPlan: boolean | null;
    readonly last: string | null;
    readonly ratings: readonly string[];
    readonly dates: readonly string[] | null;
    readonly expected:
      | {
          readonly due: string;
          readonly paragraph: string;
          readonly conditional: boolean;
          readonly periodicDue: string | null;
        }
      | { readonly error: string };
  }
  const pair = { ratings: [U, U], dates: ["20.12.2023", "20.12.2024"] } as const;
  const cases: readonly Case[] = [
    {
      name: "the plan provides for it: §20(1), a firm date",
      corps: "A",
      careerPlan: true,
      last: "01.06.2022",
      ratings: [],
      dates: null,
      expected: { due: "01.06.2025", paragraph: "§20(1)", conditional: false, periodicDue: "01.06.2025" },
    },
    {
      name: "the plan not known: the §20(1) date, conditional",
      corps: "A",
      careerPlan: null,
      last: "01.06.2022",
      ratings: ["хорошо"],
      dates: null,
      expected: { due: "01.06.2025", paragraph: "§20(1)", conditional: true, periodicDue: "01.06.2025" },
    },
    {
      name: "the plan does not provide for it: no three-year deadline",
      corps: "A",
      careerPlan: false,
      last: "01.06.2022",
      ratings: ["хорошо"],
      dates: null,
      expected: { error: "careerPlanNoTraining" },
    },
    {
      name: "the plan does not provide for it: §20(2) still applies",
      corps: "A",
      careerPlan: false,
      last: "15.01.2022",
      ...pair,
      expected: { due: "20.03.2025", paragraph: "§20(2)", conditional: false, periodicDue: null },
    },
    {
      name: "the plan does not provide for it, no training on record: §20(2) still applies",
      corps: "A",
      careerPlan: false,
      last: null,
      ...pair,
      expected: { due: "20.03.2025", paragraph: "§20(2)", conditional: false, periodicDue: null },
    },
    {
      name: "the plan provides for it, §20(1) earlier than §20(2): the earlier governs",
      corps: "A",
      careerPlan: true,
      last: "15.01.2022",
      ...pair,
      expected: { due: "15.01.2025", paragraph: "§20(1)", conditional: false, periodicDue: "15.01.2025" },
    },
    {
      name: "the plan not known, §20(1) earlier than §20(2): the certain §20(2) governs",
      corps: "A",
      careerPlan: null,
      last: "15.01.2022",
      ...pair,
      expected: { due: "20.03.2025", paragraph: "§20(2)", conditional: false, periodicDue: "15.01.2025" },
    },
    {
      name: "the plan not known, §20(2) earlier: §20(2), as for corps B",
      corps: "A",
      careerPlan: null,
      last: "01.06.2022",
      ...pair,
      expected: { due: "20.03.2025", paragraph: "§20(2)", conditional: false, periodicDue: "01.06.2025" },
    },
    {
      name: "the plan not known, no training on record and no §20(2): the date is missing",
      corps: "A",
      careerPlan: null,
      last: null,
      ratings: ["хорошо"],
      dates: null,
      expected: { error: "noLastTraining" },
    },
    {
      name: "corps B: §24(1) has no condition, a career plan is ignored",
      corps: "B",
      careerPlan: false,
      last: "01.06.2022",
      ratings: [],
      dates: null,
      expected: { due: "01.06.2025", paragraph: "§24(1)", conditional: false, periodicDue: "01.06.2025" },
    },
    {
      name: "corps B, the plan not known: §24(1), never conditional",
      corps: "B",
      careerPlan: null,
      last: "15.01.2022",
      ...pair,
      expected: { due: "15.01.2025", paragraph: "§24(1)", conditional: false, periodicDue: "15.01.2025" },
    },
    {
      name: "political servants: no periodic advanced training in the Rules",
      corps: "political",
      careerPlan: true,
      last: "01.06.2022",
      ratings: [],
      dates: null,
      expected: { error: "politicalNoPeriodicTraining" },
    },
  ];

  it.each(cases)("$name", ({ corps, careerPlan, last, ratings, dates, expected }) => {
    const result = trainingDue(last === null ? null : serial(last), ratings, dates, corps, null, careerPlan);
    if ("error" in expected) {
      expect(result).toMatchObject({ ok: false, error: { code: expected.error } });
      return;
    }
    expect(result).toMatchObject({
      ok: true,
      value: {
        due: serial(expected.due),
        paragraph: expected.paragraph,
        conditional: expected.conditional,
        periodicDue: expected.periodicDue === null ? null : serial(expected.periodicDue),
        careerPlan: corps === "A" ? careerPlan : null,
      },
    });
  });

  it("property: the career plan never moves a §20(2) deadline, only whether §20(1) counts", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: serial("01.01.2015"), max: serial("31.12.2030") }),
        fc.array(fc.constantFrom(WORDS.u, WORDS.s, WORDS.g), { maxLength: 5 }),
        (last, words) => {
          const dates = words.map((_, i) => yearEnd(2020 + i));
          const [yes, no, unknown] = [true, false, null].map((plan) =>
            trainingDue(last, words, dates, "A", null, plan),
          );
          if (!yes?.ok) return false;
          const u = yes.value.unsatisfactory;
          // No plan: §20(2) or nothing; plan not known: §20(2) when there is one, else a conditional §20(1).
          const noOk = u ? no?.ok === true && no.value.due === u.due && no.value.periodicDue === null : !no?.ok;
          const unknownOk =
            unknown?.ok === true &&
            (u
              ? unknown.value.due === u.due && !unknown.value.conditional
              : unknown.value.conditional && unknown.value.due === yes.value.due);
          return noOk && unknownOk && !yes.value.conditional;
        },
      ),
    );
  });

  const explained = (
    careerPlan: boolean | null,
    last: string,
    ratings: readonly string[],
    dates: readonly string[] | null,
    lang: Lang,
  ) => {
    const due = trainingDue(serial(last), ratings, dates, "A", null, careerPlan);
    if (!due.ok) throw new Error(due.error.code);
    return explainTrainingDue(due.value, lang).text;
  };
  const explanations: readonly (readonly [boolean | null, Lang, string])[] = [
    [
      null,
      "en",
      "§20(1): last advanced training 01.06.2022 → at least once every 3 years if the career plan provides for it, by 01.06.2025",
    ],
    [
      true,
      "en",
      "§20(1): last advanced training 01.06.2022 → at least once every 3 years (the career plan provides for it), by 01.06.2025",
    ],
    [
      true,
      "ru",
      "п. 20(1): последнее повышение квалификации 01.06.2022 → не реже одного раза в 3 года (предусмотрено карьерным планом), до 01.06.2025",
    ],
    [
      true,
      "kk",
      "20-тармақтың 1) тармақшасы: соңғы біліктілікті арттыру 01.06.2022 → 3 жылда кемінде бір рет (мансаптық жоспарда көзделген), 01.06.2025 дейін",
    ],
  ];
  it.each(explanations)("explains §20(1) with the career plan %s (%s)", (careerPlan, lang, text) => {
    expect(explained(careerPlan, "01.06.2022", [], null, lang)).toBe(text);
  });

  it.each([
    [
      "en",
      "§20(2): unsatisfactory results given 20.12.2023 and 20.12.2024 → advanced training within 3 months, by 20.03.2025 (the career plan does not provide for training every 3 years: §20(1) does not apply)",
    ],
    [
      "ru",
      "п. 20(2): неудовлетворительные оценки от 20.12.2023 и 20.12.2024 → повышение квалификации в течение 3 месяцев, до 20.03.2025 (карьерным планом повышение квалификации раз в 3 года не предусмотрено: п. 20(1) не применяется)",
    ],
    [
      "kk",
      "20-тармақтың 2) тармақшасы: «қанағаттанарлықсыз» бағалар (20.12.2023 және 20.12.2024) → біліктілікті арттыру 3 ай ішінде, 20.03.2025 дейін (мансаптық жоспарда 3 жылда бір рет біліктілікті арттыру көзделмеген: 20-тармақтың 1) тармақшасы қолданылмайды)",
    ],
  ] as const)("explains §20(2) when the career plan does not provide for §20(1) (%s)", (lang, text) => {
    expect(explained(false, "15.01.2022", pair.ratings, pair.dates, lang)).toBe(text);
  });

  it.each([
    ["ru", "(п. 20(1) устанавливает более ранний срок, 15.01.2025, если это предусмотрено карьерным планом)"],
    ["kk", "(мансаптық жоспарда көзделген жағдайда 20-тармақтың 1) тармақшасы бойынша ертерек мерзім — 15.01.2025)"],
  ] as const)("the plan not known: names the earlier, conditional §20(1) date (%s)", (lang, tail) => {
    expect(explained(null, "15.01.2022", pair.ratings, pair.dates, lang).endsWith(tail)).toBe(true);
  });

  it.each([
    ["A", "A"],
    ["«А» корпусы", "A"],
    ["Б", "B"],
    ["", null],
    [null, null],
  ] as const)("trainingDueCorps(%j) reads %j", (value, corps) => {
    expect(trainingDueCorps(value)).toEqual({ ok: true, value: corps });
  });

  it("trainingDueCorps: a political servant is an error naming the value as typed, in every language", () => {
    const read = trainingDueCorps("саяси");
    expect(read).toEqual({ ok: false, error: { code: "politicalNoPeriodicTraining", value: "саяси" } });
    if (read.ok) return;
    for (const lang of LANGS)
      expect(formatError({ ...read.error, arg: "corps" }, lang)).toMatch(/^corps: .саяси.: .*20.*24/);
    expect(new Set(LANGS.map((lang) => formatError(read.error, lang))).size).toBe(3);
    expect(new Set(LANGS.map((lang) => formatError({ code: "careerPlanNoTraining" }, lang))).size).toBe(3);
    expect(trainingDueCorps("X")).toMatchObject({ ok: false, error: { code: "unknownCorps" } });
  });
});

describe("trainingDueOf: the register's evaluations, read once", () => {
  it("gives what trainingDue gives on the same cells, words, years and dates", () => {
    const evaluations = [
      { rating: "unsatisfactory", word: "неуд", year: 2022, date: serial("20.12.2022") },
      { rating: "satisfactory", word: "удовл", year: 2023, date: serial("20.12.2023") },
      { rating: "unsatisfactory", word: "неудовлетворительно", year: 2024, date: serial("20.12.2024") },
    ] as const;
    const cells = trainingDue(
      serial("01.06.2022"),
      evaluations.map((e) => e.word),
      evaluations.map((e) => e.date),
      "B",
      evaluations.map((e) => e.year),
    );
    expect(trainingDueOf(serial("01.06.2022"), evaluations, "B")).toEqual(cells);
    expect(cells).toMatchObject({ ok: true, value: { due: serial("20.03.2025"), paragraph: "§24(2)" } });
  });

  it("names the position of a result whose date is needed but unknown", () => {
    const evaluations = [
      { rating: "unsatisfactory", word: "неуд", year: 2023, date: serial("20.12.2023") },
      { rating: "unsatisfactory", word: "неуд", year: 2024, date: null },
    ] as const;
    expect(trainingDueOf(serial("01.06.2022"), evaluations)).toEqual({
      ok: false,
      error: { code: "ratingDateMissing", value: "неуд", position: 2 },
    });
  });

  it("agrees with trainingDue on the words for any register row (property)", () => {
    const words = { unsatisfactory: "неуд", satisfactory: "удовл", effective: "хорошо", excellent: "отлично" } as const;
    const evaluation = fc.record({
      rating: fc.constantFrom("unsatisfactory", "satisfactory", "effective", "excellent"),
      date: fc.option(fc.integer({ min: serial("01.01.2015"), max: serial("31.12.2026") }), { nil: null }),
    });
    fc.assert(
      fc.property(
        fc.option(fc.integer({ min: serial("01.01.2015"), max: serial("31.12.2026") }), { nil: null }),
        fc.array(evaluation, { maxLength: 6 }),
        fc.integer({ min: 2015, max: 2020 }),
        fc.constantFrom("A", "B", null),
        fc.constantFrom(true, false, null),
        (last, drawn, firstYear, corps, plan) => {
          const evaluations = drawn.map((e, i) => ({ ...e, word: words[e.rating], year: firstYear + i }));
          const cells = trainingDue(
            last,
            evaluations.map((e) => e.word),
            evaluations.map((e) => e.date ?? ""),
            corps,
            evaluations.map((e) => e.year),
            plan,
          );
          expect(trainingDueOf(last, evaluations, corps, plan)).toEqual(cells);
        },
      ),
    );
  });
});

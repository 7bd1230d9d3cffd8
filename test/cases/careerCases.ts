import type { FunctionCase } from "./functionCases";

/**
 * Cases of issue #12 item 1 for the shared table (test/cases/functionCases.ts spreads them in).
 *
 * Rules §20, corps A: (1) at least once every three years «мансаптық жоспарларда көзделген
 * жағдайларда» — in the cases the career plan provides for; (2) within three months of the second
 * of two unsatisfactory results, unconditionally. TRAINING_DUE and EXPLAIN_TRAINING_DUE take an
 * optional trailing [corps]: A cites §20, B or blank §24 (formulas without it keep their answers),
 * a political servant is an error. A function cannot see career plans: a corps A §20(1) date is due
 * *if the career plan provides for it*, and a §20(2) deadline, being certain, governs over it.
 */
const row = (...cells: unknown[]) => [cells];

export const CAREER_CASES: readonly FunctionCase[] = [
  // Corps A, no §20(2): the three-year date, cited as §20(1).
  {
    fn: "TRAINING_DUE",
    args: ["01.06.2022", row("хорошо", "эффективно"), null, "A"],
    expected: { date: "01.06.2025" },
    rule: "§20(1)",
  },
  // Corps A, §20(2) earlier than §20(1): the earlier date, as for corps B.
  {
    fn: "TRAINING_DUE",
    args: ["01.06.2022", row("хорошо", "неуд", "неуд"), row("20.12.2022", "20.12.2023", "20.12.2024"), "«А»"],
    expected: { date: "20.03.2025" },
    rule: "§20(2)",
  },
  // Corps A, §20(1) earlier than §20(2): §20(1) holds only if the career plan provides for it, §20(2)
  // always — the certain §20(2) date is the answer …
  {
    fn: "TRAINING_DUE",
    args: ["15.01.2022", row("неуд", "неуд"), row("20.12.2023", "20.12.2024"), "А"],
    expected: { date: "20.03.2025" },
    rule: "§20(1)",
  },
  // … where corps B (given, blank or omitted) takes the earlier §24(1) date, as before.
  {
    fn: "TRAINING_DUE",
    args: ["15.01.2022", row("неуд", "неуд"), row("20.12.2023", "20.12.2024"), "Б"],
    expected: { date: "15.01.2025" },
    rule: "§24(1)",
  },
  {
    fn: "TRAINING_DUE",
    args: ["15.01.2022", row("неуд", "неуд"), row("20.12.2023", "20.12.2024"), ""],
    expected: { date: "15.01.2025" },
    rule: "§24(1)",
  },
  {
    fn: "TRAINING_DUE",
    args: ["15.01.2022", row("неуд", "неуд"), row("20.12.2023", "20.12.2024"), null],
    expected: { date: "15.01.2025" },
    rule: "§24(1)",
  },
  // Corps A with no last training and no §20(2): the date is missing, not invented.
  {
    fn: "TRAINING_DUE",
    args: ["", row("хорошо"), null, "A"],
    expected: { error: /lastDate: no last advanced training date/ },
    rule: "§20(1)",
  },
  // Political servants: no periodic advanced training in the Rules — an error that names the value.
  {
    fn: "TRAINING_DUE",
    args: ["01.06.2022", row("хорошо"), null, "саяси"],
    expected: { error: /corps: "саяси": the Rules set no periodic advanced training for political servants/ },
    rule: "§20(1)",
  },
  {
    fn: "TRAINING_DUE",
    args: ["01.06.2022", row("хорошо"), null, "political"],
    expected: { error: /corps: "political": .*§20 is for corps A, §24 for corps B/ },
    rule: "§20(1)",
  },
  {
    fn: "TRAINING_DUE",
    args: ["01.06.2022", row("хорошо"), null, "X"],
    expected: { error: /corps: "X" is not a corps/ },
    rule: "§20(1)",
  },

  // EXPLAIN_TRAINING_DUE(lastDate, ratings, [ratingDates], [lang], [corps])
  {
    fn: "EXPLAIN_TRAINING_DUE",
    args: ["01.06.2022", row("хорошо"), null, "en", "A"],
    expected: {
      value:
        "§20(1): last advanced training 01.06.2022 → at least once every 3 years if the career plan provides for it, by 01.06.2025",
    },
    rule: "§20(1)",
  },
  {
    fn: "EXPLAIN_TRAINING_DUE",
    args: ["01.06.2022", row("хорошо"), null, "ru", "А"],
    expected: {
      value:
        "п. 20(1): последнее повышение квалификации 01.06.2022 → в случаях, предусмотренных карьерным планом, не реже одного раза в 3 года, до 01.06.2025",
    },
    rule: "§20(1)",
  },
  {
    fn: "EXPLAIN_TRAINING_DUE",
    args: ["01.06.2022", row("жақсы"), null, "kk", "«А» корпусы"],
    expected: {
      value:
        "20-тармақтың 1) тармақшасы: соңғы біліктілікті арттыру 01.06.2022 → мансаптық жоспарда көзделген жағдайда 3 жылда кемінде бір рет, 01.06.2025 дейін",
    },
    rule: "§20(1)",
  },
  {
    fn: "EXPLAIN_TRAINING_DUE",
    args: ["15.01.2022", row("неуд", "неуд"), row("20.12.2023", "20.12.2024"), "en", "A"],
    expected: {
      value:
        "§20(2): unsatisfactory results given 20.12.2023 and 20.12.2024 → advanced training within 3 months, by 20.03.2025 (§20(1) sets an earlier date, 15.01.2025, if the career plan provides for it)",
    },
    rule: "§20(1)",
  },
  {
    fn: "EXPLAIN_TRAINING_DUE",
    args: ["01.06.2022", row("хорошо", "неуд", "неуд"), row("20.12.2022", "20.12.2023", "20.12.2024"), "en", "A"],
    expected: {
      value:
        "§20(2): unsatisfactory results given 20.12.2023 and 20.12.2024 → advanced training within 3 months, by 20.03.2025 (earlier than 01.06.2025 under §20(1))",
    },
    rule: "§20(2)",
  },
  {
    fn: "EXPLAIN_TRAINING_DUE",
    args: ["01.06.2022", row("хорошо"), null, "en", "B"],
    expected: { value: "§24(1): last advanced training 01.06.2022 → at least once every 3 years, by 01.06.2025" },
    rule: "§24(1)",
  },
  {
    fn: "EXPLAIN_TRAINING_DUE",
    args: ["01.06.2022", row("хорошо"), null, "ru", "политический"],
    expected: {
      error:
        /corps: «политический»: Правила не устанавливают периодического повышения квалификации для политических служащих/,
    },
    rule: "§20(1)",
  },
];

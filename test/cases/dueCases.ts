import type { FunctionCase } from "./functionCases";

/**
 * Cases of issue #12 for the shared table (test/cases/functionCases.ts spreads them in).
 *
 * Rules §24(2) / §20(2), "twice unsatisfactory on the results of three years": two unsatisfactory
 * results pair only within three consecutive evaluation years — their years differ by at most 2.
 * TRAINING_DUE(lastDate, ratings, [ratingDates]): with ratingDates a result's year is the year of
 * its date; without them the cells are read as consecutive annual evaluations, one cell per year,
 * a blank cell being a year with no result.
 */
const row = (...cells: unknown[]) => [cells];
const col = (...cells: unknown[]) => cells.map((cell) => [cell]);

export const DUE_CASES: readonly FunctionCase[] = [
  // Five years apart (2019, 2024) never pair, the blank years between notwithstanding.
  {
    fn: "TRAINING_DUE",
    args: ["01.06.2023", row("неуд", "", "", "", "неуд"), row("20.12.2019", "", "", "", "20.12.2024")],
    expected: { date: "01.06.2026" },
    rule: "§24(2)",
  },
  // The same two results with no blank cells between: still five years apart by their dates.
  {
    fn: "TRAINING_DUE",
    args: ["01.06.2023", row("неудовлетворительно", "неудовлетворительно"), row("20.12.2019", "20.12.2024")],
    expected: { date: "01.06.2026" },
    rule: "§24(2)",
  },
  // Two in three consecutive years (2022, 2024) pair: 20.12.2024 + 3 months.
  {
    fn: "TRAINING_DUE",
    args: ["01.06.2023", col("қанағаттанарлықсыз", "қанағаттанарлықсыз"), col("20.12.2022", "20.12.2024")],
    expected: { date: "20.03.2025" },
    rule: "§24(2)",
  },
  // Blanks between, within the window, still pair.
  {
    fn: "TRAINING_DUE",
    args: ["01.06.2023", row("неуд", "", "неуд"), row("20.12.2022", "", "20.12.2024")],
    expected: { date: "20.03.2025" },
    rule: "§24(2)",
  },
  // A good result between, within the window, does not break the pair.
  {
    fn: "TRAINING_DUE",
    args: [
      "01.06.2023",
      row("unsatisfactory", "good", "unsatisfactory"),
      row("15.11.2022", "15.11.2023", "15.11.2024"),
    ],
    expected: { date: "15.02.2025" },
    rule: "§24(2)",
  },
  // Across a year boundary: 31.12.2022 and 02.01.2025 are just over two years apart, but their years
  // (2022, 2025) are four evaluation years — no pair.
  {
    fn: "TRAINING_DUE",
    args: ["01.06.2023", row("неуд", "неуд"), row("31.12.2022", "02.01.2025")],
    expected: { date: "01.06.2026" },
    rule: "§24(2)",
  },
  // … and 02.01.2022 and 30.12.2024, almost three years apart, are years 2022–2024: a pair.
  {
    fn: "TRAINING_DUE",
    args: ["", row("неуд", "неуд"), row("02.01.2022", "30.12.2024")],
    expected: { date: "30.03.2025" },
    rule: "§24(2)",
  },
  // Three results: 2018 and 2022 do not pair, 2022 and 2024 do.
  {
    fn: "TRAINING_DUE",
    args: ["01.06.2023", row("неуд", "неуд", "неуд"), row("20.12.2018", "20.12.2022", "20.12.2024")],
    expected: { date: "20.03.2025" },
    rule: "§24(2)",
  },
  // Without ratingDates the cells are consecutive years: cells 1 and 6 are five years apart — §24(1).
  {
    fn: "TRAINING_DUE",
    args: ["01.06.2023", row("неуд", "", "", "", "", "неуд"), null],
    expected: { date: "01.06.2026" },
    rule: "§24(2)",
  },
  // … cells 1 and 4, three years apart, do not pair either.
  {
    fn: "TRAINING_DUE",
    args: ["01.06.2023", row("неуд", "хорошо", "", "неуд"), null],
    expected: { date: "01.06.2026" },
    rule: "§24(2)",
  },
  // … cells 1 and 3 pair (a blank year between), so the dates are needed.
  {
    fn: "TRAINING_DUE",
    args: ["01.06.2023", row("неуд", "", "неуд"), null],
    expected: { error: /give the dates of the results \(ratingDates/ },
    rule: "§24(2)",
  },
  // With ratingDates, an undated earlier result's year cannot be told: the error names it.
  {
    fn: "TRAINING_DUE",
    args: ["01.06.2023", row("неуд", "неуд"), row("", "20.12.2024")],
    expected: { error: /result 1 \(.*неуд.*\) has no date/ },
    rule: "§24(2)",
  },
  // … but an undated result that cannot be the second of a pair needs no date.
  {
    fn: "TRAINING_DUE",
    args: ["01.06.2023", row("неуд", "хорошо"), row("", "20.12.2024")],
    expected: { date: "01.06.2026" },
    rule: "§24(2)",
  },
  {
    fn: "EXPLAIN_TRAINING_DUE",
    args: ["01.06.2023", row("неуд", "", "", "", "неуд"), row("20.12.2019", "", "", "", "20.12.2024"), "en"],
    expected: { value: "§24(1): last advanced training 01.06.2023 → at least once every 3 years, by 01.06.2026" },
    rule: "§24(2)",
  },
  {
    fn: "EXPLAIN_TRAINING_DUE",
    args: ["01.06.2023", row("неуд", "", "неуд"), row("20.12.2022", "", "20.12.2024"), "en"],
    expected: {
      value:
        "§24(2): unsatisfactory results given 20.12.2022 and 20.12.2024 → advanced training within 3 months, by 20.03.2025 (earlier than 01.06.2026 under §24(1))",
    },
    rule: "§24(2)",
  },
];

import type { FunctionCase } from "./functionCases";

/**
 * Cases of issue #12 item 1 (the functions' side) for the shared table: TRAINING_DUE and
 * EXPLAIN_TRAINING_DUE take an optional trailing [careerPlan] — the register's career-plan cell —
 * and TRAINING_STATUS judges the date on a day without ever calling a conditional §20(1) date
 * overdue. Rules §20(1) applies to corps A «мансаптық жоспарларда көзделген жағдайларда»: yes — it
 * applies; no — only §20(2); blank — not known (conditional). Corps B ignores the cell (§24(1) is
 * unconditional).
 */
const row = (...cells: unknown[]) => [cells];
const PAIR = row("неуд", "неуд");
const PAIR_DATES = row("20.12.2023", "20.12.2024");

export const CAREER_PLAN_CASES: readonly FunctionCase[] = [
  // The plan provides: §20(1) is a deadline like §24(1), and the earlier date wins.
  {
    fn: "TRAINING_DUE",
    args: ["01.06.2022", row("хорошо"), null, "A", "да"],
    expected: { date: "01.06.2025" },
    rule: "§20(1)",
  },
  {
    fn: "TRAINING_DUE",
    args: ["15.01.2022", PAIR, PAIR_DATES, "A", "иә"],
    expected: { date: "15.01.2025" },
    rule: "§20(1)",
  },
  // The plan does not provide: only §20(2), or nothing to count.
  {
    fn: "TRAINING_DUE",
    args: ["15.01.2022", PAIR, PAIR_DATES, "A", "нет"],
    expected: { date: "20.03.2025" },
    rule: "§20(2)",
  },
  {
    fn: "TRAINING_DUE",
    args: ["01.06.2022", row("хорошо"), null, "A", false],
    expected: {
      error: /career plan does not provide for advanced training, so Rules §20\(1\) sets no three-year deadline/,
    },
    rule: "§20(1)",
  },
  // Not known (blank): as without the argument — the certain §20(2) date governs.
  {
    fn: "TRAINING_DUE",
    args: ["15.01.2022", PAIR, PAIR_DATES, "A", ""],
    expected: { date: "20.03.2025" },
    rule: "§20(1)",
  },
  // Corps B: §24(1) whatever the cell says.
  {
    fn: "TRAINING_DUE",
    args: ["15.01.2022", PAIR, PAIR_DATES, "Б", "нет"],
    expected: { date: "15.01.2025" },
    rule: "§24(1)",
  },
  {
    fn: "TRAINING_DUE",
    args: ["01.06.2022", row("хорошо"), null, "A", "maybe"],
    expected: { error: /careerPlan: "maybe"/ },
    rule: "§20(1)",
  },
  {
    fn: "EXPLAIN_TRAINING_DUE",
    args: ["01.06.2022", row("хорошо"), null, "en", "A", "yes"],
    expected: {
      value:
        "§20(1): last advanced training 01.06.2022 → at least once every 3 years (the career plan provides for it), by 01.06.2025",
    },
    rule: "§20(1)",
  },

  // TRAINING_STATUS(asOf, lastDate, ratings, [ratingDates], [corps], [careerPlan], [lang])
  {
    fn: "TRAINING_STATUS",
    args: ["15.01.2026", "01.06.2022", row("хорошо"), null, "A", null, "en"],
    expected: { value: "If the career plan provides" },
    rule: "§20(1)",
  },
  {
    fn: "TRAINING_STATUS",
    args: ["15.01.2026", "01.06.2022", row("хорошо"), null, "А", "", "kk"],
    expected: { value: "Мансаптық жоспарда көзделсе" },
    rule: "§20(1)",
  },
  {
    fn: "TRAINING_STATUS",
    args: ["15.01.2026", "01.06.2022", row("хорошо"), null, "A", "да", "ru"],
    expected: { value: "Просрочено" },
    rule: "§20(1)",
  },
  // A certain §20(2) date is overdue even with the plan not known.
  {
    fn: "TRAINING_STATUS",
    args: ["15.01.2026", "15.01.2022", PAIR, PAIR_DATES, "A", null, "en"],
    expected: { value: "Overdue" },
    rule: "§20(2)",
  },
  {
    fn: "TRAINING_STATUS",
    args: ["15.01.2026", "01.06.2022", row("хорошо"), null, "Б", null, "en"],
    expected: { value: "Overdue" },
    rule: "§24(1)",
  },
  // 01.06.2025 seen from 01.01.2025 (151 days ahead) and from 01.04.2025 (61 days: due soon).
  {
    fn: "TRAINING_STATUS",
    args: ["01.01.2025", "01.06.2022", row("хорошо"), null, null, null, "ru"],
    expected: { value: "В срок" },
    rule: "§24(1)",
  },
  {
    fn: "TRAINING_STATUS",
    args: ["01.04.2025", "01.06.2022", row("хорошо"), null, "B", null, "en"],
    expected: { value: "Due soon" },
    rule: "§24(1)",
  },
  {
    fn: "TRAINING_STATUS",
    args: ["", "01.06.2022", row("хорошо"), null, "B", null, "en"],
    expected: { error: /asOf: is blank/ },
    rule: "§24(1)",
  },
];

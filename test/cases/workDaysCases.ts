import { serial, type FunctionCase } from "./functionCases";

/**
 * Cases of issue #12 (item 14) for the shared table (test/cases/functionCases.ts spreads them in).
 *
 * Kazakhstan's government moves days off each year: a weekday becomes a day off and a Saturday a
 * working day. WORKDAY_KZ and ATTESTATION_PROTOCOL_BY take both: `holidays` (extra days off) and a
 * trailing `workDays` (extra working days). The week of Thursday 03.12.2026 with a working Saturday
 * 05.12.2026: three working days after Thursday are Friday, Saturday and Monday.
 */
const col = (...cells: unknown[]) => cells.map((cell) => [cell]);

export const WORK_DAYS_CASES: readonly FunctionCase[] = [
  // An ordinary week: Fri 04, Mon 07, Tue 08.
  { fn: "WORKDAY_KZ", args: ["03.12.2026", 3, null, null], expected: { date: "08.12.2026" }, rule: "§6" },
  // Saturday 05.12.2026 made a working day: Fri 04, Sat 05, Mon 07.
  { fn: "WORKDAY_KZ", args: ["03.12.2026", 3, null, col("05.12.2026")], expected: { date: "07.12.2026" }, rule: "§6" },
  // The usual decree pair: the Friday off, the Saturday working — Sat 05, Mon 07, Tue 08.
  {
    fn: "WORKDAY_KZ",
    args: [serial("03.12.2026"), 3, col("04.12.2026"), col(serial("05.12.2026"))],
    expected: { date: "08.12.2026" },
    rule: "§6",
  },
  // Going back over a working Saturday: Mon 07 − 2 = Fri 04 (counting Sat 05).
  { fn: "WORKDAY_KZ", args: ["07.12.2026", -2, null, col("05.12.2026")], expected: { date: "04.12.2026" }, rule: "§6" },
  // Blank cells in the range are skipped, as in holidays.
  {
    fn: "WORKDAY_KZ",
    args: ["03.12.2026", 3, null, col(null, "05.12.2026")],
    expected: { date: "07.12.2026" },
    rule: "§6",
  },
  // A day in both lists is refused, named: guessing which list was meant would move a deadline.
  {
    fn: "WORKDAY_KZ",
    args: ["03.12.2026", 3, col("05.12.2026"), col("05.12.2026")],
    expected: { error: /workDays: 05\.12\.2026 is in both holidays and workDays/ },
    rule: "§6",
  },
  { fn: "WORKDAY_KZ", args: ["03.12.2026", 3, null, col("31.02.2026")], expected: { error: /workDays/ }, rule: "§6" },
  // Attestation Rules §20: the protocol within three working days, a working Saturday counted.
  {
    fn: "ATTESTATION_PROTOCOL_BY",
    args: ["03.12.2026", null, col("05.12.2026")],
    expected: { date: "07.12.2026" },
    rule: "A§20",
  },
  { fn: "ATTESTATION_PROTOCOL_BY", args: ["03.12.2026", null], expected: { date: "08.12.2026" }, rule: "A§20" },
];

/**
 * THE table of worked examples for the KADR.* functions. Every host runs it: the TypeScript
 * catalogue (test/functions/catalogue.test.ts), the built bundle in a bare runtime
 * (test/functions/bundle.test.ts), and later hosts (Google Sheets). Arguments are given as Excel
 * passes them: omitted optionals are `null`, ranges are 2-D arrays, date cells are serial numbers
 * (`serial("31.08.2024")`) and text dates are strings.
 */

/** The 1900-system serial of a dd.mm.yyyy date, computed independently of the code under test. */
export function serial(ddmmyyyy: string): number {
  const [d, m, y] = ddmmyyyy.split(".").map(Number) as [number, number, number];
  const days = Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
  // Before 01.03.1900 Excel's count is one less: it inserts the phantom 29.02.1900 as serial 60.
  return days < 61 ? days - 1 : days;
}

import { CAREER_CASES } from "./careerCases";
import { DISMISSAL_CASES } from "./dismissalCases";
import { LATE_CASES } from "./lateCases";
import { CAREER_PLAN_CASES } from "./careerPlanCases";
import { DUE_CASES } from "./dueCases";
import { QUORUM_CASES } from "./quorumCases";
import { VOTES_CASES } from "./votesCases";
import { WORK_DAYS_CASES } from "./workDaysCases";
import { FORM_CASES } from "./formCases";
import { POSITION_CASES } from "./positionCases";

export type Expected = { value: unknown } | { date: string } | { error: RegExp };

export interface FunctionCase {
  readonly fn: string;
  readonly args: readonly unknown[];
  readonly expected: Expected;
  /** The paragraph the case exercises. */
  readonly rule: string;
}

const v = (value: unknown): Expected => ({ value });
const date = (ddmmyyyy: string): Expected => ({ date: ddmmyyyy });
const error = (pattern: RegExp): Expected => ({ error: pattern });
const col = (...cells: unknown[]) => cells.map((cell) => [cell]);
const row = (...cells: unknown[]) => [cells];

export const FUNCTION_CASES: readonly FunctionCase[] = [
  // Issue #12: §19 with abstentions; §24(2) over three consecutive evaluations.
  ...VOTES_CASES,
  ...DUE_CASES,
  ...QUORUM_CASES,
  ...CAREER_CASES,
  ...LATE_CASES,
  ...DISMISSAL_CASES,
  ...CAREER_PLAN_CASES,
  ...WORK_DAYS_CASES,
  ...FORM_CASES,
  ...POSITION_CASES,
  // RETRAINING_VENUE — Rules §13 (and §3 for political servants)
  { fn: "RETRAINING_VENUE", args: ["С-О-3", null, null], expected: v("Regional centre"), rule: "§13" },
  { fn: "RETRAINING_VENUE", args: ["D-O-2", null, null], expected: v("Academy"), rule: "§13" },
  { fn: "RETRAINING_VENUE", args: ["C-6", null, null], expected: error(/C-6.*§13/), rule: "§13" },
  { fn: "RETRAINING_VENUE", args: ["B-3", "Б", "ru"], expected: v("Академия"), rule: "§13" },
  { fn: "RETRAINING_VENUE", args: ["e-g-4", "B", "kk"], expected: v("Өңірлік орталық"), rule: "§13" },
  { fn: "RETRAINING_VENUE", args: ["C-R-1", "«А»", "en"], expected: v("Academy"), rule: "§13" },
  { fn: "RETRAINING_VENUE", args: ["", "A", null], expected: v("Academy"), rule: "§13" },
  { fn: "RETRAINING_VENUE", args: ["C-O-1", "", null], expected: v("Academy"), rule: "§13" },
  { fn: "RETRAINING_VENUE", args: ["D-4", null, "ru"], expected: v("Региональный центр"), rule: "§13" },
  { fn: "RETRAINING_VENUE", args: ["E-2", null, null], expected: v("Academy"), rule: "§13" },
  { fn: "RETRAINING_VENUE", args: ["E-3", null, null], expected: v("Regional centre"), rule: "§13" },
  { fn: "RETRAINING_VENUE", args: ["C-1", "political", null], expected: error(/political.*§3/), rule: "§3" },
  { fn: "RETRAINING_VENUE", args: ["C-1", "корпус В", null], expected: v("Academy"), rule: "§13" },
  { fn: "RETRAINING_VENUE", args: ["C-1", "X", null], expected: error(/corps: "X"/), rule: "§13" },
  { fn: "RETRAINING_VENUE", args: ["C-1", null, "de"], expected: error(/lang: "de"/), rule: "§13" },
  { fn: "RETRAINING_VENUE", args: ["", null, null], expected: error(/category: is blank/), rule: "§13" },
  { fn: "RETRAINING_VENUE", args: ["Z-9", null, "ru"], expected: error(/«Z-9» — не категория/), rule: "§13" },

  // NORMALIZE_CATEGORY — RULES.md §5
  { fn: "NORMALIZE_CATEGORY", args: ["с-о-3"], expected: v("C-O-3"), rule: "§13" },
  { fn: "NORMALIZE_CATEGORY", args: ["CO3"], expected: v("C-O-3"), rule: "§13" },
  { fn: "NORMALIZE_CATEGORY", args: ["С–О–3"], expected: v("C-O-3"), rule: "§13" },
  { fn: "NORMALIZE_CATEGORY", args: [" С-О-3 "], expected: v("C-O-3"), rule: "§13" },
  { fn: "NORMALIZE_CATEGORY", args: ["е—r—5"], expected: v("E-R-5"), rule: "§13" },
  { fn: "NORMALIZE_CATEGORY", args: ["a1"], expected: v("A-1"), rule: "§13" },
  { fn: "NORMALIZE_CATEGORY", args: ["C\u00adO\u00ad3"], expected: v("C-O-3"), rule: "§13" },
  { fn: "NORMALIZE_CATEGORY", args: ["С﹣О－3"], expected: v("C-O-3"), rule: "§13" },
  { fn: "NORMALIZE_CATEGORY", args: ["D-O-7"], expected: error(/D-O-7.*neither list/), rule: "§13" },
  { fn: "NORMALIZE_CATEGORY", args: ["E-G-5"], expected: error(/E-G-5/), rule: "§13" },
  { fn: "NORMALIZE_CATEGORY", args: ["главный специалист"], expected: error(/not a position category/), rule: "§13" },
  { fn: "NORMALIZE_CATEGORY", args: [42], expected: error(/"42" is not a position category/), rule: "§13" },

  // RETRAINING_REQUIRED — Rules §3
  { fn: "RETRAINING_REQUIRED", args: ["A", true, false], expected: v(true), rule: "§3(1)" },
  { fn: "RETRAINING_REQUIRED", args: ["Б", "иә", "жоқ"], expected: v(true), rule: "§3(1)" },
  { fn: "RETRAINING_REQUIRED", args: ["B", "нет", "да"], expected: v(true), rule: "§3(2)" },
  { fn: "RETRAINING_REQUIRED", args: ["A", 0, 1], expected: v(false), rule: "§3(2)" },
  { fn: "RETRAINING_REQUIRED", args: ["B", "no", ""], expected: v(false), rule: "§3" },
  { fn: "RETRAINING_REQUIRED", args: ["саяси", "yes", "yes"], expected: v(false), rule: "§3" },
  {
    fn: "RETRAINING_REQUIRED",
    args: ["B", "maybe", null],
    expected: error(/firstEntry: "maybe" is not yes\/no/),
    rule: "§3",
  },
  { fn: "RETRAINING_REQUIRED", args: ["", true, true], expected: error(/corps: is blank/), rule: "§3" },

  // RETRAINING_DEADLINE — Rules §14 (EDATE semantics)
  { fn: "RETRAINING_DEADLINE", args: [serial("31.08.2024")], expected: date("28.02.2025"), rule: "§14" },
  { fn: "RETRAINING_DEADLINE", args: ["31.08.2024"], expected: date("28.02.2025"), rule: "§14" },
  { fn: "RETRAINING_DEADLINE", args: ["2023-08-31"], expected: date("29.02.2024"), rule: "§14" },
  { fn: "RETRAINING_DEADLINE", args: ["15.03.2023 г."], expected: date("15.09.2023"), rule: "§14" },
  { fn: "RETRAINING_DEADLINE", args: [serial("01.07.2024") + 0.5], expected: date("01.01.2025"), rule: "§14" },
  {
    fn: "RETRAINING_DEADLINE",
    args: ["31.02.2024"],
    expected: error(/appointmentDate: "31.02.2024" is not a date/),
    rule: "§14",
  },
  { fn: "RETRAINING_DEADLINE", args: [60], expected: error(/29.02.1900/), rule: "§14" },
  { fn: "RETRAINING_DEADLINE", args: [null], expected: error(/appointmentDate: is blank/), rule: "§14" },

  // RETRAINING_COMPLETE_BY — Rules §16
  { fn: "RETRAINING_COMPLETE_BY", args: [serial("30.11.2024")], expected: date("28.02.2025"), rule: "§16" },
  { fn: "RETRAINING_COMPLETE_BY", args: ["15.03.2024"], expected: date("15.06.2024"), rule: "§16" },
  { fn: "RETRAINING_COMPLETE_BY", args: ["yesterday"], expected: error(/startDate: "yesterday"/), rule: "§16" },

  // DISTANCE_LEARNING_ALLOWED — Rules §15
  { fn: "DISTANCE_LEARNING_ALLOWED", args: ["B", true], expected: v(true), rule: "§15" },
  { fn: "DISTANCE_LEARNING_ALLOWED", args: ["A", true], expected: v(false), rule: "§15" },
  { fn: "DISTANCE_LEARNING_ALLOWED", args: ["B", false], expected: v(false), rule: "§15" },
  { fn: "DISTANCE_LEARNING_ALLOWED", args: ["политический", "да"], expected: v(false), rule: "§15" },

  // RETRAINING_HOURS_OK — Rules §16
  { fn: "RETRAINING_HOURS_OK", args: [120], expected: v(true), rule: "§16" },
  { fn: "RETRAINING_HOURS_OK", args: [119.5], expected: v(false), rule: "§16" },
  { fn: "RETRAINING_HOURS_OK", args: ["120"], expected: v(true), rule: "§16" },
  { fn: "RETRAINING_HOURS_OK", args: ["119,5"], expected: v(false), rule: "§16" },
  { fn: "RETRAINING_HOURS_OK", args: [-1], expected: error(/hours: "-1" is negative/), rule: "§16" },
  { fn: "RETRAINING_HOURS_OK", args: [""], expected: error(/hours: is blank/), rule: "§16" },
  { fn: "RETRAINING_HOURS_OK", args: ["сто"], expected: error(/"сто" is not a number/), rule: "§16" },
  { fn: "RETRAINING_HOURS_OK", args: ["1,200"], expected: error(/hours: "1,200" is not a number/), rule: "§16" },

  // ADVANCED_TRAINING_HOURS_OK — Rules §25
  { fn: "ADVANCED_TRAINING_HOURS_OK", args: [24], expected: v(true), rule: "§25" },
  { fn: "ADVANCED_TRAINING_HOURS_OK", args: [80], expected: v(true), rule: "§25" },
  { fn: "ADVANCED_TRAINING_HOURS_OK", args: [23], expected: v(false), rule: "§25" },
  { fn: "ADVANCED_TRAINING_HOURS_OK", args: ["81"], expected: v(false), rule: "§25" },
  { fn: "ADVANCED_TRAINING_HOURS_OK", args: [null], expected: error(/hours: is blank/), rule: "§25" },

  // TRAINING_DUE — Rules §20, §24
  {
    fn: "TRAINING_DUE",
    args: [
      "01.06.2022",
      col("неудовлетворительно", "удовлетворительно", "неудовлетворительно"),
      col("20.12.2022", "20.12.2023", "20.12.2024"),
    ],
    expected: date("20.03.2025"),
    rule: "§24(2)",
  },
  {
    fn: "TRAINING_DUE",
    args: ["01.09.2022", row("қанағаттанарлық", "қанағаттанарлық", "қанағаттанарлықсыз"), null],
    expected: date("01.09.2025"),
    rule: "§24(1)",
  },
  {
    fn: "TRAINING_DUE",
    args: [serial("31.08.2021"), [["хорошо"]], null],
    expected: date("31.08.2024"),
    rule: "§24(1)",
  },
  {
    // the second unsatisfactory result came before the last training: training answered it
    fn: "TRAINING_DUE",
    args: [serial("01.03.2024"), row("неуд.", "неуд.", "хорошо"), row(serial("20.12.2022"), serial("20.12.2023"), "")],
    expected: date("01.03.2027"),
    rule: "§24(2)",
  },
  {
    // three unsatisfactory results, training after the second: the third triggers §24(2) anew
    fn: "TRAINING_DUE",
    args: [
      "01.03.2024",
      row("unsatisfactory", "unsatisfactory", "unsatisfactory"),
      row("20.12.2022", "20.12.2023", "20.12.2024"),
    ],
    expected: date("20.03.2025"),
    rule: "§24(2)",
  },
  {
    // only the last three non-blank results count; blanks skipped
    fn: "TRAINING_DUE",
    args: [
      "01.06.2023",
      row("неуд", "", "хорошо", "отлично", "", "неуд"),
      row("20.12.2019", "", "20.12.2021", "20.12.2022", "", "20.12.2023"),
    ],
    expected: date("01.06.2026"),
    rule: "§24(1)",
  },
  {
    // §24(1) earlier than §24(2): the earlier date governs
    fn: "TRAINING_DUE",
    args: ["15.01.2022", row("неуд", "неуд"), row("20.12.2023", "20.12.2024")],
    expected: date("15.01.2025"),
    rule: "§24(1)",
  },
  {
    fn: "TRAINING_DUE",
    args: ["", row("неуд", "неуд"), row("20.12.2023", "20.12.2024")],
    expected: date("20.03.2025"),
    rule: "§24(2)",
  },
  {
    fn: "TRAINING_DUE",
    args: ["", row("хорошо"), null],
    expected: error(/lastDate: no last advanced training date/),
    rule: "§24(1)",
  },
  {
    fn: "TRAINING_DUE",
    args: ["01.06.2022", row("неуд", "неуд"), null],
    expected: error(/give the dates of the results \(ratingDates/),
    rule: "§24(2)",
  },
  {
    fn: "TRAINING_DUE",
    args: ["01.06.2022", row("удовл-но"), null],
    expected: error(/ratings: "удовл-но" is not an evaluation result/),
    rule: "§24",
  },
  {
    fn: "TRAINING_DUE",
    args: ["01.06.2022", row("неуд", "неуд"), row("20.12.2023")],
    expected: error(/ratingDates has 1 cells but ratings has 2/),
    rule: "§24",
  },
  {
    fn: "TRAINING_DUE",
    args: ["01.06.2022", row("неуд", "неуд"), row("20.12.2023", "скоро")],
    expected: error(/ratingDates: "скоро" is not a date/),
    rule: "§24(2)",
  },

  // DEADLINE_STATUS
  {
    fn: "DEADLINE_STATUS",
    args: [serial("20.03.2025"), serial("21.03.2025"), null],
    expected: v("Overdue"),
    rule: "status",
  },
  {
    fn: "DEADLINE_STATUS",
    args: [serial("20.03.2025"), serial("20.03.2025"), "ru"],
    expected: v("Скоро срок"),
    rule: "status",
  },
  {
    fn: "DEADLINE_STATUS",
    args: [serial("20.03.2025"), serial("20.12.2024"), "kk"],
    expected: v("Мерзімі жақын"),
    rule: "status",
  },
  {
    fn: "DEADLINE_STATUS",
    args: [serial("20.03.2025"), serial("19.12.2024"), "kk"],
    expected: v("Мерзімінде"),
    rule: "status",
  },
  { fn: "DEADLINE_STATUS", args: ["20.03.2025", "01.01.2025", "ru"], expected: v("Скоро срок"), rule: "status" },
  { fn: "DEADLINE_STATUS", args: ["20.03.2025", "21.03.2025", "kk"], expected: v("Мерзімі өтті"), rule: "status" },
  { fn: "DEADLINE_STATUS", args: ["20.03.2025", "01.01.2024", "ru"], expected: v("В срок"), rule: "status" },
  { fn: "DEADLINE_STATUS", args: ["20.03.2025", "01.01.2024", "EN"], expected: v("On track"), rule: "status" },

  // REPORT_DEADLINE — Rules §30
  { fn: "REPORT_DEADLINE", args: [2024], expected: date("10.01.2025"), rule: "§30" },
  { fn: "REPORT_DEADLINE", args: ["2025"], expected: date("10.01.2026"), rule: "§30" },
  { fn: "REPORT_DEADLINE", args: [2024.5], expected: error(/year: "2024.5" is not a whole number/), rule: "§30" },
  { fn: "REPORT_DEADLINE", args: [99999], expected: error(/not a year/), rule: "§30" },

  // WORKDAY_KZ — RULES.md §6
  { fn: "WORKDAY_KZ", args: ["20.03.2024", 3, null], expected: date("28.03.2024"), rule: "§6" },
  { fn: "WORKDAY_KZ", args: [serial("29.12.2023"), 1, null], expected: date("03.01.2024"), rule: "§6" },
  { fn: "WORKDAY_KZ", args: [serial("28.03.2024"), -3, null], expected: date("20.03.2024"), rule: "§6" },
  { fn: "WORKDAY_KZ", args: [serial("23.03.2024"), 0, null], expected: date("23.03.2024"), rule: "§6" },
  { fn: "WORKDAY_KZ", args: [serial("06.05.2024"), 2, null], expected: date("10.05.2024"), rule: "§6" },
  { fn: "WORKDAY_KZ", args: [serial("06.05.2024"), 2.9, null], expected: date("10.05.2024"), rule: "§6" },
  {
    fn: "WORKDAY_KZ",
    args: [serial("06.05.2024"), 2, col(serial("10.05.2024"), "")],
    expected: date("13.05.2024"),
    rule: "§6",
  },
  {
    fn: "WORKDAY_KZ",
    args: [serial("06.05.2024"), 2, [["10.05.2024", "13.05.2024"]]],
    expected: date("14.05.2024"),
    rule: "§6",
  },
  {
    fn: "WORKDAY_KZ",
    args: [serial("06.05.2024"), 2, [["праздник"]]],
    expected: error(/holidays: "праздник" is not a date/),
    rule: "§6",
  },
  {
    fn: "WORKDAY_KZ",
    args: [serial("06.05.2024"), "два", null],
    expected: error(/days: "два" is not a number/),
    rule: "§6",
  },
  {
    fn: "WORKDAY_KZ",
    args: ["01.01.1990", 1, null],
    expected: error(/"01.01.1990" is outside the Kazakhstan holiday calendar \(2000–2060\)/),
    rule: "§6",
  },

  // EXPLAIN_RETRAINING_VENUE — Rules §13, the same decision as RETRAINING_VENUE, in words
  {
    fn: "EXPLAIN_RETRAINING_VENUE",
    args: ["С-О-3", null, "en"],
    expected: v("§13: category C-O-3 (written «С-О-3») of corps B is retrained at a regional centre"),
    rule: "§13",
  },
  {
    fn: "EXPLAIN_RETRAINING_VENUE",
    args: ["D-O-2", null, "ru"],
    expected: v("п. 13: служащие категории D-O-2 корпуса «Б» проходят переподготовку в Академии"),
    rule: "§13",
  },
  {
    fn: "EXPLAIN_RETRAINING_VENUE",
    args: ["е-3", "Б", "kk"],
    expected: v(
      "13-тармақ: «Б» корпусының E-3 санатындағы («е-3» деп жазылған) қызметшілер өңірлік орталықта қайта даярлаудан өтеді",
    ),
    rule: "§13",
  },
  {
    fn: "EXPLAIN_RETRAINING_VENUE",
    args: ["C-R-1", "«А»", "en"],
    expected: v("§13: corps A servants are retrained at the Academy, whatever the category"),
    rule: "§13",
  },
  { fn: "EXPLAIN_RETRAINING_VENUE", args: ["C-6", null, "en"], expected: error(/C-6.*§13/), rule: "§13" },

  // EXPLAIN_TRAINING_DUE — Rules §20/§24, the same computation as TRAINING_DUE, in words
  {
    fn: "EXPLAIN_TRAINING_DUE",
    args: ["01.06.2022", row("хорошо", "неуд", "неуд"), row("20.12.2022", "20.12.2023", "20.12.2024"), "en"],
    expected: v(
      "§24(2): unsatisfactory results given 20.12.2023 and 20.12.2024 → advanced training within 3 months, by 20.03.2025 (earlier than 01.06.2025 under §24(1))",
    ),
    rule: "§24(2)",
  },
  {
    fn: "EXPLAIN_TRAINING_DUE",
    args: ["01.06.2022", row("хорошо", "неуд", "неуд"), row("20.12.2022", "20.12.2023", "20.12.2024"), "ru"],
    expected: v(
      "п. 24(2): неудовлетворительные оценки от 20.12.2023 и 20.12.2024 → повышение квалификации в течение 3 месяцев, до 20.03.2025 (раньше, чем 01.06.2025 по п. 24(1))",
    ),
    rule: "§24(2)",
  },
  {
    fn: "EXPLAIN_TRAINING_DUE",
    args: ["01.09.2022", row("қанағаттанарлық", "қанағаттанарлық", "қанағаттанарлықсыз"), null, "kk"],
    expected: v(
      "24-тармақтың 1) тармақшасы: соңғы біліктілікті арттыру 01.09.2022 → 3 жылда кемінде бір рет, 01.09.2025 дейін",
    ),
    rule: "§24(1)",
  },
  {
    fn: "EXPLAIN_TRAINING_DUE",
    args: ["15.01.2022", row("неуд", "неуд"), row("20.12.2023", "20.12.2024"), "en"],
    expected: v(
      "§24(1): last advanced training 15.01.2022 → at least once every 3 years, by 15.01.2025 (earlier than 20.03.2025 under §24(2))",
    ),
    rule: "§24(1)",
  },
  {
    fn: "EXPLAIN_TRAINING_DUE",
    args: ["", row("неуд", "неуд"), row("20.12.2023", "20.12.2024"), "en"],
    expected: v(
      "§24(2): unsatisfactory results given 20.12.2023 and 20.12.2024 → advanced training within 3 months, by 20.03.2025 (no advanced training on record)",
    ),
    rule: "§24(2)",
  },
  {
    fn: "EXPLAIN_TRAINING_DUE",
    args: ["01.06.2022", row("неуд", "неуд"), null, "en"],
    expected: error(/give the dates of the results \(ratingDates/),
    rule: "§24(2)",
  },

  // ADVANCED_TRAINING_VENUES — Rules §18, §22, §23, §27
  {
    fn: "ADVANCED_TRAINING_VENUES",
    args: ["A", null, "en"],
    expected: v("Academy; Organisations abroad (§27)"),
    rule: "§18",
  },
  {
    fn: "ADVANCED_TRAINING_VENUES",
    args: ["саяси", null, "en"],
    expected: v("Academy; Organisations abroad (§27)"),
    rule: "§18",
  },
  {
    fn: "ADVANCED_TRAINING_VENUES",
    args: ["Б", null, "ru"],
    expected: v(
      "Академия; Региональный центр; Ведомственная или иная организация образования; Зарубежные организации (п. 27)",
    ),
    rule: "§22",
  },
  {
    fn: "ADVANCED_TRAINING_VENUES",
    args: ["", "нет", "en"],
    expected: v("Academy; Regional centre; Departmental or other educational organisation; Organisations abroad (§27)"),
    rule: "§22",
  },
  {
    fn: "ADVANCED_TRAINING_VENUES",
    args: ["B", "иә", "kk"],
    expected: v("Ведомстволық немесе басқа білім беру ұйымы; Шетелдегі ұйымдар (27-тармақ)"),
    rule: "§23",
  },
  {
    fn: "ADVANCED_TRAINING_VENUES",
    args: ["X", null, "en"],
    expected: error(/corps: "X" is not a corps/),
    rule: "§22",
  },

  // Attestation Rules §5, §6, §7
  { fn: "ATTESTATION_NOTICE_BY", args: ["01.04.2024"], expected: date("01.03.2024"), rule: "A§5" },
  { fn: "ATTESTATION_NOTICE_BY", args: [serial("31.05.2024")], expected: date("30.04.2024"), rule: "A§5" },
  { fn: "ATTESTATION_CHARACTERISTIC_BY", args: ["20.03.2024"], expected: date("28.02.2024"), rule: "A§6" },
  { fn: "ATTESTATION_CHARACTERISTIC_BY", args: [""], expected: error(/meetingDate: is blank/), rule: "A§6" },
  { fn: "ATTESTATION_MATERIALS_BY", args: ["05.03.2024"], expected: date("27.02.2024"), rule: "A§7" },

  // Attestation Rules §12 (quorum)
  { fn: "ATTESTATION_QUORUM", args: [6, 9], expected: v(true), rule: "A§12" },
  { fn: "ATTESTATION_QUORUM", args: [5, 9], expected: v(false), rule: "A§12" },
  { fn: "ATTESTATION_QUORUM", args: [5, 7], expected: v(true), rule: "A§12" },
  { fn: "ATTESTATION_QUORUM", args: [4, 7], expected: v(false), rule: "A§12" },
  { fn: "ATTESTATION_QUORUM", args: [10, 9], expected: error(/10 present is more than the 9 members/), rule: "A§12" },
  { fn: "ATTESTATION_QUORUM", args: [0, 0], expected: error(/members: the commission has no members/), rule: "A§12" },
  { fn: "ATTESTATION_QUORUM", args: [-1, 9], expected: error(/present: "-1" is negative/), rule: "A§12" },

  // Attestation Rules §19 (voting)
  { fn: "ATTESTATION_ADOPTED", args: [4, 7, null], expected: v(true), rule: "A§19" },
  { fn: "ATTESTATION_ADOPTED", args: [3, 7, null], expected: v(false), rule: "A§19" },
  { fn: "ATTESTATION_ADOPTED", args: [3, 6, true], expected: v(true), rule: "A§19" },
  { fn: "ATTESTATION_ADOPTED", args: [3, 6, "жоқ"], expected: v(false), rule: "A§19" },
  {
    fn: "ATTESTATION_ADOPTED",
    args: [3, 6, null],
    expected: error(/^chairVotedFor: a tie .*chairVotedFor/),
    rule: "A§19",
  },
  { fn: "ATTESTATION_ADOPTED", args: [0, 0, null], expected: error(/^present: nobody was present/), rule: "A§19" },
  {
    fn: "ATTESTATION_ADOPTED",
    args: [8, 6, null],
    expected: error(/8 votes for is more than the 6 members present/),
    rule: "A§19",
  },

  // Attestation Rules §15, §18 (decisions)
  { fn: "ATTESTATION_DECISION_ALLOWED", args: [1, false, false], expected: v(false), rule: "A§18" },
  { fn: "ATTESTATION_DECISION_ALLOWED", args: [2, "нет", "нет"], expected: v(false), rule: "A§18" },
  { fn: "ATTESTATION_DECISION_ALLOWED", args: [3, false, false], expected: v(true), rule: "A§18" },
  { fn: "ATTESTATION_DECISION_ALLOWED", args: [5, false, false], expected: v(true), rule: "A§18" },
  { fn: "ATTESTATION_DECISION_ALLOWED", args: [1, true, false], expected: v(true), rule: "A§18" },
  { fn: "ATTESTATION_DECISION_ALLOWED", args: [2, false, true], expected: v(true), rule: "A§18" },
  // the pass/fail words of the attestation list, as well as yes/no
  { fn: "ATTESTATION_DECISION_ALLOWED", args: [1, "не сдал", "не сдал"], expected: v(false), rule: "A§18" },
  { fn: "ATTESTATION_DECISION_ALLOWED", args: [2, "тапсырмады", "failed"], expected: v(false), rule: "A§18" },
  { fn: "ATTESTATION_DECISION_ALLOWED", args: [1, "сдал", "не сдал"], expected: v(true), rule: "A§18" },
  { fn: "ATTESTATION_DECISION_ALLOWED", args: [2, "Не сдала", "Тапсырды"], expected: v(true), rule: "A§18" },
  { fn: "ATTESTATION_DECISION_ALLOWED", args: [3, "fail", "не сдано"], expected: v(true), rule: "A§18" },
  {
    fn: "ATTESTATION_DECISION_ALLOWED",
    args: [1, "passed", "maybe"],
    expected: error(/passedTest: "maybe" is not passed\/failed/),
    rule: "A§18",
  },
  {
    fn: "ATTESTATION_DECISION_ALLOWED",
    args: [6, true, true],
    expected: error(/decision: "6" is not a decision 1–5/),
    rule: "A§15",
  },
  {
    fn: "ATTESTATION_DECISION_ALLOWED",
    args: [2, null, true],
    expected: error(/passedStandards: is blank/),
    rule: "A§15",
  },

  // Attestation Rules §20, §21 (protocol within three working days)
  { fn: "ATTESTATION_PROTOCOL_BY", args: ["20.03.2024", null], expected: date("28.03.2024"), rule: "A§20" },
  { fn: "ATTESTATION_PROTOCOL_BY", args: [serial("13.12.2024"), null], expected: date("19.12.2024"), rule: "A§20" },
  {
    fn: "ATTESTATION_PROTOCOL_BY",
    args: [serial("13.12.2024"), [[serial("17.12.2024")]]],
    expected: date("20.12.2024"),
    rule: "A§21",
  },
];

/** Every KADR.* function id; the tests check the bundle registers exactly these. */
export const FUNCTION_IDS = [...new Set(FUNCTION_CASES.map((c) => c.fn))];

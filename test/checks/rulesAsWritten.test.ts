/**
 * Issue #12 items 2 and 3 through the checks: one register and log, each servant one reading of
 * the text, run through the core (readStaff + checkStaff) and through `kadr check --json` on an
 * .xlsx file — the same flags, paragraphs and words.
 * - §24(2): «үш жылдың қорытындысы бойынша екі рет "қанағаттанарлықсыз"» — two results within three
 *   consecutive evaluation years pair; results four years apart never do.
 * - §13/§18 venues: a branch of the Academy in any spelling is a regional centre; a ministry's own
 *   regional training centre is departmental.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { checkStaff, flagReason } from "../../src/checks/checkStaff";
import { main } from "../../src/cli/main";
import { readStaff } from "../../src/reader/readStaff";
import type { CellValue } from "../../src/workbook/port";
import { serial } from "../cases/functionCases";

const YEARS = [2020, 2021, 2022, 2023, 2024];
const HEAD = [
  "ФИО",
  "Корпус",
  "Категория",
  "Дата назначения",
  "Впервые поступивший",
  "Дата последнего повышения квалификации",
  ...YEARS.map((y) => `Оценка ${y}`),
  ...YEARS.map((y) => `Дата оценки ${y}`),
];
const DATES = YEARS.map((y) => `20.12.${y}`);
const G = "хорошо";
const U = "неуд";

interface Case {
  readonly name: string;
  readonly corps: string;
  readonly category: string;
  readonly ratings: readonly string[];
  /** A retraining or advanced-training course of the log, if any. */
  readonly course?: { readonly type: string; readonly venue: string; readonly hours: number };
  /** The flag expected (advancedOverdue/advancedDueSoon included), or null for none. */
  readonly expected: { readonly code: string; readonly paragraph: string; readonly en: string } | null;
}

const RETRAINING = "переподготовка";
const ADVANCED = "повышение квалификации";

const CASES: readonly Case[] = [
  // §24(2): 2023 and 2024 — consecutive years: three months from 20.12.2024.
  {
    name: "Подряд Айгерим",
    corps: "Б",
    category: "C-O-4",
    ratings: [G, G, G, U, U],
    expected: {
      code: "advancedOverdue",
      paragraph: "§24(2)",
      en: "§24(2): unsatisfactory results given 20.12.2023 and 20.12.2024 → advanced training within 3 months, by 20.03.2025 (earlier than 01.06.2027 under §24(1))",
    },
  },
  // 2022 and 2024 lie within three consecutive years (2022–2024): they pair.
  {
    name: "Черезгод Болат",
    corps: "Б",
    category: "C-O-4",
    ratings: [G, G, U, G, U],
    expected: {
      code: "advancedOverdue",
      paragraph: "§24(2)",
      en: "§24(2): unsatisfactory results given 20.12.2022 and 20.12.2024 → advanced training within 3 months, by 20.03.2025 (earlier than 01.06.2027 under §24(1))",
    },
  },
  // 2020 and 2024: four years apart — no pair, whatever lies between; §24(1) is far off.
  { name: "Пятилетов Ерлан", corps: "Б", category: "C-O-4", ratings: [U, G, G, G, U], expected: null },
  // 2020 and 2021 paired, but the 01.06.2024 training came after: answered.
  { name: "Давний Марат", corps: "Б", category: "C-O-4", ratings: [U, U, G, G, G], expected: null },
  // §13 venues: C-O-3 is retrained at a regional centre; the Academy's branch is one, in any spelling.
  {
    name: "Филиалова Асель",
    corps: "Б",
    category: "С-О-3",
    ratings: [G, G, G, G, G],
    course: { type: RETRAINING, venue: "Филиал АГУ по г. Алматы", hours: 120 },
    expected: null,
  },
  {
    name: "Филиалқызы Дана",
    corps: "Б",
    category: "С-О-3",
    ratings: [G, G, G, G, G],
    course: { type: RETRAINING, venue: "Мемлекеттік басқару академиясының Алматы қаласындағы филиалы", hours: 120 },
    expected: null,
  },
  // A ministry's own regional training centre is departmental, not a regional centre.
  {
    name: "Министерова Гульнар",
    corps: "Б",
    category: "С-О-3",
    ratings: [G, G, G, G, G],
    course: { type: RETRAINING, venue: "Региональный учебный центр МВД", hours: 120 },
    expected: {
      code: "retrainingVenue",
      paragraph: "§13",
      en: "§13: category C-O-3 is retrained at a regional centre, but the course was at «Региональный учебный центр МВД» (Departmental or other educational organisation)",
    },
  },
  // Group B goes to the Academy (§13): its branch is a regional centre, not the Academy.
  {
    name: "Группова Жанар",
    corps: "Б",
    category: "B-3",
    ratings: [G, G, G, G, G],
    course: { type: RETRAINING, venue: "Филиал Академии по г. Шымкент", hours: 120 },
    expected: {
      code: "retrainingVenue",
      paragraph: "§13",
      en: "§13: category B-3 is retrained at the Academy, but the course was at «Филиал Академии по г. Шымкент» (Regional centre)",
    },
  },
  // §18: corps A advanced training at the Academy only — a branch is a regional centre.
  {
    name: "Академова Сауле",
    corps: "А",
    category: "A-3",
    ratings: [G, G, G, G, G],
    course: {
      type: ADVANCED,
      venue: "Филиал Академии государственного управления по Карагандинской области",
      hours: 36,
    },
    expected: {
      code: "advancedVenue",
      paragraph: "§18",
      en: "§18: advanced training for this servant takes place at: Academy; Organisations abroad (§27); the course was at «Филиал Академии государственного управления по Карагандинской области» (Regional centre)",
    },
  },
];

const REGISTER: CellValue[][] = [
  HEAD,
  ...CASES.map((c) => [
    c.name,
    c.corps,
    c.category,
    c.course?.type === RETRAINING ? "01.02.2025" : "01.02.2019",
    c.course?.type === RETRAINING ? "да" : "нет",
    "01.06.2024",
    ...c.ratings,
    ...DATES,
  ]),
];
const LOG: CellValue[][] = [
  ["ФИО", "Вид обучения", "Место обучения", "Начало", "Окончание", "Часы"],
  ...CASES.flatMap((c) =>
    c.course ? [[c.name, c.course.type, c.course.venue, "03.03.2025", "28.03.2025", c.course.hours]] : [],
  ),
];
const AS_OF = serial("15.01.2026");

const byName = <T extends { name: string }>(list: readonly T[], name: string) => list.find((e) => e.name === name);

describe("issue #12 items 2–3 through the core", () => {
  const staff = readStaff({
    dateSystem: 1900,
    sheets: [
      { name: "Staff", rows: REGISTER },
      { name: "Log", rows: LOG },
    ],
  });
  const checks = checkStaff(staff, AS_OF);

  it("reads every row without a problem", () => {
    expect(staff.problems).toEqual([]);
    expect(checks.employees).toHaveLength(CASES.length);
  });

  for (const c of CASES) {
    it(`${c.name} → ${c.expected ? `${c.expected.paragraph} ${c.expected.code}` : "nothing"}`, () => {
      const check = checks.employees.find((e) => e.employee.name === c.name);
      const flags = check?.flags ?? [];
      expect(flags.map((f) => f.flag.code)).toEqual(c.expected ? [c.expected.code] : []);
      if (c.expected)
        expect(flagReason(flags[0]!, "en")).toEqual({ paragraph: c.expected.paragraph, text: c.expected.en });
    });
  }
});

describe("issue #12 items 2–3 through `kadr check --json`", () => {
  let result: { employees: { name: string; flags: { code: string; reason: { paragraph: string; text: string } }[] }[] };

  beforeAll(async () => {
    const path = join(mkdtempSync(join(tmpdir(), "kadr-as-written-")), "staff.xlsx");
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Staff").addRows(REGISTER);
    workbook.addWorksheet("Log").addRows(LOG);
    await workbook.xlsx.writeFile(path);
    let out = "";
    const code = await main(["check", path, "--as-of", "2026-01-15", "--json", "--lang", "en"], {
      out: (t) => void (out += t),
      err: () => undefined,
      env: {},
      tty: false,
    });
    expect(code).toBe(0);
    result = JSON.parse(out) as typeof result;
  });

  for (const c of CASES) {
    it(`${c.name}: the same flag and words as the core`, () => {
      const flags = byName(result.employees, c.name)?.flags ?? [];
      expect(flags.map((f) => [f.code, f.reason])).toEqual(
        c.expected ? [[c.expected.code, { paragraph: c.expected.paragraph, text: c.expected.en }]] : [],
      );
    });
  }
});

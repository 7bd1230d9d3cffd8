/**
 * Issue #7's checks of what was done, table-driven: each case of src/tools/practiceCases.ts is one
 * employee breaking one rule. The same table runs through the core (readStaff + checkStaff) and
 * through `kadr check --json` on an .xlsx file; the flag, its paragraph and its words are asserted.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { checkStaff, flagReason } from "../../src/checks/checkStaff";
import { main } from "../../src/cli/main";
import { readStaff } from "../../src/reader/readStaff";
import { problemMessage } from "../../src/reader/model";
import { PRACTICE_CASES } from "../../src/tools/practiceCases";
import type { CellValue } from "../../src/workbook/port";
import { serial } from "../cases/functionCases";

type Expected = { code: string; paragraph: string; en: string; ru?: string } | { problem: string } | null;

const EXPECTED: Record<string, Expected> = {
  "Венуева Асель Маратовна": {
    code: "retrainingVenue",
    paragraph: "§13",
    en: "§13: category C-O-3 is retrained at a regional centre, but the course was at «Академия государственного управления» (Academy)",
    ru: "п. 13: служащие категории C-O-3 проходят переподготовку в региональном центре, однако курс пройден в «Академия государственного управления» (Академия)",
  },
  "Поздняков Ерлан Асанович": {
    code: "retrainingLateStart",
    paragraph: "§14",
    en: "§14: appointed 01.01.2025, retraining started 15.08.2025 — later than 01.07.2025 (6 months)",
  },
  "Долгова Дина Ерлановна": {
    code: "retrainingTooLong",
    paragraph: "§16",
    en: "§16: retraining from 01.02.2025 to 15.06.2025 — finished later than 01.05.2025 (3 months from the start)",
    ru: "п. 16: переподготовка с 01.02.2025 по 15.06.2025 — завершена позже 01.05.2025 (3 месяца от начала)",
  },
  "Часова Алия Болатовна": {
    code: "retrainingHours",
    paragraph: "§16",
    en: "§16: retraining of 96 academic hours; at least 120 required",
  },
  "Академов Марат Серикович": {
    code: "advancedVenue",
    paragraph: "§18",
    en: "§18: advanced training for this servant takes place at: Academy; Organisations abroad (§27); the course was at «Региональный центр г. Астана» (Regional centre)",
  },
  "Сертова Гүлнар Нурлановна": {
    code: "advancedVenue",
    paragraph: "§23",
    en: "§23: advanced training for this servant takes place at: Departmental or other educational organisation; Organisations abroad (§27); the course was at «Академия государственного управления» (Academy)",
  },
  "Ведомова Сауле Серікқызы": null,
  "Краткова Мария Петровна": {
    code: "advancedHours",
    paragraph: "§25",
    en: "§25: advanced training of 16 academic hours; 24 to 80 required",
    ru: "п. 25: повышение квалификации 16 ак. часов; требуется от 24 до 80",
  },
  "Руководова Жанар Талгатовна": {
    code: "retrainingTooLong",
    paragraph: "§16",
    en: "§16: retraining from 03.03.2025 to 20.06.2025 — finished later than 03.06.2025 (3 months from the start)",
  },
  "Новиков Арман Сергеевич": null,
  "Шетелова Томирис Асановна": null,
  "Өңірова Ләззат Қайратқызы": null,
  "Онлайнов Данияр Иванович": {
    problem:
      'Log!C14: "Онлайн-курс" does not say what kind of venue it is (Academy, regional centre, departmental or other organisation, abroad)',
  },
};

const REGISTER: CellValue[][] = [
  [
    "ФИО",
    "Должность",
    "Корпус",
    "Категория",
    "Дата назначения",
    "Впервые поступивший",
    "Впервые назначен на руководящую должность",
    "Профессиональная сертификация",
  ],
  ...PRACTICE_CASES.map((c) => [
    c.name,
    c.position,
    c.corps,
    c.category,
    c.appointed,
    c.firstEntry,
    c.firstLeadership,
    c.certified,
  ]),
];
const LOG: CellValue[][] = [
  ["ФИО", "Вид обучения", "Место обучения", "Начало", "Окончание", "Часы"],
  ...PRACTICE_CASES.flatMap((c) => c.courses.map((k) => [c.name, k.type, k.venue, k.start, k.end, k.hours])),
];
const AS_OF = serial("15.01.2026");

describe("practice checks through the core (Rules §13, §14, §16, §18, §22, §23, §25)", () => {
  const staff = readStaff({
    dateSystem: 1900,
    sheets: [
      { name: "Staff", rows: REGISTER },
      { name: "Log", rows: LOG },
    ],
  });
  const checks = checkStaff(staff, AS_OF);

  it("covers every case of the table", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(PRACTICE_CASES.map((c) => c.name).sort());
  });

  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(`${name} → ${expected === null ? "nothing" : "code" in expected ? `${expected.paragraph} ${expected.code}` : "a problem"}`, () => {
      const check = checks.employees.find((c) => c.employee.name === name);
      const practice = (check?.flags ?? []).filter(
        (f) => !f.flag.code.endsWith("Overdue") && !f.flag.code.endsWith("DueSoon"),
      );
      if (expected === null) return void expect(practice).toEqual([]);
      if ("problem" in expected) {
        expect(practice).toEqual([]);
        return void expect(checks.problems.map((p) => problemMessage(p, "en"))).toContain(expected.problem);
      }
      expect(practice.map((f) => f.flag.code)).toEqual([expected.code]);
      const [flag] = practice;
      expect(flagReason(flag!, "en")).toEqual({ paragraph: expected.paragraph, text: expected.en });
      if (expected.ru) expect(flagReason(flag!, "ru").text).toBe(expected.ru);
    });
  }
});

describe("practice checks through `kadr check --json`", () => {
  let result: {
    employees: { name: string; flags: { code: string; reason: { paragraph: string; text: string } }[] }[];
    problems: { message: string }[];
  };

  beforeAll(async () => {
    const path = join(mkdtempSync(join(tmpdir(), "kadr-practice-")), "staff.xlsx");
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

  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(`${name}: the same flag and words as the core`, () => {
      const employee = result.employees.find((e) => e.name === name);
      const practice = (employee?.flags ?? []).filter(
        (f) => !f.code.endsWith("Overdue") && !f.code.endsWith("DueSoon"),
      );
      if (expected === null) return void expect(practice).toEqual([]);
      if ("problem" in expected) return void expect(result.problems.map((p) => p.message)).toContain(expected.problem);
      expect(practice.map((f) => [f.code, f.reason])).toEqual([
        [expected.code, { paragraph: expected.paragraph, text: expected.en }],
      ]);
    });
  }
});

describe("namesakes", () => {
  it("two register rows with one name do not both take the log's courses", () => {
    const staff = readStaff({
      dateSystem: 1900,
      sheets: [
        {
          name: "S",
          rows: [
            ["ФИО", "Категория", "Корпус", "Дата назначения"],
            ["Ким Ирина", "E-4", "Б", "01.06.2021"],
            ["Ким Ирина", "E-4", "Б", "01.06.2022"],
          ],
        },
        {
          name: "L",
          rows: [
            ["ФИО", "Вид обучения", "Место обучения", "Начало", "Окончание", "Часы"],
            ["Ким Ирина", "повышение квалификации", "Академия", "01.03.2025", "05.03.2025", 16],
          ],
        },
      ],
    });
    const checks = checkStaff(staff, serial("15.01.2026"));
    expect(checks.employees.map((c) => c.flags.filter((f) => f.flag.code === "advancedHours").length)).toEqual([0, 0]);
    // The course still counts once in the year's totals and its hours are still checked.
    expect(checks.hourViolations).toHaveLength(1);
    expect(checks.problems.map((p) => p.error.code)).toEqual(["duplicateName"]);
  });
});

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
import { buildAnnualReport } from "../../src/report/annualReport";
import { FULL_TIME, PRACTICE_CASES } from "../../src/tools/practiceCases";
import type { CellValue } from "../../src/workbook/port";
import { serial } from "../cases/functionCases";
import { kadr } from "../support/kadr";

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
  // Issue #12 item 9, Rules §15: distance retraining only for first entrants to corps B.
  "Дистанов Ерлан Маратович": {
    code: "retrainingForm",
    paragraph: "§15",
    en: "§15: retraining is full-time; only persons entering corps B for the first time may take it by distance learning — this retraining was by distance learning (form of study «дистанционно»)",
    ru: "п. 15: переподготовка проходится в очной форме; дистанционно — только впервые поступившими на службу корпуса «Б», а эта переподготовка пройдена дистанционно (форма обучения «дистанционно»)",
  },
  "Қашықова Әсел Нурлановна": null,
  // Issue #12 item 10, Rules §4: a completed course with no document number is a note.
  "Құжатсыз Марат Серикович": {
    code: "documentMissing",
    paragraph: "§4",
    en: "§4: advanced training completed 10.10.2025, no document number in the log; a document confirming completion is issued to those who complete it (a note, not a violation)",
    ru: "п. 4: повышение квалификации завершено 10.10.2025, номер документа в журнале не указан; завершившим выдаётся документ, подтверждающий завершение (замечание, а не нарушение)",
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
  ["ФИО", "Вид обучения", "Место обучения", "Начало", "Окончание", "Часы", "Номер свидетельства", "Форма обучения"],
  ...PRACTICE_CASES.flatMap((c, i) =>
    c.courses.map((k) => [
      c.name,
      k.type,
      k.venue,
      k.start,
      k.end,
      k.hours,
      k.document === undefined ? `ПР-${i + 1}` : k.document,
      k.form ?? FULL_TIME,
    ]),
  ),
];
const AS_OF = serial("15.01.2026");

describe("practice checks through the core (Rules §4, §13, §14, §15, §16, §18, §22, §23, §25)", () => {
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

/*
 * Issue #12 item 7: §25's 24–80 hours stand in chapter 6, on corps B. Outside them a corps B servant
 * (or one of blank corps, read as corps B) breaks them; a corps A or political servant gets a note,
 * kept out of the hour violations and the report's list. A log name in no register: as corps B.
 */
describe("§25 hours by corps (chapter 6, corps B)", () => {
  const NOTE_A =
    "§25: advanced training of 90 academic hours, outside 24–80; §25 sets them for corps B (in the chapter on corps B), so for a corps A servant this is a note, not a violation";
  const CASES: readonly { name: string; corps: string; hours: number; code: string; en: string; ru?: string }[] = [
    {
      name: "Аева Айгерим",
      corps: "А",
      hours: 90,
      code: "advancedHoursNote",
      en: NOTE_A,
      ru: "п. 25: повышение квалификации 90 ак. часов — вне пределов 24–80; п. 25 устанавливает их для корпуса «Б» (в главе о корпусе «Б»), поэтому для служащего корпуса «А» это замечание, а не нарушение",
    },
    {
      name: "Беева Бахыт",
      corps: "Б",
      hours: 90,
      code: "advancedHours",
      en: "§25: advanced training of 90 academic hours; 24 to 80 required",
    },
    {
      name: "Саясиев Самат",
      corps: "политический",
      hours: 10,
      code: "advancedHoursNote",
      en: "§25: advanced training of 10 academic hours, outside 24–80; §25 sets them for corps B (in the chapter on corps B), so for a political servant this is a note, not a violation",
    },
    {
      name: "Бланкова Бота",
      corps: "",
      hours: 10,
      code: "advancedHours",
      en: "§25: advanced training of 10 academic hours; 24 to 80 required",
    },
  ];
  const violation = (code: string) => code === "advancedHours";
  const register: CellValue[][] = [
    ["ФИО", "Должность", "Корпус", "Дата назначения"],
    ...CASES.map((c) => [c.name, "специалист", c.corps, "01.06.2021"]),
  ];
  const log: CellValue[][] = [
    ["ФИО", "Вид обучения", "Место обучения", "Начало", "Окончание", "Часы"],
    ...CASES.map((c) => [c.name, "повышение квалификации", "Академия", "03.11.2025", "14.11.2025", c.hours]),
    // A name in no register: the corps is not known, so as corps B.
    ["Незнаев Нурлан", "повышение квалификации", "Академия", "03.11.2025", "14.11.2025", 90],
  ];
  const staff = readStaff({
    dateSystem: 1900,
    sheets: [
      { name: "Staff", rows: register },
      { name: "Log", rows: log },
    ],
  });
  const checks = checkStaff(staff, AS_OF);
  const hourFlags = (name: string) =>
    (checks.employees.find((c) => c.employee.name === name)?.flags ?? []).filter((f) =>
      f.flag.code.startsWith("advancedHours"),
    );

  for (const c of CASES) {
    it(`${c.corps || "blank"} corps, ${c.hours} hours → ${violation(c.code) ? "a violation" : "a note"}`, () => {
      const flags = hourFlags(c.name);
      expect(flags.map((f) => f.flag.code)).toEqual([c.code]);
      expect(flagReason(flags[0]!, "en")).toEqual({ paragraph: "§25", text: c.en });
      if (c.ru) expect(flagReason(flags[0]!, "ru").text).toBe(c.ru);
      const check = checks.employees.find((e) => e.employee.name === c.name);
      expect(check?.hourViolations.length).toBe(violation(c.code) ? 1 : 0);
      expect(checks.hourViolations.some((v) => v.course.name === c.name)).toBe(violation(c.code));
    });
  }

  it("a log name in no register keeps the violation; notes stay out of the report's hour violations", () => {
    expect(checks.hourViolations.map((v) => v.course.name).sort()).toEqual(
      ["Беева Бахыт", "Бланкова Бота", "Незнаев Нурлан"].sort(),
    );
    const report = buildAnnualReport(staff, { year: 2025, builtOn: serial("10.01.2026") });
    expect(report.compliance.hourViolations.map((v) => v.course.name).sort()).toEqual(
      ["Беева Бахыт", "Бланкова Бота", "Незнаев Нурлан"].sort(),
    );
    expect(report.compliance.practice.filter((p) => p.flag.flag.code === "advancedHoursNote")).toEqual([]);
  });

  it("Kazakh words of the note", () => {
    expect(flagReason(hourFlags("Саясиев Самат")[0]!, "kk").text).toBe(
      "25-тармақ: біліктілікті арттыру 10 академиялық сағат — 24–80 шегінен тыс; 25-тармақ оларды «Б» корпусы үшін белгілейді («Б» корпусы туралы тарауда), сондықтан саяси қызметші үшін бұл бұзушылық емес, ескерту",
    );
  });

  it("`kadr check --json`: corps A 90 hours is a note in the flags, not in hourViolations", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "kadr-hours-")), "staff.xlsx");
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Staff").addRows(register);
    workbook.addWorksheet("Log").addRows(log);
    await workbook.xlsx.writeFile(path);
    const { code, out } = await kadr("check", path, "--json", "--lang", "en");
    expect(code).toBe(0);
    const json = JSON.parse(out) as {
      employees: { name: string; flags: { code: string; reason: { paragraph: string; text: string } }[] }[];
      hourViolations: { name: string }[];
    };
    const a = json.employees.find((e) => e.name === "Аева Айгерим");
    expect(a?.flags.filter((f) => f.code.startsWith("advancedHours"))).toEqual([
      { code: "advancedHoursNote", reason: { paragraph: "§25", text: NOTE_A }, course: expect.anything() },
    ]);
    expect(json.hourViolations.map((v) => v.name).sort()).toEqual(
      ["Беева Бахыт", "Бланкова Бота", "Незнаев Нурлан"].sort(),
    );
  });
});

/**
 * Issue #12 items 9 and 10, table-driven through the core (readStaff + checkStaff) and through
 * `kadr check --json` on an .xlsx file — the same flags, paragraphs and words.
 * - Rules §15: «Мемлекеттік қызметшілер қайта даярлаудан күндізгі негізде өтеді. «Б» корпусының
 *   мемлекеттік әкімшілік қызметіне алғаш кірген адамдарға қашықтан білім беру технологиялары арқылы
 *   қайта даярлаудан өтуге болады.» A distance retraining of anyone but a first entrant to corps B
 *   is a violation; the form is read from the log's form column, else from the venue's words.
 * - Rules §3, §4: «…аяқтағанын растайтын құжат беріледі». A completed course whose document number is
 *   blank is a note, not a violation; a log with no document column is *not checked*, once.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { checkStaff, flagReason } from "../../src/checks/checkStaff";
import { notCheckedMessage } from "../../src/checks/notCheckedText";
import { problemMessage } from "../../src/reader/model";
import { readStaff } from "../../src/reader/readStaff";
import { buildAnnualReport } from "../../src/report/annualReport";
import { paragraphText, studyForm, studyFormOfVenue, type StudyForm } from "../../src/rules";
import type { CellValue } from "../../src/workbook/port";
import { serial } from "../cases/functionCases";
import { kadr } from "../support/kadr";

const AS_OF = serial("15.01.2026");
const RETRAINING = "переподготовка";
const ADVANCED = "повышение квалификации";

type Expected = { code: string; paragraph: string; en: string; ru?: string } | { problem: string } | null;

interface Case {
  readonly name: string;
  readonly corps: string;
  readonly firstEntry: "да" | "нет";
  readonly firstLeadership: "да" | "нет";
  readonly type: string;
  readonly venue: string;
  readonly end: string;
  readonly document: string | null;
  readonly form: string | null;
  readonly expected: Expected;
}

const formFlag = (cell: string, written: string) =>
  `§15: retraining is full-time; only persons entering corps B for the first time may take it by distance learning — this retraining was by distance learning (${cell} «${written}»)`;

/** Rows 2… of the log below, in the order of the table (the form column is I, the document H). */
const CASES: readonly Case[] = [
  {
    // §15's exception: a first entrant to corps B.
    name: "Алғашқы Айгерим",
    corps: "Б",
    firstEntry: "да",
    firstLeadership: "нет",
    type: RETRAINING,
    venue: "Өңірлік орталық",
    end: "28.03.2025",
    document: "ҚД-1",
    form: "Қашықтықтан",
    expected: null,
  },
  {
    // A first corps B leadership appointee is not a first entrant.
    name: "Басшыев Болат",
    corps: "Б",
    firstEntry: "нет",
    firstLeadership: "да",
    type: RETRAINING,
    venue: "Академия государственного управления",
    end: "28.03.2025",
    document: "ПП-2",
    form: "онлайн",
    expected: { code: "retrainingForm", paragraph: "§15", en: formFlag("form of study", "онлайн") },
  },
  {
    // Corps A: distance learning is open to first entrants to corps B only, not to corps A's.
    name: "Корпусов Арман",
    corps: "А",
    firstEntry: "да",
    firstLeadership: "нет",
    type: RETRAINING,
    venue: "Академия государственного управления",
    end: "28.03.2025",
    document: "ПП-3",
    form: "Дистанционное обучение",
    expected: {
      code: "retrainingForm",
      paragraph: "§15",
      en: formFlag("form of study", "Дистанционное обучение"),
      ru: "п. 15: переподготовка проходится в очной форме; дистанционно — только впервые поступившими на службу корпуса «Б», а эта переподготовка пройдена дистанционно (форма обучения «Дистанционное обучение»)",
    },
  },
  {
    // Full-time: the form §15 sets for everyone.
    name: "Очнова Дина",
    corps: "Б",
    firstEntry: "нет",
    firstLeadership: "да",
    type: RETRAINING,
    venue: "Академия государственного управления",
    end: "28.03.2025",
    document: "ПП-4",
    form: "очная",
    expected: null,
  },
  {
    // A blank corps is read as corps B, the common case; not a first entrant.
    name: "Бланков Ерлан",
    corps: "",
    firstEntry: "нет",
    firstLeadership: "да",
    type: RETRAINING,
    venue: "Академия государственного управления",
    end: "28.03.2025",
    document: "ПП-5",
    form: "Online",
    expected: { code: "retrainingForm", paragraph: "§15", en: formFlag("form of study", "Online") },
  },
  {
    // A form cell §15 does not read: a problem naming it, never a guess («очн…» is not in «заочная»).
    name: "Заочнова Гаухар",
    corps: "Б",
    firstEntry: "нет",
    firstLeadership: "да",
    type: RETRAINING,
    venue: "Академия государственного управления",
    end: "28.03.2025",
    document: "ПП-6",
    form: "заочная",
    expected: {
      problem:
        'Log!I7: "заочная" is not a form of study §15 reads: full-time (күндізгі, очная) or distance learning (қашықтан, дистанционно, онлайн)',
    },
  },
  {
    // A blank form cell the venue does not make up for: a problem naming it.
    name: "Пустова Жанар",
    corps: "Б",
    firstEntry: "нет",
    firstLeadership: "да",
    type: RETRAINING,
    venue: "Академия государственного управления",
    end: "28.03.2025",
    document: "ПП-7",
    form: null,
    expected: { problem: "Log!I8: is blank, but Form of study is needed for Rules §15" },
  },
  {
    // A blank form cell whose venue says it: the venue's words are the form.
    name: "Венюев Қанат",
    corps: "Б",
    firstEntry: "нет",
    firstLeadership: "да",
    type: RETRAINING,
    venue: "Академия (дистанционно)",
    end: "28.03.2025",
    document: "ПП-8",
    form: null,
    expected: { code: "retrainingForm", paragraph: "§15", en: formFlag("venue", "Академия (дистанционно)") },
  },
  {
    // §15 is about retraining: an online advanced training is not its business.
    name: "Семинаров Тимур",
    corps: "Б",
    firstEntry: "нет",
    firstLeadership: "нет",
    type: ADVANCED,
    venue: "Региональный центр г. Алматы",
    end: "10.10.2025",
    document: "БА-9",
    form: "онлайн",
    expected: null,
  },
  {
    // §3: a completed retraining with no document number — a note.
    name: "Құжатсыз Айдос",
    corps: "Б",
    firstEntry: "да",
    firstLeadership: "нет",
    type: RETRAINING,
    venue: "Өңірлік орталық",
    end: "28.03.2025",
    document: null,
    form: "күндізгі",
    expected: {
      code: "documentMissing",
      paragraph: "§3",
      en: "§3: retraining completed 28.03.2025, no document number in the log; a document confirming completion is issued to those who complete it (a note, not a violation)",
      ru: "п. 3: переподготовка завершена 28.03.2025, номер документа в журнале не указан; завершившим выдаётся документ, подтверждающий завершение (замечание, а не нарушение)",
    },
  },
  {
    // §4: the same for advanced training.
    name: "Нөмірсіз Салтанат",
    corps: "Б",
    firstEntry: "нет",
    firstLeadership: "нет",
    type: ADVANCED,
    venue: "Региональный центр г. Алматы",
    end: "10.10.2025",
    document: null,
    form: null,
    expected: {
      code: "documentMissing",
      paragraph: "§4",
      en: "§4: advanced training completed 10.10.2025, no document number in the log; a document confirming completion is issued to those who complete it (a note, not a violation)",
    },
  },
  {
    // A course that ends after the day of the check is not completed yet: no document is due.
    name: "Болашақов Нұрсұлтан",
    corps: "Б",
    firstEntry: "нет",
    firstLeadership: "нет",
    type: ADVANCED,
    venue: "Региональный центр г. Алматы",
    end: "20.01.2026",
    document: null,
    form: null,
    expected: null,
  },
];

const REGISTER: CellValue[][] = [
  ["ФИО", "Корпус", "Категория", "Дата назначения", "Впервые поступивший", "Впервые назначен на руководящую должность"],
  ...CASES.map((c) => [
    c.name,
    c.corps,
    c.corps === "А" ? "A-3" : "C-O-2",
    "01.02.2025",
    c.firstEntry,
    c.firstLeadership,
  ]),
];
const LOG: CellValue[][] = [
  // «Номер приказа» (the order sending the servant) is not the completion document's number.
  [
    "ФИО",
    "Вид обучения",
    "Место обучения",
    "Номер приказа",
    "Начало",
    "Окончание",
    "Часы",
    "Номер удостоверения",
    "Форма обучения",
  ],
  ...CASES.map((c, i) => [
    c.name,
    c.type,
    c.venue,
    `№ ${100 + i}-ж`,
    c.type === RETRAINING ? "03.03.2025" : "06.10.2025",
    c.end,
    c.type === RETRAINING ? 120 : 40,
    c.document,
    c.form,
  ]),
];

const staff = readStaff({
  dateSystem: 1900,
  sheets: [
    { name: "Staff", rows: REGISTER },
    { name: "Log", rows: LOG },
  ],
});
const checks = checkStaff(staff, AS_OF);
const CODES = new Set(["retrainingForm", "documentMissing"]);
/** The *not checked* entries of these two checks (the others are other items' business). */
const OURS = new Set(["retrainingForm", "completionDocument"]);
const ours = <T extends { check: string }>(entries: readonly T[]) => entries.filter((n) => OURS.has(n.check));

describe("Rules §15 (form of study) and §3, §4 (completion document) through the core", () => {
  it("reads the order number as no field, the certificate number and the form as theirs", () => {
    const log = staff.columns.find((c) => c.sheet === "Log");
    const found = Object.fromEntries((log?.found ?? []).map((f) => [f.header, f.field]));
    expect(found).toMatchObject({
      "Вид обучения": "trainingType",
      "Место обучения": "venue",
      "Номер удостоверения": "document",
      "Форма обучения": "form",
    });
    expect(log?.unused.map((u) => u.header)).toEqual(["Номер приказа"]);
    expect(ours(checks.coverage.notChecked)).toEqual([]);
  });

  for (const c of CASES) {
    const what =
      c.expected === null
        ? "nothing"
        : "code" in c.expected
          ? `${c.expected.paragraph} ${c.expected.code}`
          : "a problem";
    it(`${c.name} → ${what}`, () => {
      const flags = (checks.employees.find((e) => e.employee.name === c.name)?.flags ?? []).filter((f) =>
        CODES.has(f.flag.code),
      );
      if (c.expected === null) return void expect(flags).toEqual([]);
      if ("problem" in c.expected) {
        expect(flags).toEqual([]);
        return void expect(checks.problems.map((p) => problemMessage(p, "en"))).toContain(c.expected.problem);
      }
      expect(flags.map((f) => f.flag.code)).toEqual([c.expected.code]);
      expect(flagReason(flags[0]!, "en")).toEqual({ paragraph: c.expected.paragraph, text: c.expected.en });
      if (c.expected.ru) expect(flagReason(flags[0]!, "ru").text).toBe(c.expected.ru);
    });
  }

  it("Kazakh words, with the paragraph in the legal citation form", () => {
    const flag = (name: string) =>
      (checks.employees.find((e) => e.employee.name === name)?.flags ?? []).find((f) => CODES.has(f.flag.code))!;
    expect(flagReason(flag("Басшыев Болат"), "kk").text).toBe(
      `${paragraphText("§15", "kk")}: қайта даярлау күндізгі негізде өтеді; қашықтан тек «Б» корпусының қызметіне алғаш кіргендер өте алады, ал бұл қайта даярлау қашықтан өткен (оқу нысаны «онлайн»)`,
    );
    expect(flagReason(flag("Құжатсыз Айдос"), "kk").text).toBe(
      `${paragraphText("§3", "kk")}: қайта даярлау 28.03.2025 аяқталған, журналда құжат нөмірі көрсетілмеген; табысты аяқтағандарға аяқтағанын растайтын құжат беріледі (бұзушылық емес, ескерту)`,
    );
    expect(
      problemMessage(
        checks.problems.find((p) => p.error.code === "unknownStudyForm")!,
        "kk",
      ),
    ).toBe(
      `Log!I7: «заочная» — оқу нысаны емес (Қағидалар, ${paragraphText("§15", "kk")}): күндізгі (очная, full-time) немесе қашықтан (дистанционно, онлайн)`,
    );
  });

  it("the report lists the §15 violations among the practice findings, never the §3/§4 notes", () => {
    const report = buildAnnualReport(staff, { year: 2025, builtOn: serial("10.01.2026") });
    const practice = report.compliance.practice.filter((p) => CODES.has(p.flag.flag.code));
    expect(practice.map((p) => [p.check.employee.name, p.flag.flag.code])).toEqual([
      ["Басшыев Болат", "retrainingForm"],
      ["Корпусов Арман", "retrainingForm"],
      ["Бланков Ерлан", "retrainingForm"],
      ["Венюев Қанат", "retrainingForm"],
    ]);
    expect(report.unchecked.has("practice")).toBe(false);
  });
});

describe("the same table through `kadr check --json`", () => {
  let result: {
    employees: { name: string; flags: { code: string; reason: { paragraph: string; text: string } }[] }[];
    problems: { message: string }[];
    notChecked: { check: string }[];
  };

  beforeAll(async () => {
    const path = join(mkdtempSync(join(tmpdir(), "kadr-form-")), "staff.xlsx");
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Staff").addRows(REGISTER);
    workbook.addWorksheet("Log").addRows(LOG);
    await workbook.xlsx.writeFile(path);
    const { code, out } = await kadr("check", path, "--json", "--lang", "en");
    expect(code).toBe(0);
    result = JSON.parse(out) as typeof result;
  });

  for (const c of CASES) {
    it(`${c.name}: the same flag and words as the core`, () => {
      const flags = (result.employees.find((e) => e.name === c.name)?.flags ?? []).filter((f) => CODES.has(f.code));
      if (c.expected === null) return void expect(flags).toEqual([]);
      if ("problem" in c.expected)
        return void expect(result.problems.map((p) => p.message)).toContain(c.expected.problem);
      expect(flags.map((f) => [f.code, f.reason])).toEqual([
        [c.expected.code, { paragraph: c.expected.paragraph, text: c.expected.en }],
      ]);
    });
  }

  it("neither check is left unchecked", () => expect(ours(result.notChecked)).toEqual([]));
});

describe("a log without a form or document column", () => {
  // Only the venue's words can say a retraining's form; with no document column nothing is noted.
  const register: CellValue[][] = [
    [
      "ФИО",
      "Корпус",
      "Категория",
      "Дата назначения",
      "Впервые поступивший",
      "Впервые назначен на руководящую должность",
    ],
    ["Онлайнов Марат", "Б", "C-O-2", "01.02.2025", "нет", "да"],
    ["Академов Ержан", "А", "A-3", "01.02.2025", "да", "нет"],
    ["Новичкова Мадина", "Б", "D-4", "01.02.2025", "да", "нет"],
  ];
  const row = (name: string, venue: string) => [name, RETRAINING, venue, "03.03.2025", "28.03.2025", 120];
  const head = ["ФИО", "Вид обучения", "Место обучения", "Начало", "Окончание", "Часы"];
  const read = (rows: CellValue[][]) =>
    checkStaff(
      readStaff({
        dateSystem: 1900,
        sheets: [
          { name: "Staff", rows: register },
          { name: "Log", rows },
        ],
      }),
      AS_OF,
    );

  it("a venue that says online is the form; one that does not leaves §15 not checked, said once", () => {
    const result = read([
      head,
      row("Онлайнов Марат", "Онлайн-курс Академии"),
      row("Академов Ержан", "Академия государственного управления"),
      row("Новичкова Мадина", "Өңірлік орталық"),
    ]);
    const flags = result.employees.flatMap((e) =>
      e.flags.filter((f) => CODES.has(f.flag.code)).map((f) => [e.employee.name, flagReason(f, "en").text]),
    );
    expect(flags).toEqual([["Онлайнов Марат", formFlag("venue", "Онлайн-курс Академии")]]);
    // Академов's retraining (corps A: distance not open) says nothing of its form: not checked.
    expect(ours(result.coverage.notChecked).map((n) => notCheckedMessage(n, "en"))).toEqual([
      'Not checked: full-time retraining (its form judged from the venue\'s words only) (§15) — Staff: no column "Form of study"',
      'Not checked: document issued on completing retraining or advanced training (§3) — Staff: no column "Document number"',
    ]);
    expect(result.coverage.anySkipped.has("retrainingForm")).toBe(true);
    // The report's practice part stands on §15 too: marked as not fully checked.
    const report = buildAnnualReport(
      readStaff({
        dateSystem: 1900,
        sheets: [
          { name: "Staff", rows: register },
          { name: "Log", rows: [head, row("Академов Ержан", "Академия государственного управления")] },
        ],
      }),
      { year: 2025, builtOn: serial("10.01.2026") },
    );
    expect(report.unchecked.has("practice")).toBe(true);
  });

  it("when every retraining is judged (by the venue's words, or open to distance learning), §15 is checked", () => {
    const result = read([
      head,
      row("Онлайнов Марат", "Дистанционно, Академия"),
      row("Академов Ержан", "Онлайн"),
      row("Новичкова Мадина", "Өңірлік орталық"),
    ]);
    expect(ours(result.coverage.notChecked).map((n) => n.check)).toEqual(["completionDocument"]);
    expect(
      result.employees.flatMap((e) =>
        e.flags.filter((f) => f.flag.code === "retrainingForm").map(() => e.employee.name),
      ),
    ).toEqual(["Онлайнов Марат", "Академов Ержан"]);
    // Three completed courses, no document column: one entry, not one per course — and no notes.
    expect(result.employees.flatMap((e) => e.flags).filter((f) => f.flag.code === "documentMissing")).toEqual([]);
  });
});

describe("Rules §15's words (STUDY_FORM_WORDS)", () => {
  const FORMS: readonly [string, StudyForm | null][] = [
    ["күндізгі", "fullTime"],
    ["Күндізгі оқу", "fullTime"],
    ["очная", "fullTime"],
    ["Очно", "fullTime"],
    ["очное (с отрывом от работы)", "fullTime"],
    ["Full-time", "fullTime"],
    ["in person", "fullTime"],
    ["офлайн", "fullTime"],
    ["қашықтан", "distance"],
    ["Қашықтықтан оқыту", "distance"],
    ["дистанционно", "distance"],
    ["Дистанционная форма", "distance"],
    ["онлайн", "distance"],
    ["On-line", "distance"],
    ["distance learning", "distance"],
    ["вебинар", "distance"],
    // Neither of §15's forms, or both: not guessed.
    ["заочная", null],
    ["Сырттай", null],
    ["очно-заочная", null],
    ["очно-дистанционная", null],
    ["смешанная", null],
    ["blended", null],
    ["part-time", null],
    ["курс", null],
  ];
  it.each(FORMS)("%s → %s", (text, form) => {
    const read = studyForm(text);
    expect(read.ok ? read.value : null).toBe(form);
    if (!read.ok) expect(read.error).toEqual({ code: "unknownStudyForm", value: text });
  });

  it.each([
    ["Онлайн-курс", "distance"],
    ["Академия (дистанционно)", "distance"],
    ["Қашықтан оқыту орталығы", "distance"],
    ["Академия государственного управления", null],
    ["Региональный центр г. Алматы", null],
    ["Академия, очно", null],
  ] as const)("venue %s → %s", (venue, form) => expect(studyFormOfVenue(venue)).toBe(form));
});

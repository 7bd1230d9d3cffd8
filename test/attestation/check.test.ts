import { describe, expect, it } from "vitest";
import { checkAttestation } from "../../src/attestation/checkAttestation";
import { makeAttestation } from "../../src/attestation/makeAttestation";
import { readAttestation } from "../../src/attestation/readAttestation";
import { onlyStaffSheets } from "../../src/survey/staffSheets";
import {
  explainAttestationFlag,
  parseCommission,
  parseDecision,
  parseExemption,
  parsePassFail,
  parseExtraDaysOff,
} from "../../src/rules";
import { problemMessage } from "../../src/reader/model";
import { memoryWorkbook } from "../../src/workbook/memoryWorkbook";
import type { CellValue } from "../../src/workbook/port";
import { serial } from "../cases/functionCases";

const HEADER = [
  "ФИО",
  "Должность",
  "Звание",
  "Комиссия",
  "Начало аттестации",
  "Дата заседания",
  "Нормативы",
  "Тестирование",
  "Уважительная причина",
  "Неявки",
  "Освобождение",
  "Решение",
];
/** name, start, meeting, standards, test, excused, absences, exemption, decision */
type Row = [string, string, string, string, string, string, number | null, string, number | string | null];
const row = ([name, start, meeting, standards, test, excused, absences, exemption, decision]: Row): CellValue[] => [
  name,
  // A position of Appendix 1 part 2 (item 16): the regional commission, as the commission column says.
  "начальник отдела УП г. Караганды",
  "капитан полиции",
  "региональная",
  start,
  meeting,
  standards,
  test,
  excused,
  absences,
  exemption,
  decision,
];

async function check(rows: Row[], extra = "") {
  const workbook = memoryWorkbook({ Аттестация: [["ДП области"], [], HEADER, ...rows.map(row)] });
  const list = readAttestation(await workbook.read());
  return checkAttestation(list, new Set(parseExtraDaysOff(extra).days));
}

describe("attestation timetable (Attestation Rules §5, §6, §7, §20, §21)", () => {
  it("counts back from the start and the meeting, and forward in Kazakhstan working days", async () => {
    const [first] = (await check([["Аманов А", "01.11.2024", "13.12.2024", "сдал", "сдал", "", 0, "", 2]])).officers;
    expect(first?.timetable).toEqual({
      noticeBy: serial("01.10.2024"), // §5: one month before the start
      characteristicBy: serial("22.11.2024"), // §6: three weeks before the meeting
      materialsBy: serial("06.12.2024"), // §7: one week before
      // §20, §21: Friday 13.12 → Mon 16.12 is Independence Day → 17, 18, 19
      protocolBy: serial("19.12.2024"),
      acknowledgeBy: serial("19.12.2024"),
    });
  });

  it("skips the extra non-working days from Settings", async () => {
    const [first] = (await check([["Аманов А", "", "13.12.2024", "", "", "", 0, "", null]], "18.12.2024")).officers;
    expect(first?.timetable.protocolBy).toBe(serial("20.12.2024"));
  });
});

describe("attestation flags", () => {
  it.each<[string, Row, string[], string]>([
    ["§2 pregnancy", ["A", "", "", "", "", "", null, "беременность", null], ["exempt"], "§2"],
    ["§2 leave", ["A", "", "", "", "", "", null, "отпуск (ст. 77)", null], ["exempt"], "§2"],
    ["§16", ["A", "", "10.06.2024", "", "", "да", null, "", null], ["afterReturn"], "§16"],
    ["§17 once: nothing", ["A", "", "10.06.2024", "", "", "", 1, "", null], [], ""],
    // Decision 5 is also "did not pass" (§22): subject to dismissal.
    [
      "§17 twice, 5",
      ["A", "", "10.06.2024", "", "", "", 2, "", 5],
      ["dismissalRecommended", "subjectToDismissal"],
      "§17",
    ],
    [
      "§17 twice, 2",
      ["A", "", "10.06.2024", "", "", "", 2, "", 2],
      ["dismissalRecommended", "decisionNotAllowed"],
      "§17",
    ],
    ["§18 both failed, 2", ["A", "", "10.06.2024", "не сдал", "не сдал", "", 0, "", 2], ["decisionNotAllowed"], "§18"],
    ["§18 both failed, 4", ["A", "", "10.06.2024", "не сдал", "не сдал", "", 0, "", 4], [], ""],
    ["§18 needs both", ["A", "", "10.06.2024", "не сдал", "сдал", "", 0, "", 2], [], ""],
    ["Decree §1 before", ["A", "", "20.03.2024", "", "", "", 0, "", null], ["outsidePeriod"], "§1"],
    ["Decree §1 after", ["A", "", "15.01.2025", "", "", "", 0, "", null], ["outsidePeriod"], "§1"],
    ["Decree §1 last day", ["A", "", "31.12.2024", "", "", "", 0, "", null], [], ""],
    ["Decree §1 start", ["A", "25.03.2024", "15.04.2024", "", "", "", 0, "", null], ["outsidePeriod"], "§1"],
    ["§2 maternity leave", ["A", "", "", "", "", "", null, "декретный отпуск", null], ["exempt"], "§2"],
    ["§2 childcare", ["A", "", "", "", "", "", null, "отпуск по уходу за ребёнком", null], ["exempt"], "§2"],
    ["§2 none written as нет", ["A", "", "10.06.2024", "", "", "", 0, "нет", null], [], ""],
  ])("%s", async (_, input, codes, paragraph) => {
    const result = await check([input]);
    const flags = result.officers[0]?.flags ?? [];
    expect(flags.map((flag) => flag.code)).toEqual(codes);
    if (paragraph) expect(flags.map((flag) => explainAttestationFlag(flag, "en").paragraph)).toContain(paragraph);
    expect(result.problems).toEqual([]);
  });

  it("explains itself in each language, naming the text the paragraph belongs to", () => {
    const flag = { code: "decisionNotAllowed", decision: 2, because: "failedBoth" } as const;
    expect(explainAttestationFlag(flag, "ru").text).toBe(
      "п. 18 Правил аттестации: не сдал нормативы и получил на тестировании ниже порога → только решения 3, 4 или 5; в списке 2",
    );
    expect(
      explainAttestationFlag({ code: "outsidePeriod", what: "meeting", day: serial("20.03.2024") }, "kk").text,
    ).toBe("№ 490 Жарлықтың 1-тармағы: 20.03.2024 отырыс аттестаттау мерзімінен (01.04.2024–31.12.2024) тыс");
  });

  it("counts what it flags", async () => {
    const { counts } = await check([
      ["A", "", "", "", "", "", null, "беременность", null],
      ["B", "", "10.06.2024", "", "", "", 2, "", 2],
      ["C", "", "10.06.2024", "не сдал", "не сдал", "", 0, "", 1],
      ["D", "", "10.06.2024", "сдал", "сдал", "", 0, "", 1],
    ]);
    expect(counts).toEqual({
      officers: 4,
      exempt: 1,
      afterReturn: 0,
      dismissalRecommended: 1,
      decisionNotAllowed: 2,
      outsidePeriod: 0,
      decided: 3,
      // §4 checked (the list has the standards, the test and the decision); B's absences excuse the blanks.
      stageMissing: 0,
      // No column of the dates kept, nor of a refused post: not checked (test/attestation/actualDates.test.ts).
      late: null,
      subjectToDismissal: null,
      // Appendix 1: every position is a listed regional one (see `row`).
      positionNotListed: 0,
      wrongCommission: 0,
    });
  });
});

describe("attestation: what the rules leave undecided is not invented", () => {
  it("§16: absent for a valid reason → no decision yet, so no §20–§21 dates", async () => {
    const [first] = (await check([["A", "01.05.2024", "10.06.2024", "", "", "да", 0, "", null]])).officers;
    expect(first?.timetable).toMatchObject({
      materialsBy: serial("03.06.2024"),
      protocolBy: null,
      acknowledgeBy: null,
    });
  });

  it("§2: an annual leave is not a ground, is named as a problem, and the officer gets no form", async () => {
    const workbook = memoryWorkbook({
      Аттестация: [HEADER, row(["Ақанов А", "", "10.06.2024", "сдал", "сдал", "", 0, "очередной отпуск", 2])],
    });
    const made = makeAttestation(await workbook.read(), { lang: "ru", builtOn: serial("01.12.2024") });
    if (!made.ok) throw new Error("no list");
    expect(made.check.problems.map((p) => p.error.code)).toEqual(["unknownExemption"]);
    const forms = made.layouts.find((layout) => layout.name === "Аттестационные листы");
    expect(forms?.cells.some((cell) => cell.value === "Ақанов А")).toBe(false);
  });

  it("a decision the rules forbid is not written into field 7 of Appendix 3", async () => {
    const workbook = memoryWorkbook({
      Аттестация: [HEADER, row(["Беков Б", "", "10.06.2024", "не сдал", "не сдал", "", 0, "", 2])],
    });
    const made = makeAttestation(await workbook.read(), {
      lang: "kk",
      builtOn: serial("01.12.2024"),
      sheets: ["attestationSheets"],
    });
    if (!made.ok) throw new Error("no list");
    const texts = made.layouts[0]?.cells.map((cell) => String(cell.value)) ?? [];
    expect(texts).toContain("Беков Б");
    expect(texts.some((text) => text.startsWith("2) "))).toBe(false);
  });

  it("reads every list sheet (central and regional apart), naming the right cell past column A", async () => {
    const data = await memoryWorkbook({
      Центральная: [HEADER, row(["Орталық О", "", "10.06.2024", "", "", "", 0, "", null])],
      Региональная: [HEADER, row(["Өңір Ө", "", "11.06.2024", "", "", "", 0, "", null])],
    }).read();
    // The regional list's used range starts at column C, as Office reports a range that does not start at A1.
    const shifted = {
      ...data,
      sheets: data.sheets.map((grid) =>
        grid.name === "Региональная" ? { ...grid, origin: { row: 0, col: 2 } } : grid,
      ),
    };
    const list = readAttestation(shifted);
    expect(list.sheets.map((sheet) => sheet.name)).toEqual(["Центральная", "Региональная"]);
    expect(list.officers.map((officer) => officer.fullName)).toEqual(["Орталық О", "Өңір Ө"]);
    const far = readAttestation({
      ...shifted,
      sheets: shifted.sheets.map((grid) =>
        grid.name === "Региональная"
          ? { ...grid, rows: [HEADER, row(["Өңір Ө", "", "31.02.2024", "", "", "", 0, "", null])] }
          : grid,
      ),
    });
    // Дата заседания is the 6th column of the grid (F), the sheet's H once the origin (C) is added.
    expect(far.problems.map((p) => `${p.sheet}!${p.cell}`)).toEqual(["Региональная!H2"]);
  });

  it("a staff register with a Решение or Комиссия column is still staff data", async () => {
    const data = await memoryWorkbook({
      Сотрудники: [
        ["ФИО", "Категория", "Дата назначения", "Комиссия", "Решение"],
        ["Иванова М", "C-O-3", "01.02.2025", "конкурсная", "назначить"],
      ],
    }).read();
    expect(onlyStaffSheets(data).sheets.map((grid) => grid.name)).toEqual(["Сотрудники"]);
    expect(readAttestation(data).sheets).toEqual([]);
  });
});

describe("reading the attestation list: bad cells are named, the rest is kept", () => {
  it("reports each unreadable cell with its address and keeps the officer", async () => {
    const result = await check([
      ["Берікова Б", "", "31.02.2024", "может быть", "", "", null, "", 6],
      ["", "", "10.06.2024", "сдал", "", "", null, "", 2],
      ["Сейітов С", "", "10.06.2024", "сдал", "сдал", "", 0, "", 2],
    ]);
    expect(result.officers.map((o) => o.officer.fullName)).toEqual(["Берікова Б", "Сейітов С"]);
    expect(result.problems.map((p) => problemMessage(p, "en"))).toEqual([
      'Аттестация!F4: "31.02.2024" is not a date (expected dd.mm.yyyy, yyyy-mm-dd or a date cell)',
      'Аттестация!G4: "может быть" is not passed/failed (use passed/failed, сдал/не сдал, тапсырды/тапсырмады, yes/no)',
      'Аттестация!L4: "6" is not a decision 1–5 (Attestation Rules §15)',
      expect.stringMatching(/^Аттестация!A5: /u),
    ]);
  });

  it.each([
    [parsePassFail, "Тапсырмады", false],
    [parsePassFail, "сдал", true],
    [parsePassFail, "нет", false],
    [parseCommission, "Орталық", "central"],
    [parseCommission, "региональная комиссия", "regional"],
    [parseExemption, "Жүктілік", "pregnancy"],
    [parseExemption, "отпуск по уходу за ребенком", "leave"],
    [parseDecision, "5", 5],
  ] as const)("%o(%j) → %j", (parse, input, value) => {
    expect((parse as (v: unknown) => unknown)(input)).toEqual({ ok: true, value });
  });
});

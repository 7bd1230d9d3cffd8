/**
 * The sample attestation list (src/tools/attestationSample.ts): the committed
 * assets/sample-attestation.xlsx is what the generator makes (cell values, not bytes: zips carry
 * timestamps), ~50 officers under the title rows, and every awkward case of
 * ATTESTATION_SAMPLE_CASES on its row with the values its note describes.
 */
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { ATTESTATION_SPEC } from "../../src/attestation/readAttestation";
import { fieldOfHeader } from "../../src/reader/headers/recognizeHeader";
import { attestationProtocolBy } from "../../src/rules/attestation/attestation";
import { serialFromParts } from "../../src/rules/dates/excelSerial";
import { isKzDayOff } from "../../src/rules/workdays/kzCalendar";
import {
  ATTESTATION_SAMPLE_CASES,
  ATTESTATION_SAMPLE_HEADER_ROW,
  ATTESTATION_SAMPLE_HEADERS,
  ATTESTATION_SAMPLE_OFFICERS,
  makeAttestationSample,
} from "../../src/tools/attestationSample";

type Header = (typeof ATTESTATION_SAMPLE_HEADERS)[number];
type Grid = ExcelJS.CellValue[][];

const committed = fileURLToPath(new URL("../../assets/sample-attestation.xlsx", import.meta.url));
const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const serial = (d: Date) => serialFromParts(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());

/** Every sheet's cell values, by 0-based row and column. */
function grids(workbook: ExcelJS.Workbook): Record<string, Grid> {
  const out: Record<string, Grid> = {};
  for (const sheet of workbook.worksheets) {
    const rows: Grid = [];
    for (let r = 1; r <= sheet.rowCount; r++) {
      const row: ExcelJS.CellValue[] = [];
      for (let c = 1; c <= sheet.columnCount; c++) row.push(sheet.getCell(r, c).value);
      rows.push(row);
    }
    out[sheet.name] = rows;
  }
  return out;
}

async function load(source: string | ExcelJS.Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  if (typeof source === "string") await workbook.xlsx.readFile(source);
  else await workbook.xlsx.load(source);
  return workbook;
}

/** What each case's row holds, by header (a RegExp for values that are drawn, not chosen). */
const EXPECTED: Readonly<Record<string, Partial<Record<Header, ExcelJS.CellValue | RegExp>>>> = {
  pregnancy: { Освобождение: "беременность", "Дата заседания": null, Решение: null },
  leaveArt77: { Освобождение: "отпуск (ст. 77)", "Дата заседания": null, Решение: null },
  excusedAbsence: { "Уважительная причина": "да", Неявки: null, Решение: null },
  absentOnce: { "Уважительная причина": null, Неявки: 1, Решение: null },
  absentTwiceDecision5: { "Уважительная причина": null, Неявки: 2, Решение: 5 },
  absentTwiceDecision2: { "Уважительная причина": null, Неявки: 2, Решение: 2 },
  failedBothDecision2: { Нормативы: "не сдал", Тестирование: "не сдал", Решение: 2 },
  failedBothDecision4: { Нормативы: "не сдал", Тестирование: "не сдал", Решение: 4 },
  failedStandardsOnlyDecision2: { Нормативы: "не сдал", Тестирование: "сдал", Решение: 2 },
  holidayEve: { "Дата заседания": day(2024, 12, 13), Решение: 2 },
  meetingBeforePeriod: { "Дата заседания": day(2024, 3, 20) },
  meetingAfterPeriod: { "Дата заседания": day(2025, 1, 15) },
  badMeetingDate: { "Дата заседания": "31.02.2024" },
  badDecision: { Решение: 6 },
  badStandards: { Нормативы: "может быть" },
  noName: { "Ф.И.О.": null, "№": /^\d+$/, Должность: /\S/, Звание: /полиции$/, Комиссия: "региональная" },
  centralCommission: { Комиссия: "центральная" },
  meetingDateAsText: { "Дата заседания": "13.06.2024", "Начало аттестации": /^\d\d\.\d\d\.\d{4}$/ },
  birthDateAsText: { "Дата рождения": /^\d\d\.\d\d\.\d{4}$/ },
  yesNoPassFail: { Нормативы: "да", Тестирование: "да" },
  decisionPending: { "Дата заседания": day(2024, 12, 20), Решение: null },
  // The dates kept (§5, §6, §7, §20, §21), one late each, and §4, §22 (issue #12 items 12–13).
  // Appendix 1 (issue #12 item 11): a position on no item, and a central position listed as regional.
  positionNotListed: { Должность: "участковый инспектор полиции ОП г. Сарани" },
  wrongCommission: { Должность: "начальник УП г. Темиртау", Комиссия: "региональная" },
  lateNotice: { "Начало аттестации": day(2024, 6, 3), "Дата уведомления": day(2024, 5, 10) },
  lateCharacteristic: { "Дата заседания": day(2024, 9, 17), "Характеристика поступила": day(2024, 9, 2) },
  lateMaterials: { "Дата заседания": day(2024, 10, 15), "Материалы направлены": day(2024, 10, 11) },
  lateProtocol: { "Дата заседания": day(2024, 11, 12), "Дата протокола": day(2024, 11, 20), Решение: 2 },
  lateSheet: { "Дата заседания": day(2024, 11, 26), "Ознакомлен с листом (дата)": day(2024, 12, 3), Решение: 2 },
  decisionTestBlank: { Нормативы: "сдал", Тестирование: null, Решение: 2 },
  decision4RefusedPost: { Решение: 4, "Отказ от предложенной должности": "да" },
};

let grid: Grid;
const column = (header: Header) => ATTESTATION_SAMPLE_HEADERS.indexOf(header);
const cell = (row: number, header: Header) => grid[row]?.[column(header)] ?? null;
const firstRow = ATTESTATION_SAMPLE_HEADER_ROW + 1;
const dataRows = () => Array.from({ length: grid.length - firstRow }, (_, i) => firstRow + i);

beforeAll(async () => {
  const sheet = grids(await load(committed))["Аттестация"];
  if (!sheet) throw new Error("assets/sample-attestation.xlsx has no sheet «Аттестация»");
  grid = sheet;
});

describe("assets/sample-attestation.xlsx", () => {
  it("holds the cell values the generator makes (run `npm run sample:attestation` after changing it)", async () => {
    const regenerated = await load(await makeAttestationSample().xlsx.writeBuffer());
    expect(grids(regenerated)).toEqual(grids(await load(committed)));
  });

  it("has the two title rows, a blank row and the header row of known synonyms", () => {
    expect(grid[0]?.[0]).toBe("ДП Карагандинской области");
    expect(grid[1]?.[0]).toBe("Список сотрудников, подлежащих внеочередной аттестации");
    expect(grid[2]?.every((value) => value === null)).toBe(true);
    expect(grid[ATTESTATION_SAMPLE_HEADER_ROW]).toEqual([...ATTESTATION_SAMPLE_HEADERS]);
    for (const header of ATTESTATION_SAMPLE_HEADERS.slice(1))
      expect(fieldOfHeader(ATTESTATION_SPEC, header), header).not.toBeNull();
  });

  it("lists ~50 officers numbered 1…n, each with a name of their own but the one nameless row", () => {
    expect(dataRows()).toHaveLength(ATTESTATION_SAMPLE_OFFICERS);
    expect(ATTESTATION_SAMPLE_OFFICERS).toBeGreaterThanOrEqual(45);
    expect(ATTESTATION_SAMPLE_OFFICERS).toBeLessThanOrEqual(55);
    expect(dataRows().map((row) => cell(row, "№"))).toEqual(dataRows().map((_, i) => i + 1));
    const names = dataRows()
      .map((row) => cell(row, "Ф.И.О."))
      .filter((name) => name !== null);
    expect(names).toHaveLength(ATTESTATION_SAMPLE_OFFICERS - 1);
    expect(new Set(names).size).toBe(names.length);
  });

  it("has every case once, on a data row, with the values its note describes", () => {
    const ids = ATTESTATION_SAMPLE_CASES.map((c) => c.case);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const { row, case: id, note } of ATTESTATION_SAMPLE_CASES) {
      expect(row, id).toBeGreaterThanOrEqual(firstRow);
      expect(row, id).toBeLessThan(firstRow + ATTESTATION_SAMPLE_OFFICERS);
      expect(note.length, id).toBeGreaterThan(10);
      for (const [header, expected] of Object.entries(EXPECTED[id] ?? {})) {
        const actual = cell(row, header as Header);
        if (expected instanceof RegExp) expect(String(actual), `${id}: ${header}`).toMatch(expected);
        else expect(actual, `${id}: ${header}`).toEqual(expected);
      }
    }
  });

  it("has the central commission once, among regional ones", () => {
    const commissions = dataRows().map((row) => cell(row, "Комиссия"));
    expect(commissions.filter((c) => c === "центральная")).toHaveLength(1);
    expect(commissions.filter((c) => c === "региональная")).toHaveLength(ATTESTATION_SAMPLE_OFFICERS - 1);
  });

  it("puts the holiday-eve meeting where the protocol deadline skips the weekend and 16.12 (§20–21)", () => {
    const eve = ATTESTATION_SAMPLE_CASES.find((c) => c.case === "holidayEve");
    const meeting = eve ? cell(eve.row, "Дата заседания") : null;
    expect(meeting).toBeInstanceOf(Date);
    const by = attestationProtocolBy(serial(meeting as Date));
    expect(by).toEqual({ ok: true, value: serialFromParts(2024, 12, 19) });
  });

  it("keeps the ordinary officers ordinary: working-day meetings in the period, both passed, decision 1, 2 or pending", () => {
    const cases = new Set(ATTESTATION_SAMPLE_CASES.map((c) => c.row));
    const ordinary = dataRows().filter((row) => !cases.has(row));
    // One officer per check makes many cases; still at least a third of the list is ordinary.
    expect(ordinary.length).toBeGreaterThan(ATTESTATION_SAMPLE_OFFICERS / 3);
    for (const row of ordinary) {
      const meeting = cell(row, "Дата заседания");
      const start = cell(row, "Начало аттестации");
      expect(meeting, `row ${row}`).toBeInstanceOf(Date);
      expect(start, `row ${row}`).toBeInstanceOf(Date);
      const [m, s] = [meeting as Date, start as Date];
      expect(m >= day(2024, 4, 15) && m <= day(2024, 12, 20), `row ${row}`).toBe(true);
      expect(isKzDayOff(serial(m)), `row ${row}`).toBe(false);
      expect(s >= day(2024, 4, 1) && s < m, `row ${row}`).toBe(true);
      expect([cell(row, "Нормативы"), cell(row, "Тестирование")]).toEqual(["сдал", "сдал"]);
      expect([1, 2, null]).toContain(cell(row, "Решение"));
      expect([0, null]).toContain(cell(row, "Неявки"));
      expect(cell(row, "Освобождение")).toBeNull();
      expect(cell(row, "Дата рождения")).toBeInstanceOf(Date);
      expect(cell(row, "Дата назначения")).toBeInstanceOf(Date);
      // Every deadline kept: notice before the start, characteristic and materials before the meeting,
      // protocol and signature after a decision, no refusal.
      expect((cell(row, "Дата уведомления") as Date) < s, `row ${row}`).toBe(true);
      expect((cell(row, "Характеристика поступила") as Date) < m, `row ${row}`).toBe(true);
      expect((cell(row, "Материалы направлены") as Date) < m, `row ${row}`).toBe(true);
      const decided = cell(row, "Решение") !== null;
      expect(cell(row, "Дата протокола") instanceof Date, `row ${row}`).toBe(decided);
      expect(cell(row, "Ознакомлен с листом (дата)") instanceof Date, `row ${row}`).toBe(decided);
      expect(cell(row, "Отказ от предложенной должности")).toBeNull();
    }
  });
});

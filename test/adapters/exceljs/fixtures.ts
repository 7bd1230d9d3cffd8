/**
 * Workbooks for the exceljs adapter tests, built with exceljs itself and written to a temporary
 * folder, so every test reads a real .xlsx package.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { SheetLayout } from "../../../src/workbook/layout";

/** Midnight UTC of a calendar day: how exceljs represents the dates it reads and writes. */
export function utcDay(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

const PNG_BASE64 = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";
/** A 1×1 PNG. */
export const PNG = Buffer.from(PNG_BASE64, "base64");

/** Places the 1×1 PNG over `range` of `sheet`, as a picture. */
export function addPicture(workbook: ExcelJS.Workbook, sheet: ExcelJS.Worksheet, range: string): void {
  sheet.addImage(workbook.addImage({ base64: PNG_BASE64, extension: "png" }), range);
}

/** A temporary folder, removed by the returned function. */
export async function tempDir(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), "kadr-exceljs-"));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

export async function writeWorkbook(workbook: ExcelJS.Workbook, path: string): Promise<string> {
  await writeFile(path, Buffer.from(await workbook.xlsx.writeBuffer()));
  return path;
}

/**
 * A staff register as officers keep it: a merged title and blank rows above the header, Cyrillic
 * text, dates as date cells and as text, KADR formulas with cached results (one an error in a
 * date-formatted cell), booleans, and a second sheet of other kinds of values.
 */
export function registerWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const register = workbook.addWorksheet("Кадры");
  register.getCell("A1").value = "Список государственных служащих";
  register.mergeCells("A1:E1");
  register.getRow(4).values = ["ФИО", "Категория", "Дата назначения", "Впервые поступивший", "Срок переподготовки"];

  register.getRow(5).values = ["Иванов Иван", "С-О-3", utcDay(2024, 8, 31), true];
  register.getCell("E5").value = { formula: "KADR.RETRAINING_DEADLINE(C5)", result: utcDay(2025, 2, 28) };
  register.getRow(6).values = ["Ахметова Айгерим", "D-O-2", "15.03.2023 г.", false];
  register.getCell("E6").value = { formula: "KADR.RETRAINING_DEADLINE(C6)", result: { error: "#VALUE!" } };
  for (const address of ["C5", "C6", "E5", "E6"]) register.getCell(address).numFmt = "dd.mm.yyyy";

  const other = workbook.addWorksheet("Разное");
  other.getCell("A1").value = { richText: [{ text: "Жирный " }, { text: "текст", font: { bold: true } }] };
  other.getCell("B1").value = { text: "Правила", hyperlink: "https://adilet.zan.kz/" };
  other.getCell("C1").value = { error: "#N/A" };
  other.getCell("D1").value = { formula: "NA()", result: { error: "#N/A" } };
  other.getCell("E1").value = 119.5;
  other.getCell("F1").value = { formula: "1+1" }; // never calculated: no cached result
  other.getCell("A2").value = { formula: '"текст"', result: "текст" };
  other.getCell("B2").value = { formula: "TRUE()", result: true };
  other.getCell("C2").value = { formula: "C5", result: 45535.75 };
  for (const address of ["A2", "B2", "C2"]) other.getCell(address).numFmt = "dd.mm.yyyy hh:mm";
  other.getCell("D2").value = 59; // 28.02.1900 in Excel, before its phantom 29.02.1900
  other.getCell("E2").value = 61; // 01.03.1900
  for (const address of ["D2", "E2"]) other.getCell(address).numFmt = "dd.mm.yyyy";
  // exceljs's cell.value drops a formula's cached 0 or FALSE; the adapter must not.
  other.getCell("F2").value = { formula: "1-1", result: 0 };
  other.getCell("F3").value = { formula: "1=2", result: false };
  other.getCell("A3").value = "объединено";
  other.mergeCells("A3:C4");
  // Formatting without a value does not make a cell part of the data.
  other.getCell("Z40").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };

  workbook.addWorksheet("Пустой");
  return workbook;
}

/** A report layout with everything a SheetLayout can hold. */
export function reportLayout(): SheetLayout {
  return {
    name: "Отчёт 2024",
    cells: [
      { row: 0, col: 0, value: "Отчёт о переподготовке за 2024 год", style: "title" },
      { row: 1, col: 0, value: "по состоянию на", style: "subtitle" },
      { row: 1, col: 2, value: 45535, format: "date" },
      { row: 3, col: 0, value: "1. По категориям", style: "sectionHeading" },
      { row: 10, col: 0, value: "Всего служащих", style: "label" },
      { row: 10, col: 1, value: 12, format: "integer" },
      { row: 11, col: 0, value: "Составлено автоматически (п. 30 Правил).", style: "note" },
    ],
    tables: [
      {
        name: "Report_2024",
        row: 4,
        col: 0,
        headers: ["Категория", "Служащих", "Срок [дата]", "Часы"],
        formats: ["text", "integer", "date", "decimal"],
        rows: [
          ["C-O-3", 3, 45535, 120],
          ["D-O-2", 4, 45536, 119.5],
          ["A-1", 5, null, 80],
        ],
        totals: { label: "Итого", sumColumns: [1, 3] },
      },
    ],
    merges: [{ row: 0, col: 0, toRow: 0, toCol: 3 }],
    columnWidths: [32, 12, 14, 10],
    frozenRows: 3,
    chart: {
      title: "Служащие по категориям",
      categories: ["C-O-3", "D-O-2", "A-1"],
      series: [
        { name: "2024", values: [3, 4, 5] },
        { name: "2023", values: [2, 6, 1] },
      ],
      row: 13,
      col: 0,
      widthCols: 6,
      heightRows: 15,
    },
    page: { orientation: "landscape", paper: "A4", fitToWidth: true },
  };
}

/**
 * Checks that an XML document is well formed as far as element nesting goes: every start tag is
 * closed in order, and nothing but markup and text is left. Enough to catch a broken injection.
 */
export function assertBalancedXml(xml: string): void {
  const stack: string[] = [];
  const body = xml.replace(/^<\?xml[^>]*\?>\s*/, "");
  for (const m of body.matchAll(/<(\/?)([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|<|>/g)) {
    const [token, closing, name, , selfClosing] = m;
    if (name === undefined) throw new Error(`stray "${token}" at ${m.index}`);
    if (selfClosing === "/") continue;
    if (closing === "/") {
      const open = stack.pop();
      if (open !== name) throw new Error(`</${name}> closes <${open ?? "nothing"}> at ${m.index}`);
    } else {
      stack.push(name);
    }
  }
  if (stack.length > 0) throw new Error(`unclosed <${stack.join("> <")}>`);
}

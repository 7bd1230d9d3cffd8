/**
 * Writing a SheetLayout into an exceljs workbook, and saving the workbook (with the layout's chart,
 * which exceljs cannot write, injected into the package).
 */
import { randomBytes } from "node:crypto";
import { rename, stat, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { fromSystem1900, type DateSystem } from "../../rules";
import {
  a1,
  CELL_STYLES,
  NUMBER_FORMATS,
  pageStartRows,
  TABLE_HEADER_FILL,
  TABLE_STYLE,
  type CellFormat,
  type CellStyle,
  type LayoutMerge,
  type LayoutPage,
  type LayoutTable,
  type SheetLayout,
} from "../../workbook/layout";
import { injectChart } from "./chartPart";
import { sheetPartsById } from "./packageParts";
import { sourcePathOf } from "./readXlsx";

const FONT = { name: "Calibri", family: 2 } as const;
const argb = (rgb: string) => ({ argb: `FF${rgb}` });
const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: argb(TABLE_HEADER_FILL) };
/** The line of a form's boxes and fill-in lines. */
const THIN: Partial<ExcelJS.Border> = { style: "thin" };

interface ExcelJsStyle {
  readonly font: Partial<ExcelJS.Font>;
  readonly fill: ExcelJS.Fill | undefined;
  readonly alignment: Partial<ExcelJS.Alignment> | undefined;
  readonly border: Partial<ExcelJS.Borders> | undefined;
}

/** CELL_STYLES in exceljs terms. A style without alignment or border leaves the cell's default. */
const STYLES = Object.fromEntries(
  Object.entries(CELL_STYLES).map(([name, spec]): [string, ExcelJsStyle] => {
    const font: Partial<ExcelJS.Font> = { ...FONT, size: spec.size };
    if (spec.bold) font.bold = true;
    if (spec.italic) font.italic = true;
    if (spec.color) font.color = argb(spec.color);
    const fill: ExcelJS.Fill | undefined = spec.fill
      ? { type: "pattern", pattern: "solid", fgColor: argb(spec.fill) }
      : undefined;
    const alignment: Partial<ExcelJS.Alignment> = {};
    if (spec.wrap) alignment.wrapText = true;
    if (spec.align) alignment.horizontal = spec.align;
    if (spec.valign) alignment.vertical = spec.valign; // exceljs names them as the layout does
    const border: Partial<ExcelJS.Borders> | undefined = spec.borderBottom ? { bottom: THIN } : undefined;
    return [name, { font, fill, alignment: Object.keys(alignment).length > 0 ? alignment : undefined, border }];
  }),
) as Record<CellStyle, ExcelJsStyle>;
/** A4 in the OOXML paperSize enumeration. */
const PAPER_A4 = 9;
/** Columns of a sheet (A…XFD): a page break runs across all of them. */
const SHEET_COLUMNS = 16_384;

/**
 * Writes `layout` as a new worksheet of `workbook` (typically one read by readWorkbookFile, so the
 * copy keeps the original sheets): cells with number formats and styles, Excel tables with filter
 * buttons and an optional totals row, merges, outlined boxes, column widths, row heights, frozen
 * rows and page setup with its manual page breaks and print area. The chart is not written here —
 * exceljs has no chart API; saveWorkbook injects it.
 *
 * Throws when the sheet name or a table name is already taken (the caller picks free names), or
 * when the layout has more page breaks than Excel keeps on a sheet; nothing is added then.
 */
export function addLayoutSheet(workbook: ExcelJS.Workbook, layout: SheetLayout): void {
  // Sheet names are unique regardless of case in Excel.
  if (workbook.worksheets.some((ws) => ws.name.toLowerCase() === layout.name.toLowerCase())) {
    throw new Error(`The workbook already has a sheet named "${layout.name}"`);
  }
  // getTables() returns Table[] at run time; exceljs's typings say [Table, void][].
  const tablesOf = (ws: ExcelJS.Worksheet): ExcelJS.Table[] => ws.getTables() as unknown as ExcelJS.Table[];
  const taken = new Set(workbook.worksheets.flatMap((ws) => tablesOf(ws).map((t) => t.name.toLowerCase())));
  for (const table of layout.tables) {
    if (taken.has(table.name.toLowerCase())) throw new Error(`The workbook already has a table named "${table.name}"`);
    taken.add(table.name.toLowerCase());
  }
  const breaks = pageStartRows(layout.page);

  // Layout dates are 1900-system serials; a 1904 workbook shows serials from 1904.
  const system: DateSystem = workbook.properties.date1904 ? 1904 : 1900;
  const frozen = layout.frozenRows > 0;
  const sheet = workbook.addWorksheet(layout.name, {
    views: frozen ? [{ state: "frozen", xSplit: 0, ySplit: layout.frozenRows }] : [],
    pageSetup: {
      orientation: layout.page.orientation,
      paperSize: PAPER_A4,
      // One page wide, as many pages tall as needed (0 = automatic).
      ...(layout.page.fitToWidth ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : { fitToPage: false }),
      // The frozen heading repeats at the top of every printed page, as it stays on screen.
      ...(frozen ? { printTitlesRow: `1:${layout.frozenRows}` } : {}),
      ...(layout.page.printArea ? { printArea: printAreaOf(layout.page.printArea) } : {}),
    },
  });

  layout.columnWidths.forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });
  for (const cell of layout.cells) {
    const target = sheet.getCell(cell.row + 1, cell.col + 1);
    target.value = cell.format === "date" ? inSystem(cell.value, system) : cell.value;
    if (cell.format !== undefined) target.numFmt = NUMBER_FORMATS[cell.format];
    if (cell.style !== undefined) {
      const style = STYLES[cell.style];
      target.font = style.font;
      if (style.fill !== undefined) target.fill = style.fill;
      if (style.alignment !== undefined) target.alignment = style.alignment;
      if (style.border !== undefined) target.border = style.border;
    }
  }
  for (const table of layout.tables) addTable(sheet, table, system);
  // Merging gives every cell of the range the top-left cell's style, so a fill line's bottom
  // border runs under the whole merged range.
  for (const merge of layout.merges) {
    sheet.mergeCells(merge.row + 1, merge.col + 1, merge.toRow + 1, merge.toCol + 1);
  }
  // After the merges, which would otherwise copy the top-left cell's edges over the whole box.
  for (const box of layout.boxes ?? []) outline(sheet, box);
  // After the tables, whose header rows get a default height.
  for (const { row, height } of layout.rowHeights ?? []) sheet.getRow(row + 1).height = height;
  // exceljs breaks the page after the 1-based row it is given, written as <brk id="n"/>: in OOXML
  // the break is above the 0-based row n. So the page starting at 0-based row r is row r's call.
  // Given explicitly, the columns make max="16383" (column XFD); exceljs's default is 16838.
  for (const row of breaks) sheet.getRow(row).addPageBreak(1, SHEET_COLUMNS);
}

/**
 * The print area as exceljs's pageSetup.printArea. exceljs writes the defined name by putting "$"
 * before each end only ("A1:F60" → `$A1:$F60`), and LibreOffice ignores such a half-relative print
 * area; "A$1:F$60" comes out as Excel writes it, `$A$1:$F$60`. exceljs reads either back as "A1:F60".
 */
function printAreaOf(area: NonNullable<LayoutPage["printArea"]>): string {
  const column = a1(0, area.toCol).slice(0, -1); // "F1" → "F"
  return `A$1:${column}$${area.toRow + 1}`;
}

/**
 * Thin borders round `box`, on the edge cells of the range, added to the borders a cell has (a
 * fill line's bottom one stays). Excel draws a merged range's outline from its edge cells too, so
 * this does for merged and unmerged boxes alike.
 */
function outline(sheet: ExcelJS.Worksheet, box: LayoutMerge): void {
  for (let row = box.row; row <= box.toRow; row++) {
    for (let col = box.col; col <= box.toCol; col++) {
      const edges: Partial<ExcelJS.Borders> = {
        ...(row === box.row ? { top: THIN } : {}),
        ...(row === box.toRow ? { bottom: THIN } : {}),
        ...(col === box.col ? { left: THIN } : {}),
        ...(col === box.toCol ? { right: THIN } : {}),
      };
      if (Object.keys(edges).length > 0) addEdges(sheet.getCell(row + 1, col + 1), edges);
    }
  }
}

/**
 * `edges` added to the borders of `cell`. The cells of a merged range share one style object with
 * its top-left cell (exceljs's Cell.merge), so the style is replaced, not changed: an edge set in
 * place would show on every cell of the merge.
 */
function addEdges(cell: ExcelJS.Cell, edges: Partial<ExcelJS.Borders>): void {
  cell.style = { ...cell.style, border: { ...cell.style.border, ...edges } };
}

/** A date serial of the 1900 system in the workbook's own system; other values as they are. */
function inSystem<T>(value: T, system: DateSystem): T | number {
  return typeof value === "number" ? fromSystem1900(value, system) : value;
}

/** Table column names must be non-empty and unique (case-insensitively) or Excel repairs the file. */
function uniqueHeaders(headers: readonly string[]): string[] {
  const seen = new Set<string>();
  return headers.map((header, i) => {
    const base = header.trim() === "" ? `Column${i + 1}` : header;
    let name = base;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${base} ${n}`;
    seen.add(name.toLowerCase());
    return name;
  });
}

/** A column name inside a structured reference: [ ] # ' are escaped with a leading '. */
function structuredRefName(name: string): string {
  return name.replace(/[[\]#']/g, "'$&");
}

function addTable(sheet: ExcelJS.Worksheet, table: LayoutTable, system: DateSystem): void {
  const headers = uniqueHeaders(table.headers);
  const totals = table.totals;
  const sums = new Set(totals?.sumColumns ?? []);
  // exceljs puts the totals label in the first column and a function (or none) in the others.
  const columns = headers.map((name, j): ExcelJS.TableColumnProperties => {
    if (totals === undefined) return { name, filterButton: true };
    if (j === 0) return { name, filterButton: true, totalsRowLabel: totals.label };
    return { name, filterButton: true, totalsRowFunction: sums.has(j) ? "sum" : "none" };
  });
  sheet.addTable({
    name: table.name,
    displayName: table.name,
    ref: sheet.getCell(table.row + 1, table.col + 1).address,
    headerRow: true,
    totalsRow: totals !== undefined,
    style: { theme: TABLE_STYLE, showRowStripes: true },
    columns,
    rows: table.rows.map((row) =>
      headers.map((_, j) => (table.formats[j] === "date" ? inSystem(row[j] ?? null, system) : (row[j] ?? null))),
    ),
  });
  const lastRow = table.row + 1 + table.rows.length + (totals === undefined ? 0 : 1);
  // Table styles do not print everywhere (LibreOffice ignores them): make the header and totals
  // rows legible on their own — bold, shaded, wrapped — as an officer's printout needs.
  // Two lines of header text: exceljs writes no row heights, and not every reader fits them.
  sheet.getRow(table.row + 1).height = 30;
  headers.forEach((_, j) => {
    const header = sheet.getCell(table.row + 1, table.col + 1 + j);
    header.font = { ...FONT, bold: true };
    header.fill = HEADER_FILL;
    header.alignment = { wrapText: true, vertical: "top" };
    header.border = { bottom: { style: "thin" } };
    if (totals !== undefined) {
      const total = sheet.getCell(lastRow, table.col + 1 + j);
      total.font = { ...FONT, bold: true };
      total.border = { top: { style: "thin" } };
    }
  });
  table.formats.forEach((format: CellFormat, j) => {
    for (let r = table.row + 2; r <= lastRow; r++) {
      const cell = sheet.getCell(r, table.col + 1 + j);
      cell.numFmt = NUMBER_FORMATS[format];
    }
  });
  if (totals === undefined) return;
  for (const j of sums) {
    if (j <= 0 || j >= headers.length) continue; // the first column holds the label
    const total = table.rows.reduce((sum, row) => sum + (typeof row[j] === "number" ? (row[j] as number) : 0), 0);
    // exceljs writes SUBTOTAL(109, …), the sum Excel's totals row uses (it skips filtered-out rows),
    // but with no cached result and the column name unescaped; write both properly.
    sheet.getCell(lastRow, table.col + 1 + j).value = {
      formula: `SUBTOTAL(109,${table.name}[${structuredRefName(headers[j] as string)}])`,
      result: total,
    };
  }
}

export type SaveOutcome =
  | { readonly ok: true; readonly path: string }
  | { readonly ok: false; readonly reason: "sameAsInput" | "writeFailed"; readonly message: string };

/** True when `a` and `b` name the same file (same path, or a link to it). */
async function sameFile(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  try {
    const [sa, sb] = await Promise.all([stat(a), stat(b)]);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false; // one of them does not exist yet
  }
}

/**
 * Writes `workbook` to `outPath` as .xlsx, with `layout.chart` (if any) injected as a DrawingML
 * clustered column chart on the layout's sheet, which addLayoutSheet must have added. The file is
 * written beside `outPath` under a temporary name and renamed into place, so a failed save never
 * leaves half a file; the workbook's own input file (readWorkbookFile) is never overwritten.
 *
 * @example
 * const read = await readWorkbookFile("kadry.xlsx");
 * if (read.ok) { addLayoutSheet(read.workbook, layout); await saveWorkbook(read.workbook, layout, "kadry-report.xlsx"); }
 */
export async function saveWorkbook(
  workbook: ExcelJS.Workbook,
  layout: SheetLayout | null,
  outPath: string,
): Promise<SaveOutcome> {
  const input = sourcePathOf(workbook);
  if (input !== undefined && (await sameFile(input, outPath))) {
    return {
      ok: false,
      reason: "sameAsInput",
      message: `${outPath} is the workbook that was read; choose another name so the original stays untouched.`,
    };
  }
  const chartSheet = layout?.chart ? workbook.getWorksheet(layout.name) : undefined;
  if (layout?.chart && chartSheet === undefined) {
    throw new Error(`saveWorkbook: the workbook has no sheet "${layout.name}"; call addLayoutSheet first`);
  }

  const temp = join(dirname(outPath), `.${basename(outPath)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    let bytes: Buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    if (layout?.chart && chartSheet !== undefined) {
      const zip = await JSZip.loadAsync(bytes);
      const sheetPath = (await sheetPartsById(zip)).get(chartSheet.id);
      if (sheetPath === undefined) throw new Error(`the written package has no part for sheet "${layout.name}"`);
      await injectChart(zip, sheetPath, layout.chart);
      bytes = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } });
    }
    await writeFile(temp, bytes);
    await rename(temp, outPath);
    return { ok: true, path: outPath };
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: "writeFailed", message: `Cannot write ${outPath}: ${detail}` };
  }
}

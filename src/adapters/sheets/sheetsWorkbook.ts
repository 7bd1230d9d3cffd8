/**
 * The Google Sheets (Apps Script) adapter of the workbook port: reads every sheet of a spreadsheet
 * and writes a SheetLayout as a new sheet, through the Spreadsheet service.
 *
 * Each service call costs time, so the number of calls never grows with the number of cells:
 * `read()` makes 2 + 3 per sheet (its name, its data range, one `getValues`); `addSheet()` writes
 * every value and every cell format of the sheet in one 2-D call each over one rectangle, every
 * border of a kind in one RangeList call (boxes, lines under, lines over), and otherwise calls per
 * merge (one-row merges on consecutive rows together, by `mergeAcross`), per run of equal column
 * widths or row heights, and a dozen times for the chart. The annual report of 40 or of 400
 * employees costs the same calls (58, and one per sheet already there: its name is checked);
 * printable forms cost, per officer, 3 merge calls and the runs of row heights (16 for an
 * Appendix 2), since Apps Script sets heights only on consecutive rows of one height.
 *
 * What a SheetLayout asks that this adapter does NOT write (see `sheetsLacks`):
 * - Page setup — orientation, paper, "fit to one page wide", manual page breaks (`rowBreaks`) and
 *   the print area. Apps Script has no API for any of them: Sheets takes them from the print
 *   dialog (File → Print), where "Custom page breaks" can be set by hand. Printable forms are
 *   still written, one officer after another down the sheet; they only do not start each on a
 *   page of their own unless the officer sets the breaks when printing.
 * - Excel tables (ListObjects): the Spreadsheet service has no call that makes a Sheets table,
 *   and a sheet has one filter at most. A table is written as a plain range: a bold header row on TABLE_HEADER_FILL
 *   with a line under it, its rows, and the totals row as `=SUM(…)` formulas over the column
 *   (bold, with a line over it) — no filter buttons, no banded style.
 *
 * Apps Script runs scripts synchronously and a menu handler returns before a promise settles, so
 * the port's async methods wrap synchronous ones (`readSync`, `addSheetSync`, `activateSync`),
 * which the Apps Script entry points call directly.
 */
import { serialFromParts, type Serial } from "../../rules";
import {
  a1,
  CELL_STYLES,
  chartDataOrigin,
  NUMBER_FORMATS,
  TABLE_HEADER_FILL,
  type CellFormat,
  type LayoutChart,
  type LayoutMerge,
  type LayoutTable,
  type SheetLayout,
  type StyleSpec,
} from "../../workbook/layout";
import { textCell, type CellValue, type SheetGrid, type WorkbookData, type WorkbookPort } from "../../workbook/port";
import type { GasCellValue, SheetLike, SpreadsheetLike } from "./gasTypes";

/**
 * Formats a date in a time zone with a java.text.SimpleDateFormat pattern: the signature of Apps
 * Script's `Utilities.formatDate(date, timeZone, format)`, which can be passed as is.
 */
export type FormatDate = (date: Date, timeZone: string, pattern: string) => string;

export interface SheetsWorkbookOptions {
  /**
   * How a date cell's calendar day is read in the spreadsheet's zone. By default
   * `Intl.DateTimeFormat` with `timeZone` (Apps Script's V8 runtime has Intl with zone data);
   * production may pass `Utilities.formatDate` instead. Called with the pattern
   * `yyyy-MM-dd HH:mm:ss`.
   */
  readonly formatDate?: FormatDate;
}

/** The port over a spreadsheet, with the synchronous calls Apps Script entry points need. */
export interface SheetsWorkbook extends WorkbookPort {
  /** Brings a sheet to the front, e.g. the report just added. */
  activate(name: string): Promise<void>;
  /** `read()`, synchronously. */
  readSync(): WorkbookData;
  /** `addSheet()`, synchronously; throws what addSheet rejects with. */
  addSheetSync(layout: SheetLayout): void;
  /** `activate()`, synchronously. */
  activateSync(name: string): void;
}

/** The pattern given to an injected FormatDate, and what it must produce. */
const DATE_PATTERN = "yyyy-MM-dd HH:mm:ss";
const DATE_TEXT = /^(\d{1,4})-(\d{1,2})-(\d{1,2}) (\d{1,2}):(\d{1,2}):(\d{1,2})$/;
const SECONDS_PER_DAY = 86_400;

/*
 * Sizes. The layout counts column widths in characters and row heights in points; Sheets takes
 * pixels. A width of n characters is n × 7 px plus 5 px of padding (Excel's rule for Calibri 11,
 * as the Office adapter uses: 8.43 characters = 64 px); a point is 4/3 px at 96 dpi.
 */
const PX_PER_CHAR = 7;
const PADDING_PX = 5;
const PX_PER_PT = 4 / 3;
/** A new Sheets grid's column width and row height, in pixels, and its font size in points. */
const DEFAULT_COLUMN_PX = 100;
const DEFAULT_ROW_PX = 21;
const DEFAULT_FONT_SIZE = 10;
const DEFAULT_FONT_COLOR = "#000000";

type Plain = string | number | boolean | null;
type Horizontal = "left" | "center" | "right" | "normal";
type Vertical = "top" | "middle" | "bottom";

/**
 * The WorkbookPort over a Google spreadsheet.
 *
 * @param spreadsheet - `SpreadsheetApp.getActiveSpreadsheet()` in Apps Script; a fake in tests.
 * @param options - `formatDate`: see SheetsWorkbookOptions.
 *
 * @example
 * const workbook = sheetsWorkbook(SpreadsheetApp.getActiveSpreadsheet(), { formatDate: Utilities.formatDate });
 * const made = makeReport(workbook.readSync(), { lang: "ru", builtOn });
 * if (made.ok) {
 *   workbook.addSheetSync(made.layout);
 *   workbook.activateSync(made.layout.name);
 * }
 */
export function sheetsWorkbook(spreadsheet: SpreadsheetLike, options: SheetsWorkbookOptions = {}): SheetsWorkbook {
  const readSync = (): WorkbookData => {
    const dayOf = calendar(spreadsheet.getSpreadsheetTimeZone(), options.formatDate);
    const sheets = spreadsheet.getSheets().map((sheet): SheetGrid => {
      const name = sheet.getName();
      // The one bulk read of the sheet: from A1 to its last value.
      const rows = sheet
        .getDataRange()
        .getValues()
        .map((row) => row.map((value) => toCellValue(value, dayOf)));
      return { name, rows: isBlank(rows) ? [] : rows, origin: { row: 0, col: 0 } };
    });
    return { sheets, dateSystem: 1900 };
  };

  const addSheetSync = (layout: SheetLayout): void => {
    // Everything is computed before the first write: a bad layout adds no half-written sheet.
    const plan = planSheet(layout);
    const existing = spreadsheet.getSheets();
    // Sheet names are unique regardless of case; an existing sheet is never overwritten.
    const taken = layout.name.toLocaleLowerCase();
    if (existing.some((sheet) => sheet.getName().toLocaleLowerCase() === taken)) {
      throw new Error(`The spreadsheet already has a sheet named "${layout.name}"`);
    }
    const sheet = spreadsheet.insertSheet(layout.name, existing.length);
    writePlan(sheet, plan);
  };

  const activateSync = (name: string): void => {
    const sheet = spreadsheet.getSheetByName(name);
    if (sheet === null) throw new Error(`The spreadsheet has no sheet named "${name}"`);
    spreadsheet.setActiveSheet(sheet);
  };

  return {
    readSync,
    addSheetSync,
    activateSync,
    read: async () => readSync(),
    addSheet: async (layout) => addSheetSync(layout),
    activate: async (name) => activateSync(name),
  };
}

/**
 * What a sheet written from `layout` lacks compared with Excel's, in English, e.g.
 * `["page setup (portrait A4)", "2 manual page breaks", "print area A1:C70"]`: the parts Apps
 * Script cannot set (see the module comment). For the message after writing.
 */
export function sheetsLacks(layout: SheetLayout): string[] {
  const lacks: string[] = [];
  const { page } = layout;
  lacks.push(`page setup (${page.orientation} ${page.paper}${page.fitToWidth ? ", one page wide" : ""})`);
  const breaks = new Set((page.rowBreaks ?? []).filter((row) => Number.isInteger(row) && row > 0)).size;
  if (breaks > 0) lacks.push(`${breaks} manual page break${breaks === 1 ? "" : "s"}`);
  if (page.printArea) lacks.push(`print area A1:${a1(page.printArea.toRow, page.printArea.toCol)}`);
  const tables = layout.tables.length;
  if (tables > 0) {
    lacks.push(`filter buttons and table style of ${tables} table${tables === 1 ? "" : "s"} (written as plain ranges)`);
  }
  return lacks;
}

// ---------------------------------------------------------------------------------------------
// Reading

/** Year, month (1–12), day and seconds into the day of an instant, in the spreadsheet's zone. */
interface ZonedDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly seconds: number;
}

/** The calendar of one zone: by Intl (one formatter for the whole read) or by `formatDate`. */
function calendar(timeZone: string, formatDate: FormatDate | undefined): (date: Date) => ZonedDay {
  if (formatDate) {
    return (date) => {
      const text = formatDate(date, timeZone, DATE_PATTERN);
      const match = DATE_TEXT.exec(text);
      if (!match) throw new Error(`formatDate gave "${text}" for the pattern ${DATE_PATTERN}`);
      const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as [
        number,
        number,
        number,
        number,
        number,
        number,
      ];
      return { year, month, day, seconds: hour * 3600 + minute * 60 + second };
    };
  }
  const format = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  });
  return (date) => {
    const parts: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
    for (const part of format.formatToParts(date)) parts[part.type] = Number(part.value);
    return {
      year: parts.year ?? NaN,
      month: parts.month ?? NaN,
      day: parts.day ?? NaN,
      seconds: (parts.hour ?? 0) * 3600 + (parts.minute ?? 0) * 60 + (parts.second ?? 0),
    };
  };
}

/**
 * The 1900-system serial of a Sheets date cell. Sheets hands dates to scripts as the instant of
 * their midnight (a date-time: of their time) in the spreadsheet's zone, so the day is read in
 * that zone — not the script's, not UTC. Sheets counts days from 30.12.1899, as Excel does from
 * 01.03.1900 on; serialFromParts gives Excel's count for the earlier days too. A time alone is a
 * time on 30.12.1899 in Sheets, and Excel's fraction of a day.
 */
function serialOf(date: Date, dayOf: (date: Date) => ZonedDay): Serial {
  const { year, month, day, seconds } = dayOf(date);
  const fraction = seconds / SECONDS_PER_DAY;
  if (year === 1899 && month === 12 && day === 30) return fraction;
  return serialFromParts(year, month, day) + fraction;
}

/**
 * The serial of a Sheets date, read in `timeZone` (see serialOf): for the Sheets custom functions'
 * date arguments and "today", the same reading as the adapter's cells.
 *
 * @example
 * sheetsSerial("Asia/Almaty")(new Date("2024-08-30T19:00:00Z")) //=> 45535 (31.08.2024)
 */
export function sheetsSerial(timeZone: string, formatDate?: FormatDate): (date: Date) => Serial {
  const dayOf = calendar(timeZone, formatDate);
  return (date) => serialOf(date, dayOf);
}

/** A `getValues()` entry as the port's CellValue. */
function toCellValue(raw: GasCellValue | null | undefined, dayOf: (date: Date) => ZonedDay): CellValue {
  if (raw === "" || raw === null || raw === undefined) return null;
  if (typeof raw === "string") return textCell(raw);
  if (typeof raw === "number" || typeof raw === "boolean") return raw;
  // Not `instanceof Date`: a Date made in another realm (Apps Script's service, a test's vm
  // context) is a Date all the same.
  if (Object.prototype.toString.call(raw) === "[object Date]") {
    return Number.isNaN(raw.getTime()) ? null : serialOf(raw, dayOf);
  }
  return String(raw);
}

/** An empty sheet's data range is A1 alone, blank. */
function isBlank(rows: readonly (readonly CellValue[])[]): boolean {
  return rows.every((row) => row.every((value) => value === null));
}

// ---------------------------------------------------------------------------------------------
// Writing

/** Everything addSheet writes, computed before the sheet exists. 0-based cells; pixels. */
interface SheetPlan {
  /** The rectangle A1 : (rows × cols) every value and cell format is written over. */
  readonly rows: number;
  readonly cols: number;
  readonly values: (string | number | boolean)[][];
  readonly numberFormats: string[][];
  readonly fontWeights: ("bold" | "normal")[][];
  readonly fontStyles: ("italic" | "normal")[][];
  readonly fontSizes: number[][];
  readonly fontColors: string[][];
  readonly backgrounds: (string | null)[][];
  readonly horizontal: Horizontal[][];
  readonly vertical: Vertical[][];
  readonly wraps: boolean[][];
  readonly merges: readonly LayoutMerge[];
  /** A1 ranges outlined, lined underneath, lined on top. */
  readonly outlined: readonly string[];
  readonly linedUnder: readonly string[];
  readonly linedOver: readonly string[];
  /** Runs of equal widths and heights: 1-based start, count, pixels. */
  readonly columnWidths: readonly Run[];
  readonly rowHeights: readonly Run[];
  readonly frozenRows: number;
  readonly chart: ChartPlan | null;
  /** Rows and columns the grid must have. */
  readonly needRows: number;
  readonly needCols: number;
}

interface Run {
  readonly start: number;
  readonly count: number;
  readonly px: number;
}

interface ChartPlan {
  readonly chart: LayoutChart;
  /** The data block's 0-based top-left and size. */
  readonly data: { readonly row: number; readonly col: number; readonly rows: number; readonly cols: number };
  readonly widthPx: number;
  readonly heightPx: number;
}

/** The 2-D arrays of a SheetPlan, one entry per cell of the rectangle, filled in before writing. */
type PlanGrids = Pick<
  SheetPlan,
  | "values"
  | "numberFormats"
  | "fontWeights"
  | "fontStyles"
  | "fontSizes"
  | "fontColors"
  | "backgrounds"
  | "horizontal"
  | "vertical"
  | "wraps"
>;

/** A chart with something to plot, and the 0-based top-left of the data block written for it. */
interface ChartSource {
  readonly chart: LayoutChart;
  readonly origin: { readonly row: number; readonly col: number };
}

/** Lines to draw, as A1 ranges, gathered while the grids are filled. */
interface PlanLines {
  readonly linedUnder: string[];
  readonly linedOver: string[];
}

/**
 * Everything addSheet writes, computed from the layout alone so that a bad layout throws before
 * the sheet exists. The steps run in the order the cells are written: a later step's cell wins.
 */
function planSheet(layout: SheetLayout): SheetPlan {
  for (const table of layout.tables) {
    if (table.headers.length === 0) throw new Error(`Table ${table.name} has no columns`);
  }
  const source = chartSource(layout);
  const { rows, cols } = coveredRectangle(layout, source);
  const grids = emptyGrids(rows, cols);
  const lines: PlanLines = { linedUnder: fillCells(grids, layout), linedOver: [] };
  for (const table of layout.tables) fillTable(grids, table, lines);
  if (source) fillChartData(grids, source);

  const columnPx = layout.columnWidths.map((chars) => (chars > 0 ? Math.round(chars * PX_PER_CHAR + PADDING_PX) : 0));
  const rowPx = new Map<number, number>();
  for (const { row, height } of layout.rowHeights ?? []) if (height > 0) rowPx.set(row, Math.round(height * PX_PER_PT));

  const needRows = Math.max(rows, layout.frozenRows, ...[...rowPx.keys()].map((row) => row + 1));
  const needCols = Math.max(cols, layout.columnWidths.length);
  const chart = source ? planChart(source, columnPx, rowPx) : null;

  return {
    rows,
    cols,
    ...grids,
    merges: layout.merges,
    outlined: (layout.boxes ?? []).map(rangeA1),
    ...lines,
    columnWidths: runs(columnPx.map((px, col) => [col, px] as const).filter(([, px]) => px > 0)),
    rowHeights: runs([...rowPx].sort(([a], [b]) => a - b)),
    frozenRows: Math.max(0, layout.frozenRows),
    chart,
    // The chart's own cells must exist too, as it is placed over them.
    needRows: source ? Math.max(needRows, source.chart.row + Math.max(source.chart.heightRows, 1)) : needRows,
    needCols: source ? Math.max(needCols, source.chart.col + Math.max(source.chart.widthCols, 1)) : needCols,
  };
}

/** The layout's chart and where its data goes, or null when it has no category or no series to plot. */
function chartSource(layout: SheetLayout): ChartSource | null {
  const chart =
    layout.chart && layout.chart.categories.length > 0 && layout.chart.series.length > 0 ? layout.chart : null;
  return chart ? { chart, origin: chartDataOrigin(layout, chart) } : null;
}

/**
 * The rectangle from A1 that every value and format is written over in one call each: it covers
 * every value, table, merge, box and the chart's data block.
 */
function coveredRectangle(layout: SheetLayout, source: ChartSource | null): { rows: number; cols: number } {
  let rows = 1;
  let cols = 1;
  const cover = (toRow: number, toCol: number) => {
    rows = Math.max(rows, toRow + 1);
    cols = Math.max(cols, toCol + 1);
  };
  for (const cell of layout.cells) cover(cell.row, cell.col);
  for (const table of layout.tables) cover(table.row + tableHeight(table) - 1, table.col + table.headers.length - 1);
  for (const area of [...layout.merges, ...(layout.boxes ?? [])]) cover(area.toRow, area.toCol);
  if (source) cover(source.origin.row + source.chart.categories.length, source.origin.col + source.chart.series.length);
  return { rows, cols };
}

/** The grids of a new Sheets sheet's look: blank cells in the default font, unwrapped, no fill. */
function emptyGrids(rows: number, cols: number): PlanGrids {
  const grid = <T>(value: T): T[][] => Array.from({ length: rows }, () => Array.from({ length: cols }, () => value));
  return {
    values: grid<string | number | boolean>(""),
    numberFormats: grid<string>(NUMBER_FORMATS.decimal),
    fontWeights: grid<"bold" | "normal">("normal"),
    fontStyles: grid<"italic" | "normal">("normal"),
    fontSizes: grid(DEFAULT_FONT_SIZE),
    fontColors: grid(DEFAULT_FONT_COLOR),
    backgrounds: grid<string | null>(null),
    horizontal: grid<Horizontal>("normal"),
    vertical: grid<Vertical>("bottom"),
    wraps: grid(false),
  };
}

/** One cell's value and number format, as written (see toHostValue and hostFormat). */
function setCell(grids: PlanGrids, row: number, col: number, value: Plain, format: CellFormat | undefined): void {
  (grids.values[row] as (string | number | boolean)[])[col] = toHostValue(value, format);
  (grids.numberFormats[row] as string[])[col] = hostFormat(format, value);
}

/** One cell's font, fill, alignment and wrapping from a style; what the style leaves out stays. */
function styleCell(grids: PlanGrids, row: number, col: number, spec: StyleSpec): void {
  if (spec.bold) (grids.fontWeights[row] as string[])[col] = "bold";
  if (spec.italic) (grids.fontStyles[row] as string[])[col] = "italic";
  (grids.fontSizes[row] as number[])[col] = spec.size;
  if (spec.color !== undefined) (grids.fontColors[row] as string[])[col] = `#${spec.color}`;
  if (spec.fill !== undefined) (grids.backgrounds[row] as (string | null)[])[col] = `#${spec.fill}`;
  if (spec.align !== undefined) (grids.horizontal[row] as Horizontal[])[col] = spec.align;
  if (spec.valign !== undefined) (grids.vertical[row] as Vertical[])[col] = spec.valign;
  if (spec.wrap) (grids.wraps[row] as boolean[])[col] = true;
}

/** The layout's single cells into the grids; returns the ranges their bottom borders line. */
function fillCells(grids: PlanGrids, layout: SheetLayout): string[] {
  const mergeAt = new Map(layout.merges.map((merge) => [`${merge.row},${merge.col}`, merge]));
  const linedUnder: string[] = [];
  for (const cell of layout.cells) {
    setCell(grids, cell.row, cell.col, cell.value, cell.format);
    if (!cell.style) continue;
    const spec = CELL_STYLES[cell.style];
    styleCell(grids, cell.row, cell.col, spec);
    // A fill line runs under the whole merged range when the cell is its top-left.
    if (spec.borderBottom) linedUnder.push(rangeA1(mergeAt.get(`${cell.row},${cell.col}`) ?? cellArea(cell)));
  }
  return linedUnder;
}

/**
 * A table as a plain range (Sheets has no tables): a styled header row with a line under it, the
 * body, and the totals row (see fillTotals).
 */
function fillTable(grids: PlanGrids, table: LayoutTable, lines: PlanLines): void {
  const { headers, formats } = table;
  headers.forEach((header, c) => {
    setCell(grids, table.row, table.col + c, header, "text");
    styleCell(grids, table.row, table.col + c, HEADER_STYLE);
  });
  lines.linedUnder.push(
    rangeA1({ row: table.row, col: table.col, toRow: table.row, toCol: table.col + headers.length - 1 }),
  );
  // As in Excel, an empty table keeps one blank row (the totals then sum nothing).
  const body: readonly (readonly Plain[])[] = table.rows.length > 0 ? table.rows : [[]];
  body.forEach((row, r) => {
    headers.forEach((_, c) => setCell(grids, table.row + 1 + r, table.col + c, row[c] ?? null, formats[c] ?? "text"));
  });
  if (table.totals) fillTotals(grids, table, table.totals, body.length, lines);
}

/**
 * A table's totals row under its body: `=SUM(…)` over each summed column, the label in the first
 * column not summed, bold with a line over it.
 */
function fillTotals(
  grids: PlanGrids,
  table: LayoutTable,
  totals: NonNullable<LayoutTable["totals"]>,
  bodyRows: number,
  lines: PlanLines,
): void {
  const { headers, formats } = table;
  const { label, sumColumns } = totals;
  const at = table.row + 1 + bodyRows;
  const first = table.row + 1;
  // The label goes in the first column that is not summed, as the Office adapter puts it.
  const labelColumn = headers.findIndex((_, c) => !sumColumns.includes(c));
  headers.forEach((_, c) => {
    const col = table.col + c;
    if (sumColumns.includes(c)) {
      // A formula in a plain-text cell would stay text: sums get a number format.
      const format = formats[c] === undefined || formats[c] === "text" ? "decimal" : formats[c];
      setCell(grids, at, col, `=SUM(${a1(first, col)}:${a1(at - 1, col)})`, format);
    } else {
      setCell(grids, at, col, c === labelColumn ? label : null, "text");
    }
    styleCell(grids, at, col, TOTALS_STYLE);
  });
  lines.linedOver.push(rangeA1({ row: at, col: table.col, toRow: at, toCol: table.col + headers.length - 1 }));
}

/** The block a chart plots: series names across the top, categories down the first column. */
function fillChartData(grids: PlanGrids, { chart, origin }: ChartSource): void {
  // Categories and series names as text, so that "2024" labels an axis rather than being plotted.
  setCell(grids, origin.row, origin.col, null, "text");
  chart.series.forEach((series, s) => setCell(grids, origin.row, origin.col + 1 + s, series.name, "text"));
  chart.categories.forEach((category, i) => {
    setCell(grids, origin.row + 1 + i, origin.col, category, "text");
    chart.series.forEach((series, s) =>
      setCell(grids, origin.row + 1 + i, origin.col + 1 + s, series.values[i] ?? null, "decimal"),
    );
  });
}

/**
 * The chart's data range and its size in pixels: Sheets sizes a chart in pixels, the layout in
 * columns and rows, so the size is the sum of the widths and heights it spans.
 */
function planChart(
  { chart, origin }: ChartSource,
  columnPx: readonly number[],
  rowPx: ReadonlyMap<number, number>,
): ChartPlan {
  const span = (count: number, from: number, px: (i: number) => number) =>
    Array.from({ length: count }, (_, i) => px(from + i)).reduce((sum, n) => sum + n, 0);
  return {
    chart,
    data: { ...origin, rows: 1 + chart.categories.length, cols: 1 + chart.series.length },
    widthPx: span(Math.max(chart.widthCols, 1), chart.col, (col) => columnPx[col] || DEFAULT_COLUMN_PX),
    heightPx: span(Math.max(chart.heightRows, 1), chart.row, (row) => rowPx.get(row) ?? DEFAULT_ROW_PX),
  };
}

/** Table header cells: bold on the header fill, wrapped from the top (the exceljs adapter's look). */
const HEADER_STYLE: StyleSpec = {
  bold: true,
  size: DEFAULT_FONT_SIZE,
  fill: TABLE_HEADER_FILL,
  wrap: true,
  valign: "top",
};
const TOTALS_STYLE: StyleSpec = { bold: true, size: DEFAULT_FONT_SIZE };

/** Rows a table takes: header, body (at least one row), totals. */
function tableHeight(table: LayoutTable): number {
  return 1 + Math.max(table.rows.length, 1) + (table.totals ? 1 : 0);
}

/**
 * A layout value as written: blank as "". A date serial below 61 is one more in Sheets, which has
 * no phantom 29.02.1900 (serial 60 itself, that day, has no Sheets date and is written as it is).
 */
function toHostValue(value: Plain, format: CellFormat | undefined): string | number | boolean {
  if (value === null) return "";
  if (format === "date" && typeof value === "number" && value >= 1 && value < 60) return value + 1;
  return value;
}

/**
 * The number format a value is written with. Text gets "@" even when the layout names no format:
 * setValues parses strings as if typed, so "1-2" would become a date and "=x" a formula.
 * "General" is Sheets' automatic format too.
 */
function hostFormat(format: CellFormat | undefined, value: Plain): string {
  if (format) return NUMBER_FORMATS[format];
  return typeof value === "string" ? NUMBER_FORMATS.text : NUMBER_FORMATS.decimal;
}

function cellArea(cell: { readonly row: number; readonly col: number }): LayoutMerge {
  return { row: cell.row, col: cell.col, toRow: cell.row, toCol: cell.col };
}

/** "B3:D5" (or "B3" for one cell) of a 0-based area. */
function rangeA1(area: LayoutMerge): string {
  const from = a1(area.row, area.col);
  return area.toRow === area.row && area.toCol === area.col ? from : `${from}:${a1(area.toRow, area.toCol)}`;
}

/** Consecutive indexes (0-based) with equal sizes as 1-based runs. */
function runs(sizes: readonly (readonly [number, number])[]): Run[] {
  const out: Run[] = [];
  for (const [index, px] of sizes) {
    const last = out[out.length - 1];
    if (last && last.px === px && last.start + last.count === index + 1) {
      out[out.length - 1] = { ...last, count: last.count + 1 };
    } else {
      out.push({ start: index + 1, count: 1, px });
    }
  }
  return out;
}

/**
 * The merges as calls: one-row merges of the same columns on consecutive rows, one after another
 * in the layout (a form's section heading and its box, row after row), in one `mergeAcross()`;
 * any other merge alone.
 */
function mergeCalls(merges: readonly LayoutMerge[]): { area: LayoutMerge; across: boolean }[] {
  const calls: { area: LayoutMerge; across: boolean }[] = [];
  for (const merge of merges) {
    const last = calls[calls.length - 1];
    const oneRow = merge.row === merge.toRow;
    if (
      last &&
      oneRow &&
      (last.across || last.area.row === last.area.toRow) &&
      last.area.col === merge.col &&
      last.area.toCol === merge.toCol &&
      last.area.toRow + 1 === merge.row
    ) {
      calls[calls.length - 1] = { area: { ...last.area, toRow: merge.row }, across: true };
    } else {
      calls.push({ area: merge, across: false });
    }
  }
  return calls;
}

/** The service calls, in an order that keeps text as text: number formats before values. */
function writePlan(sheet: SheetLike, plan: SheetPlan): void {
  // A new sheet has 1000 rows × 26 columns, and a range outside the grid is an error.
  const maxRows = sheet.getMaxRows();
  if (plan.needRows > maxRows) sheet.insertRowsAfter(maxRows, plan.needRows - maxRows);
  const maxCols = sheet.getMaxColumns();
  if (plan.needCols > maxCols) sheet.insertColumnsAfter(maxCols, plan.needCols - maxCols);

  const range = sheet.getRange(1, 1, plan.rows, plan.cols);
  range.setNumberFormats(plan.numberFormats);
  range.setValues(plan.values);
  range.setFontWeights(plan.fontWeights);
  range.setFontStyles(plan.fontStyles);
  range.setFontSizes(plan.fontSizes);
  range.setFontColors(plan.fontColors);
  range.setBackgrounds(plan.backgrounds);
  range.setHorizontalAlignments(plan.horizontal);
  range.setVerticalAlignments(plan.vertical);
  range.setWraps(plan.wraps);

  for (const { area, across } of mergeCalls(plan.merges)) {
    const range = sheet.getRange(area.row + 1, area.col + 1, area.toRow - area.row + 1, area.toCol - area.col + 1);
    if (across) range.mergeAcross();
    else range.merge();
  }
  // Borders after the merges: a merged range's outline is drawn round the whole range.
  if (plan.outlined.length > 0) sheet.getRangeList([...plan.outlined]).setBorder(true, true, true, true, null, null);
  if (plan.linedUnder.length > 0)
    sheet.getRangeList([...plan.linedUnder]).setBorder(null, null, true, null, null, null);
  if (plan.linedOver.length > 0) sheet.getRangeList([...plan.linedOver]).setBorder(true, null, null, null, null, null);

  for (const { start, count, px } of plan.columnWidths) sheet.setColumnWidths(start, count, px);
  for (const { start, count, px } of plan.rowHeights) sheet.setRowHeights(start, count, px);
  if (plan.frozenRows > 0) sheet.setFrozenRows(plan.frozenRows);
  if (plan.chart) writeChart(sheet, plan.chart);
}

/**
 * A column chart over the data block written under it: categories down the first column, one
 * column per series with its name in the header row. `asColumnChart()` needs no `Charts` global.
 */
function writeChart(sheet: SheetLike, plan: ChartPlan): void {
  const { chart, data } = plan;
  const builder = sheet
    .newChart()
    .asColumnChart()
    .addRange(sheet.getRange(data.row + 1, data.col + 1, data.rows, data.cols))
    .setNumHeaders(1)
    .setPosition(chart.row + 1, chart.col + 1, 0, 0)
    .setOption("title", chart.title)
    .setOption("width", plan.widthPx)
    .setOption("height", plan.heightPx)
    .setOption("legend.position", chart.series.length > 1 ? "right" : "none");
  sheet.insertChart(builder.build());
}

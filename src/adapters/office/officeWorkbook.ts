/**
 * The Office.js adapter of the workbook port: reads every sheet of the open workbook and writes a
 * SheetLayout as a new sheet, inside `Excel.run` batches.
 *
 * Every `context.sync()` is a round trip to Excel (over the network in Excel on the web), so the
 * number of syncs is fixed by design, never proportional to sheets or rows: `read()` makes two,
 * `addSheet()` one. The price is payload size: Excel on the web caps one request or response at
 * 5 MB, which a register of some tens of thousands of rows can reach.
 */
import { fromSystem1900, type DateSystem } from "../../rules/dates/excelSerial";
import {
  a1,
  NUMBER_FORMATS,
  CELL_STYLES,
  chartDataOrigin,
  pageStartRows,
  TABLE_STYLE,
  type CellFormat,
  type LayoutCell,
  type LayoutChart,
  type LayoutMerge,
  type LayoutPage,
  type LayoutTable,
  type SheetLayout,
  type StyleSpec,
} from "../../workbook/layout";
import { textCell, type CellValue, type SheetGrid, type WorkbookData, type WorkbookPort } from "../../workbook/port";

/** `Excel.run`, or a test double with the same shape. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** The port, plus what the task pane needs around it. */
export interface OfficeWorkbook extends WorkbookPort {
  /** `context.sync()` calls made so far (each one a round trip to Excel). */
  syncCount(): number;
  /** Names of the worksheets in tab order. */
  sheetNames(): Promise<string[]>;
  /** Brings a sheet to the front, e.g. the report just added. */
  activate(name: string): Promise<void>;
}

/** What `SUBTOTAL` does in a totals row set to "Sum" (109 ignores rows hidden by a filter). */
const SUBTOTAL_SUM = 109;

/*
 * Column width: `RangeFormat.columnWidth` is in points (OfficeDev/office-js#187), while the layout
 * counts characters. Excel's width of n characters of Calibri 11 is n × 7 px plus 5 px of padding,
 * and a pixel is 0.75 pt at 96 dpi; so 8.43 characters (the default column) come out at 48 pt.
 */
const PX_PER_CHAR = 7;
const PADDING_PX = 5;
const PT_PER_PX = 0.75;

/**
 * StyleSpec alignments in Office.js terms, as the string values of Excel.HorizontalAlignment and
 * Excel.VerticalAlignment: those enums exist only once office.js has loaded.
 */
const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const satisfies Record<
  NonNullable<StyleSpec["align"]>,
  `${Excel.HorizontalAlignment}`
>;
const VERTICAL = { top: "Top", middle: "Center", bottom: "Bottom" } as const satisfies Record<
  NonNullable<StyleSpec["valign"]>,
  `${Excel.VerticalAlignment}`
>;
/** The edges of a range's outline. */
const OUTLINE = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;

/**
 * The WorkbookPort over Office.js.
 *
 * @param run - `Excel.run` in the add-in; the mock's `run` in tests.
 * @returns The port with a sync counter, `sheetNames()` and `activate()`; each call runs one batch.
 *
 * @example
 * const workbook = officeWorkbook(Excel.run);
 * const data = await workbook.read();
 * await workbook.addSheet(layoutReport(report));
 * await workbook.activate(layout.name);
 */
export function officeWorkbook(run: ExcelRun): OfficeWorkbook {
  let syncs = 0;
  // The system of the last read: dates are written back in the workbook's own system, and
  // addSheet cannot ask Excel without a second round trip. Before any read, 1900 is assumed.
  let dateSystem: DateSystem | undefined;

  return {
    syncCount: () => syncs,

    read: () =>
      run(async (context) => {
        const { worksheets, probe } = queueSheetsAndDateProbe(context);
        syncs += 1;
        await context.sync();

        const system: DateSystem = probe?.value === 0 ? 1904 : 1900;
        // Remembered so that addSheet writes dates in this workbook's system.
        dateSystem = system;
        const queued = queueUsedRanges(worksheets);
        syncs += 1;
        await context.sync();

        // Serials stay in the workbook's own system, as Excel holds them: the reader converts them
        // with `dateSystem` (src/reader/cells.ts), as it does for the exceljs adapter's.
        return { sheets: queued.map(toSheetGrid), dateSystem: system } satisfies WorkbookData;
      }),

    addSheet: (layout) =>
      run(async (context) => {
        queueSheet(context, layout, dateSystem ?? 1900);
        syncs += 1;
        await context.sync();
      }),

    sheetNames: () =>
      run(async (context) => {
        const worksheets = context.workbook.worksheets;
        worksheets.load("items/name");
        syncs += 1;
        await context.sync();
        return worksheets.items.map((sheet) => sheet.name);
      }),

    activate: (name) =>
      run(async (context) => {
        context.workbook.worksheets.getItem(name).activate();
        syncs += 1;
        await context.sync();
      }),
  };
}

/**
 * The first sync of a read, queued: the sheets' names and the probe of the workbook's date system,
 * which must be known before the used ranges are read (nothing else is queued with them).
 */
function queueSheetsAndDateProbe(context: Excel.RequestContext): {
  worksheets: Excel.WorksheetCollection;
  probe: Excel.FunctionResult<number> | undefined;
} {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  // Workbook.use1904DateSystem exists only in the preview API set (it is not in
  // @types/office-js 1.0.612), so ask DATE(1904;1;1), which is 0 in the 1904 system and
  // 1462 in the 1900 one. Workbook functions need ExcelApi 1.2 (Excel 2016 RTM has 1.1).
  const probe = supportsExcelApi("1.2") ? context.workbook.functions.date(1904, 1, 1) : undefined;
  probe?.load("value");
  return { worksheets, probe };
}

/** A sheet's used range queued for loading, with the sheet's name (already loaded). */
interface QueuedSheet {
  readonly name: string;
  readonly range: Excel.Range;
}

/**
 * The second sync of a read, queued: all used ranges before one sync, so the round trips stay two
 * for any number of sheets. valuesOnly: formatting alone does not widen the range.
 */
function queueUsedRanges(worksheets: Excel.WorksheetCollection): QueuedSheet[] {
  return worksheets.items.map((sheet) => ({
    name: sheet.name,
    range: sheet.getUsedRangeOrNullObject(true).load("values, numberFormat, rowIndex, columnIndex, isNullObject"),
  }));
}

/** A loaded used range as the port's grid; an empty sheet (a null object) has no rows. */
function toSheetGrid({ name, range }: QueuedSheet): SheetGrid {
  if (range.isNullObject) return { name, rows: [], numberFormats: [], origin: { row: 0, col: 0 } };
  return {
    name,
    rows: range.values.map((row) => row.map(toCellValue)),
    numberFormats: range.numberFormat.map((row) => row.map(String)),
    origin: { row: range.rowIndex, col: range.columnIndex },
  };
}

/**
 * Everything addSheet writes, queued for its one sync: a new sheet, its cells, tables, merges,
 * boxes, sizes, frozen rows, page setup and chart, in that order.
 */
function queueSheet(context: Excel.RequestContext, layout: SheetLayout, system: DateSystem): void {
  // Checked before anything is queued: too many breaks would fail the batch half-way.
  const breaks = pageStartRows(layout.page);
  const sheet = context.workbook.worksheets.add(layout.name);
  for (const cell of layout.cells) writeCell(sheet, cell, system);
  for (const table of layout.tables) writeTable(sheet, table, system);
  writeMerges(sheet, layout);
  for (const box of layout.boxes ?? []) {
    const range = rangeOf(sheet, box);
    for (const edge of OUTLINE) thinBorder(range, edge);
  }
  writeSizes(sheet, layout);
  if (layout.frozenRows > 0) sheet.freezePanes.freezeRows(layout.frozenRows);
  writePageSetup(sheet, layout.page, breaks);
  if (layout.chart) writeChart(sheet, layout.chart, chartDataOrigin(layout, layout.chart));
}

/** The merges; a merged fill line gets its line under the whole merged range. */
function writeMerges(sheet: Excel.Worksheet, layout: SheetLayout): void {
  const bottomLined = new Set(
    layout.cells.filter((cell) => cell.style && CELL_STYLES[cell.style].borderBottom).map(cellKey),
  );
  for (const merge of layout.merges) {
    const range = rangeOf(sheet, merge);
    range.merge(false);
    // A fill line merged across columns: its line runs under the whole merged range, whether
    // or not the host spreads the top-left cell's border when merging.
    if (bottomLined.has(cellKey(merge))) thinBorder(range, "EdgeBottom");
  }
}

/** Column widths (characters, converted to points) and row heights (points, as given). */
function writeSizes(sheet: Excel.Worksheet, layout: SheetLayout): void {
  layout.columnWidths.forEach((chars, col) => {
    if (chars > 0) sheet.getRangeByIndexes(0, col, 1, 1).format.columnWidth = columnWidthPoints(chars);
  });
  // Points, as the layout gives them; one cell's height is its whole row's.
  for (const { row, height } of layout.rowHeights ?? []) {
    sheet.getRangeByIndexes(row, 0, 1, 1).format.rowHeight = height;
  }
}

/**
 * Orientation, paper, fit to width, print area and page breaks. PageLayout and page breaks arrived
 * in ExcelApi 1.9; older hosts get Excel's default page (the forms then break wherever the page is
 * full).
 */
function writePageSetup(sheet: Excel.Worksheet, page: LayoutPage, breaks: readonly number[]): void {
  if (!supportsExcelApi("1.9")) return;
  sheet.pageLayout.orientation = page.orientation === "landscape" ? "Landscape" : "Portrait";
  sheet.pageLayout.paperSize = page.paper;
  // One page wide, as many tall as needed (0 = automatic, as fitToHeight="0" in the file).
  if (page.fitToWidth) sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  const area = page.printArea;
  if (area) sheet.pageLayout.setPrintArea(`A1:${a1(area.toRow, area.toCol)}`);
  // add() puts the break above the range's top-left cell: the row given starts a page.
  for (const row of breaks) sheet.horizontalPageBreaks.add(a1(row, 0));
}

/** Whether the host has an ExcelApi requirement set; false outside Office (no `Office` global). */
function supportsExcelApi(version: string): boolean {
  return typeof Office !== "undefined" && Office.context.requirements.isSetSupported("ExcelApi", version);
}

/** A raw `Range.values` entry as the port's CellValue. */
function toCellValue(raw: unknown): CellValue {
  if (raw === "" || raw === null || raw === undefined) return null;
  if (typeof raw === "string") return textCell(raw);
  if (typeof raw === "number" || typeof raw === "boolean") return raw;
  return String(raw);
}

/** A layout value as written: blank as "", date serials in the workbook's own system. */
function toHostValue(
  value: string | number | boolean | null,
  format: CellFormat | undefined,
  system: DateSystem,
): string | number | boolean {
  if (value === null) return "";
  return format === "date" && typeof value === "number" ? fromSystem1900(value, system) : value;
}

/**
 * The number format a value is written with. Text gets "@" even when the layout names no format:
 * Excel parses strings written through `values` as if typed, so "1-2" would become a date.
 */
function hostFormat(format: CellFormat | undefined, value: unknown): string | undefined {
  if (format) return NUMBER_FORMATS[format];
  return typeof value === "string" ? NUMBER_FORMATS.text : undefined;
}

function writeCell(sheet: Excel.Worksheet, cell: LayoutCell, system: DateSystem): void {
  const range = sheet.getRangeByIndexes(cell.row, cell.col, 1, 1);
  const numberFormat = hostFormat(cell.format, cell.value);
  // The format goes first so that text such as "0012" is stored as the text it is.
  if (numberFormat !== undefined) range.numberFormat = [[numberFormat]];
  if (cell.value !== null) range.values = [[toHostValue(cell.value, cell.format, system)]];
  if (!cell.style) return;
  const style = CELL_STYLES[cell.style];
  if (style.bold) range.format.font.bold = true;
  if (style.italic) range.format.font.italic = true;
  if (style.size !== undefined) range.format.font.size = style.size;
  if (style.color !== undefined) range.format.font.color = `#${style.color}`;
  if (style.fill !== undefined) range.format.fill.color = `#${style.fill}`;
  if (style.wrap) range.format.wrapText = true;
  if (style.align !== undefined) range.format.horizontalAlignment = HORIZONTAL[style.align];
  if (style.valign !== undefined) range.format.verticalAlignment = VERTICAL[style.valign];
  if (style.borderBottom) thinBorder(range, "EdgeBottom");
}

/** The range a merge or a box covers. */
function rangeOf(sheet: Excel.Worksheet, area: LayoutMerge): Excel.Range {
  return sheet.getRangeByIndexes(area.row, area.col, area.toRow - area.row + 1, area.toCol - area.col + 1);
}

/** "row,col" of a cell or of the top-left of a range. */
function cellKey(at: { readonly row: number; readonly col: number }): string {
  return `${at.row},${at.col}`;
}

/** A thin continuous line on one edge of `range` (for a multi-cell range, its outer edge). */
function thinBorder(range: Excel.Range, edge: (typeof OUTLINE)[number]): void {
  const border = range.format.borders.getItem(edge);
  border.style = "Continuous";
  border.weight = "Thin";
}

/**
 * An Excel table in one range write: header and rows as one 2-D values array and one 2-D
 * numberFormat array, whatever the number of rows.
 */
function writeTable(sheet: Excel.Worksheet, table: LayoutTable, system: DateSystem): void {
  // Caught here with a plain message rather than as an InvalidArgument failing the whole batch.
  if (table.headers.length === 0) throw new Error(`Table ${table.name} has no columns`);
  // Excel gives a table at least one data row; an empty table gets a blank one.
  const rows: readonly (readonly (string | number | boolean | null)[])[] = table.rows.length > 0 ? table.rows : [[]];
  const formats = table.headers.map((_, c) => NUMBER_FORMATS[table.formats[c] ?? "text"]);
  const range = sheet.getRangeByIndexes(table.row, table.col, 1 + rows.length, table.headers.length);
  range.numberFormat = [table.headers.map(() => NUMBER_FORMATS.text), ...rows.map(() => formats)];
  range.values = [
    [...table.headers],
    // Rows are cut or padded to the header width: a ragged array would fail the whole batch.
    ...rows.map((row) => table.headers.map((_, c) => toHostValue(row[c] ?? null, table.formats[c], system))),
  ];
  const excelTable = sheet.tables.add(range, true);
  excelTable.name = table.name;
  excelTable.style = TABLE_STYLE;
  if (table.totals) {
    const { label, sumColumns } = table.totals;
    const labelColumn = table.headers.findIndex((_, c) => !sumColumns.includes(c));
    excelTable.showTotals = true;
    // The whole totals row is written, replacing the sum Excel puts in the last column by default.
    const totalsRow = excelTable.getTotalRowRange();
    totalsRow.numberFormat = [formats.map((format, c) => (c === labelColumn ? NUMBER_FORMATS.text : format))];
    totalsRow.formulas = [
      table.headers.map((header, c) => {
        if (sumColumns.includes(c)) return `=SUBTOTAL(${SUBTOTAL_SUM},${table.name}[[${escapeColumnName(header)}]])`;
        return c === labelColumn ? label : "";
      }),
    ];
  }
}

/** A header as a structured-reference column specifier: ' escapes [ ] # ' (Excel's rule). */
function escapeColumnName(header: string): string {
  return header.replace(/[[\]#']/g, "'$&");
}

/** Excel snaps a column to whole pixels, so 8.43 characters are 64 px, i.e. 48 pt. */
function columnWidthPoints(chars: number): number {
  return Math.round(chars * PX_PER_CHAR + PADDING_PX) * PT_PER_PX;
}

/**
 * A clustered column chart over a block of cells holding its data (Office.js charts plot ranges,
 * not arrays): categories down the first column, one column per series, names in the first row.
 */
function writeChart(sheet: Excel.Worksheet, chart: LayoutChart, at: { row: number; col: number }): void {
  if (chart.categories.length === 0 || chart.series.length === 0) return;
  const source = sheet.getRangeByIndexes(at.row, at.col, 1 + chart.categories.length, 1 + chart.series.length);
  // Category and series names as text, so that "2024" labels an axis rather than being plotted.
  source.numberFormat = [
    [NUMBER_FORMATS.text, ...chart.series.map(() => NUMBER_FORMATS.text)],
    ...chart.categories.map(() => [NUMBER_FORMATS.text, ...chart.series.map(() => "General")]),
  ];
  source.values = [
    ["", ...chart.series.map((series) => series.name)],
    ...chart.categories.map((category, i) => [category, ...chart.series.map((series) => series.values[i] ?? "")]),
  ];
  const excelChart = sheet.charts.add("ColumnClustered", source, "Columns");
  excelChart.title.text = chart.title;
  excelChart.legend.visible = chart.series.length > 1;
  excelChart.setPosition(
    a1(chart.row, chart.col),
    a1(chart.row + Math.max(chart.heightRows, 1) - 1, chart.col + Math.max(chart.widthCols, 1) - 1),
  );
}

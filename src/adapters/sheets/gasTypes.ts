/**
 * The part of Apps Script's Spreadsheet service the Sheets adapter calls, declared structurally:
 * no @types/google-apps-script (the surface is small), and a test fake (test/support/
 * fakeSpreadsheet.ts) implements exactly this. Names, argument orders and value spellings are Apps
 * Script's own (developers.google.com/apps-script/reference/spreadsheet); rows and columns are
 * 1-based, as there.
 *
 * Every method here is a call into the Spreadsheet service, which Apps Script batches but still
 * pays for: the adapter keeps their number independent of the number of cells.
 */

/** A cell as `Range.getValues()` delivers it: "" when empty, a `Date` for a date or time cell. */
export type GasCellValue = string | number | boolean | Date;

/** `Spreadsheet`: the workbook. */
export interface SpreadsheetLike {
  getSheets(): SheetLike[];
  /** The sheet of that name, or null. */
  getSheetByName(name: string): SheetLike | null;
  /** A new sheet at `sheetIndex` (0-based; the end when it equals the number of sheets). Becomes active. */
  insertSheet(sheetName: string, sheetIndex?: number): SheetLike;
  /** IANA zone of the spreadsheet (File → Settings), e.g. "Asia/Almaty": date cells are midnights there. */
  getSpreadsheetTimeZone(): string;
  setActiveSheet(sheet: SheetLike): SheetLike;
}

/** `Sheet`: one worksheet. */
export interface SheetLike {
  getName(): string;
  /** A1 to the last row and column holding a value (just A1 on an empty sheet). */
  getDataRange(): RangeLike;
  /** 1-based top-left cell and size; throws outside the sheet's grid (see getMaxRows). */
  getRange(row: number, column: number, numRows: number, numColumns: number): RangeLike;
  /** Disjoint ranges by A1 notation ("B3:D5"), formatted in one call. */
  getRangeList(a1Notations: string[]): RangeListLike;
  /** Rows and columns of the grid, filled or not (a new sheet has 1000 × 26). */
  getMaxRows(): number;
  getMaxColumns(): number;
  insertRowsAfter(afterPosition: number, howMany: number): SheetLike;
  insertColumnsAfter(afterPosition: number, howMany: number): SheetLike;
  /** Widths in pixels of `numColumns` columns from `startColumn`. */
  setColumnWidths(startColumn: number, numColumns: number, width: number): SheetLike;
  /** Heights in pixels of `numRows` rows from `startRow`; a row still grows to fit wrapped text. */
  setRowHeights(startRow: number, numRows: number, height: number): SheetLike;
  setFrozenRows(rows: number): void;
  newChart(): EmbeddedChartBuilderLike;
  insertChart(chart: EmbeddedChartLike): void;
}

/**
 * `Range`. The plural setters take a 2-D array exactly the range's size. Strings written by
 * setValues are parsed as if typed ("=…" is a formula, "1-2" a date) unless the cell's number
 * format is plain text ("@").
 */
export interface RangeLike {
  getValues(): GasCellValue[][];
  setValues(values: (string | number | boolean)[][]): RangeLike;
  setNumberFormats(numberFormats: string[][]): RangeLike;
  setFontWeights(fontWeights: ("bold" | "normal")[][]): RangeLike;
  setFontStyles(fontStyles: ("italic" | "normal")[][]): RangeLike;
  setFontSizes(sizes: number[][]): RangeLike;
  /** CSS colours ("#595959"). */
  setFontColors(colors: string[][]): RangeLike;
  /** CSS colours; null resets a cell to no fill. */
  setBackgrounds(colors: (string | null)[][]): RangeLike;
  setHorizontalAlignments(alignments: ("left" | "center" | "right" | "normal")[][]): RangeLike;
  setVerticalAlignments(alignments: ("top" | "middle" | "bottom")[][]): RangeLike;
  setWraps(isWrapEnabled: boolean[][]): RangeLike;
  /** Merges the range into one cell (keeping the top-left value). */
  merge(): RangeLike;
  /** Merges each row of the range into one cell: many one-row merges in one call. */
  mergeAcross(): RangeLike;
}

/** `RangeList`. */
export interface RangeListLike {
  /**
   * A thin solid black border on each range of the list: true draws that side (top, left, bottom,
   * right: the range's outline; vertical, horizontal: its inner lines), false removes it, null
   * leaves it as it is.
   */
  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
  ): RangeListLike;
}

/** `EmbeddedChartBuilder` (what `Sheet.newChart()` returns). */
export interface EmbeddedChartBuilderLike {
  /** The chart as a column chart; the builder returned has the methods below too. */
  asColumnChart(): EmbeddedChartBuilderLike;
  addRange(range: RangeLike): EmbeddedChartBuilderLike;
  /** Rows (or columns) of the range that are headers, e.g. the series names. */
  setNumHeaders(headers: number): EmbeddedChartBuilderLike;
  /** 1-based anchor cell and an offset from it in pixels. */
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): EmbeddedChartBuilderLike;
  /** Google Charts options: "title", "width", "height", "legend.position"… */
  setOption(option: string, value: unknown): EmbeddedChartBuilderLike;
  build(): EmbeddedChartLike;
}

/** `EmbeddedChart`: opaque here, handed from build() to insertChart(). */
export type EmbeddedChartLike = object;

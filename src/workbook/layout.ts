/**
 * A host-neutral description of a sheet to write: cells, Excel tables, merges, column widths,
 * frozen rows, page setup and one chart. The report model is turned into a SheetLayout by pure code
 * (src/report/layoutReport.ts); each adapter writes a SheetLayout in its host's terms.
 *
 * It also describes printable forms (an attestation sheet per officer, one per printed A4 page):
 * manual page breaks, a print area, boxed ranges, row heights and the form cell styles. Those parts
 * are optional, so a layout that does not print forms (the annual report) leaves them out.
 *
 * Coordinates are 0-based (row 0 = sheet row 1, col 0 = column A).
 */

/** How a value is shown. Dates are 1900-system serials shown as dd.mm.yyyy. */
export type CellFormat = "text" | "date" | "integer" | "decimal";

/**
 * Typographic role of a cell; adapters map it to fonts, fills, alignment and borders (CELL_STYLES).
 * The first five are the report's; the others are those of a printed form.
 */
export type CellStyle =
  "title" | "subtitle" | "label" | "sectionHeading" | "note" | "formTitle" | "field" | "fill" | "caption" | "appendix";

export interface LayoutCell {
  readonly row: number;
  readonly col: number;
  readonly value: string | number | boolean | null;
  readonly format?: CellFormat;
  readonly style?: CellStyle;
}

/** An Excel table (ListObject) with a header row and filter buttons. */
export interface LayoutTable {
  /** Unique in the workbook: letters, digits and underscores. */
  readonly name: string;
  readonly row: number;
  readonly col: number;
  readonly headers: readonly string[];
  readonly formats: readonly CellFormat[];
  readonly rows: readonly (readonly (string | number | boolean | null)[])[];
  /** Adds a totals row summing these column indexes. */
  readonly totals?: { readonly label: string; readonly sumColumns: readonly number[] };
}

export interface LayoutMerge {
  readonly row: number;
  readonly col: number;
  readonly toRow: number;
  readonly toCol: number;
}

/** A clustered column chart. */
export interface LayoutChart {
  readonly title: string;
  readonly categories: readonly string[];
  readonly series: readonly { readonly name: string; readonly values: readonly number[] }[];
  /** Where it sits: top-left cell and size in columns × rows. */
  readonly row: number;
  readonly col: number;
  readonly widthCols: number;
  readonly heightRows: number;
}

/**
 * Most manual horizontal page breaks Excel keeps on one sheet ("Excel specifications and limits":
 * 1,026). Pure layout code that puts one form per page must start another sheet before this; the
 * adapters refuse more rather than let Excel drop them or fail the whole write.
 */
export const MAX_ROW_BREAKS = 1026;

/** How the sheet prints. */
export interface LayoutPage {
  readonly orientation: "landscape" | "portrait";
  readonly paper: "A4";
  /**
   * One page wide, as many tall as needed. Forms with `rowBreaks` are safer laid out to fit A4 by
   * their column widths with this false: Excel's "fit to" scaling is said to override manual page
   * breaks (not verified here; LibreOffice keeps them either way).
   */
  readonly fitToWidth: boolean;
  /**
   * 0-based rows that START a new printed page: a manual page break is put above each of them, so
   * that each form begins on a page of its own whatever the printer's margins. Row 0 already starts
   * the first page and is ignored; so are duplicates. At most MAX_ROW_BREAKS.
   */
  readonly rowBreaks?: readonly number[];
  /**
   * The print area, from A1 to this 0-based cell inclusive: only the forms print, not whatever an
   * officer later types beside them.
   */
  readonly printArea?: { readonly toRow: number; readonly toCol: number };
}

export interface SheetLayout {
  readonly name: string;
  readonly cells: readonly LayoutCell[];
  readonly tables: readonly LayoutTable[];
  readonly merges: readonly LayoutMerge[];
  /**
   * Ranges outlined with a thin border: the empty boxes of a form that a supervisor writes into.
   * A box may also be in `merges` (one merged box); either way the outline goes round the whole
   * range, not just its top-left cell.
   */
  readonly boxes?: readonly LayoutMerge[];
  /** Column widths in characters, from column A. */
  readonly columnWidths: readonly number[];
  /**
   * Row heights in points; rows not listed keep the host's height. A form sets the heights its
   * wrapped labels and writing space need: exceljs writes no heights of its own, and no host can
   * tell how much room an empty box should leave for handwriting.
   */
  readonly rowHeights?: readonly { readonly row: number; readonly height: number }[];
  /** Rows frozen at the top (the report's heading). */
  readonly frozenRows: number;
  readonly chart: LayoutChart | null;
  readonly page: LayoutPage;
}

/** Number formats of the CellFormat kinds, shared by every adapter. */
export const NUMBER_FORMATS: Readonly<Record<CellFormat, string>> = {
  text: "@",
  date: "dd.mm.yyyy",
  integer: "0",
  // Hours are whole numbers almost always; "General" shows 120 as 120 and 1.5 as 1.5.
  decimal: "General",
};

/** A1 address of a 0-based cell, e.g. (16, 0) → "A17". */
export function a1(row: number, col: number): string {
  let letters = "";
  for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26))
    letters = String.fromCharCode(65 + ((c - 1) % 26)) + letters;
  return `${letters}${row + 1}`;
}

/**
 * The rows of `page.rowBreaks` that do start a new page, ascending, each once: row 0 and rows that
 * are not whole numbers are left out. Every adapter writes these, so they break alike.
 *
 * @throws Error when there are more than MAX_ROW_BREAKS, which Excel cannot keep on one sheet.
 */
export function pageStartRows(page: LayoutPage): number[] {
  const rows = [...new Set(page.rowBreaks ?? [])].filter((row) => Number.isInteger(row) && row > 0);
  if (rows.length > MAX_ROW_BREAKS) {
    throw new Error(
      `A sheet can have at most ${MAX_ROW_BREAKS} page breaks, not ${rows.length}: split the forms over several sheets`,
    );
  }
  return rows.sort((a, b) => a - b);
}

/** How each CellStyle looks, for every adapter: one look in Excel, in the CLI's copy and in print. */
export interface StyleSpec {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly size: number;
  /** Font colour, `RRGGBB`. */
  readonly color?: string;
  /** Background, `RRGGBB`. */
  readonly fill?: string;
  /** Wraps text within the cell (or merged range), for labels longer than the column. */
  readonly wrap?: boolean;
  /** Horizontal alignment; the host's default (text left, numbers right) when absent. */
  readonly align?: "left" | "center" | "right";
  /** Vertical alignment; the host's default (bottom) when absent. */
  readonly valign?: "top" | "middle" | "bottom";
  /**
   * A thin line under the cell (under the whole range when the cell is the top-left of a merge):
   * the line a value or a signature is written on.
   */
  readonly borderBottom?: boolean;
}

export const CELL_STYLES: Readonly<Record<CellStyle, StyleSpec>> = {
  title: { bold: true, size: 16 },
  subtitle: { size: 11, color: "595959" },
  label: { bold: true, size: 11 },
  sectionHeading: { bold: true, size: 12, fill: "DDEBF7" },
  note: { italic: true, size: 10, color: "595959" },
  // Printed forms.
  /** The title of a form. */
  formTitle: { bold: true, size: 12, align: "center", wrap: true },
  /**
   * A label such as "1. Тегі, аты, әкесінің аты": top-aligned, so a long one wraps downwards. 10 pt:
   * a bilingual Appendix 3 then fits one A4 page.
   */
  field: { size: 10, wrap: true, valign: "top" },
  /** The line a value or a signature sits on; a value already known is written in it. */
  fill: { size: 10, wrap: true, valign: "top", borderBottom: true },
  /** A small hint under a line, e.g. "(қолы)". */
  caption: { italic: true, size: 9, color: "595959", align: "center" },
  /** The corner mark of an appendix, e.g. "3-ҚОСЫМША". */
  appendix: { size: 9, align: "right" },
};

/** A light built-in table style: banded rows that print legibly in black and white. */
export const TABLE_STYLE = "TableStyleLight9";
/** Header rows of tables, for hosts (and printers) that ignore table styles. */
export const TABLE_HEADER_FILL = "E7EEF7";

/**
 * Where a chart's data block goes (for hosts whose charts read their data from cells: Excel, Sheets): under the chart itself when it fits there (the chart hides
 * it), else to the right of everything the layout uses, so it never overwrites layout content.
 */
export function chartDataOrigin(layout: SheetLayout, chart: LayoutChart): { row: number; col: number } {
  const rows = 1 + chart.categories.length;
  const cols = 1 + chart.series.length;
  if (rows <= chart.heightRows && cols <= chart.widthCols) return { row: chart.row, col: chart.col };
  const lastCol = Math.max(
    chart.col + chart.widthCols - 1,
    ...layout.cells.map((cell) => cell.col),
    ...layout.tables.map((table) => table.col + table.headers.length - 1),
    ...layout.merges.map((merge) => merge.toCol),
    ...(layout.boxes ?? []).map((box) => box.toCol),
  );
  return { row: chart.row, col: lastCol + 2 };
}

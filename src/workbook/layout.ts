/**
 * A host-neutral description of a sheet to write: cells, Excel tables, merges, column widths,
 * frozen rows, page setup and one chart. The report model is turned into a SheetLayout by pure code
 * (src/report/layoutReport.ts); each adapter writes a SheetLayout in its host's terms.
 *
 * Coordinates are 0-based (row 0 = sheet row 1, col 0 = column A).
 */

/** How a value is shown. Dates are 1900-system serials shown as dd.mm.yyyy. */
export type CellFormat = "text" | "date" | "integer" | "decimal";

/** Typographic role of a cell; adapters map it to fonts and fills. */
export type CellStyle = "title" | "subtitle" | "label" | "sectionHeading" | "note";

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

export interface SheetLayout {
  readonly name: string;
  readonly cells: readonly LayoutCell[];
  readonly tables: readonly LayoutTable[];
  readonly merges: readonly LayoutMerge[];
  /** Column widths in characters, from column A. */
  readonly columnWidths: readonly number[];
  /** Rows frozen at the top (the report's heading). */
  readonly frozenRows: number;
  readonly chart: LayoutChart | null;
  readonly page: { readonly orientation: "landscape" | "portrait"; readonly paper: "A4"; readonly fitToWidth: boolean };
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

/** How each CellStyle looks, for every adapter: one look in Excel, in the CLI's copy and in print. */
export interface StyleSpec {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly size: number;
  /** Font colour, `RRGGBB`. */
  readonly color?: string;
  /** Background, `RRGGBB`. */
  readonly fill?: string;
}

export const CELL_STYLES: Readonly<Record<CellStyle, StyleSpec>> = {
  title: { bold: true, size: 16 },
  subtitle: { size: 11, color: "595959" },
  label: { bold: true, size: 11 },
  sectionHeading: { bold: true, size: 12, fill: "DDEBF7" },
  note: { italic: true, size: 10, color: "595959" },
};

/** A light built-in table style: banded rows that print legibly in black and white. */
export const TABLE_STYLE = "TableStyleLight9";
/** Header rows of tables, for hosts (and printers) that ignore table styles. */
export const TABLE_HEADER_FILL = "E7EEF7";

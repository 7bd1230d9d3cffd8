import { a1 } from "../workbook/layout";
import { isCellError, type SheetGrid } from "../workbook/port";
import type { FoundColumn, RatingColumn } from "./headers/recognizeHeader";
import { headerCell } from "./headers/recognizeHeader";
import type { Problem, SheetColumns } from "./model";

const NAME_PARTS: ReadonlySet<string> = new Set(["firstName", "patronymic"]);

/** A header as read, with the officer's corrections applied: what a sheet's coverage is made of. */
export interface HeaderFound<F extends string> {
  readonly rows: readonly number[];
  readonly found: ReadonlyMap<F, FoundColumn & { readonly byHand?: boolean }>;
  readonly ratings: readonly RatingColumn[];
  readonly ambiguous: readonly { readonly field: F; readonly columns: readonly FoundColumn[] }[];
  readonly headers: readonly string[];
}

/**
 * A sheet's coverage (fields found with header and score, fields missing, headers not used) from
 * its header, for `kadr columns`, the *not checked* entries and the Sheet section.
 */
export function sheetColumns<F extends string>(
  grid: SheetGrid,
  kind: SheetColumns["kind"],
  header: HeaderFound<F>,
  fields: readonly F[],
  withRatings: boolean,
): SheetColumns {
  const origin = grid.origin ?? { row: 0, col: 0 };
  const cell = (col: number) => headerCell(grid, header, col);
  const found = [...header.found].map(([field, f]) => ({
    field,
    col: f.col,
    cell: cell(f.col),
    header: f.header,
    score: Math.round(f.score * 100) / 100,
    byHand: f.byHand ?? false,
  }));
  const taken = new Set([...header.found.values()].map((f) => f.col));
  // A date column of a year with no result column is of no use: it is listed as not used.
  const years = new Set(header.ratings.filter((r) => !r.isDate).map((r) => r.year));
  const ratings = header.ratings.filter((r) => !r.isDate || years.has(r.year));
  for (const r of ratings) taken.add(r.col);
  for (const a of header.ambiguous) for (const c of a.columns) taken.add(c.col);
  // The parts of a split name are missing only from sheets that split it: never worth saying.
  const missing: string[] = fields.filter((field) => !header.found.has(field) && !NAME_PARTS.has(field));
  if (withRatings && !header.ratings.some((r) => !r.isDate)) missing.push("rating");
  const unused = header.headers.flatMap((text, col) =>
    text && !taken.has(col) ? [{ col, cell: cell(col), header: text }] : [],
  );
  const inDoubt = header.ambiguous.map(({ field, columns: cols }) => ({ field, cells: cellsOf(grid, header, cols) }));
  return {
    sheet: grid.name,
    kind,
    ambiguous: inDoubt,
    headerRow: origin.row + (header.rows[header.rows.length - 1] ?? 0),
    found,
    missing,
    unused,
    ratings: years.size === 0 ? 0 : header.ratings.filter((r) => !r.isDate).length,
    ratingColumns: ratings.map((r) => ({ cell: cell(r.col), header: r.header, year: r.year, isDate: r.isDate })),
  };
}

/** The header cells of columns in doubt, as officers point at them: `A1 «ФИО», C1 «ФИО»`. */
function cellsOf<F extends string>(grid: SheetGrid, header: HeaderFound<F>, columns: readonly FoundColumn[]): string {
  return columns.map((c) => `${headerCell(grid, header, c.col)} «${c.header}»`).join(", ");
}

/** One problem per field that two columns name about equally well: the officer says which. */
export function ambiguityProblems<F extends string>(grid: SheetGrid, header: HeaderFound<F>): Problem[] {
  return header.ambiguous.map(({ field, columns }) => ({
    sheet: grid.name,
    cell: headerCell(grid, header, columns[0]?.col ?? 0),
    error: { code: "ambiguousColumn", field, cells: cellsOf(grid, header, columns) },
    name: null,
  }));
}

/** A column an officer may pick for a field: its letter and its header as the reader read it. */
export interface HeaderChoice {
  /** 0-based column of the used range (what a mapping saves). */
  readonly col: number;
  /** The column's letter in the sheet («G»). */
  readonly letter: string;
  readonly header: string;
}

/**
 * Every column of a sheet's header row as a choice for the column pickers (the pane's Sheet
 * section, the Sheets panel): the reader's header text where it has one (two-row headers joined),
 * else the cell as typed.
 */
export function headerChoices(grid: SheetGrid | undefined, columns: SheetColumns): HeaderChoice[] {
  const originRow = grid?.origin?.row ?? 0;
  const originCol = grid?.origin?.col ?? 0;
  const raw = columns.headerRow === null ? [] : (grid?.rows[columns.headerRow - originRow] ?? []);
  const read = new Map<number, string>([
    ...columns.unused.map((u) => [u.col, u.header] as const),
    ...columns.found.map((f) => [f.col, f.header] as const),
  ]);
  const width = Math.max(raw.length, ...[...read.keys()].map((col) => col + 1));
  return Array.from({ length: width }, (_, col) => {
    const cell = raw[col];
    const text =
      read.get(col) ?? (cell === null || cell === undefined ? "" : isCellError(cell) ? cell.error : String(cell));
    return { col, letter: a1(0, originCol + col).replace(/\d+$/u, ""), header: text.trim() };
  });
}

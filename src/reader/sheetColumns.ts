import type { SheetGrid } from "../workbook/port";
import type { FoundColumn, RatingColumn } from "./headers/recognizeHeader";
import { headerCell } from "./headers/recognizeHeader";
import type { Problem, SheetColumns } from "./model";

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
  for (const r of header.ratings) taken.add(r.col);
  for (const a of header.ambiguous) for (const c of a.columns) taken.add(c.col);
  const missing: string[] = fields.filter((field) => !header.found.has(field));
  if (withRatings && !header.ratings.some((r) => !r.isDate)) missing.push("rating");
  const unused = header.headers.flatMap((text, col) =>
    text && !taken.has(col) ? [{ col, cell: cell(col), header: text }] : [],
  );
  return {
    sheet: grid.name,
    kind,
    headerRow: origin.row + (header.rows[header.rows.length - 1] ?? 0),
    found,
    missing,
    unused,
    ratings: header.ratings.filter((r) => !r.isDate).length,
  };
}

/** One problem per field that two columns name about equally well: the officer says which. */
export function ambiguityProblems<F extends string>(grid: SheetGrid, header: HeaderFound<F>): Problem[] {
  return header.ambiguous.map(({ field, columns }) => ({
    sheet: grid.name,
    cell: headerCell(grid, header, columns[0]?.col ?? 0),
    error: {
      code: "ambiguousColumn",
      field,
      cells: columns.map((c) => `${headerCell(grid, header, c.col)} «${c.header}»`).join(", "),
    },
    name: null,
  }));
}

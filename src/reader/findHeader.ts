import { compactKey } from "../rules";
import type { CellValue, SheetGrid } from "../workbook/port";
import {
  HEADER_SYNONYMS,
  LOG_MARKERS,
  RATING_DATE_WORDS,
  RATING_HEADER_WORDS,
  REGISTER_MARKERS,
  type Field,
} from "./headers";
import type { SheetKind } from "./model";

/** A rating column: the year from its header, and whether it holds dates of the ratings. */
export interface RatingColumn {
  readonly col: number;
  readonly year: number;
  readonly isDate: boolean;
}

export interface HeaderMatch {
  readonly kind: SheetKind;
  /** Index into grid.rows of the header row. */
  readonly row: number;
  readonly columns: ReadonlyMap<Field, number>;
  readonly ratings: readonly RatingColumn[];
}

const BY_KEY = new Map<string, Field>(
  (Object.entries(HEADER_SYNONYMS) as [Field, readonly string[]][]).flatMap(([field, names]) =>
    names.map((name) => [compactKey(name), field] as const),
  ),
);
/** Long synonyms may be followed by a note: `Должность (полностью)`. Short ones must match whole. */
const PREFIX_MIN = 8;
const PREFIXES = [...BY_KEY.entries()]
  .filter(([key]) => key.length >= PREFIX_MIN)
  .sort((a, b) => b[0].length - a[0].length);
const RATING_WORDS = RATING_HEADER_WORDS.map(compactKey);
const RATING_DATE = RATING_DATE_WORDS.map(compactKey);
const YEAR = /(19|20)\d{2}/u;

/** Rows scanned for a header: titles and blank rows sit above it, rarely more than a dozen. */
const HEADER_SCAN_ROWS = 40;

/** The field a header cell names, or null. */
export function headerField(text: string): Field | null {
  const key = compactKey(text);
  if (key === "") return null;
  const exact = BY_KEY.get(key);
  if (exact) return exact;
  for (const [prefix, field] of PREFIXES) if (key.startsWith(prefix)) return field;
  return null;
}

function ratingColumn(text: string, col: number): RatingColumn | null {
  const key = compactKey(text);
  const year = YEAR.exec(key);
  if (!year || !RATING_WORDS.some((word) => key.includes(word))) return null;
  return { col, year: Number(year[0]), isDate: RATING_DATE.some((word) => key.includes(word)) };
}

/** A register, a log, or neither, by the columns a header names. */
export function kindOf(columns: ReadonlyMap<Field, number>): SheetKind {
  const hasName = columns.has("fullName");
  const log = hasName && LOG_MARKERS.every((f) => columns.has(f)) && (columns.has("end") || columns.has("start"));
  const register = hasName && REGISTER_MARKERS.some((f) => columns.has(f));
  return log ? "log" : register ? "register" : "other";
}

/**
 * The officer's corrections of a sheet's column mapping (Sheet section of the task pane): a field
 * mapped to a 0-based column of the used range, or to -1 for "not in this sheet".
 */
export type ColumnOverrides = Readonly<Record<string, Readonly<Partial<Record<Field, number>>>>>;

/** The detected header with the officer's corrections applied; null when there is still no header. */
export function withOverrides(
  detected: HeaderMatch | null,
  overrides: ColumnOverrides | undefined,
  sheet: string,
): HeaderMatch | null {
  const own = overrides?.[sheet];
  if (!own || !detected) return detected;
  const columns = new Map(detected.columns);
  for (const [field, col] of Object.entries(own) as [Field, number][]) {
    if (col < 0) columns.delete(field);
    else columns.set(field, col);
  }
  return { ...detected, columns, kind: kindOf(columns) };
}

function matchRow(cells: readonly CellValue[]): HeaderMatch & { score: number } {
  const columns = new Map<Field, number>();
  const ratings: RatingColumn[] = [];
  cells.forEach((cell, col) => {
    if (typeof cell !== "string") return;
    const rating = ratingColumn(cell, col);
    if (rating) return void ratings.push(rating);
    const field = headerField(cell);
    // The first column with a name wins; a second "Начало" in a log is a different thing.
    if (field && !columns.has(field)) columns.set(field, col);
  });
  const kind = kindOf(columns);
  return { kind, row: 0, columns, ratings, score: kind === "other" ? 0 : columns.size + ratings.length };
}

/**
 * Finds the header row of a staff sheet: among the first rows, the one naming the most known
 * columns, with a full-name column and the marks of a register (category, appointment date, corps
 * or position) or of a training log (training type and a date). Titles and blank rows above it
 * are ignored.
 */
export function findHeader(grid: SheetGrid): HeaderMatch | null {
  let best: (HeaderMatch & { score: number }) | null = null;
  const limit = Math.min(grid.rows.length, HEADER_SCAN_ROWS);
  for (let row = 0; row < limit; row++) {
    const cells = grid.rows[row];
    if (!cells) continue;
    const match = matchRow(cells);
    if (match.score > (best?.score ?? 0)) best = { ...match, row };
  }
  return best;
}

import type { SheetGrid } from "../workbook/port";
import {
  fieldOfHeader,
  listSpec,
  overrideHeader,
  recognizeHeader,
  type ColumnChoice,
  type ListSpec,
  type AmbiguousField,
  type FoundColumn,
  type RatingColumn,
  type RecognizedHeader,
} from "./headers/recognizeHeader";
import {
  LOG_TERMS,
  RATING_DATE_STEMS,
  RATING_STEMS,
  REGISTER_TERMS,
  type Field,
  type LogField,
  type RegisterField,
} from "./headers/staffTerms";
import type { SheetKind } from "./model";

export type { RatingColumn } from "./headers/recognizeHeader";

/** Fields that make a sheet a staff register (besides the full name). */
export const REGISTER_MARKERS: readonly RegisterField[] = ["category", "appointmentDate", "corps", "position"];

const RATINGS = { stems: RATING_STEMS, dateStems: RATING_DATE_STEMS };
export const REGISTER_SPEC: ListSpec<SheetKind, Field> = listSpec(
  "register",
  REGISTER_TERMS,
  (fields: ReadonlySet<RegisterField>) => fields.has("fullName") && REGISTER_MARKERS.some((field) => fields.has(field)),
  RATINGS,
);
export const LOG_SPEC: ListSpec<SheetKind, Field> = listSpec(
  "log",
  LOG_TERMS,
  (fields: ReadonlySet<LogField>) =>
    fields.has("fullName") && fields.has("trainingType") && (fields.has("start") || fields.has("end")),
);
/** The staff kinds of list, for readers that need the compiled terms (the Sheet section's pickers). */
export const STAFF_SPECS = [REGISTER_SPEC, LOG_SPEC] as const;
/** The fields of each staff kind, in the order the Sheet section lists them. */
export const FIELDS_OF: Readonly<Record<"register" | "log", readonly Field[]>> = {
  register: Object.keys(REGISTER_TERMS.fields) as RegisterField[],
  log: Object.keys(LOG_TERMS.fields) as LogField[],
};

export interface HeaderMatch {
  readonly kind: SheetKind;
  /** Index into grid.rows of the (last) header row. */
  readonly row: number;
  /** Indices into grid.rows of the header rows (two under a group cell). */
  readonly rows: readonly number[];
  /** Index into grid.rows of the first row under the header. */
  readonly dataStart: number;
  readonly columns: ReadonlyMap<Field, number>;
  readonly ratings: readonly RatingColumn[];
  /** How each field's column was found: its header and score (1 for the officer's own mapping). */
  readonly found: ReadonlyMap<Field, FoundColumn & { readonly byHand?: boolean }>;
  readonly ambiguous: readonly AmbiguousField<Field>[];
  readonly headers: readonly string[];
  /** How surely the header reads as this kind of list (the sum of its fields' scores). */
  readonly score: number;
}

/**
 * The best field a header names in a register or a log, read alone; null when none, or when two
 * fields of one kind of list are near a tie. A register's own field wins over a log's («Начало
 * переподготовки» is the register's retraining start, not a log's start).
 */
export function headerField(text: string): Field | null {
  for (const spec of STAFF_SPECS) {
    const found = fieldOfHeader(spec, text);
    if (found && found.field !== "rating" && found.field !== "ratingDate") return found.field;
  }
  return null;
}

/** A register, a log, or neither, by the fields found. */
export function kindOf(columns: ReadonlyMap<Field, unknown>): SheetKind {
  const fields = new Set(columns.keys());
  if (LOG_SPEC.isList(fields)) return "log";
  return REGISTER_SPEC.isList(fields) ? "register" : "other";
}

function toMatch(header: RecognizedHeader<SheetKind, Field>): HeaderMatch {
  return {
    kind: header.kind,
    row: header.rows[header.rows.length - 1] ?? 0,
    rows: header.rows,
    dataStart: header.dataStart,
    columns: new Map([...header.found].map(([field, found]) => [field, found.col])),
    ratings: header.ratings,
    found: header.found,
    ambiguous: header.ambiguous,
    headers: header.headers,
    score: header.score,
  };
}

/**
 * Finds the header of a staff sheet among its first rows: the row (or pair of rows, for group
 * cells over sub-columns) whose cells name the most fields of a register or a training log, most
 * surely, with a full-name column and the marks of its kind (register: category, appointment
 * date, corps or position; log: training type and a date). Fields are recognised by meaning
 * (src/reader/headers), and each column serves one field.
 */
export function findHeader(grid: SheetGrid): HeaderMatch | null {
  const header = recognizeHeader(grid, STAFF_SPECS);
  return header ? toMatch(header) : null;
}

/**
 * The officer's corrections of a sheet's column mapping (Sheet section of the task pane, `--map`,
 * `--mapping`), per sheet name; the key `*` applies to every sheet that has the header named.
 */
export type ColumnOverrides = Readonly<Record<string, Readonly<Partial<Record<string, ColumnChoice>>>>>;

/** The choices that apply to a sheet: those for every sheet (`*`), then the sheet's own. */
export function choicesFor(overrides: ColumnOverrides | undefined, sheet: string): Record<string, ColumnChoice> {
  return { ...overrides?.["*"], ...overrides?.[sheet] } as Record<string, ColumnChoice>;
}

/** The detected header with the officer's corrections applied; null when there is still no header. */
export function withOverrides(
  detected: HeaderMatch | null,
  overrides: ColumnOverrides | undefined,
  grid: SheetGrid,
): HeaderMatch | null {
  const own = choicesFor(overrides, grid.name);
  if (!detected || Object.keys(own).length === 0) return detected;
  const header = overrideHeader<Field>(detected, own, grid.origin?.col ?? 0);
  const columns = new Map([...header.found].map(([field, found]) => [field, found.col]));
  return { ...detected, found: header.found, ambiguous: header.ambiguous, columns, kind: kindOf(columns) };
}

import { foldLetters, parseDateText } from "../../rules";
import { a1 } from "../../workbook/layout";
import { isCellError, type CellValue, type SheetGrid } from "../../workbook/port";
import { assignColumns } from "./assignColumns";
import { headerWords } from "./headerWords";
import { compileTerms, scoreHeader, type CompiledList, type ListTerms } from "./scoreHeader";

/** A kind of list the reader knows: its fields' terms, and which found fields make a sheet one. */
export interface ListSpec<K extends string, F extends string> {
  readonly kind: K;
  readonly terms: CompiledList<F>;
  /** Whether the sheet has annual-evaluation columns («Оценка 2023»), read apart from the fields. */
  readonly ratings?: { readonly stems: readonly string[]; readonly dateStems: readonly string[] };
  /** The fields found make the sheet this kind of list (a name plus the list's own marks). */
  isList(fields: ReadonlySet<F>): boolean;
}

export function listSpec<K extends string, F extends string>(
  kind: K,
  terms: ListTerms<F>,
  isList: (fields: ReadonlySet<F>) => boolean,
  ratings?: ListSpec<K, F>["ratings"],
): ListSpec<K, F> {
  const folded = ratings && { stems: ratings.stems.map(foldLetters), dateStems: ratings.dateStems.map(foldLetters) };
  return { kind, terms: compileTerms(terms), isList, ...(folded ? { ratings: folded } : {}) };
}

/** A column of a rating year: the year from its header, and whether it holds the dates of the results. */
export interface RatingColumn {
  readonly col: number;
  readonly year: number;
  readonly isDate: boolean;
  readonly header: string;
}

/** A field's column as found: the header text it was recognised by, and how surely. */
export interface FoundColumn {
  readonly col: number;
  readonly header: string;
  /** 0.5–1: 1 for a header that names the field plainly. */
  readonly score: number;
}

/** Two or more columns that name one field about equally well: reported, never guessed. */
export interface AmbiguousField<F extends string> {
  readonly field: F;
  readonly columns: readonly FoundColumn[];
}

/** What a sheet's header says: which list it is, where it is, and the column of each field. */
export interface RecognizedHeader<K extends string, F extends string> {
  readonly kind: K;
  /** Indices into grid.rows of the header row(s): two when a group cell stands over sub-columns. */
  readonly rows: readonly number[];
  /** The first grid row under the header. */
  readonly dataStart: number;
  readonly found: ReadonlyMap<F, FoundColumn>;
  readonly ratings: readonly RatingColumn[];
  readonly ambiguous: readonly AmbiguousField<F>[];
  /** The header text of each column (two-row headers joined), for mapping by hand. */
  readonly headers: readonly string[];
  readonly score: number;
}

/** Titles and blank rows sit above a header, rarely more than a dozen. */
export const HEADER_SCAN_ROWS = 40;
/** Two fields' scores closer than this are a near tie. */
const NEAR_TIE = 0.05;
/** A two-row header must name at least one more field than its top row alone. */
const TWO_ROW_GAIN = 0.5;
const RATING_WEIGHT = 0.8;

function cellHeaderText(value: CellValue | undefined): string {
  if (typeof value === "string") return value.trim();
  // A year typed as a number under a group «Оценка» is a header, as is a number in the top row.
  if (typeof value === "number" && Number.isInteger(value) && value >= 1900 && value <= 2100) return String(value);
  return "";
}

/**
 * A row that may sit under a header as its second row: text and years only — a data row has
 * dates, numbers or date-like text, and a row 1, 2, 3 … numbers the columns.
 */
function couldBeSubHeader(cells: readonly CellValue[] | undefined): boolean {
  if (!cells) return false;
  let texts = 0;
  for (const value of cells) {
    if (value === null || value === "" || value === undefined) continue;
    if (isCellError(value) || typeof value === "boolean") return false;
    if (typeof value === "number") {
      if (!(Number.isInteger(value) && value >= 1900 && value <= 2100)) return false;
    } else if (parseDateText(value).ok) return false;
    texts++;
  }
  return texts >= 2;
}

/**
 * The header texts of a two-row header. A group cell («Переподготовка», «Бағалау») merged over the
 * sub-columns under it is carried right over its blank neighbours, and its words join each
 * sub-header as a note in brackets («начало (Переподготовка)»): they may complete a match but never
 * count against one, nor veto it. A header split over two rows in one column («Дата» / «назначения»)
 * is read as one text; a cell alone in its column (merged down) keeps its text.
 */
export function twoRowHeaders(upper: readonly CellValue[], lower: readonly CellValue[]): string[] {
  const width = Math.max(upper.length, lower.length);
  const top = (col: number) => cellHeaderText(upper[col]);
  const bottom = (col: number) => cellHeaderText(lower[col]);
  const texts: string[] = [];
  let group = "";
  for (let col = 0; col < width; col++) {
    const own = top(col);
    const under = bottom(col);
    // A top cell is a group when the sub-header row goes on under its blank right neighbour.
    const isGroup = own !== "" && under !== "" && top(col + 1) === "" && bottom(col + 1) !== "";
    if (own) group = isGroup ? own : "";
    else if (!under) group = "";
    if (!under) texts.push(own);
    else if (isGroup || (!own && group)) texts.push(`${under} (${group})`);
    else texts.push([own, under].filter(Boolean).join(" "));
  }
  return texts;
}

function ratingOf(text: string, spec: NonNullable<ListSpec<string, string>["ratings"]>, col: number) {
  const { words, notes } = headerWords(text);
  const all = [...words, ...notes];
  const year = all.find((word) => /^(19|20)\d{2}$/u.test(word));
  if (!year || !all.some((word) => spec.stems.some((stem) => word.startsWith(stem)))) return null;
  const isDate = all.some((word) => spec.dateStems.some((stem) => word.startsWith(stem)));
  return { col, year: Number(year), isDate, header: text };
}

type Candidate<K extends string, F extends string> = RecognizedHeader<K, F> & { readonly fieldCount: number };

function recognizeTexts<K extends string, F extends string>(
  spec: ListSpec<K, F>,
  headers: readonly string[],
  rows: readonly number[],
): Candidate<K, F> | null {
  const fields = spec.terms.fields.map(([field]) => field);
  const ratings: RatingColumn[] = [];
  const scores = fields.map(() => new Array<number>(headers.length).fill(0));
  headers.forEach((text, col) => {
    if (!text) return;
    const rating = spec.ratings ? ratingOf(text, spec.ratings, col) : null;
    if (rating) return void ratings.push(rating);
    for (const { field, score } of scoreHeader(spec.terms, text)) {
      const row = scores[fields.indexOf(field)];
      if (row) row[col] = score;
    }
  });
  const chosen = assignColumns(scores);
  const found = new Map<F, FoundColumn>();
  const ambiguous: AmbiguousField<F>[] = [];
  const taken = new Set(chosen.filter((col) => col >= 0));
  let total = 0;
  chosen.forEach((col, i) => {
    const field = fields[i];
    const row = scores[i];
    if (col < 0 || field === undefined || !row) return;
    const score = row[col] ?? 0;
    // Another free column names this field about as well: which one is meant is the officer's to say.
    const rivals = row.flatMap((s, c) => (c !== col && !taken.has(c) && s >= score - NEAR_TIE ? [c] : []));
    const column = { col, header: headers[col] ?? "", score };
    if (rivals.length) {
      ambiguous.push({
        field,
        columns: [column, ...rivals.map((c) => ({ col: c, header: headers[c] ?? "", score: row[c] ?? 0 }))],
      });
      return;
    }
    found.set(field, column);
    total += score;
  });
  const present = new Set<F>([...found.keys(), ...ambiguous.map((a) => a.field)]);
  if (!spec.isList(present)) return null;
  const last = rows[rows.length - 1] ?? 0;
  return {
    kind: spec.kind,
    rows,
    dataStart: last + 1,
    found,
    ratings,
    ambiguous,
    headers,
    score: total + ratings.length * RATING_WEIGHT,
    fieldCount: found.size + ambiguous.length + ratings.length,
  };
}

function better<C extends { score: number }>(a: C | null, b: C | null): C | null {
  if (!a) return b;
  if (!b) return a;
  return b.score > a.score ? b : a;
}

/**
 * Finds a sheet's header among its first rows, for the kinds of list given: each row (and each
 * pair of rows, for group cells over sub-columns) is read as a header of each kind, fields are
 * assigned to columns by best total score, and the row that names the most, most surely, wins.
 * Titles and blank rows above the header are passed over. Null when no row is a header of any kind.
 */
export function recognizeHeader<K extends string, F extends string>(
  grid: SheetGrid,
  specs: readonly ListSpec<K, F>[],
): RecognizedHeader<K, F> | null {
  const limit = Math.min(grid.rows.length, HEADER_SCAN_ROWS);
  const singles: (Candidate<K, F> | null)[] = [];
  for (let row = 0; row <= limit; row++) {
    const texts = (grid.rows[row] ?? []).map(cellHeaderText);
    let here: Candidate<K, F> | null = null;
    if (row < limit && texts.some(Boolean))
      for (const spec of specs) here = better(here, recognizeTexts(spec, texts, [row]));
    singles.push(here);
  }
  let best: Candidate<K, F> | null = null;
  for (let row = 0; row < limit; row++) {
    let here = singles[row] ?? null;
    const upper = grid.rows[row] ?? [];
    const lower = grid.rows[row + 1];
    // A title over the table is one cell; a header's upper row has several.
    if (lower && couldBeSubHeader(lower) && upper.filter((v) => cellHeaderText(v) !== "").length >= 2) {
      const joined = twoRowHeaders(upper, lower);
      const alone = better(here, singles[row + 1] ?? null);
      for (const spec of specs) {
        const two = recognizeTexts(spec, joined, [row, row + 1]);
        if (two && two.score >= (alone?.score ?? 0) + TWO_ROW_GAIN && two.fieldCount > (alone?.fieldCount ?? 0))
          here = better(here, two);
      }
    }
    best = better(best, here);
  }
  if (!best) return null;
  const { fieldCount, ...header } = best;
  void fieldCount;
  return header;
}

/** The A1 address of a header cell (the last header row's, in sheet coordinates). */
export function headerCell(grid: SheetGrid, header: { readonly rows: readonly number[] }, col: number): string {
  const row = header.rows[header.rows.length - 1] ?? 0;
  return a1((grid.origin?.row ?? 0) + row, (grid.origin?.col ?? 0) + col);
}

/**
 * The officer's word on one field's column: a 0-based column of the used range (what the Sheet
 * section saves), a column letter («E»), a header's text («Впервые»), or -1 / "-" for "not in
 * this sheet".
 */
export type ColumnChoice = number | string;

/** The column a choice names in a sheet, -1 for "none", or null when this sheet has no such header. */
export function resolveChoice(choice: ColumnChoice, headers: readonly string[], originCol: number): number | null {
  if (typeof choice === "number") return choice;
  const text = choice.trim();
  if (text === "-" || text === "") return -1;
  if (/^[A-Z]{1,3}$/u.test(text)) {
    const col = [...text].reduce((n, char) => n * 26 + char.charCodeAt(0) - 64, 0) - 1 - originCol;
    return col >= 0 ? col : null;
  }
  const key = (s: string) => headerWords(s).words.join(" ");
  const wanted = key(text);
  const exact = headers.findIndex((header) => header.trim() === text);
  if (exact >= 0) return exact;
  const found = headers.findIndex((header) => header !== "" && key(header) === wanted);
  return found >= 0 ? found : null;
}

/**
 * A recognised header with the officer's corrections: each chosen column goes to its field (and
 * is no other field's), found with score 1 "by hand"; -1 removes the field.
 */
export function overrideHeader<F extends string>(
  header: {
    readonly found: ReadonlyMap<F, FoundColumn>;
    readonly ambiguous: readonly AmbiguousField<F>[];
    readonly headers: readonly string[];
  },
  choices: Readonly<Partial<Record<string, ColumnChoice>>>,
  originCol: number,
): {
  readonly found: ReadonlyMap<F, FoundColumn & { readonly byHand?: boolean }>;
  readonly ambiguous: readonly AmbiguousField<F>[];
} {
  const found = new Map<F, FoundColumn & { byHand?: boolean }>(header.found);
  const decided = new Set<string>();
  for (const [field, choice] of Object.entries(choices) as [F, ColumnChoice | undefined][]) {
    if (choice === undefined) continue;
    const col = resolveChoice(choice, header.headers, originCol);
    if (col === null) continue;
    decided.add(field);
    for (const [other, f] of found) if (f.col === col && other !== field) found.delete(other);
    if (col < 0) found.delete(field);
    else found.set(field, { col, header: header.headers[col] ?? "", score: 1, byHand: true });
  }
  const ambiguous = header.ambiguous.filter((a) => !decided.has(a.field));
  return { found, ambiguous };
}

/**
 * The one field a header cell names in a kind of list, read alone (as the header corpus and the
 * Sheet section's hints read it): a field, a rating year, or null — for no field, or for two
 * fields near a tie (never guessed).
 */
export function fieldOfHeader<K extends string, F extends string>(
  spec: ListSpec<K, F>,
  text: string,
): { readonly field: F | "rating" | "ratingDate"; readonly year?: number } | null {
  const rating = spec.ratings ? ratingOf(text, spec.ratings, 0) : null;
  if (rating) return { field: rating.isDate ? "ratingDate" : "rating", year: rating.year };
  const [first, second] = scoreHeader(spec.terms, text);
  if (!first || (second && second.score > first.score - NEAR_TIE)) return null;
  return { field: first.field };
}

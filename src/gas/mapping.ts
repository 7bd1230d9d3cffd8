/**
 * The officer's column mapping in Google Sheets: what the sidebar's "Save columns" sends, checked
 * before anything is stored, and what the report reads back from the document properties. The
 * shape is the one the Excel task pane saves in the workbook settings under the same key — sheet
 * name → field → 0-based column of the sheet's used range (A = 0), -1 for "not in this sheet".
 */
import type { ColumnOverrides } from "../reader/findHeader";
import { MAPPABLE_FIELDS } from "../rules";
import { a1 } from "../workbook/layout";
import type { GasKey } from "./strings";

/** The document property the mapping is stored in (the Excel pane's settings key). */
export const MAPPING_KEY = "kadr.mapping";

/** A mapping as stored: only whole column numbers (the sidebar's choices), never letters or text. */
export type Mapping = Readonly<Record<string, Readonly<Record<string, number>>>>;

/** Why a mapping is not one: a message key of GAS_STRINGS and the values it names. */
export interface MappingProblem {
  readonly key: GasKey;
  readonly values: Readonly<Record<string, string>>;
}

export type CheckedMapping =
  { readonly ok: true; readonly mapping: Mapping } | { readonly ok: false; readonly problem: MappingProblem };

/** A value as a message names it: text as written, anything else as JSON (or as JavaScript prints it). */
export function shown(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "object" && value !== null) {
    try {
      return JSON.stringify(value) ?? String(value);
    } catch {
      return String(value);
    }
  }
  return String(value);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const columnLetter = (col: number) => a1(0, col).replace(/\d+$/u, "");

/**
 * Checks a mapping: an object of sheets, each an object of known fields, each a whole column
 * number from -1 ("none") up. `sheets` — the spreadsheet's sheet names with their number of
 * columns — when given, also requires every sheet to be one of them and every column to exist in
 * it; the report's reading of a stored mapping passes null (a sheet renamed since simply has no
 * choices). The first bad value is named; nothing of a bad mapping is used.
 */
export function checkMapping(value: unknown, sheets: ReadonlyMap<string, number> | null): CheckedMapping {
  const bad = (key: GasKey, values: Record<string, string>): CheckedMapping => ({
    ok: false,
    problem: { key, values },
  });
  if (!isRecord(value)) return bad("mappingNotObject", { value: shown(value) });
  const mapping: [string, Record<string, number>][] = [];
  for (const [sheet, fields] of Object.entries(value)) {
    const width = sheets?.get(sheet);
    if (sheets && width === undefined) return bad("mappingBadSheet", { value: sheet });
    if (!isRecord(fields)) return bad("mappingSheetNotObject", { sheet, value: shown(fields) });
    const columns: [string, number][] = [];
    for (const [field, col] of Object.entries(fields)) {
      if (!MAPPABLE_FIELDS.includes(field)) return bad("mappingBadField", { sheet, value: field });
      const inSheet = width === undefined || (typeof col === "number" && col < width);
      if (typeof col !== "number" || !Number.isInteger(col) || col < -1 || !inSheet) {
        const last = Math.max((width ?? 0) - 1, 0);
        return bad(width === undefined ? "mappingBadColumn" : "mappingBadColumnIn", {
          sheet,
          field,
          value: shown(col),
          last: String(last),
          letter: columnLetter(last),
        });
      }
      columns.push([field, col]);
    }
    // Object.fromEntries defines own properties: a sheet or field named "__proto__" stays data.
    mapping.push([sheet, Object.fromEntries(columns)]);
  }
  return { ok: true, mapping: Object.fromEntries(mapping) };
}

/** A stored mapping as the report reads it: the overrides, or why there are none to use. */
export type StoredMapping =
  | { readonly state: "none" }
  | { readonly state: "ok"; readonly mapping: Mapping }
  | { readonly state: "notJson" }
  | { readonly state: "invalid"; readonly problem: MappingProblem };

/** Reads a stored mapping (the document property's text, or null when there is none). */
export function readStoredMapping(text: string | null | undefined): StoredMapping {
  if (text === null || text === undefined || text.trim() === "") return { state: "none" };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { state: "notJson" };
  }
  const checked = checkMapping(json, null);
  return checked.ok ? { state: "ok", mapping: checked.mapping } : { state: "invalid", problem: checked.problem };
}

/** The overrides a stored mapping gives the readers (none unless it is a valid mapping). */
export function overridesOf(stored: StoredMapping): ColumnOverrides | undefined {
  return stored.state === "ok" ? stored.mapping : undefined;
}

/**
 * The officer's changes over what was saved: per sheet, the changed fields replace the saved
 * ones, the other saved fields stay; sheets not in `changes` are kept as saved.
 */
export function mergeMapping(saved: Mapping, changes: Mapping): Mapping {
  const sheets = new Map(Object.entries(saved).map(([sheet, fields]) => [sheet, { ...fields }]));
  for (const [sheet, fields] of Object.entries(changes)) {
    sheets.set(sheet, Object.fromEntries([...Object.entries(sheets.get(sheet) ?? {}), ...Object.entries(fields)]));
  }
  return Object.fromEntries(sheets);
}

/** The number of field choices in a mapping. */
export const choiceCount = (mapping: Mapping): number =>
  Object.values(mapping).reduce((sum, fields) => sum + Object.keys(fields).length, 0);

/**
 * The officer's column mapping on the command line: `--map FIELD=HEADER` (repeatable; `SHEET!FIELD=HEADER`
 * for one sheet) and `--mapping FILE.json` (the shape the task pane saves: sheet → field → column,
 * where a column is a 0-based index of the used range, a column letter or a header's text, and
 * -1 or "-" means "not in this sheet").
 */
import { readFileSync } from "node:fs";
import type { ColumnOverrides } from "../reader/findHeader";
import type { ColumnChoice } from "../reader/headers/recognizeHeader";
import { MAPPABLE_FIELDS } from "../rules";

export class MappingError extends Error {}

function checkField(field: string, where: string): void {
  if (!MAPPABLE_FIELDS.includes(field))
    throw new MappingError(`${where}: "${field}" is not a field (fields: ${MAPPABLE_FIELDS.join(", ")})`);
}

/** `--map` values: `FIELD=HEADER` for every sheet, `SHEET!FIELD=HEADER` for one. */
export function parseMapOptions(values: readonly string[]): Record<string, Record<string, ColumnChoice>> {
  const out: Record<string, Record<string, ColumnChoice>> = {};
  for (const value of values) {
    const eq = value.indexOf("=");
    if (eq <= 0) throw new MappingError(`--map: "${value}" is not FIELD=HEADER (e.g. --map firstEntry="Впервые")`);
    const left = value.slice(0, eq).trim();
    const bang = left.lastIndexOf("!");
    const sheet = bang >= 0 ? left.slice(0, bang) : "*";
    const field = bang >= 0 ? left.slice(bang + 1) : left;
    checkField(field, "--map");
    (out[sheet] ??= {})[field] = value.slice(eq + 1);
  }
  return out;
}

/** A `--mapping` file: `{ "Sheet": { "field": 3 | "E" | "Header text" | -1 } }`; `"*"` for every sheet. */
export function readMappingFile(path: string): Record<string, Record<string, ColumnChoice>> {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new MappingError(
      `--mapping: cannot read ${path} as JSON (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  if (typeof json !== "object" || json === null || Array.isArray(json))
    throw new MappingError(`--mapping: ${path} must hold an object of sheets, e.g. {"Реестр": {"firstEntry": "F"}}`);
  const out: Record<string, Record<string, ColumnChoice>> = {};
  for (const [sheet, fields] of Object.entries(json)) {
    if (typeof fields !== "object" || fields === null || Array.isArray(fields))
      throw new MappingError(`--mapping: "${sheet}" must map fields to columns`);
    for (const [field, choice] of Object.entries(fields as Record<string, unknown>)) {
      checkField(field, `--mapping ${sheet}`);
      if (typeof choice !== "number" && typeof choice !== "string")
        throw new MappingError(`--mapping ${sheet}.${field}: a column number, letter or header text`);
      (out[sheet] ??= {})[field] = choice;
    }
  }
  return out;
}

/** The overrides of both options: `--map` after the file, so the command line has the last word. */
export function overridesOf(map: readonly string[] | undefined, file: string | undefined): ColumnOverrides | undefined {
  if (!map?.length && !file) return undefined;
  const merged: Record<string, Record<string, ColumnChoice>> = file ? readMappingFile(file) : {};
  const given = parseMapOptions(map ?? []);
  // A --map for every sheet overrides the file's choice for that field on any one sheet.
  for (const field of Object.keys(given["*"] ?? {})) for (const fields of Object.values(merged)) delete fields[field];
  for (const [sheet, fields] of Object.entries(given)) merged[sheet] = { ...merged[sheet], ...fields };
  return merged;
}

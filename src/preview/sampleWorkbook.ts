/**
 * The preview's workbook as JSON: what `src/tools/preview-data.ts` writes to dist/sample-workbook.json
 * at build time (assets/sample-staff.xlsx read by the exceljs adapter, which is Node-only) and what the
 * preview page fetches from its own origin.
 */
import type { DateSystem } from "../rules";
import type { CellValue } from "../workbook/port";

export interface PreviewWorkbook {
  /** Where the data came from, shown nowhere but handy when the JSON is opened by hand. */
  readonly source: string;
  readonly dateSystem: DateSystem;
  /** In workbook order (a Record would put sheets named like "2024" first). */
  readonly sheets: readonly { readonly name: string; readonly rows: readonly (readonly CellValue[])[] }[];
}

function isCellValue(value: unknown): value is CellValue {
  if (value === null || ["string", "number", "boolean"].includes(typeof value)) return true;
  return typeof value === "object" && typeof (value as { error?: unknown }).error === "string";
}

function notAWorkbook(): never {
  throw new Error("sample-workbook.json is not a workbook: rebuild it with `npm run build`.");
}

/**
 * Checks fetched JSON before the pane sees it: a stale or hand-edited file should say so, not show
 * an empty pane.
 */
export function parsePreviewWorkbook(json: unknown): PreviewWorkbook {
  if (typeof json !== "object" || json === null) notAWorkbook();
  const { source, dateSystem, sheets } = json as Partial<PreviewWorkbook>;
  if (dateSystem !== 1900 && dateSystem !== 1904) notAWorkbook();
  if (!Array.isArray(sheets)) notAWorkbook();
  for (const sheet of sheets as readonly unknown[]) {
    const { name, rows } = (sheet ?? {}) as { name?: unknown; rows?: unknown };
    if (typeof name !== "string" || !Array.isArray(rows)) notAWorkbook();
    for (const row of rows as readonly unknown[]) if (!Array.isArray(row) || !row.every(isCellValue)) notAWorkbook();
  }
  return { source: typeof source === "string" ? source : "", dateSystem, sheets };
}

/** Excel's limit on a sheet name's length. */
export const SHEET_NAME_MAX = 31;

/**
 * A sheet name no sheet of the workbook has (Excel compares names ignoring case): `base`, else
 * `base (2)`, `base (3)`… — shortening the base, never the number, to stay within 31 characters.
 * Adding a sheet never overwrites one.
 *
 * @example
 * freeSheetName("Отчёт 2025", ["отчёт 2025"]) //=> "Отчёт 2025 (2)"
 */
export function freeSheetName(base: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((name) => name.toLocaleLowerCase()));
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? "" : ` (${n})`;
    const name = base.slice(0, SHEET_NAME_MAX - suffix.length).trimEnd() + suffix;
    if (!taken.has(name.toLocaleLowerCase())) return name;
  }
}

/**
 * Table names are unique in a workbook, and sheet names are too: name the tables after the sheet
 * (`Отчёт 2024 (2)` → `Отчёт_2024_2_Venue`), so reports in any language never collide.
 */
export function tablePrefix(sheetName: string): string {
  return sheetName.replace(/[^\p{L}\p{N}]+/gu, "_").replace(/^_+|_+$/gu, "");
}

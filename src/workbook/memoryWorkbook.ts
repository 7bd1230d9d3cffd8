import type { SheetLayout } from "./layout";
import type { CellValue, WorkbookData, WorkbookPort } from "./port";

/**
 * The in-memory workbook: the port's adapter for tests and the browser preview. Sheets are given as
 * rows of values from A1; added sheets are kept as their layouts.
 */
export function memoryWorkbook(
  sheets: Record<string, readonly (readonly CellValue[])[]>,
  dateSystem: 1900 | 1904 = 1900,
): WorkbookPort & { readonly added: SheetLayout[] } {
  const added: SheetLayout[] = [];
  return {
    added,
    async read(): Promise<WorkbookData> {
      return {
        dateSystem,
        sheets: [
          ...Object.entries(sheets).map(([name, rows]) => ({ name, rows })),
          ...added.map((layout) => ({ name: layout.name, rows: [] })),
        ],
      };
    },
    async addSheet(layout) {
      added.push(layout);
    },
  };
}

/**
 * Reports this program wrote are not staff data. Kept apart from the report engine so that the
 * task pane's first screen (the checks) can skip them without loading the whole engine.
 */
import type { SheetGrid, WorkbookData } from "../workbook/port";
import { REPORT_STRINGS } from "./strings";

const REPORT_TITLES = Object.values(REPORT_STRINGS.title);

/** A report sheet this program wrote: its first text is the report's title, in any language. */
export function isReportSheet(grid: SheetGrid): boolean {
  for (const row of grid.rows.slice(0, 3)) {
    const first = row.find((value) => typeof value === "string" && value.trim() !== "");
    if (typeof first === "string") return REPORT_TITLES.some((title) => first.startsWith(title));
  }
  return false;
}

/** The workbook without the reports built earlier: they are not staff data, and must not count twice. */
export function withoutReports(data: WorkbookData): WorkbookData {
  return { ...data, sheets: data.sheets.filter((grid) => !isReportSheet(grid)) };
}

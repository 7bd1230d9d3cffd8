/**
 * Sheets that are not staff data: the reports this program wrote, and the attestation list with the
 * timetable and forms made from it. Kept apart from the report engine so that the task pane's first
 * screen (the checks) can skip them without loading the whole engine.
 */
import { isAttestationOutput } from "../attestation/outputSheets";
import { isAttestationList } from "../attestation/readAttestation";
import { firstText } from "../reader/cells";
import type { SheetGrid, WorkbookData } from "../workbook/port";
import { REPORT_STRINGS } from "./strings";

const REPORT_TITLES = Object.values(REPORT_STRINGS.title);

/** A report sheet this program wrote: its first text is the report's title, in any language. */
export function isReportSheet(grid: SheetGrid): boolean {
  const first = firstText(grid);
  return first !== null && REPORT_TITLES.some((title) => first.startsWith(title));
}

/**
 * The workbook without the sheets that are not staff data: reports built earlier (they must not
 * count twice), and attestation lists, timetables and forms (their full-name and position columns
 * would otherwise read as a register of employees without categories).
 */
export function withoutReports(data: WorkbookData): WorkbookData {
  const staffData = (grid: SheetGrid) =>
    !isReportSheet(grid) && !isAttestationOutput(firstText(grid)) && !isAttestationList(grid);
  return { ...data, sheets: data.sheets.filter(staffData) };
}

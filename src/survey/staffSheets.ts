/**
 * What each sheet of a workbook is before any job reads it: staff data, an attestation list, or
 * output this program wrote (reports, the timetable and forms). Above both the staff reader and the
 * attestation reader, below the jobs; kept apart from the report engine so that the task pane's
 * first screen (the checks) can skip output without loading the whole engine.
 */
import { isAttestationList } from "../attestation/readAttestation";
import { firstText } from "../reader/cells";
import { programOutput } from "../workbook/outputTitles";
import type { SheetGrid, WorkbookData } from "../workbook/port";

/** A report sheet this program wrote: its first text is the report's title, in any language. */
export function isReportSheet(grid: SheetGrid): boolean {
  return programOutput(firstText(grid)) === "report";
}

/**
 * The workbook without the sheets that are not staff data: reports built earlier (they must not
 * count twice), and attestation lists, timetables and forms (their full-name and position columns
 * would otherwise read as a register of employees without categories).
 */
export function onlyStaffSheets(data: WorkbookData): WorkbookData {
  const staffData = (grid: SheetGrid) => programOutput(firstText(grid)) === null && !isAttestationList(grid);
  return { ...data, sheets: data.sheets.filter(staffData) };
}

/** The names of the sheets that read as attestation lists, in workbook order. */
export function attestationListNames(data: WorkbookData): string[] {
  return data.sheets.filter(isAttestationList).map((grid) => grid.name);
}

import type { Lang, Serial } from "../rules";
import type { ColumnOverrides } from "../reader/findHeader";
import { readStaff, type Progress } from "../reader/readStaff";
import type { Problem, StaffData } from "../reader/model";
import type { SheetLayout } from "../workbook/layout";
import type { WorkbookData } from "../workbook/port";
import { attestationListNames, onlyStaffSheets } from "../survey/staffSheets";
import { buildAnnualReport, lastFullYear, type AnnualReport } from "./annualReport";
import { layoutReport, reportSheetName } from "./layoutReport";
import { reportSummary, type ReportSummary } from "./summary";

export interface MadeReport {
  readonly ok: true;
  readonly staff: StaffData;
  readonly report: AnnualReport;
  readonly layout: SheetLayout;
  readonly summary: ReportSummary;
}

export interface NoStaffSheet {
  readonly ok: false;
  /** The sheets looked at, none with a recognisable header. */
  readonly sheets: readonly string[];
  /** What was seen on each (the "no header" problems, naming the first cells), or an ambiguity. */
  readonly problems: readonly Problem[];
  /** Sheets that are attestation lists (not staff data): the Attestation job reads them. */
  readonly attestationLists: readonly string[];
}

export interface MakeReportOptions {
  readonly lang: Lang;
  readonly builtOn: Serial;
  /** Default: the last full year before `builtOn`. */
  readonly year?: number;
  readonly organisation?: string | null;
  readonly progress?: Progress;
  /** The officer's column-mapping corrections, per sheet (task pane). */
  readonly overrides?: ColumnOverrides;
}

/**
 * The whole annual-report job on a workbook's data, the same for every host (Excel ribbon, CLI,
 * Google Sheets): read the staff sheets, build the report for the year, lay it out on a sheet name
 * that is not taken, and summarise it. Fails only when no sheet is a register or a log.
 */
export function makeReport(data: WorkbookData, options: MakeReportOptions): MadeReport | NoStaffSheet {
  const staff = readStaff(onlyStaffSheets(data), options.progress, options.overrides);
  if (!staff.sheets.some((sheet) => sheet.kind !== "other"))
    return {
      ok: false,
      sheets: data.sheets.map((s) => s.name),
      problems: staff.problems,
      attestationLists: attestationListNames(data),
    };
  const year = options.year ?? lastFullYear(options.builtOn);
  const report = buildAnnualReport(staff, {
    year,
    builtOn: options.builtOn,
    organisation: options.organisation ?? null,
  });
  const name = reportSheetName(
    year,
    options.lang,
    data.sheets.map((sheet) => sheet.name),
  );
  return {
    ok: true,
    staff,
    report,
    layout: layoutReport(report, options.lang, name),
    summary: reportSummary(report, options.lang, staff),
  };
}

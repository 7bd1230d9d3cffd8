/** `kadr report`: the annual report (Rules §30) added to a copy of the workbook — the ribbon button's job. */
import { addLayoutSheet, saveWorkbook } from "../adapters/exceljs/writeXlsx";
import { countText, lastFullYear, makeReport, type MakeReportOptions } from "../report";
import { DUE_SOON_DAYS, formatSerial, REPORT_DEADLINE } from "../rules";
import {
  defaultOut,
  language,
  mapping,
  noStaffSheet,
  open,
  progressReporter,
  today,
  UsageError,
  type Io,
} from "./shared";

/**
 * Reads the workbook, builds the report and adds its sheet to the exceljs workbook. Returns only
 * what saving and the summary need, so that the sheet grids, staff data and report model can be
 * collected before the copy is written (a 100,000-employee workbook is gigabytes in memory).
 */
async function prepare(io: Io, path: string, options: MakeReportOptions) {
  const read = await open(io, path);
  if (!read) return 1;
  // The same job as the ribbon button: makeReport.
  const made = makeReport(read.data, options);
  if (!made.ok) return noStaffSheet(io, path, read.data, made.problems) ?? 1;
  addLayoutSheet(read.workbook, made.layout);
  return {
    workbook: read.workbook,
    lacks: read.lacks,
    sheet: { ...made.layout, cells: [], tables: [], merges: [] },
    summary: made.summary,
    deadline: made.report.deadline,
  };
}

export async function report(io: Io, path: string, values: Record<string, unknown>): Promise<number> {
  const lang = language(io, values["lang"] as string | undefined);
  const builtOn = today(io, values["today"] as string | undefined);
  const yearText = values["year"] as string | undefined;
  const year = yearText === undefined ? lastFullYear(builtOn) : Number(yearText);
  if (!Number.isInteger(year) || year < 1901 || year > 9998)
    throw new UsageError(`--year: "${yearText}" is not a year`);
  const overrides = mapping(values);
  const prepared = await prepare(io, path, {
    lang,
    builtOn,
    year,
    organisation: (values["org"] as string | undefined) ?? null,
    progress: progressReporter(io),
    ...(overrides ? { overrides } : {}),
  });
  if (typeof prepared === "number") return prepared;
  const { workbook, lacks, sheet, summary, deadline } = prepared;
  const sheetName = sheet.name;
  const out = (values["out"] as string | undefined) ?? defaultOut(path, `report-${year}`);
  const saved = await saveWorkbook(workbook, sheet, out);
  if (!saved.ok) {
    io.err(`kadr: ${saved.message}\n`);
    return saved.reason === "sameAsInput" ? 2 : 1;
  }
  if (lacks.length) {
    io.err(`kadr: note: the copy lacks ${lacks.join(", ")} of the original sheets (the original file is unchanged).\n`);
  }
  if (values["json"]) {
    io.out(`${JSON.stringify(summary)}\n`);
  } else {
    const n = (value: number | null) => countText(value, lang);
    io.out(
      `${sheetName}: ${n(summary.completed.retraining)} retraining and ${n(summary.completed.advancedTraining)} advanced-training courses completed in ${year} ` +
        `(${summary.employees} employees); overdue: ${n(summary.overdue.retraining)} retraining, ${n(summary.overdue.advancedTraining)} advanced training; ` +
        `due within ${DUE_SOON_DAYS} days: ${n(summary.dueSoon)}; hour violations: ${n(summary.hourViolations)}; rows not read: ${summary.problems.length}.\n` +
        `Report deadline (Rules ${REPORT_DEADLINE.paragraph}): ${formatSerial(deadline)}` +
        `${summary.deadlineNote ? ` (${summary.deadlineNote})` : ""}. Written to ${saved.path}\n`,
    );
    for (const entry of summary.notChecked) io.out(`${entry.message}\n`);
  }
  return 0;
}

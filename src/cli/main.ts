/**
 * The `kadr` command line: the same engine as the add-in over .xlsx files (exceljs).
 *
 *   kadr report <workbook.xlsx> [--year YYYY] [--out out.xlsx] [--lang kk|ru|en] [--org TEXT] [--json]
 *   kadr check  <workbook.xlsx> [--as-of YYYY-MM-DD] [--lang kk|ru|en] [--json]
 *   kadr attestation <workbook.xlsx> [--out out.xlsx] [--lang kk|ru|en] [--days-off LIST] [--work-days LIST] [--json]
 *   kadr columns <workbook.xlsx> [--json]
 *   kadr fn <NAME> [--args JSON] [--lang kk|ru|en]
 *
 * Every command that reads a workbook takes the officer's column mapping: --map FIELD=HEADER
 * (repeatable) and --mapping FILE.json.
 *
 * Exit codes: 0 done; 1 the workbook cannot be read at all (the message says why); 2 bad usage.
 * The input file is never modified: the report goes into a copy.
 */
import { existsSync } from "node:fs";
import { basename, dirname, extname, join } from "node:path";
import { parseArgs } from "node:util";
import { readWorkbookFile } from "../adapters/exceljs/readXlsx";
import { addLayoutSheet, saveWorkbook } from "../adapters/exceljs/writeXlsx";
import { checkStaff, flagReason, type EmployeeCheck, type StaffCheck } from "../checks/checkStaff";
import { problemMessage, type Problem } from "../reader/model";
import { readStaff } from "../reader/readStaff";
import { attestationSummary, makeAttestation } from "../attestation/makeAttestation";
import { readAttestation } from "../attestation/readAttestation";
import * as FUNCTIONS from "../functions/catalogue";
import { useFunctionHost } from "../functions/host";
import { countText, isoDate, lastFullYear, makeReport, type MakeReportOptions } from "../report";
import { onlyStaffSheets } from "../survey";
import { notCheckedJson } from "../checks/notCheckedText";
import type { ColumnOverrides } from "../reader/findHeader";
import type { WorkbookData } from "../workbook/port";
import { columnsReport, columnsText } from "./columns";
import { MappingError, overridesOf } from "./mapping";
import {
  DUE_SOON_DAYS,
  explainFlag,
  formatSerial,
  label,
  LANGS,
  parseDateText,
  alreadyWorkingDays,
  calendarChanges,
  parseExtraDaysOff,
  parseExtraWorkDays,
  REPORT_DEADLINE,
  dateToSerial,
  type Lang,
  type Serial,
  langOfLocale,
} from "../rules";

export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether stderr is a terminal (progress is redrawn in place). */
  readonly tty: boolean;
}

const USAGE = `usage:
  kadr report <workbook.xlsx> [--year YYYY] [--out out.xlsx] [--lang kk|ru|en] [--org TEXT] [--json]
  kadr check  <workbook.xlsx> [--as-of YYYY-MM-DD] [--lang kk|ru|en] [--json]
  kadr attestation <workbook.xlsx> [--out out.xlsx] [--lang kk|ru|en] [--days-off LIST] [--work-days LIST] [--json]
  kadr columns <workbook.xlsx> [--json]   how each sheet's header was read: field ← header (score)
  kadr fn <NAME> [--args JSON]   one KADR function, e.g. kadr fn RETRAINING_VENUE --args '["С-О-3"]'
options:
  --map FIELD=HEADER   read FIELD from the column headed HEADER (or a column letter; "-" for none);
                       repeatable; SHEET!FIELD=HEADER for one sheet, e.g. --map firstEntry="Впервые"
  --mapping FILE.json  the same for many fields: {"Sheet": {"firstEntry": "F", "category": "Кат."}}
  --days-off LIST      extra non-working days the government moved, e.g. "02.01.2024,08.03.2024"
  --work-days LIST     extra working days: a Saturday or Sunday the government made working, e.g. "05.12.2026"
  --today YYYY-MM-DD   the day to act as "today" (default: the real date, or $KADR_TODAY)`;

class UsageError extends Error {}

function today(io: Io, option: string | undefined): Serial {
  const text = option ?? io.env["KADR_TODAY"];
  if (text) {
    const read = parseDateText(text);
    if (!read.ok) throw new UsageError(`--today: "${text}" is not a date (YYYY-MM-DD)`);
    return read.value;
  }
  return dateToSerial(new Date());
}

function language(io: Io, option: string | undefined): Lang {
  if (option !== undefined) {
    if (!(LANGS as readonly string[]).includes(option)) throw new UsageError(`--lang: "${option}" is not kk, ru or en`);
    return option as Lang;
  }
  return langOfLocale(io.env["LANG"] ?? "");
}

/** `<name>.<suffix>.xlsx` beside the input (suffix `report-YYYY`); ` (2)`… when that file exists already. */
function defaultOut(input: string, suffix: string): string {
  const stem = join(dirname(input), `${basename(input, extname(input))}.${suffix}`);
  for (let n = 1; ; n++) {
    const path = n === 1 ? `${stem}.xlsx` : `${stem} (${n}).xlsx`;
    if (!existsSync(path)) return path;
  }
}

/** A progress line on stderr for big workbooks, redrawn in place on a terminal. */
function progressReporter(io: Io) {
  let last = -1;
  return (done: number, total: number) => {
    if (total < 5000) return;
    const percent = Math.floor((done / total) * 100);
    if (percent === last || (percent % 10 !== 0 && !io.tty)) return;
    last = percent;
    const text = `reading rows: ${done.toLocaleString("en")} / ${total.toLocaleString("en")} (${percent}%)`;
    io.err(io.tty ? `\r${text}${done >= total ? "\n" : ""}` : `${text}\n`);
  };
}

/**
 * Whether retraining is required could not be told (a first-entry or first-leadership column is
 * missing): neither "required" nor "not required". A servant known to need it whose deadline could
 * not be checked is still required.
 */
const requiredUnknown = (check: EmployeeCheck) =>
  !check.retraining.required && check.retraining.status === "notChecked";

/**
 * The advanced-training deadline was not checked: the register's sheet has no record of advanced
 * training (no column, no log). A political servant has no deadline at all (§20, §24 do not apply).
 */
function advancedNotChecked(check: EmployeeCheck, checks: StaffCheck): boolean {
  const { employee } = check;
  return employee.corps !== "political" && !!checks.coverage.skipped.get(employee.source.sheet)?.has("advancedDue");
}

function checkJson(check: EmployeeCheck, checks: StaffCheck, lang: Lang) {
  const { employee, retraining, advanced } = check;
  const date = (serial: Serial | null) => (serial === null ? null : isoDate(serial));
  return {
    name: employee.name,
    sheet: employee.source.sheet,
    row: employee.source.row + 1,
    corps: employee.corps,
    category: employee.category?.code ?? null,
    retraining: {
      required: requiredUnknown(check) ? null : retraining.required,
      paragraph: retraining.requiredBy,
      deadline: date(retraining.deadline),
      status: retraining.status,
      sent: date(retraining.sent),
      venue: retraining.venue ? label(retraining.venue.venue, lang) : null,
    },
    advancedTraining: {
      last: date(advanced.last),
      due: date(advanced.due?.due ?? null),
      paragraph: advanced.due?.paragraph ?? null,
      status: advancedNotChecked(check, checks) ? ("notChecked" as const) : advanced.status,
    },
    flags: check.flags.map((flag) => ({
      code: flag.flag.code,
      course: flag.course
        ? {
            type: flag.course.type,
            venue: flag.course.venue,
            start: date(flag.course.start),
            end: date(flag.course.end),
          }
        : null,
      reason: flagReason(flag, lang),
    })),
    hourViolations: check.hourViolations.map((v) => ({
      type: v.course.type,
      end: date(v.course.end),
      hours: v.course.hours,
      paragraph: v.paragraph,
      rule: v.rule,
    })),
  };
}

/** A path as the officer would type it again: quoted when the shell would split or expand it. */
const shellPath = (path: string) => (/^[\w./:\\@+,=-]+$/.test(path) ? path : `"${path}"`);

/**
 * The message when no sheet is a register or a log: the workbook cannot be read at all. Names every
 * sheet of the workbook (also the ones set aside before reading staff data: reports, attestation
 * lists), and an attestation list as such, with the command that reads it.
 */
function noStaffSheet(io: Io, path: string, data: WorkbookData, problems: readonly Problem[]): null {
  const quoted = (names: readonly string[]) => names.map((name) => `"${name}"`).join(", ");
  const names = data.sheets.length ? quoted(data.sheets.map((grid) => grid.name)) : "the workbook has no sheets";
  const lists = readAttestation(data).sheets.map((sheet) => sheet.name);
  const lead = lists.length
    ? `no sheet is a staff register or a training log (looked at ${names}). ` +
      `${quoted(lists)} ${lists.length === 1 ? "is an attestation list" : "are attestation lists"}: ` +
      `for the attestation timetable and forms run \`kadr attestation ${shellPath(path)}\`. `
    : `no sheet has a recognisable header row (looked at ${names}). `;
  // What each sheet showed in its first row, so the officer sees which header was not read.
  const seen = problems.map((p) => `  ${problemMessage(p, "en")}\n`).join("");
  io.err(
    `kadr: cannot read ${path}: ${lead}` +
      `A staff register needs a full-name column and a category, appointment date, corps or position column; ` +
      `a training log needs full name, training type and a start or end date. See \`kadr columns\`; ` +
      `--map FIELD=HEADER names a column the program did not recognise.\n${seen}`,
  );
  return null;
}

async function open(io: Io, path: string) {
  const read = await readWorkbookFile(path);
  if (!read.ok) {
    io.err(`kadr: cannot read ${path}: ${read.message}\n`);
    return null;
  }
  return read;
}

async function load(io: Io, path: string, overrides: ColumnOverrides | undefined) {
  const read = await open(io, path);
  if (!read) return null;
  // Reports built earlier in the workbook are not staff data.
  const staff = readStaff(onlyStaffSheets(read.data), progressReporter(io), overrides);
  if (!staff.sheets.some((s) => s.kind !== "other")) return noStaffSheet(io, path, read.data, staff.problems);
  return { read, staff };
}

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

async function report(io: Io, path: string, values: Record<string, unknown>): Promise<number> {
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

async function check(io: Io, path: string, values: Record<string, unknown>): Promise<number> {
  const lang = language(io, values["lang"] as string | undefined);
  const asOfText = values["as-of"] as string | undefined;
  let asOf = today(io, values["today"] as string | undefined);
  if (asOfText !== undefined) {
    const read = parseDateText(asOfText);
    if (!read.ok) throw new UsageError(`--as-of: "${asOfText}" is not a date (YYYY-MM-DD)`);
    asOf = read.value;
  }
  const loaded = await load(io, path, mapping(values));
  if (!loaded) return 1;
  const checks = checkStaff(loaded.staff, asOf);
  const problems = checks.problems.map((p) => ({ sheet: p.sheet, cell: p.cell, message: problemMessage(p, lang) }));
  const notChecked = notCheckedJson(checks.coverage.notChecked, lang);
  const unusedHeaders = loaded.staff.columns.flatMap((sheet) =>
    sheet.unused.map((u) => ({ sheet: sheet.sheet, cell: u.cell, header: u.header })),
  );
  if (values["json"]) {
    // Hour violations of every course, also of log rows whose name is not in a register.
    const hourViolations = checks.hourViolations.map((v) => ({
      name: v.course.name,
      sheet: v.course.source.sheet,
      row: v.course.source.row + 1,
      type: v.course.type,
      end: isoDate(v.course.end),
      reason: explainFlag(
        { code: v.course.type === "retraining" ? "retrainingHours" : "advancedHours", hours: v.course.hours ?? 0 },
        lang,
      ),
    }));
    const employees = checks.employees.map((c) => checkJson(c, checks, lang));
    io.out(
      `${JSON.stringify({ asOf: isoDate(asOf), employees, hourViolations, problems, notChecked, unusedHeaders })}\n`,
    );
    return 0;
  }
  io.out(`As of ${formatSerial(asOf)}: ${checks.employees.length} employees\n`);
  for (const c of checks.employees) {
    const r = c.retraining;
    const a = c.advanced;
    const retrainingText = requiredUnknown(c)
      ? "retraining: not checked"
      : r.status === "notChecked"
        ? `retraining ${r.requiredBy}: not checked`
        : r.required
          ? `retraining ${r.requiredBy}: ${r.status}${r.deadline !== null ? ` (by ${formatSerial(r.deadline)}, ${r.deadlineBy})` : ""}${r.venue ? `, ${label(r.venue.venue, lang)}` : ""}`
          : "retraining not required";
    const advancedText = a.due
      ? `advanced training ${a.due.paragraph}: ${a.status} (by ${formatSerial(a.due.due)})`
      : advancedNotChecked(c, checks)
        ? "advanced training: not checked"
        : "advanced training: no deadline";
    io.out(`${c.employee.name}: ${retrainingText}; ${advancedText}\n`);
    for (const flag of c.flags) io.out(`  ! ${flagReason(flag, lang).text}\n`);
  }
  for (const p of problems) io.out(`problem: ${p.message}\n`);
  for (const entry of notChecked) io.out(`${entry.message}\n`);
  return 0;
}

/**
 * The days the government moved that the officer gives: --days-off (made non-working) and
 * --work-days (a Saturday or Sunday made working), as one set for the working-day counts. A word
 * that is not a date, or a day in both lists, is a usage error naming it; a work day that is
 * already a working day is a note on stderr (it changes nothing).
 */
function movedDays(io: Io, values: Record<string, unknown>) {
  const read = (option: "days-off" | "work-days") => {
    const list = (option === "days-off" ? parseExtraDaysOff : parseExtraWorkDays)(
      (values[option] as string | undefined) ?? "",
    );
    if (list.problems.length > 0) {
      throw new UsageError(
        `--${option}: ${list.problems.map((p) => `"${p.text}"`).join(", ")} not a date (dd.mm.yyyy)`,
      );
    }
    return list.days;
  };
  const daysOff = read("days-off");
  const workDays = read("work-days");
  const changes = calendarChanges(daysOff, workDays);
  if (!changes.ok) {
    throw new UsageError(
      `${changes.both.map(formatSerial).join(", ")} in both --days-off and --work-days: a day is either off or working`,
    );
  }
  const already = alreadyWorkingDays(workDays);
  if (already.length > 0) {
    const days = already.map(formatSerial).join(", ");
    const are = already.length === 1 ? "is already a working day" : "are already working days";
    io.err(`kadr: note: --work-days ${days} ${are}: nothing changes (a day made non-working goes in --days-off)\n`);
  }
  return changes.value;
}

/**
 * `kadr attestation`: the timetable and the Appendix 2 and 3 forms of the attestation list, added
 * to a copy of the workbook (the same job as the task pane's Attestation section).
 */
async function attestation(io: Io, path: string, values: Record<string, unknown>): Promise<number> {
  const lang = language(io, values["lang"] as string | undefined);
  const builtOn = today(io, values["today"] as string | undefined);
  const moved = movedDays(io, values);
  const read = await open(io, path);
  if (!read) return 1;
  const overrides = mapping(values);
  const made = makeAttestation(read.data, {
    lang,
    builtOn,
    extraDaysOff: moved,
    ...(overrides ? { overrides } : {}),
  });
  if (!made.ok) {
    const names = made.sheets.map((name) => `"${name}"`).join(", ");
    io.err(
      `kadr: cannot read ${path}: no sheet is a list of officers for attestation (looked at ${names}). ` +
        `It needs a full-name column and a meeting date or attestation start column.\n`,
    );
    return 1;
  }
  for (const layout of made.layouts) addLayoutSheet(read.workbook, layout);
  const out = (values["out"] as string | undefined) ?? defaultOut(path, "attestation");
  const saved = await saveWorkbook(read.workbook, null, out);
  if (!saved.ok) {
    io.err(`kadr: ${saved.message}\n`);
    return saved.reason === "sameAsInput" ? 2 : 1;
  }
  if (read.lacks.length) {
    io.err(
      `kadr: note: the copy lacks ${read.lacks.join(", ")} of the original sheets (the original file is unchanged).\n`,
    );
  }
  const summary = attestationSummary(made, lang);
  if (values["json"]) {
    io.out(`${JSON.stringify(summary)}\n`);
    return 0;
  }
  const c = summary.counts;
  const n = (value: number | null) => countText(value, lang);
  io.out(
    `${summary.sheets.join(", ")}: ${c.officers} officers, ${c.decided} decided; exempt ${n(c.exempt)}, attested after returning ${n(c.afterReturn)}, ` +
      `dismissal recommended ${n(c.dismissalRecommended)}, decisions not allowed ${n(c.decisionNotAllowed)}, meetings outside the period ${c.outsidePeriod}, ` +
      `decisions with a stage missing ${n(c.stageMissing)}, officers late on a step ${n(c.late)}, subject to dismissal ${n(c.subjectToDismissal)}; ` +
      `cells not read: ${summary.problems.length}.\n`,
  );
  for (const entry of summary.notChecked) io.out(`${entry.message}\n`);
  for (const officer of summary.officers)
    for (const flag of officer.flags) io.out(`  ! ${officer.fullName}: ${flag.text}\n`);
  for (const problem of summary.problems) io.out(`problem: ${problem}\n`);
  io.out(`Sheets added: ${summary.sheetsAdded.join(", ")}. Written to ${saved.path}\n`);
  return 0;
}

/**
 * `kadr fn`: one KADR function on arguments given as JSON, as Excel passes them (dates as serial
 * numbers, ranges as 2-D arrays, null for blank) — the same catalogue the Excel and Sheets functions
 * run. Prints the result as JSON; bad input prints the message Excel would show and exits 1.
 */
function fn(io: Io, name: string, values: Record<string, unknown>): number {
  const catalogue = FUNCTIONS as unknown as Record<string, ((...args: unknown[]) => unknown) | undefined>;
  const body = catalogue[name];
  if (typeof body !== "function") throw new UsageError(`unknown function "${name}"`);
  let args: unknown;
  try {
    args = JSON.parse((values["args"] as string | undefined) ?? "[]");
  } catch {
    throw new UsageError(`--args: not JSON: ${String(values["args"])}`);
  }
  if (!Array.isArray(args)) throw new UsageError("--args: a JSON array of the arguments, e.g. '[\"С-О-3\", null]'");
  const lang = language(io, values["lang"] as string | undefined);
  useFunctionHost({ language: () => lang, invalidValue: (message) => new FunctionInputError(message) });
  try {
    io.out(`${JSON.stringify(body(...args))}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof FunctionInputError)) throw error;
    io.err(`#VALUE! ${error.message}\n`);
    return 1;
  }
}

/** Bad input to `kadr fn`: Excel's #VALUE! with its message. */
class FunctionInputError extends Error {}

/** The officer's column mapping from --map and --mapping; a bad one is a usage error. */
function mapping(values: Record<string, unknown>): ColumnOverrides | undefined {
  try {
    return overridesOf(values["map"] as string[] | undefined, values["mapping"] as string | undefined);
  } catch (error) {
    if (error instanceof MappingError) throw new UsageError(error.message);
    throw error;
  }
}

/** `kadr columns`: how each sheet's header was read, and what it lacks. */
async function columns(io: Io, path: string, values: Record<string, unknown>): Promise<number> {
  const lang = language(io, values["lang"] as string | undefined);
  const overrides = mapping(values);
  const read = await open(io, path);
  if (!read) return 1;
  const report = columnsReport(read.data, overrides, lang);
  io.out(values["json"] ? `${JSON.stringify(report)}\n` : columnsText(report, lang));
  return 0;
}

/** Runs the command line; returns the exit code. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        year: { type: "string" },
        out: { type: "string" },
        lang: { type: "string" },
        org: { type: "string" },
        json: { type: "boolean" },
        "as-of": { type: "string" },
        today: { type: "string" },
        "days-off": { type: "string" },
        "work-days": { type: "string" },
        args: { type: "string" },
        map: { type: "string", multiple: true },
        mapping: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
    if (values.help) {
      io.out(`${USAGE}\n`);
      return 0;
    }
    const [command, path, ...extra] = positionals;
    if (!path || extra.length)
      throw new UsageError(path ? `unexpected arguments: ${extra.join(" ")}` : "which workbook?");
    if (command === "report") return await report(io, path, values);
    if (command === "check") return await check(io, path, values);
    if (command === "attestation") return await attestation(io, path, values);
    if (command === "columns") return await columns(io, path, values);
    if (command === "fn") return fn(io, path, values);
    throw new UsageError(`unknown command "${command ?? ""}"`);
  } catch (error) {
    if (
      error instanceof UsageError ||
      (error instanceof TypeError && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS"))
    ) {
      io.err(`kadr: ${error.message}\n${USAGE}\n`);
      return 2;
    }
    throw error;
  }
}

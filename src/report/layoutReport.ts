import { explainFlag, formatSerial, label, reportDeadlineNote, type Flag, type Lang } from "../rules";
import { flagReason, type EmployeeCheck } from "../checks/checkStaff";
import { problemMessage } from "../reader/model";
import { notCheckedMessage } from "../checks/notCheckedText";
import { freeSheetName, tablePrefix } from "../workbook/sheetNames";
import type { CellFormat, LayoutCell, LayoutChart, LayoutMerge, LayoutTable, SheetLayout } from "../workbook/layout";
import type { AnnualReport, ByType, ReportCourse } from "./annualReport";
import { reportText, type ReportText } from "./strings";

type Row = (string | number | boolean | null)[];

/**
 * `Report 2024` / `Отчёт 2024` / `Есеп 2024`, or with ` (2)`, ` (3)`… when that name is taken:
 * an existing sheet is never overwritten. Excel compares sheet names without case.
 */
export function reportSheetName(year: number, lang: Lang, existing: readonly string[]): string {
  return freeSheetName(`${reportText("sheetName", lang)} ${year}`, existing);
}

function venueText(venue: ReportCourse["venue"], lang: Lang): string {
  if (venue === null) return reportText("notStated", lang);
  return "text" in venue ? venue.text : label(venue.rule, lang);
}

function corpsText(corps: string | null, lang: Lang): string {
  if (corps === "A") return reportText("corpsA", lang);
  if (corps === "B") return reportText("corpsB", lang);
  if (corps === "political") return reportText("political", lang);
  return reportText("notStated", lang);
}

/** The explanation of an employee's flag of this kind (the same text as `kadr check` prints). */
function reasonText(check: EmployeeCheck, code: Flag["code"], lang: Lang): string | null {
  const flag = check.flags.find((f) => f.flag.code === code);
  return flag ? flagReason(flag, lang).text : null;
}

/**
 * Totals rows by their shown name: a log's venue "Академия" and the §13 venue of a register row,
 * also shown "Академия", are one row — as in the JSON summary.
 */
function byLabel(rows: readonly (readonly [string, ByType])[]): Row[] {
  const merged = new Map<string, ByType>();
  for (const [name, totals] of rows) {
    const seen = merged.get(name);
    merged.set(
      name,
      seen
        ? {
            retraining: {
              count: seen.retraining.count + totals.retraining.count,
              hours: seen.retraining.hours + totals.retraining.hours,
            },
            advancedTraining: {
              count: seen.advancedTraining.count + totals.advancedTraining.count,
              hours: seen.advancedTraining.hours + totals.advancedTraining.hours,
            },
          }
        : totals,
    );
  }
  return [...merged].map(([name, totals]) => totalsRow(name, totals));
}

function totalsRow(key: string, totals: ByType): Row {
  return [
    key,
    totals.retraining.count,
    totals.retraining.hours,
    totals.advancedTraining.count,
    totals.advancedTraining.hours,
  ];
}

/** Builds the sheet top to bottom; keeps every cell, table and merge in one place. */
class Sheet {
  readonly cells: LayoutCell[] = [];
  readonly tables: LayoutTable[] = [];
  readonly merges: LayoutMerge[] = [];
  row = 0;

  constructor(
    readonly lang: Lang,
    readonly prefix: string,
    readonly width: number,
  ) {}

  t(key: ReportText): string {
    return reportText(key, this.lang);
  }

  line(value: string | number | null, style?: LayoutCell["style"], format?: CellFormat): void {
    this.cells.push({ row: this.row, col: 0, value, ...(style && { style }), ...(format && { format }) });
    this.merges.push({ row: this.row, col: 0, toRow: this.row, toCol: this.width - 1 });
    this.row++;
  }

  field(key: ReportText, value: string | number | null, format?: CellFormat): void {
    this.cells.push({ row: this.row, col: 0, value: this.t(key), style: "label" });
    this.cells.push({ row: this.row, col: 1, value, ...(format && { format }) });
    this.row++;
  }

  /** In place of a list whose check was not run: it would be incomplete, so it is not shown as one. */
  notChecked(): void {
    this.cells.push({ row: this.row, col: 0, value: this.t("notCheckedHere"), style: "note" });
    this.row += 2;
  }

  table(name: string, headers: ReportText[], formats: CellFormat[], rows: Row[], totals?: LayoutTable["totals"]): void {
    if (rows.length === 0) {
      this.cells.push({ row: this.row, col: 0, value: this.t("none"), style: "note" });
      this.row += 2;
      return;
    }
    this.tables.push({
      name: `${this.prefix}_${name}`,
      row: this.row,
      col: 0,
      headers: headers.map((h) => this.t(h)),
      formats,
      rows,
      ...(totals && { totals }),
    });
    this.row += 1 + rows.length + (totals ? 1 : 0) + 1;
  }
}

const TOTAL_FORMATS: CellFormat[] = ["text", "integer", "decimal", "integer", "decimal"];
const TOTAL_HEADERS: ReportText[] = ["retrainingCount", "retrainingHours", "advancedCount", "advancedHours"];
const SUMS = { sumColumns: [1, 2, 3, 4] } as const;

/** Widest a column gets, in characters: longer text wraps or is cut at print. */
const MAX_WIDTH = 34;
/** Headers wrap onto two or three lines, so they ask for less width than their length. */
const HEADER_WIDTH = 14;

/** Column widths in characters that fit the longest value of each column (within limits). */
function fitWidths(
  cells: readonly LayoutCell[],
  tables: readonly LayoutTable[],
  merges: readonly LayoutMerge[],
  count: number,
): number[] {
  const widths = Array.from({ length: count }, () => 8);
  const widen = (col: number, value: unknown, format?: CellFormat) => {
    const length = format === "date" ? 10 : String(value ?? "").length;
    widths[col] = Math.min(MAX_WIDTH, Math.max(widths[col] ?? 8, length + 2));
  };
  const merged = new Set(merges.map((m) => `${m.row}:${m.col}`));
  for (const cell of cells) if (!merged.has(`${cell.row}:${cell.col}`)) widen(cell.col, cell.value, cell.format);
  for (const table of tables) {
    table.headers.forEach((header, col) => widen(table.col + col, header.slice(0, HEADER_WIDTH)));
    for (const row of table.rows) row.forEach((value, col) => widen(table.col + col, value, table.formats[col]));
  }
  return widths;
}

/** Rules §30's heading: title, organisation, year, deadline (with its weekday when a day off). */
function heading(sheet: Sheet, report: AnnualReport): void {
  sheet.line(`${sheet.t("title")} — ${report.year}`, "title");
  sheet.line(sheet.t("subtitle"), "subtitle");
  sheet.field("organisation", report.organisation ?? sheet.t("notStated"));
  sheet.field("year", report.year, "integer");
  sheet.field("deadline", report.deadline, "date");
  // Rules §30 names the date: on a day off it stands, and the line says which day of the week it is.
  const dayOff = reportDeadlineNote(report.deadline, sheet.lang);
  if (dayOff) {
    sheet.cells.push({ row: sheet.row - 1, col: 2, value: `(${dayOff})`, style: "note" });
    sheet.merges.push({ row: sheet.row - 1, col: 2, toRow: sheet.row - 1, toCol: sheet.width - 1 });
  }
  sheet.field("builtOn", report.builtOn, "date");
  sheet.field("employees", report.employees, "integer");
  sheet.row++;
  // Never a silent wrong answer: what the registers' columns did not let be checked comes first.
  if (report.notChecked.length) {
    sheet.line(sheet.t("notCheckedHeading"), "sectionHeading");
    for (const entry of report.notChecked) sheet.line(notCheckedMessage(entry, sheet.lang), "note");
    sheet.row++;
  }
}

/** Totals by venue, corps and category group, with the chart of completions by month beside them. */
function totals(sheet: Sheet, report: AnnualReport): LayoutChart {
  const { lang } = sheet;
  const t = (key: ReportText) => sheet.t(key);
  sheet.line(t("totalsHeading"), "sectionHeading");
  if (report.unchecked.has("completedRetraining") || report.unchecked.has("completedAdvanced"))
    sheet.line(t("notCheckedPart"), "note");
  const chartRow = sheet.row;
  const total = { label: t("total"), ...SUMS };
  const venues = byLabel(report.byVenue.map((v) => [venueText(v.venue, lang), v.totals] as const));
  sheet.table("Venue", ["byVenue", ...TOTAL_HEADERS], TOTAL_FORMATS, venues, total);
  const corps = report.byCorps.map((c) => totalsRow(corpsText(c.corps, lang), c.totals));
  sheet.table("Corps", ["byCorps", ...TOTAL_HEADERS], TOTAL_FORMATS, corps, total);
  const groups = report.byGroup.map((g) => totalsRow(g.group ?? t("notStated"), g.totals));
  sheet.table("Group", ["byGroup", ...TOTAL_HEADERS], TOTAL_FORMATS, groups, total);
  const chart: LayoutChart = {
    title: t("chartTitle"),
    categories: t("months").split(" "),
    series: [
      { name: t("retraining"), values: report.byMonth.map((m) => m.retraining.count) },
      { name: t("advancedTraining"), values: report.byMonth.map((m) => m.advancedTraining.count) },
    ],
    row: chartRow,
    col: 6,
    widthCols: 4,
    heightRows: 16,
  };
  sheet.row = Math.max(sheet.row, chartRow + chart.heightRows + 1);
  return chart;
}

/** Every course completed in the year, one row each, with the hours summed. */
function courses(sheet: Sheet, report: AnnualReport): void {
  const { lang } = sheet;
  sheet.line(`${sheet.t("coursesHeading")} ${report.year}`, "sectionHeading");
  sheet.table(
    "Courses",
    ["fullName", "position", "byCorps", "category", "type", "venue", "start", "end", "hours", "document"],
    ["text", "text", "text", "text", "text", "text", "date", "date", "decimal", "text"],
    report.courses.map(({ course, employee, venue }) => [
      course.name,
      employee?.position ?? null,
      employee ? corpsText(employee.corps, lang) : null,
      employee?.category?.code ?? null,
      sheet.t(course.type),
      venueText(venue, lang),
      course.start,
      course.end,
      course.hours,
      course.document,
    ]),
    { label: sheet.t("total"), sumColumns: [8] },
  );
}

/** One compliance list under its label, or a note in its place when its check was not run. */
function complianceList(
  sheet: Sheet,
  report: AnnualReport,
  check: "overdueRetraining" | "overdueAdvanced" | "dueSoon" | "hourViolations",
  list: () => void,
): void {
  sheet.line(sheet.t(check), "label");
  if (report.unchecked.has(check)) sheet.notChecked();
  else list();
}

/** Who is overdue (Rules §5–§7 retraining, §20/§24 advanced training) as of 31 December. */
function overdue(sheet: Sheet, report: AnnualReport): void {
  const { lang } = sheet;
  const { compliance } = report;
  complianceList(sheet, report, "overdueRetraining", () =>
    sheet.table(
      "OverdueRetraining",
      ["fullName", "position", "category", "appointment", "due", "reason"],
      ["text", "text", "text", "date", "date", "text"],
      compliance.overdueRetraining.map((check) => [
        check.employee.name,
        check.employee.position,
        check.employee.category?.code ?? null,
        check.employee.appointment,
        check.retraining.deadline,
        reasonText(check, "retrainingOverdue", lang),
      ]),
    ),
  );
  complianceList(sheet, report, "overdueAdvanced", () =>
    sheet.table(
      "OverdueAdvanced",
      ["fullName", "position", "lastTraining", "due", "reason"],
      ["text", "text", "date", "date", "text"],
      compliance.overdueAdvanced.map((check) => [
        check.employee.name,
        check.employee.position,
        check.advanced.last,
        check.advanced.due?.due ?? null,
        reasonText(check, "advancedOverdue", lang),
      ]),
    ),
  );
}

/** Who is due soon, and the courses whose hours break Rules §16 or §25. */
function dueSoonAndHours(sheet: Sheet, report: AnnualReport): void {
  const { lang } = sheet;
  const { compliance } = report;
  complianceList(sheet, report, "dueSoon", () =>
    sheet.table(
      "DueSoon",
      ["fullName", "position", "what", "due", "reason"],
      ["text", "text", "text", "date", "text"],
      compliance.dueSoon.map(({ check, type, deadline }) => [
        check.employee.name,
        check.employee.position,
        sheet.t(type),
        deadline,
        reasonText(check, type === "retraining" ? "retrainingDueSoon" : "advancedDueSoon", lang),
      ]),
    ),
  );
  complianceList(sheet, report, "hourViolations", () =>
    sheet.table(
      "Hours",
      ["fullName", "type", "end", "hours", "reason"],
      ["text", "text", "date", "decimal", "text"],
      compliance.hourViolations.map(({ course }) => [
        course.name,
        sheet.t(course.type),
        course.end,
        course.hours,
        explainFlag(
          { code: course.type === "retraining" ? "retrainingHours" : "advancedHours", hours: course.hours ?? 0 },
          lang,
        ).text,
      ]),
    ),
  );
}

/** Practice the Rules do not allow, and what could not be read (with its cell). */
function practiceAndProblems(sheet: Sheet, report: AnnualReport): void {
  const { lang } = sheet;
  const { compliance } = report;
  sheet.line(sheet.t("practice"), "label");
  if (report.unchecked.has("practice")) sheet.line(sheet.t("notCheckedPart"), "note");
  sheet.table(
    "Practice",
    ["fullName", "type", "venue", "end", "reason"],
    ["text", "text", "text", "date", "text"],
    compliance.practice.map(({ check, flag }) => [
      check.employee.name,
      flag.course ? sheet.t(flag.course.type) : null,
      flag.course?.venue ?? null,
      flag.course?.end ?? null,
      flagReason(flag, lang).text,
    ]),
  );
  sheet.line(sheet.t("problems"), "label");
  sheet.table(
    "Problems",
    ["sheet", "cell", "fullName", "problem"],
    ["text", "text", "text", "text"],
    compliance.problems.map((p) => [p.sheet, p.cell, p.name, problemMessage(p, lang)]),
  );
}

/**
 * The annual report as an officer prints it: heading, totals by venue, corps and category group
 * (with a chart of completions by month), the list of courses completed in the year, and the
 * compliance picture as of 31 December with names. Dates are serials shown dd.mm.yyyy.
 */
export function layoutReport(report: AnnualReport, lang: Lang, sheetName: string): SheetLayout {
  const sheet = new Sheet(lang, tablePrefix(sheetName), 10);
  heading(sheet, report);
  const chart = totals(sheet, report);
  courses(sheet, report);
  sheet.line(`${sheet.t("complianceHeading")} ${formatSerial(report.asOf)}`, "sectionHeading");
  overdue(sheet, report);
  dueSoonAndHours(sheet, report);
  practiceAndProblems(sheet, report);
  return {
    name: sheetName,
    cells: sheet.cells,
    tables: sheet.tables,
    merges: sheet.merges,
    columnWidths: fitWidths(sheet.cells, sheet.tables, sheet.merges, sheet.width),
    frozenRows: 2,
    chart,
    page: { orientation: "landscape", paper: "A4", fitToWidth: true },
  };
}

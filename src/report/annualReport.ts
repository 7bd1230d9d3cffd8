import {
  normalizeWord,
  REPORT_DEADLINE,
  reportDeadline,
  serialFromParts,
  serialToDate,
  venueByRule,
  type CategoryGroup,
  type Corps,
  type Flag,
  type Serial,
  type Venue,
} from "../rules";
import {
  checkStaff,
  type CheckFlag,
  type EmployeeCheck,
  type HourViolation,
  type StaffCheck,
} from "../checks/checkStaff";
import { COUNT_NEEDS, type CountId, type NotChecked } from "../checks/coverage";
import type { Course, Employee, Problem, StaffData, TrainingType } from "../reader/model";

export interface Totals {
  readonly count: number;
  readonly hours: number;
}
export type ByType = Readonly<Record<TrainingType, Totals>>;

/** A completed course with the employee's register data beside it. */
export interface ReportCourse {
  readonly course: Course;
  readonly employee: Employee | null;
  /** The venue as written, or §13's venue for a register row that names none. */
  readonly venue: { readonly text: string } | { readonly rule: Venue } | null;
}

export type GroupKey = "A/B" | Exclude<CategoryGroup, "A" | "B">;
export type CorpsKey = Corps;

export interface DueItem {
  readonly check: EmployeeCheck;
  readonly type: TrainingType;
  readonly deadline: Serial;
}

/** The annual report of Rules §30, as data: built by pure code, written by an adapter. */
export interface AnnualReport {
  readonly year: number;
  readonly deadline: Serial;
  readonly organisation: string | null;
  readonly builtOn: Serial;
  /** Compliance is judged as of 31 December of the year. */
  readonly asOf: Serial;
  readonly employees: number;
  readonly courses: readonly ReportCourse[];
  readonly totals: ByType;
  readonly byVenue: readonly { readonly venue: ReportCourse["venue"]; readonly totals: ByType }[];
  readonly byCorps: readonly { readonly corps: CorpsKey | null; readonly totals: ByType }[];
  readonly byGroup: readonly { readonly group: GroupKey | null; readonly totals: ByType }[];
  /** Completions by month of the end date, January first. */
  readonly byMonth: readonly ByType[];
  readonly compliance: {
    readonly overdueRetraining: readonly EmployeeCheck[];
    readonly overdueAdvanced: readonly EmployeeCheck[];
    readonly dueSoon: readonly DueItem[];
    readonly hourViolations: readonly HourViolation[];
    /** Training done against the Rules in the year: venue (§13, §18, §22, §23), late start (§14), too long (§16). */
    readonly practice: readonly { readonly check: EmployeeCheck; readonly flag: CheckFlag }[];
    readonly problems: readonly Problem[];
  };
  /** Checks the registers' columns did not allow, each with its paragraph and the missing column. */
  readonly notChecked: readonly NotChecked[];
  /** Counts that stand on a check not run: shown as "not checked", never as 0. */
  readonly unchecked: ReadonlySet<CountId>;
}

/** Flags about how training was done (not about deadlines or hours, which have their own lists). */
const PRACTICE_FLAGS: ReadonlySet<Flag["code"]> = new Set([
  "retrainingVenue",
  "advancedVenue",
  "retrainingLateStart",
  "retrainingTooLong",
  "retrainingForm",
]);

const EMPTY: ByType = { retraining: { count: 0, hours: 0 }, advancedTraining: { count: 0, hours: 0 } };

function add(totals: ByType, course: Course): ByType {
  const current = totals[course.type];
  return { ...totals, [course.type]: { count: current.count + 1, hours: current.hours + (course.hours ?? 0) } };
}

function groupOf(employee: Employee | null): GroupKey | null {
  const group = employee?.category?.group;
  if (!group) return null;
  return group === "A" || group === "B" ? "A/B" : group;
}

function venueOf(course: Course, employee: Employee | null): ReportCourse["venue"] {
  if (course.venue) return { text: course.venue };
  // A register row names no venue; retraining goes where §13 sends the category.
  const rule = course.type === "retraining" && employee ? venueByRule(employee.category, employee.corps) : null;
  return rule === null ? null : { rule };
}

function venueKey(venue: ReportCourse["venue"]): string {
  if (venue === null) return "";
  return "text" in venue ? `t:${normalizeWord(venue.text)}` : `r:${venue.rule}`;
}

/** Totals per key, in order of first appearance, with `null` (not stated) last. */
function tally<K>(items: readonly ReportCourse[], keyOf: (item: ReportCourse) => K, id: (key: K) => string) {
  const rows = new Map<string, { key: K; totals: ByType }>();
  for (const item of items) {
    const key = keyOf(item);
    const row = rows.get(id(key)) ?? { key, totals: EMPTY };
    rows.set(id(key), { key, totals: add(row.totals, item.course) });
  }
  return [...rows.values()].sort((a, b) => Number(a.key === null) - Number(b.key === null));
}

export interface ReportOptions {
  readonly year: number;
  /** The day the report is built (frozen in tests). */
  readonly builtOn: Serial;
  readonly organisation?: string | null;
}

/**
 * The last full year before a day: the year an officer reports on in January. The core never reads
 * the clock: "today" comes from the edge. A serial outside Excel's calendar (only a test passes one)
 * is taken at the calendar's nearer end (day 60, Excel's phantom 29.02.1900, is in 1900).
 *
 * @example
 * lastFullYear(46037) //=> 2025 (15.01.2026)
 */
export function lastFullYear(today: Serial): number {
  const date = serialToDate(today);
  if (date.ok) return date.value.getFullYear() - 1;
  return today < 61 ? 1899 : 9998;
}

/** The courses completed within the year, by end date then name, each with its employee and venue. */
function coursesOfYear(staff: StaffData, first: Serial, asOf: Serial): ReportCourse[] {
  const byKey = new Map(staff.employees.map((e) => [e.key, e] as const));
  return staff.courses
    .filter((c) => c.end >= first && c.end <= asOf)
    .sort((a, b) => a.end - b.end || a.name.localeCompare(b.name))
    .map((course): ReportCourse => {
      const employee = byKey.get(course.key) ?? null;
      return { course, employee, venue: venueOf(course, employee) };
    });
}

/** Completions by month of their end date, January first. */
function byMonthOf(courses: readonly ReportCourse[]): ByType[] {
  const byMonth: ByType[] = Array.from({ length: 12 }, () => EMPTY);
  for (const item of courses) {
    const date = serialToDate(item.course.end);
    const month = date.ok ? date.value.getMonth() : 0;
    byMonth[month] = add(byMonth[month] ?? EMPTY, item.course);
  }
  return byMonth;
}

/** Deadlines within the due-soon window as of 31 December, soonest first. */
function dueSoonOf(checks: StaffCheck): DueItem[] {
  const dueSoon: DueItem[] = [];
  for (const check of checks.employees) {
    const { deadline } = check.retraining;
    if (check.retraining.status === "dueSoon" && deadline !== null)
      dueSoon.push({ check, type: "retraining", deadline });
    if (check.advanced.status === "dueSoon" && check.advanced.due)
      dueSoon.push({ check, type: "advancedTraining", deadline: check.advanced.due.due });
  }
  return dueSoon.sort((a, b) => a.deadline - b.deadline);
}

/** The compliance picture as of 31 December: who is overdue or due soon, hours and practice of the year. */
function complianceOf(checks: StaffCheck, first: Serial, asOf: Serial): AnnualReport["compliance"] {
  const inYear = (end: Serial) => end >= first && end <= asOf;
  return {
    overdueRetraining: checks.employees.filter((c) => c.retraining.status === "overdue"),
    overdueAdvanced: checks.employees.filter((c) => c.advanced.status === "overdue"),
    dueSoon: dueSoonOf(checks),
    hourViolations: checks.hourViolations.filter((v) => inYear(v.course.end)),
    practice: checks.employees.flatMap((check) =>
      check.flags
        .filter((flag) => PRACTICE_FLAGS.has(flag.flag.code) && flag.course && inYear(flag.course.end))
        .map((flag) => ({ check, flag })),
    ),
    problems: checks.problems,
  };
}

/** The totals of the year's courses by venue, corps and category group. */
function breakdowns(courses: readonly ReportCourse[]): Pick<AnnualReport, "byVenue" | "byCorps" | "byGroup"> {
  return {
    byVenue: tally(courses, (c) => c.venue, venueKey).map(({ key, totals }) => ({ venue: key, totals })),
    byCorps: tally(courses, (c) => c.employee?.corps ?? null, String).map(({ key, totals }) => ({
      corps: key,
      totals,
    })),
    byGroup: tally(courses, (c) => groupOf(c.employee), String)
      .sort((a, b) => String(a.key ?? "~").localeCompare(String(b.key ?? "~")))
      .map(({ key, totals }) => ({ group: key, totals })),
  };
}

/**
 * Builds the annual report (Rules §30) for a year from what the reader found: everything completed
 * in the year with totals by venue, corps and category group and by month; and the compliance
 * picture as of 31 December — overdue retraining (§14) and advanced training (§20/§24), deadlines
 * within 90 days, hour violations (§16, §25) and the rows that could not be read.
 */
export function buildAnnualReport(staff: StaffData, options: ReportOptions): AnnualReport {
  const { year } = options;
  const first = serialFromParts(year, 1, 1);
  const asOf = serialFromParts(year, 12, 31);
  const deadline = reportDeadline(year);
  const courses = coursesOfYear(staff, first, asOf);
  const checks = checkStaff(staff, asOf);
  const unchecked = new Set(
    (Object.keys(COUNT_NEEDS) as CountId[]).filter((count) =>
      COUNT_NEEDS[count].some((id) => checks.coverage.anySkipped.has(id)),
    ),
  );
  return {
    year,
    notChecked: checks.coverage.notChecked,
    unchecked,
    deadline: deadline.ok ? deadline.value : asOf,
    organisation: options.organisation ?? staff.title,
    builtOn: options.builtOn,
    asOf,
    employees: staff.employees.length,
    courses,
    totals: courses.reduce((totals, item) => add(totals, item.course), EMPTY),
    ...breakdowns(courses),
    byMonth: byMonthOf(courses),
    compliance: complianceOf(checks, first, asOf),
  };
}

/** Rules §30 names the day; kept here so the report can cite it. */
export const REPORT_PARAGRAPH = REPORT_DEADLINE.paragraph;

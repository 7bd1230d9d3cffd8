import {
  DUE_SOON_DAYS,
  addMonths,
  advancedTrainingVenues,
  advancedVenueAllowed,
  classifyVenue,
  explainFlag,
  RETRAINING_COMPLETE_WITHIN,
  inThreeMonthGroup,
  venueByRule,
  type Corps,
  type Flag,
  type Lang,
  type Reason,
  advancedTrainingHoursOk,
  ADVANCED_TRAINING_HOURS,
  deadlineStatus,
  retrainingDeadline,
  retrainingHoursOk,
  retrainingRequired,
  retrainingVenue,
  retrainingFormAllowed,
  RETRAINING_MIN_HOURS,
  RETRAINING_SEND_WITHIN,
  trainingDueOf,
  type DeadlineStatus,
  type Paragraph,
  type Serial,
  type TrainingDue,
  type VenueDecision,
} from "../rules";
import type { Course, Employee, Problem, StaffData } from "../reader/model";
import { staffCoverage, type StaffCheckId, type StaffCoverage } from "./coverage";

/**
 * `notChecked`: whether retraining is required cannot be told — the register lacks a first-entry
 * or first-leadership column and the other one does not say yes (see coverage.ts).
 */
export type RetrainingStatus = "notRequired" | "sent" | "overdue" | "dueSoon" | "onTrack" | "unknown" | "notChecked";

export interface RetrainingCheck {
  readonly required: boolean;
  /** §3(1), §3(2) or §3 (not required). */
  readonly requiredBy: Paragraph;
  /** Appointment + 6 months (§14); null when not required or the appointment date is missing. */
  readonly deadline: Serial | null;
  readonly deadlineBy: Paragraph;
  /** Start of the retraining taken since the appointment, if any. */
  readonly sent: Serial | null;
  readonly status: RetrainingStatus;
  /** Where §13 sends this servant; null when not required or the category is unknown. */
  readonly venue: VenueDecision | null;
}

/**
 * `conditional`: a corps A §20(1) date of a register with no career-plan column — due *if the
 * career plan provides for it*; never counted as overdue or due soon (issue #12).
 */
export type AdvancedStatus = DeadlineStatus | "conditional";

export interface AdvancedCheck {
  /** The last advanced training known (register or log), as of the check date. */
  readonly last: Serial | null;
  /** What the deadline counts from when no training is recorded. */
  readonly base: "lastTraining" | "appointment" | null;
  readonly due: TrainingDue | null;
  readonly status: AdvancedStatus | null;
}

export interface HourViolation {
  readonly course: Course;
  readonly paragraph: Paragraph;
  /** The bound broken: "≥ 120" or "24–80". */
  readonly rule: string;
}

/** A finding about an employee, with the course it is about (null for a missed deadline). */
export interface CheckFlag {
  readonly flag: Flag;
  readonly course: Course | null;
}

export interface EmployeeCheck {
  readonly employee: Employee;
  readonly retraining: RetrainingCheck;
  readonly advanced: AdvancedCheck;
  readonly hourViolations: readonly HourViolation[];
  /** Everything flagged, each explainable with `flagReason`. */
  readonly flags: readonly CheckFlag[];
}

/** A flag's reason in words: the same text in the task pane, `kadr check --json` and the report. */
export function flagReason(flag: CheckFlag, lang: Lang): Reason {
  return explainFlag(flag.flag, lang);
}

export interface StaffCheck {
  readonly asOf: Serial;
  readonly employees: readonly EmployeeCheck[];
  /** Hour violations of every course, also of log rows whose name is not in a register. */
  readonly hourViolations: readonly HourViolation[];
  /** The reader's problems and the ones the checks found (e.g. a §24(2) case without dates). */
  readonly problems: readonly Problem[];
  /** What the registers' columns let be checked: the *not checked* entries, per sheet. */
  readonly coverage: StaffCoverage;
}

/** Corps A and political servants: §25's hours stand in the chapter on corps B (issue #12). */
const outsideCorpsB = (corps: Corps | null | undefined): corps is "A" | "political" =>
  corps === "A" || corps === "political";

/**
 * Rules §16 (retraining ≥ 120 hours) and §25 (advanced training 24–80 hours). §25 is a violation
 * for corps B only — a blank or unknown corps is read as corps B; for corps A and political
 * servants the hours outside it are a note (`hourNote`), not a violation.
 */
export function hourViolation(course: Course, corps: Corps | null = null): HourViolation | null {
  if (course.hours === null) return null;
  if (course.type === "advancedTraining" && outsideCorpsB(corps)) return null;
  if (course.type === "retraining") {
    return retrainingHoursOk(course.hours)
      ? null
      : { course, paragraph: RETRAINING_MIN_HOURS.paragraph, rule: `≥ ${RETRAINING_MIN_HOURS.hours}` };
  }
  return advancedTrainingHoursOk(course.hours)
    ? null
    : {
        course,
        paragraph: ADVANCED_TRAINING_HOURS.paragraph,
        rule: `${ADVANCED_TRAINING_HOURS.min}–${ADVANCED_TRAINING_HOURS.max}`,
      };
}

/** §25 for corps A and political servants: hours outside it as a note, never a violation. */
export function hourNote(course: Course, corps: Corps | null): Flag | null {
  if (course.type !== "advancedTraining" || course.hours === null || !outsideCorpsB(corps)) return null;
  return advancedTrainingHoursOk(course.hours) ? null : { code: "advancedHoursNote", hours: course.hours, corps };
}

function checkRetraining(
  employee: Employee,
  courses: readonly Course[],
  asOf: Serial,
  dueSoonDays: number,
  skipped: ReadonlySet<StaffCheckId>,
): RetrainingCheck {
  const need = retrainingRequired(
    employee.corps ?? "B",
    employee.firstEntry ?? false,
    employee.firstLeadership ?? false,
  );
  const none = { deadline: null, deadlineBy: RETRAINING_SEND_WITHIN.paragraph, sent: null, venue: null };
  // Political servants are not retrained (§3); a blank corps is read as corps B, the common case.
  if (employee.corps === "political")
    return { required: false, requiredBy: need.paragraph, status: "notRequired", ...none };
  // §3: "not required" only when both grounds could be read; a missing column leaves it open.
  const unread = skipped.has("retrainingFirstEntry") || skipped.has("retrainingFirstLeadership");
  if (!need.required)
    return { required: false, requiredBy: need.paragraph, status: unread ? "notChecked" : "notRequired", ...none };
  if (skipped.has("retrainingDeadline") || skipped.has("retrainingTaken"))
    return { required: true, requiredBy: need.paragraph, ...none, status: "notChecked" };
  const venue = retrainingVenue(employee.category?.code ?? null, employee.corps);
  // A retraining since the appointment, begun by the day of the check (a later one was not yet
  // "sent"); a register's start with no end counts as sent too.
  const starts = courses.filter((c) => c.type === "retraining").map((c) => c.start ?? c.end);
  if (employee.retrainingStartOnly !== null) starts.push(employee.retrainingStartOnly);
  const sent =
    starts
      .filter((start) => start <= asOf && (employee.appointment === null || start >= employee.appointment))
      .sort((a, b) => a - b)[0] ?? null;
  const deadline = employee.appointment === null ? null : retrainingDeadline(employee.appointment);
  const base = {
    required: true,
    requiredBy: need.paragraph,
    deadlineBy: RETRAINING_SEND_WITHIN.paragraph,
    sent,
    venue: venue.ok ? venue.value : null,
  };
  if (!deadline?.ok) return { ...base, deadline: null, status: sent === null ? "unknown" : "sent" };
  if (sent !== null) return { ...base, deadline: deadline.value, status: "sent" };
  return { ...base, deadline: deadline.value, status: deadlineStatus(deadline.value, asOf, dueSoonDays) };
}

function checkAdvanced(
  employee: Employee,
  courses: readonly Course[],
  asOf: Serial,
  problems: Problem[],
  dueSoonDays: number,
  skipped: ReadonlySet<StaffCheckId>,
): AdvancedCheck {
  // Rules §20 and §24 set the frequency for corps A and B; political servants have none. Without
  // any record of advanced training (no register column, no log) the deadline is not checked.
  // Corps A §20(1) applies where the career plan provides for it: the register's career-plan
  // column says yes or no (blank = no); without that column the plan is not known (null).
  if (employee.corps === "political" || skipped.has("advancedDue"))
    return { last: null, base: null, due: null, status: null };
  const ends = courses.filter((c) => c.type === "advancedTraining" && c.end <= asOf).map((c) => c.end);
  if (employee.lastAdvancedTraining !== null && employee.lastAdvancedTraining <= asOf)
    ends.push(employee.lastAdvancedTraining);
  const last = ends.length ? Math.max(...ends) : null;
  const from = last ?? employee.appointment;
  const base = last !== null ? "lastTraining" : employee.appointment !== null ? "appointment" : null;
  // The evaluations as the reader read them, each with its column's year: §24(2) pairs results
  // within three consecutive years.
  const plan = employee.careerPlan;
  let due = trainingDueOf(from, employee.ratings, employee.corps, plan);
  if (!due.ok && due.error.code === "ratingDateMissing") {
    const missing = employee.ratings[due.error.position - 1];
    problems.push({ sheet: employee.source.sheet, cell: missing?.cell ?? "", error: due.error, name: employee.name });
    due = trainingDueOf(from, [], employee.corps, plan);
  }
  // No deadline: e.g. a corps A career plan that does not provide for §20(1), and no §20(2).
  if (!due.ok) return { last, base: null, due: null, status: null };
  const status = due.value.conditional ? "conditional" : deadlineStatus(due.value.due, asOf, dueSoonDays);
  return { last, base, due: due.value, status };
}

/** A retraining since the present appointment: one before it belonged to another post and category. */
function sinceAppointment(course: Course, employee: Employee): boolean {
  return employee.appointment === null || (course.start ?? course.end) >= employee.appointment;
}

/**
 * Rules §15: retraining is full-time; by distance learning only for persons entering corps B for the
 * first time. A blank corps is read as corps B; a corps B servant whose first entry is not known
 * (no such column) is not flagged — that would be a guess (the first-entry check says not checked).
 */
export function retrainingFormFlag(course: Course, employee: Employee): Flag | null {
  if (course.type !== "retraining" || course.studyForm?.form !== "distance") return null;
  const corps = employee.corps ?? "B";
  if (corps === "B" && employee.firstEntry === null) return null;
  if (retrainingFormAllowed("distance", corps, employee.firstEntry ?? false)) return null;
  return { code: "retrainingForm", written: course.studyForm.written, from: course.studyForm.from };
}

/**
 * Rules §15 not judged: a retraining since the appointment of a servant distance learning is not
 * open to, written where there is no form column and with venue words that do not say the form.
 */
export function formUnjudged(employee: Employee, courses: readonly Course[]): boolean {
  const corps = employee.corps ?? "B";
  if (corps === "B" && employee.firstEntry !== false) return false;
  return courses.some(
    (c) => c.type === "retraining" && c.studyForm === null && c.formCell === null && sinceAppointment(c, employee),
  );
}

/**
 * Rules §3 (retraining) and §4 (advanced training): a course completed by the day of the check whose
 * log row has a document-number column left blank — a note, not a violation.
 */
export function documentNote(course: Course, asOf: Serial): Flag | null {
  if (course.documentCell === null || course.document !== null || course.end > asOf) return null;
  return { code: "documentMissing", type: course.type, end: course.end };
}

/** Retraining is done at the venue §13 assigns (Academy or regional centre) — nowhere else. */
function retrainingVenueFlag(
  course: Course,
  retraining: RetrainingCheck,
  employee: Employee,
  problems: Problem[],
): Flag | null {
  const type = classifiedVenue(course, employee, problems);
  const expected = retraining.venue?.venue ?? venueByRule(employee.category, employee.corps);
  if (type === null || !expected || !course.venue || type === expected) return null;
  return {
    code: "retrainingVenue",
    category: employee.category?.code ?? "—",
    expected,
    venue: course.venue,
    actual: type,
  };
}

function classifiedVenue(course: Course, employee: Employee, problems: Problem[]) {
  if (!course.venue) return null;
  const type = classifyVenue(course.venue);
  if (type === null) {
    problems.push({
      sheet: course.source.sheet,
      cell: course.venueCell ?? "",
      error: { code: "unknownVenue", value: course.venue },
      name: employee.name,
    });
  }
  return type;
}

type AddFlag = (flag: Flag | null, course?: Course | null) => void;

/** Missed or near deadlines: retraining (§14) and advanced training (§20, §24). */
function deadlineFlags(employee: Employee, retraining: RetrainingCheck, advanced: AdvancedCheck, add: AddFlag): void {
  if (
    (retraining.status === "overdue" || retraining.status === "dueSoon") &&
    employee.appointment !== null &&
    retraining.deadline !== null
  ) {
    add({
      code: retraining.status === "overdue" ? "retrainingOverdue" : "retrainingDueSoon",
      requiredBy: retraining.requiredBy,
      appointment: employee.appointment,
      deadline: retraining.deadline,
    });
  }
  if ((advanced.status === "overdue" || advanced.status === "dueSoon") && advanced.due) {
    add({
      code: advanced.status === "overdue" ? "advancedOverdue" : "advancedDueSoon",
      due: advanced.due,
      from: advanced.base === "appointment" ? "appointment" : "lastTraining",
    });
  }
}

/**
 * A retraining course since the appointment: venue (§13), form (§15), started after the §14
 * deadline, and finished later than three months from its start by those §16 allows three months.
 */
function retrainingCourseFlags(
  course: Course,
  employee: Employee,
  retraining: RetrainingCheck,
  problems: Problem[],
  add: AddFlag,
): void {
  add(retrainingVenueFlag(course, retraining, employee, problems), course);
  add(retrainingFormFlag(course, employee), course);
  const { start } = course;
  if (start === null) return;
  const { appointment } = employee;
  const { deadline } = retraining;
  if (appointment !== null && deadline !== null && start >= appointment && start > deadline)
    add({ code: "retrainingLateStart", appointment, start, deadline }, course);
  if (!inThreeMonthGroup(employee.corps, employee.firstEntry, employee.firstLeadership)) return;
  const limit = addMonths(start, RETRAINING_COMPLETE_WITHIN.months);
  if (limit.ok && course.end > limit.value)
    add({ code: "retrainingTooLong", start, end: course.end, limit: limit.value }, course);
}

/** An advanced-training course at a venue the servant may not use (§18, §22, §23). */
function advancedCourseFlags(course: Course, employee: Employee, problems: Problem[], add: AddFlag): void {
  const type = classifiedVenue(course, employee, problems);
  if (type === null || !course.venue) return;
  if (advancedVenueAllowed(type, employee.corps, employee.certifiedPosition).allowed) return;
  add(
    {
      code: "advancedVenue",
      allowed: advancedTrainingVenues(employee.corps, employee.certifiedPosition),
      venue: course.venue,
      actual: type,
    },
    course,
  );
}

/**
 * What was done, not only what is due (issue #7): retraining sent late (§14) or at the wrong venue
 * (§13), completed more than 3 months after its start by those §16 allows 3 months, too few hours
 * (§16); advanced training at a venue the servant may not use (§18, §22, §23) or of the wrong
 * volume (§25); and missed or near deadlines.
 */
function flagsOf(
  employee: Employee,
  courses: readonly Course[],
  retraining: RetrainingCheck,
  advanced: AdvancedCheck,
  problems: Problem[],
  asOf: Serial,
): CheckFlag[] {
  const flags: CheckFlag[] = [];
  const add: AddFlag = (flag, course = null) => {
    if (flag) flags.push({ flag, course });
  };
  deadlineFlags(employee, retraining, advanced, add);
  for (const course of courses) {
    const hours = hourViolation(course, employee.corps);
    if (hours && course.hours !== null)
      add({ code: course.type === "retraining" ? "retrainingHours" : "advancedHours", hours: course.hours }, course);
    add(hourNote(course, employee.corps), course);
    add(documentNote(course, asOf), course);
    if (course.type === "retraining" && sinceAppointment(course, employee))
      retrainingCourseFlags(course, employee, retraining, problems, add);
    else advancedCourseFlags(course, employee, problems, add);
  }
  return flags;
}

/**
 * The corps each course's hours are judged by: its own register row's, else that of the register
 * rows of its name when they all agree; a name in no register (or namesakes of different corps) →
 * null, read as corps B.
 */
function corpsOfCourses(employees: readonly Employee[]): (course: Course) => Corps | null {
  const byRow = new Map<string, Corps | null>();
  const byKey = new Map<string, Set<Corps | null>>();
  for (const e of employees) {
    byRow.set(`${e.source.sheet}\u0000${e.source.row}`, e.corps);
    const seen = byKey.get(e.key);
    if (seen) seen.add(e.corps);
    else byKey.set(e.key, new Set([e.corps]));
  }
  return (course) => {
    const own = byRow.get(`${course.source.sheet}\u0000${course.source.row}`);
    if (own !== undefined) return own;
    const named = byKey.get(course.key);
    return named?.size === 1 ? ([...named][0] ?? null) : null;
  };
}

/**
 * Every employee's checks as of a day: retraining required (§3), its deadline (§14) and status,
 * the venue (§13); the next advanced-training deadline (§20/§24) and its status; hour violations of
 * every course (§16, §25). Each result carries the paragraph that decided it.
 */
export function checkStaff(staff: StaffData, asOf: Serial, dueSoonDays: number = DUE_SOON_DAYS): StaffCheck {
  const byKey = new Map<string, Course[]>();
  for (const course of staff.courses) {
    const list = byKey.get(course.key);
    if (list) list.push(course);
    else byKey.set(course.key, [course]);
  }
  const problems: Problem[] = [...staff.problems];
  const none = new Set<StaffCheckId>();
  const namesakes = new Map<string, number>();
  for (const employee of staff.employees) namesakes.set(employee.key, (namesakes.get(employee.key) ?? 0) + 1);
  const coursesOf = staff.employees.map((employee) => {
    // Two register rows with one name cannot be told apart in the log (a problem says so): each
    // keeps only the training written on its own row, rather than both taking everyone's.
    const own = (course: Course) =>
      course.source.sheet === employee.source.sheet && course.source.row === employee.source.row;
    const all = byKey.get(employee.key) ?? [];
    return (namesakes.get(employee.key) ?? 0) > 1 ? all.filter(own) : all;
  });
  // §15 without a form column: not checked only where a retraining's form was left unjudged.
  const unjudged = new Set(
    staff.employees.filter((e, i) => formUnjudged(e, coursesOf[i] ?? [])).map((e) => e.source.sheet),
  );
  const coverage = staffCoverage(staff, { retrainingForm: unjudged });
  const employees = staff.employees.map((employee, i): EmployeeCheck => {
    const courses = coursesOf[i] ?? [];
    const skipped = coverage.skipped.get(employee.source.sheet) ?? none;
    const retraining = checkRetraining(employee, courses, asOf, dueSoonDays, skipped);
    const advanced = checkAdvanced(employee, courses, asOf, problems, dueSoonDays, skipped);
    return {
      employee,
      retraining,
      advanced,
      hourViolations: courses
        .map((course) => hourViolation(course, employee.corps))
        .filter((v): v is HourViolation => v !== null),
      flags: flagsOf(employee, courses, retraining, advanced, problems, asOf),
    };
  });
  const corpsOf = corpsOfCourses(staff.employees);
  const hourViolations = staff.courses
    .map((course) => hourViolation(course, corpsOf(course)))
    .filter((v): v is HourViolation => v !== null);
  return { asOf, employees, hourViolations, problems, coverage };
}

import {
  advancedTrainingHoursOk,
  ADVANCED_TRAINING_HOURS,
  deadlineStatus,
  retrainingDeadline,
  retrainingHoursOk,
  retrainingRequired,
  retrainingVenue,
  RETRAINING_MIN_HOURS,
  RETRAINING_SEND_WITHIN,
  trainingDue,
  type DeadlineStatus,
  type Paragraph,
  type Serial,
  type TrainingDue,
  type VenueDecision,
} from "../rules";
import type { Course, Employee, Problem, StaffData } from "../reader/model";

export type RetrainingStatus = "notRequired" | "sent" | "overdue" | "dueSoon" | "onTrack" | "unknown";

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

export interface AdvancedCheck {
  /** The last advanced training known (register or log), as of the check date. */
  readonly last: Serial | null;
  /** What the deadline counts from when no training is recorded. */
  readonly base: "lastTraining" | "appointment" | null;
  readonly due: TrainingDue | null;
  readonly status: DeadlineStatus | null;
}

export interface HourViolation {
  readonly course: Course;
  readonly paragraph: Paragraph;
  /** The bound broken: "≥ 120" or "24–80". */
  readonly rule: string;
}

export interface EmployeeCheck {
  readonly employee: Employee;
  readonly retraining: RetrainingCheck;
  readonly advanced: AdvancedCheck;
  readonly hourViolations: readonly HourViolation[];
}

export interface StaffCheck {
  readonly asOf: Serial;
  readonly employees: readonly EmployeeCheck[];
  /** Hour violations of every course, also of log rows whose name is not in a register. */
  readonly hourViolations: readonly HourViolation[];
  /** The reader's problems and the ones the checks found (e.g. a §24(2) case without dates). */
  readonly problems: readonly Problem[];
}

/** Rules §16 (retraining ≥ 120 hours) and §25 (advanced training 24–80 hours). */
export function hourViolation(course: Course): HourViolation | null {
  if (course.hours === null) return null;
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

function checkRetraining(employee: Employee, courses: readonly Course[], asOf: Serial): RetrainingCheck {
  const need = retrainingRequired(employee.corps ?? "B", employee.firstEntry, employee.firstLeadership);
  const none = { deadline: null, deadlineBy: RETRAINING_SEND_WITHIN.paragraph, sent: null, venue: null };
  // Political servants are not retrained (§3); a blank corps is read as corps B, the common case.
  if (employee.corps === "political" || !need.required)
    return { required: false, requiredBy: need.paragraph, status: "notRequired", ...none };
  const venue = retrainingVenue(employee.category?.code ?? null, employee.corps);
  const sent =
    courses
      .filter(
        (c) => c.type === "retraining" && (employee.appointment === null || (c.start ?? c.end) >= employee.appointment),
      )
      .map((c) => c.start ?? c.end)
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
  return { ...base, deadline: deadline.value, status: deadlineStatus(deadline.value, asOf) };
}

function checkAdvanced(
  employee: Employee,
  courses: readonly Course[],
  asOf: Serial,
  problems: Problem[],
): AdvancedCheck {
  // Rules §20 and §24 set the frequency for corps A and B; political servants have none.
  if (employee.corps === "political") return { last: null, base: null, due: null, status: null };
  const ends = courses.filter((c) => c.type === "advancedTraining" && c.end <= asOf).map((c) => c.end);
  if (employee.lastAdvancedTraining !== null) ends.push(employee.lastAdvancedTraining);
  const last = ends.length ? Math.max(...ends) : null;
  const from = last ?? employee.appointment;
  const base = last !== null ? "lastTraining" : employee.appointment !== null ? "appointment" : null;
  const ratings = employee.ratings.map((r) => r.value);
  const dates = employee.ratings.map((r) => r.date ?? "");
  let due = trainingDue(from, ratings, dates);
  if (!due.ok && due.error.code === "ratingDateMissing") {
    const missing = employee.ratings[due.error.position - 1];
    problems.push({ sheet: employee.source.sheet, cell: missing?.cell ?? "", error: due.error, name: employee.name });
    due = trainingDue(from, [], null);
  }
  if (!due.ok) return { last, base: null, due: null, status: null };
  return { last, base, due: due.value, status: deadlineStatus(due.value.due, asOf) };
}

/**
 * Every employee's checks as of a day: retraining required (§3), its deadline (§14) and status,
 * the venue (§13); the next advanced-training deadline (§20/§24) and its status; hour violations of
 * every course (§16, §25). Each result carries the paragraph that decided it.
 */
export function checkStaff(staff: StaffData, asOf: Serial): StaffCheck {
  const byKey = new Map<string, Course[]>();
  for (const course of staff.courses) {
    const list = byKey.get(course.key);
    if (list) list.push(course);
    else byKey.set(course.key, [course]);
  }
  const problems: Problem[] = [...staff.problems];
  const employees = staff.employees.map((employee): EmployeeCheck => {
    const courses = byKey.get(employee.key) ?? [];
    return {
      employee,
      retraining: checkRetraining(employee, courses, asOf),
      advanced: checkAdvanced(employee, courses, asOf, problems),
      hourViolations: courses.map(hourViolation).filter((v): v is HourViolation => v !== null),
    };
  });
  const hourViolations = staff.courses.map(hourViolation).filter((v): v is HourViolation => v !== null);
  return { asOf, employees, hourViolations, problems };
}

import {
  ADVANCED_TRAINING_AFTER_UNSATISFACTORY,
  ADVANCED_TRAINING_HOURS,
  ADVANCED_TRAINING_PERIOD,
  ADVANCED_VENUES_CORPS_A,
  RETRAINING_MIN_HOURS,
  RETRAINING_SEND_WITHIN,
  RETRAINING_VENUE_PARAGRAPH,
  RETRAINING_WHO,
  REPORT_DEADLINE,
  COMPLETION_DOCUMENT,
  DISTANCE_LEARNING_PARAGRAPH,
  type Paragraph,
} from "../rules";
import type { SheetColumns, StaffData } from "../reader/model";

/**
 * Never a silent wrong answer: every check of the staff data declares the columns it stands on.
 * Where a register (or, for training records, every log) lacks one, the check is not run for that
 * sheet and a *not checked* entry says which paragraph, which check and which column — a count
 * that depends on it is shown as "not checked", never as 0.
 */
export type StaffCheckId =
  | "retrainingFirstEntry"
  | "retrainingFirstLeadership"
  | "retrainingDeadline"
  | "retrainingTaken"
  | "retrainingCompleted"
  | "retrainingVenue"
  | "retrainingHours"
  | "advancedDue"
  | "advancedCorpsA"
  | "advancedCareerPlan"
  | "advancedAfterUnsatisfactory"
  | "advancedHours"
  | "advancedVenue"
  | "retrainingForm"
  | "completionDocument";

/**
 * A need: one column of the register, or (`log`) the same kind of record in any training log —
 * training written in a log counts for the register's servants, joined by name.
 */
interface Need {
  readonly register: readonly string[];
  readonly log?: readonly string[];
  /** What is missing when neither has it: the register's field name. */
  readonly missing: string;
}

/** Rules §18 (corps A), §22 (corps B), §23 (certified positions): cited by the first of them. */
const ADVANCED_VENUE_PARAGRAPH: Paragraph = ADVANCED_VENUES_CORPS_A.paragraph;

/** Each check: its paragraph and the columns it needs. */
export const STAFF_CHECKS: Readonly<
  Record<StaffCheckId, { readonly paragraph: Paragraph; readonly needs: readonly Need[] }>
> = {
  retrainingFirstEntry: {
    paragraph: RETRAINING_WHO.firstEntry,
    needs: [{ register: ["firstEntry"], missing: "firstEntry" }],
  },
  retrainingFirstLeadership: {
    paragraph: RETRAINING_WHO.firstLeadership,
    needs: [{ register: ["firstLeadership"], missing: "firstLeadership" }],
  },
  retrainingDeadline: {
    paragraph: RETRAINING_SEND_WITHIN.paragraph,
    needs: [{ register: ["appointmentDate"], missing: "appointmentDate" }],
  },
  // Without any record of retraining, everyone who needs it would look overdue.
  retrainingTaken: {
    paragraph: RETRAINING_SEND_WITHIN.paragraph,
    needs: [{ register: ["retrainingStart", "retrainingEnd"], log: ["end", "start"], missing: "retrainingEnd" }],
  },
  // The annual report counts retraining *completed* in the year: that needs its end dates.
  retrainingCompleted: {
    paragraph: REPORT_DEADLINE.paragraph,
    needs: [{ register: ["retrainingEnd"], log: ["end"], missing: "retrainingEnd" }],
  },
  retrainingVenue: { paragraph: RETRAINING_VENUE_PARAGRAPH, needs: [{ register: ["category"], missing: "category" }] },
  retrainingHours: {
    paragraph: RETRAINING_MIN_HOURS.paragraph,
    needs: [{ register: ["retrainingHours"], log: ["hours"], missing: "retrainingHours" }],
  },
  advancedDue: {
    paragraph: ADVANCED_TRAINING_PERIOD.paragraph,
    needs: [{ register: ["lastAdvancedTraining"], log: ["end"], missing: "lastAdvancedTraining" }],
  },
  // Without a corps column every servant is read as corps B: the corps A rules (§20) are not applied.
  advancedCorpsA: { paragraph: ADVANCED_TRAINING_PERIOD.corpsA, needs: [{ register: ["corps"], missing: "corps" }] },
  // Rules §20(1): corps A train every three years only "in the cases career plans provide for";
  // a register with corps A servants needs the career-plan column (only then: see staffCoverage).
  advancedCareerPlan: {
    paragraph: ADVANCED_TRAINING_PERIOD.corpsA,
    needs: [{ register: ["careerPlan"], missing: "careerPlan" }],
  },
  advancedAfterUnsatisfactory: {
    paragraph: ADVANCED_TRAINING_AFTER_UNSATISFACTORY.paragraph,
    needs: [{ register: ["rating"], missing: "rating" }],
  },
  advancedHours: {
    paragraph: ADVANCED_TRAINING_HOURS.paragraph,
    needs: [{ register: ["advancedTrainingHours"], log: ["hours"], missing: "advancedTrainingHours" }],
  },
  advancedVenue: { paragraph: ADVANCED_VENUE_PARAGRAPH, needs: [{ register: [], log: ["venue"], missing: "venue" }] },
  // Rules §15: without a form column the form is judged from the venue's words only («Онлайн-курс»);
  // not checked where a retraining was left unjudged by them (only then: see checkStaff).
  retrainingForm: {
    paragraph: DISTANCE_LEARNING_PARAGRAPH,
    needs: [{ register: [], log: ["form"], missing: "form" }],
  },
  // Rules §3, §4: the document issued on completion — a note where a completed course has no number.
  completionDocument: {
    paragraph: COMPLETION_DOCUMENT.retraining,
    needs: [{ register: [], log: ["document"], missing: "document" }],
  },
};

/** A check that could not be run, and why: the paragraph, the check and the missing column(s). */
export interface NotChecked {
  readonly paragraph: Paragraph;
  readonly check: string;
  readonly missing: readonly string[];
  /** The sheet that lacks the column (a register), or null when no sheet has it. */
  readonly sheet: string | null;
  /** When the column is not missing but in doubt: the header cells that could each be it. */
  readonly inDoubt?: string;
}

/** The fields a sheet gave, ratings counting as the field "rating". */
function fieldsOf(sheet: SheetColumns): ReadonlySet<string> {
  return new Set([...sheet.found.map((f) => f.field), ...(sheet.ratings > 0 ? ["rating"] : [])]);
}

/** A *not checked* entry, saying so when the column is there twice rather than missing. */
export function entry(
  paragraph: Paragraph,
  check: string,
  missing: readonly string[],
  sheet: SheetColumns,
): NotChecked {
  const doubt = sheet.ambiguous.filter((a) => missing.includes(a.field)).map((a) => a.cells);
  return { paragraph, check, missing, sheet: sheet.sheet, ...(doubt.length ? { inDoubt: doubt.join("; ") } : {}) };
}

/** Which staff checks each register sheet could not run, and the entries saying so. */
export interface StaffCoverage {
  readonly notChecked: readonly NotChecked[];
  /** Per register sheet, the checks not run there. */
  readonly skipped: ReadonlyMap<string, ReadonlySet<StaffCheckId>>;
  /** Checks not run for at least one register: counts built on them are "not checked". */
  readonly anySkipped: ReadonlySet<StaffCheckId>;
}

/**
 * `only`: checks that stand on their columns only on some register sheets (§15's form where a
 * retraining was left unjudged by the venue's words); elsewhere they are not reported.
 */
export function staffCoverage(
  staff: Pick<StaffData, "columns" | "employees">,
  only: Partial<Record<StaffCheckId, ReadonlySet<string>>> = { retrainingForm: new Set() },
): StaffCoverage {
  const corpsA = new Set(staff.employees.filter((e) => e.corps === "A").map((e) => e.source.sheet));
  const registers = staff.columns.filter((s) => s.kind === "register");
  const logs = staff.columns.filter((s) => s.kind === "log").map(fieldsOf);
  const notChecked: NotChecked[] = [];
  const skipped = new Map<string, Set<StaffCheckId>>();
  const anySkipped = new Set<StaffCheckId>();
  for (const register of registers) {
    const fields = fieldsOf(register);
    const own = new Set<StaffCheckId>();
    for (const [id, check] of Object.entries(STAFF_CHECKS) as [StaffCheckId, (typeof STAFF_CHECKS)[StaffCheckId]][]) {
      // Without corps A servants the career plan decides nothing.
      if (id === "advancedCareerPlan" && !corpsA.has(register.sheet)) continue;
      if (only[id] && !only[id].has(register.sheet)) continue;
      const missing = check.needs
        .filter(
          (need) => !need.register.some((f) => fields.has(f)) && !logs.some((log) => need.log?.some((f) => log.has(f))),
        )
        .map((need) => need.missing);
      if (missing.length === 0) continue;
      own.add(id);
      anySkipped.add(id);
      notChecked.push(entry(check.paragraph, id, missing, register));
    }
    skipped.set(register.sheet, own);
  }
  return { notChecked, skipped, anySkipped };
}

/** The checks each count of the report and the checks stands on: one of them not run → "not checked". */
export const COUNT_NEEDS = {
  overdueRetraining: ["retrainingFirstEntry", "retrainingFirstLeadership", "retrainingDeadline", "retrainingTaken"],
  overdueAdvanced: ["advancedDue", "advancedCareerPlan"],
  dueSoon: [
    "retrainingFirstEntry",
    "retrainingFirstLeadership",
    "retrainingDeadline",
    "retrainingTaken",
    "advancedDue",
    "advancedCareerPlan",
  ],
  hourViolations: ["retrainingHours", "advancedHours"],
  // Each paragraph's own count, so that one missing hours column does not hide the other's violations.
  hourViolationsRetraining: ["retrainingHours"],
  hourViolationsAdvanced: ["advancedHours"],
  completedRetraining: ["retrainingCompleted"],
  completedAdvanced: ["advancedDue"],
  hoursRetraining: ["retrainingCompleted", "retrainingHours"],
  hoursAdvanced: ["advancedDue", "advancedHours"],
  practice: ["retrainingVenue", "advancedVenue", "retrainingForm"],
} as const satisfies Record<string, readonly StaffCheckId[]>;

export type CountId = keyof typeof COUNT_NEEDS;

import { formatSerial, label, reportDeadlineNote, type Lang, type Serial } from "../rules";
import { problemMessage } from "../reader/model";
import type { CountId } from "../checks/coverage";
import { notCheckedJson } from "../checks/notCheckedText";
import type { AnnualReport } from "./annualReport";
import { reportText } from "./strings";

/** ISO yyyy-mm-dd of a serial, for machine-readable output. */
export function isoDate(serial: Serial): string {
  const [day, month, year] = formatSerial(serial).split(".");
  return `${year}-${month}-${day}`;
}

/**
 * The `kadr report --json` object (issue #3): totals, compliance counts and every problem. A count
 * is `null` — "not checked" — when a register lacks a column it stands on; `notChecked` says which.
 */
export interface ReportSummary {
  readonly year: number;
  readonly deadline: string;
  /** Rules §30's date on a day off: which day of the week it is, and that it is not moved; null on a working day. */
  readonly deadlineNote: string | null;
  readonly employees: number;
  readonly completed: { readonly retraining: number | null; readonly advancedTraining: number | null };
  readonly academicHours: { readonly retraining: number | null; readonly advancedTraining: number | null };
  readonly byVenue: Readonly<Record<string, number>>;
  readonly overdue: { readonly retraining: number | null; readonly advancedTraining: number | null };
  readonly dueSoon: number | null;
  readonly hourViolations: number | null;
  /** The same by paragraph: §16 (retraining) and §25 (advanced training), each null when not checked. */
  readonly hourViolationsBy: { readonly retraining: number | null; readonly advancedTraining: number | null };
  readonly problems: readonly { readonly sheet: string; readonly cell: string; readonly message: string }[];
  readonly notChecked: ReturnType<typeof notCheckedJson>;
  readonly unusedHeaders: readonly { readonly sheet: string; readonly cell: string; readonly header: string }[];
}

/** Which sheets' headers no field took, for the officer to map by hand. */
export interface UnusedSource {
  readonly columns: readonly {
    readonly sheet: string;
    readonly unused: readonly { readonly cell: string; readonly header: string }[];
  }[];
}

export function reportSummary(report: AnnualReport, lang: Lang, staff?: UnusedSource): ReportSummary {
  const count = (id: CountId, value: number) => (report.unchecked.has(id) ? null : value);
  const hoursOf = (type: "retraining" | "advancedTraining") =>
    report.compliance.hourViolations.filter((v) => v.course.type === type).length;
  const byVenue: Record<string, number> = {};
  for (const { venue, totals } of report.byVenue) {
    const name =
      venue === null ? reportText("notStated", lang) : "text" in venue ? venue.text : label(venue.rule, lang);
    byVenue[name] = (byVenue[name] ?? 0) + totals.retraining.count + totals.advancedTraining.count;
  }
  return {
    year: report.year,
    deadline: isoDate(report.deadline),
    deadlineNote: reportDeadlineNote(report.deadline, lang),
    employees: report.employees,
    completed: {
      retraining: count("completedRetraining", report.totals.retraining.count),
      advancedTraining: count("completedAdvanced", report.totals.advancedTraining.count),
    },
    academicHours: {
      retraining: count("hoursRetraining", report.totals.retraining.hours),
      advancedTraining: count("hoursAdvanced", report.totals.advancedTraining.hours),
    },
    byVenue,
    overdue: {
      retraining: count("overdueRetraining", report.compliance.overdueRetraining.length),
      advancedTraining: count("overdueAdvanced", report.compliance.overdueAdvanced.length),
    },
    dueSoon: count("dueSoon", report.compliance.dueSoon.length),
    hourViolations: count("hourViolations", report.compliance.hourViolations.length),
    hourViolationsBy: {
      retraining: count("hourViolationsRetraining", hoursOf("retraining")),
      advancedTraining: count("hourViolationsAdvanced", hoursOf("advancedTraining")),
    },
    problems: report.compliance.problems.map((p) => ({
      sheet: p.sheet,
      cell: p.cell,
      message: problemMessage(p, lang),
    })),
    notChecked: notCheckedJson(report.notChecked, lang),
    unusedHeaders: (staff?.columns ?? []).flatMap((sheet) =>
      sheet.unused.map((u) => ({ sheet: sheet.sheet, cell: u.cell, header: u.header })),
    ),
  };
}

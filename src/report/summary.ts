import { formatSerial, label, type Lang, type Serial } from "../rules";
import { problemMessage } from "../reader/model";
import type { AnnualReport } from "./annualReport";
import { reportText } from "./strings";

/** ISO yyyy-mm-dd of a serial, for machine-readable output. */
export function isoDate(serial: Serial): string {
  const [day, month, year] = formatSerial(serial).split(".");
  return `${year}-${month}-${day}`;
}

/** The `kadr report --json` object (issue #3): totals, compliance counts and every problem. */
export interface ReportSummary {
  readonly year: number;
  readonly deadline: string;
  readonly employees: number;
  readonly completed: { readonly retraining: number; readonly advancedTraining: number };
  readonly academicHours: { readonly retraining: number; readonly advancedTraining: number };
  readonly byVenue: Readonly<Record<string, number>>;
  readonly overdue: { readonly retraining: number; readonly advancedTraining: number };
  readonly dueSoon: number;
  readonly hourViolations: number;
  readonly problems: readonly { readonly sheet: string; readonly cell: string; readonly message: string }[];
}

export function reportSummary(report: AnnualReport, lang: Lang): ReportSummary {
  const byVenue: Record<string, number> = {};
  for (const { venue, totals } of report.byVenue) {
    const name =
      venue === null ? reportText("notStated", lang) : "text" in venue ? venue.text : label(venue.rule, lang);
    byVenue[name] = (byVenue[name] ?? 0) + totals.retraining.count + totals.advancedTraining.count;
  }
  return {
    year: report.year,
    deadline: isoDate(report.deadline),
    employees: report.employees,
    completed: { retraining: report.totals.retraining.count, advancedTraining: report.totals.advancedTraining.count },
    academicHours: {
      retraining: report.totals.retraining.hours,
      advancedTraining: report.totals.advancedTraining.hours,
    },
    byVenue,
    overdue: {
      retraining: report.compliance.overdueRetraining.length,
      advancedTraining: report.compliance.overdueAdvanced.length,
    },
    dueSoon: report.compliance.dueSoon.length,
    hourViolations: report.compliance.hourViolations.length,
    problems: report.compliance.problems.map((p) => ({
      sheet: p.sheet,
      cell: p.cell,
      message: problemMessage(p, lang),
    })),
  };
}

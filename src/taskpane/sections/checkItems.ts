import type { TFunction } from "i18next";
import { flagReason, type EmployeeCheck, type StaffCheck } from "../../checks/checkStaff";
import { COUNT_NEEDS, type CountId, type StaffCheckId } from "../../checks/coverage";
import { problemMessage } from "../../reader/model";
import { fieldLabel, normalizeWord, quoted, type Lang } from "../../rules";
import type { WorkbookData } from "../../workbook/port";

/** One line of the Checks list: who (or which cell), why, and the sheet row it points at. */
export interface Item {
  readonly key: string;
  readonly name: string;
  readonly reasons: readonly string[];
  readonly sheet: string;
  readonly row: number;
}

/**
 * The checks behind a "not checked" retraining status (see checkStaff): whether retraining is
 * required at all (the first-entry and first-leadership grounds), or, when it is, its deadline.
 */
const RETRAINING_GROUNDS: readonly StaffCheckId[] = ["retrainingFirstEntry", "retrainingFirstLeadership"];
const RETRAINING_DATES: readonly StaffCheckId[] = ["retrainingDeadline", "retrainingTaken"];

/** Why an employee's retraining was not checked: the columns their register lacks. */
function retrainingNotChecked(check: EmployeeCheck, checks: StaffCheck, lang: Lang, t: TFunction): string {
  const behind = check.retraining.required ? RETRAINING_DATES : RETRAINING_GROUNDS;
  const missing = checks.coverage.notChecked
    .filter((entry) => entry.sheet === check.employee.source.sheet && behind.includes(entry.check as StaffCheckId))
    .flatMap((entry) => entry.missing);
  if (missing.length === 0) return t("checks.retrainingNotCheckedPlain");
  const quote = (text: string) => quoted(text, lang);
  const columns = [...new Set(missing)].map((field) => quote(fieldLabel(field, lang))).join(", ");
  return t("checks.retrainingNotChecked", { columns });
}

/**
 * Flagged employees and unreadable rows, each with the reason and the paragraph behind it; then
 * the employees whose retraining could not be checked — listed, so that a search by name never
 * makes them look fine.
 */
export function items(checks: StaffCheck, lang: Lang, t: TFunction): Item[] {
  const item = (check: EmployeeCheck): Item => ({
    key: `${check.employee.source.sheet}:${check.employee.source.row}`,
    name: check.employee.name,
    reasons: [
      ...check.flags.map((flag) => flagReason(flag, lang).text),
      ...(check.retraining.status === "notChecked" ? [retrainingNotChecked(check, checks, lang, t)] : []),
    ],
    sheet: check.employee.source.sheet,
    row: check.employee.source.row,
  });
  const flagged = checks.employees.filter((check) => check.flags.length > 0).map(item);
  const unchecked = checks.employees
    .filter((check) => check.flags.length === 0 && check.retraining.status === "notChecked")
    .map(item);
  const problems = checks.problems.map((problem, i) => ({
    key: `problem:${i}`,
    name: problem.name ?? `${problem.sheet}!${problem.cell}`,
    reasons: [problemMessage(problem, lang)],
    sheet: problem.sheet,
    row: Number(/\d+$/u.exec(problem.cell)?.[0] ?? 1) - 1,
  }));
  return [...flagged, ...problems, ...unchecked];
}

/**
 * The items whose name or reasons contain the filter, both compared as normalised words (case,
 * Kazakh letters and punctuation folded) so that "абенов" finds "Әбенов"; an empty filter keeps all.
 */
export function filterItems(all: readonly Item[], filter: string): readonly Item[] {
  const key = normalizeWord(filter);
  if (!key) return all;
  return all.filter((item) => normalizeWord(`${item.name} ${item.reasons.join(" ")}`).includes(key));
}

/** A counter's key (its text under checks.counters / checks.counterNames) and its value, null for "not checked". */
export type Counter = readonly [string, number | null];

/**
 * The counters above the list, in their order. A count standing on a check some register could
 * not run is "not checked" (null), never a 0 — as in the report — so a missing column never reads
 * as "nobody overdue".
 */
export function counters(checks: StaffCheck): readonly Counter[] {
  const count = (code: string) => checks.employees.filter((c) => c.flags.some((f) => f.flag.code === code)).length;
  const unless = (id: CountId, value: number) =>
    COUNT_NEEDS[id].some((check) => checks.coverage.anySkipped.has(check)) ? null : value;
  const unchecked = checks.employees.filter((c) => c.retraining.status === "notChecked").length;
  return [
    ["retrainingOverdue", unless("overdueRetraining", count("retrainingOverdue"))],
    ["advancedOverdue", unless("overdueAdvanced", count("advancedOverdue"))],
    ["dueSoon", unless("dueSoon", count("retrainingDueSoon") + count("advancedDueSoon"))],
    ["hours", unless("hourViolations", checks.hourViolations.length)],
    ["problems", checks.problems.length],
    ...(unchecked > 0 ? [["retrainingNotChecked", unchecked] as const] : []),
  ];
}

/**
 * A counted badge's colour: "not checked" is a warning, anything overdue or wrong is danger, and
 * "due soon" stays informative because it is a reminder, not a fault.
 */
export function counterColor(key: string, value: number): "warning" | "danger" | "informative" {
  if (key === "retrainingNotChecked") return "warning";
  return value > 0 && key !== "dueSoon" ? "danger" : "informative";
}

/** Where one register's flagged rows may be highlighted: its first employee row to its last row, full width. */
export type Extent = { readonly first: number; readonly last: number; readonly width: number };

/**
 * The extent of each register for highlightPlans, from the workbook as read: a sheet with no grid
 * or no employees gets null (nothing to mark), so conditional formats never reach the header.
 */
export function registerExtent(checks: StaffCheck, data: WorkbookData): (sheet: string) => Extent | null {
  return (sheet) => {
    const grid = data.sheets.find((g) => g.name === sheet);
    const header = checks.employees.find((c) => c.employee.source.sheet === sheet);
    if (!grid || !header) return null;
    const origin = grid.origin?.row ?? 0;
    const first = Math.min(
      ...checks.employees.filter((c) => c.employee.source.sheet === sheet).map((c) => c.employee.source.row),
    );
    return { first, last: origin + grid.rows.length - 1, width: Math.max(...grid.rows.map((row) => row.length)) };
  };
}

/** Rows rendered around the view, so a fast scroll does not show blank space. */
const OVERSCAN = 5;

/**
 * The slice of the list to render for a scroll position: the rows in view plus a margin, so that
 * 10,000 employees scroll smoothly with only a few dozen rows in the DOM.
 */
export function visibleWindow(
  scrollTop: number,
  count: number,
  rowHeight: number,
  viewHeight: number,
): { readonly first: number; readonly last: number } {
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN);
  const last = Math.min(count, first + Math.ceil(viewHeight / rowHeight) + 2 * OVERSCAN);
  return { first, last };
}

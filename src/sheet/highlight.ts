/**
 * "Highlight in sheet" (issue #4): the rows of flagged employees, marked by conditional formats on
 * the register's data range — never by changing a cell. Each rule tests the row number against a
 * list, so a few rules cover thousands of rows; "Clear highlights" deletes exactly these rules.
 */
import type { StaffCheck } from "../checks/checkStaff";
import { a1 } from "../workbook/layout";

/** Row numbers per rule: keeps each formula well under Excel's 8,192-character limit. */
const ROWS_PER_RULE = 1000;

export interface HighlightPlan {
  readonly sheet: string;
  /** The data range the rules apply to, e.g. `A3:O216`. */
  readonly range: string;
  /** One custom-formula rule per chunk of rows, e.g. `=ISNUMBER(MATCH(ROW(),{5,9,12},0))`. */
  readonly formulas: readonly string[];
  readonly fill: string;
  /** Flagged rows, 1-based, as Excel numbers them. */
  readonly rows: readonly number[];
}

/**
 * Plans the highlight of every flagged employee's row on each register sheet.
 *
 * @example
 * highlightPlans(checks, (sheet) => ({ first: 2, last: 216, width: 15 }))
 * //=> [{ sheet: "Сотрудники", range: "A3:O217", formulas: ["=ISNUMBER(MATCH(ROW(),{5,9},0))"], … }]
 */
export function highlightPlans(
  checks: StaffCheck,
  extent: (sheet: string) => { readonly first: number; readonly last: number; readonly width: number } | null,
): HighlightPlan[] {
  const bySheet = new Map<string, Set<number>>();
  for (const check of checks.employees) {
    if (check.flags.length === 0) continue;
    const { sheet, row } = check.employee.source;
    const rows = bySheet.get(sheet) ?? new Set<number>();
    rows.add(row + 1);
    bySheet.set(sheet, rows);
  }
  const plans: HighlightPlan[] = [];
  for (const [sheet, set] of bySheet) {
    const span = extent(sheet);
    if (!span) continue;
    const rows = [...set].sort((a, b) => a - b);
    const formulas: string[] = [];
    for (let i = 0; i < rows.length; i += ROWS_PER_RULE) {
      formulas.push(`=ISNUMBER(MATCH(ROW(),{${rows.slice(i, i + ROWS_PER_RULE).join(",")}},0))`);
    }
    plans.push({
      sheet,
      range: `${a1(span.first, 0)}:${a1(span.last, span.width - 1)}`,
      formulas,
      fill: "#FDE7E9",
      rows,
    });
  }
  return plans;
}

/**
 * "Add rule columns" (issue #4): KADR formulas written to the right of a staff register, so the
 * Rules live in the officer's own sheet. Pure: it plans the cells; an adapter writes them. Every
 * formula refers to ONE "as of" cell instead of TODAY(): a volatile input in thousands of rows would
 * recalculate them all on every edit.
 */
import { findHeader } from "../reader/findHeader";
import { isBlankCell } from "../reader/cells";
import { formatSerial, type Lang, type Serial } from "../rules";
import { a1, NUMBER_FORMATS } from "../workbook/layout";
import type { SheetGrid } from "../workbook/port";

export interface RuleColumnsPlan {
  readonly sheet: string;
  /** 0-based sheet row of the register's header, and of the first and last data rows. */
  readonly headerRow: number;
  readonly firstRow: number;
  readonly lastRow: number;
  /** 0-based sheet column of the first new column (the first free one right of the data). */
  readonly col: number;
  readonly headers: readonly string[];
  /** One row of formulas per data row, in the order of `headers`. */
  readonly formulas: readonly (readonly string[])[];
  readonly numberFormats: readonly string[];
  /** The "as of" cell, right of the new headers: a date shown with its label. */
  readonly asOf: { readonly row: number; readonly col: number; readonly value: Serial; readonly numberFormat: string };
}

const HEADERS: Readonly<Record<Lang, readonly string[]>> = {
  en: ["Retraining venue (§13)", "Retraining deadline (§14)", "Advanced training due (§24)", "Status"],
  ru: ["Место переподготовки (п. 13)", "Срок переподготовки (п. 14)", "Срок ПК (п. 24)", "Статус"],
  kk: ["Қайта даярлау орны (13-т.)", "Қайта даярлау мерзімі (14-т.)", "БА мерзімі (24-т.)", "Мәртебесі"],
};
const AS_OF_LABEL: Readonly<Record<Lang, string>> = { en: "As of", ru: "На", kk: "Күні" };

/** A formula's argument list: an omitted optional argument (null) is left empty, trailing ones dropped. */
function args(...list: (string | null)[]): string {
  while (list.length > 0 && list[list.length - 1] === null) list.pop();
  return list.map((a) => a ?? "").join(",");
}

/** `$C$2`: an absolute reference, so every row points at the same "as of" cell. */
const absolute = (row: number, col: number) => a1(row, col).replace(/^([A-Z]+)(\d+)$/u, "$$$1$$$2");

/**
 * Plans the rule columns for a register sheet, or null when the sheet is not a register with the
 * columns the formulas need (category and appointment date at least).
 *
 * @example
 * // register: A "ФИО", B "Категория", C "Корпус", D "Дата назначения" …
 * ruleColumns(grid, serial("15.01.2026"), "ru")?.formulas[0]?.[0]
 * //=> '=IF(B2="","",KADR.RETRAINING_VENUE(B2,C2,"ru"))'
 */
export function ruleColumns(grid: SheetGrid, asOf: Serial, lang: Lang): RuleColumnsPlan | null {
  const header = findHeader(grid);
  if (!header || header.kind !== "register") return null;
  const category = header.columns.get("category");
  const appointment = header.columns.get("appointmentDate");
  if (category === undefined || appointment === undefined) return null;
  const corps = header.columns.get("corps");
  const last = header.columns.get("lastAdvancedTraining");
  const careerPlan = header.columns.get("careerPlan");
  const ratings = header.ratings.filter((r) => !r.isDate).sort((a, b) => a.year - b.year);
  const ratingDates = header.ratings.filter((r) => r.isDate).sort((a, b) => a.year - b.year);
  const contiguous = (cols: readonly number[]) => cols.every((c, i) => i === 0 || c === (cols[i - 1] ?? c) + 1);

  const origin = grid.origin ?? { row: 0, col: 0 };
  let lastRow = header.row;
  for (let r = header.row + 1; r < grid.rows.length; r++)
    if ((grid.rows[r] ?? []).some((v) => !isBlankCell(v))) lastRow = r;
  if (lastRow === header.row) return null;
  const width = Math.max(...grid.rows.map((row) => row.length));
  const col = origin.col + width;
  const asOfCell = { row: origin.row + header.row, col: col + HEADERS[lang].length };
  const asOfRef = absolute(asOfCell.row, asOfCell.col);

  const formulas: string[][] = [];
  for (let r = header.row + 1; r <= lastRow; r++) {
    const row = origin.row + r;
    const at = (c: number) => a1(row, origin.col + c);
    const range = (cols: readonly number[]) => `${at(cols[0] ?? 0)}:${at(cols[cols.length - 1] ?? 0)}`;
    const venue = `=IF(${at(category)}="","",KADR.RETRAINING_VENUE(${at(category)},${corps === undefined ? '""' : at(corps)},"${lang}"))`;
    const deadline = `=IF(${at(appointment)}="","",KADR.RETRAINING_DEADLINE(${at(appointment)}))`;
    const withDates = ratingDates.length === ratings.length && contiguous(ratingDates.map((c) => c.col));
    const ratingRange =
      ratings.length > 0 && contiguous(ratings.map((c) => c.col)) ? range(ratings.map((c) => c.col)) : '""';
    const datesRange = ratingRange !== '""' && withDates ? range(ratingDates.map((c) => c.col)) : null;
    // The corps decides the paragraph (§20 for corps A, §24 for corps B), and for corps A the
    // career-plan cell whether §20(1) applies; without one, its date is conditional.
    const servant = [
      datesRange,
      corps === undefined ? null : at(corps),
      careerPlan === undefined ? null : at(careerPlan),
    ];
    const dueCell = a1(row, col + 2);
    const due =
      last === undefined
        ? `=""`
        : `=IF(${at(last)}="","",KADR.TRAINING_DUE(${args(at(last), ratingRange, ...servant)}))`;
    // TRAINING_STATUS, not DEADLINE_STATUS: a conditional §20(1) date is never "overdue".
    const status =
      last === undefined
        ? `=""`
        : `=IF(${dueCell}="","",KADR.TRAINING_STATUS(${args(asOfRef, at(last), ratingRange, ...servant, `"${lang}"`)}))`;
    formulas.push([venue, deadline, due, status]);
  }
  return {
    sheet: grid.name,
    headerRow: origin.row + header.row,
    firstRow: origin.row + header.row + 1,
    lastRow: origin.row + lastRow,
    col,
    headers: HEADERS[lang],
    formulas,
    numberFormats: [NUMBER_FORMATS.text, NUMBER_FORMATS.date, NUMBER_FORMATS.date, NUMBER_FORMATS.text],
    asOf: { ...asOfCell, value: asOf, numberFormat: `"${AS_OF_LABEL[lang]} "dd.mm.yyyy` },
  };
}

/** The plan in words, for the pane's message: where the columns went. */
export function describePlan(plan: RuleColumnsPlan): string {
  return `${plan.sheet}!${a1(plan.headerRow, plan.col)}:${a1(plan.lastRow, plan.col + plan.headers.length)} (${formatSerial(plan.asOf.value)})`;
}

/**
 * exceljs cell values → the port's CellValue.
 */
import ExcelJS from "exceljs";
import { fromSystem1900, type DateSystem } from "../../rules";
import { NOT_CALCULATED, type CellValue } from "../../workbook/port";

const MS_PER_DAY = 86_400_000;
/** 1900-system serial of 01.01.1970, the origin of JavaScript time. */
const UNIX_EPOCH_SERIAL = 25569;

/**
 * The serial exceljs turned into this Date, in the workbook's own date system: exceljs builds its
 * Dates as `(serial − 25569 [+ 1462 in 1904 workbooks]) days` after 1970 in UTC, so this is the exact
 * number stored in the file, time of day included — the same number Office.js would give. Inverting
 * exceljs's own arithmetic (rather than taking the Date's calendar day) also keeps Excel's serials
 * before 01.03.1900 right, where Excel's phantom 29.02.1900 puts every Date exceljs builds one day
 * early. For ordinary dates it equals `dateToSerial(new UTCDate(date.getTime()))` of the core.
 * `null` for an Invalid Date.
 */
export function serialOfExcelJsDate(date: Date, system: DateSystem): number | null {
  const ms = date.getTime();
  if (Number.isNaN(ms)) return null;
  return fromSystem1900(ms / MS_PER_DAY + UNIX_EPOCH_SERIAL, system);
}

/** Plain text of a rich-text value: its runs joined. */
function richTextOf(value: ExcelJS.CellRichTextValue): string {
  return value.richText.map((run) => run.text ?? "").join("");
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/**
 * Any value exceljs may hold in a cell, or in a formula's result or a hyperlink's text, as a
 * CellValue. exceljs's CellValue type is wider at run time than declared (a hyperlink's text may be
 * rich text, a result may be a Date), hence `unknown`.
 */
export function toCellValue(value: unknown, system: DateSystem): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : { error: "#NUM!" };
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return serialOfExcelJsDate(value, system);
  if (!isObject(value)) return null;
  if (typeof value.error === "string") return { error: value.error };
  if (Array.isArray(value.richText)) return richTextOf(value as unknown as ExcelJS.CellRichTextValue);
  if ("formula" in value || "sharedFormula" in value) return formulaResult(value.result, system);
  if ("hyperlink" in value) return toCellValue(value.text, system);
  return null;
}

/** A formula's cached result; a file written by a script may have none, which is not a blank. */
function formulaResult(result: unknown, system: DateSystem): CellValue {
  return result === undefined ? { error: NOT_CALCULATED } : toCellValue(result, system);
}

/**
 * A cell's CellValue: merged-away cells (exceljs reports the master's value for them) are blank;
 * formula cells give their cached result — read from `cell.result`, because exceljs's `cell.value`
 * of a formula drops a result of 0 or FALSE.
 */
export function cellValueOf(cell: ExcelJS.Cell, system: DateSystem): CellValue {
  if (cell.type === ExcelJS.ValueType.Merge || cell.type === ExcelJS.ValueType.Null) return null;
  // The declared type (number | string | Date) omits booleans and error values.
  if (cell.type === ExcelJS.ValueType.Formula) return formulaResult(cell.result as unknown, system);
  return toCellValue(cell.value, system);
}

/** True for a formula cell whose cached result exceljs turned into a Date (see typedFormulaResults). */
export function isDateFormulaResult(cell: ExcelJS.Cell): boolean {
  return cell.type === ExcelJS.ValueType.Formula && (cell.result as unknown) instanceof Date;
}

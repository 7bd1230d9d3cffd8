/**
 * The one workbook port: what the core needs from a spreadsheet host, and what it hands back to be
 * written. Adapters implement it at the edge — Office.js (src/adapters/office), exceljs
 * (src/adapters/exceljs), Apps Script, and in-memory (src/workbook/memoryWorkbook.ts) for tests
 * and the browser preview. Nothing here imports a host.
 */
import type { DateSystem } from "../rules";
import type { SheetLayout } from "./layout";

/**
 * A cell's value as adapters deliver it: text, a number (dates as serials of the workbook's own
 * date system — adapters turn host Date objects into serials; the reader converts 1904 serials with
 * `WorkbookData.dateSystem`), a boolean, blank (`null`), or an error value such as `#N/A`. A formula
 * cell delivers its last computed result.
 */
export type CellValue = string | number | boolean | null | CellError;
export interface CellError {
  readonly error: string;
}

/**
 * The error text adapters give a formula cell that has no calculated value (a file written by a
 * script or a converter): it is neither blank nor a value, and readers say so.
 */
export const NOT_CALCULATED = "#NOT_CALCULATED";

/**
 * The error values a host delivers as text (Office.js `Range.values`, Apps Script `getValues()`):
 * Excel's, and Sheets' own `#ERROR!`, so that an .xlsx opened in either reads the same. One list for
 * every adapter. `values` is locale-invariant (there is no `valuesLocal`), so a Russian Excel still
 * reports `#N/A`, not `#Н/Д`. A text cell holding exactly one of these reads as the error: the hosts
 * deliver both alike, and a name or a date is never one of them.
 */
export const ERROR_VALUES: ReadonlySet<string> = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#ERROR!",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
  "#PYTHON!",
]);

/**
 * A host's text value as a cell value: one of the error values is an error, anything else text.
 *
 * @example
 * textCell("#N/A") //=> { error: "#N/A" }
 * textCell("Иванов") //=> "Иванов"
 */
export function textCell(raw: string): CellValue {
  return ERROR_VALUES.has(raw) ? { error: raw } : raw;
}

export function isCellError(value: unknown): value is CellError {
  return typeof value === "object" && value !== null && typeof (value as CellError).error === "string";
}

/** One sheet's used range. `rows[0][0]` is the cell at `origin` (A1 when origin is absent). */
export interface SheetGrid {
  readonly name: string;
  readonly rows: readonly (readonly CellValue[])[];
  /** Number formats, same shape as rows, when the host knows them (tells date serials from numbers). */
  readonly numberFormats?: readonly (readonly string[])[];
  /** 0-based sheet row and column of rows[0][0]. */
  readonly origin?: { readonly row: number; readonly col: number };
}

export interface WorkbookData {
  readonly sheets: readonly SheetGrid[];
  /** Mac workbooks may count dates from 1904; the reader converts their serials to the 1900 system. */
  readonly dateSystem: DateSystem;
}

/** What every host adapter provides. */
export interface WorkbookPort {
  /** Every worksheet's used range, values and number formats (one bulk read per sheet). */
  read(): Promise<WorkbookData>;
  /** Adds a new sheet laid out as given (never overwrites: the caller picks a free name). */
  addSheet(layout: SheetLayout): Promise<void>;
}

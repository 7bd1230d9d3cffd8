import {
  fail,
  isBlank,
  ok,
  serialFromParts,
  toSerial,
  toSystem1900,
  type DateSystem,
  type Outcome,
  type Serial,
} from "../rules";
import { isCellError, type CellValue, type SheetGrid } from "../workbook/port";

export function isBlankCell(value: CellValue | undefined): boolean {
  return isBlank(value);
}

/** Text of a cell (numbers written as typed), or null when blank. */
export function cellText(value: CellValue | undefined): string | null {
  if (isBlankCell(value) || isCellError(value)) return null;
  return String(value).trim().replace(/\s+/gu, " ");
}

/**
 * A date cell: blank → null; an error value → error; numbers are serials of the workbook's date
 * system (converted to the 1900 system); text is read as dd.mm.yyyy / yyyy-mm-dd.
 */
/**
 * No staff date is older than this: a smaller number in a date column is a count or a code typed
 * there (5 would otherwise read as 05.01.1900), reported rather than taken as a date.
 */
const FIRST_STAFF_DATE = serialFromParts(1920, 1, 1);

export function cellDate(value: CellValue | undefined, system: DateSystem): Outcome<Serial | null> {
  if (isBlankCell(value)) return ok(null);
  if (isCellError(value)) return fail({ code: "cellError", value: value.error });
  const read = toSerial(typeof value === "number" ? toSystem1900(value, system) : value);
  if (read.ok && read.value < FIRST_STAFF_DATE) return fail({ code: "notADate", value });
  return read;
}

/** The first text of a sheet's first three rows (its title), trimmed, or null. */
export function firstText(grid: SheetGrid): string | null {
  for (const row of grid.rows.slice(0, 3)) {
    const first = row.find((value) => typeof value === "string" && value.trim() !== "");
    if (typeof first === "string") return first.trim();
  }
  return null;
}

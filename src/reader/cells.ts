import { fail, isBlank, ok, toSerial, toSystem1900, type DateSystem, type Outcome, type Serial } from "../rules";
import { isCellError, type CellValue } from "../workbook/port";

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
export function cellDate(value: CellValue | undefined, system: DateSystem): Outcome<Serial | null> {
  if (isBlankCell(value)) return ok(null);
  if (isCellError(value)) return fail({ code: "cellError", value: value.error });
  return toSerial(typeof value === "number" ? toSystem1900(value, system) : value);
}

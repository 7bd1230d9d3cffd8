import {
  fail,
  isBlank,
  ok,
  serialFromParts,
  toSerial,
  toSystem1900,
  type DateSystem,
  type Outcome,
  type RuleError,
  type Serial,
} from "../rules";
import { a1 } from "../workbook/layout";
import { isCellError, NOT_CALCULATED, type CellError, type CellValue, type SheetGrid } from "../workbook/port";

/** What is wrong with an error cell: the error it shows, or a formula never calculated. */
export function cellErrorOf(value: CellError): RuleError {
  return value.error === NOT_CALCULATED ? { code: "notCalculated" } : { code: "cellError", value: value.error };
}

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
  if (isCellError(value)) return fail(cellErrorOf(value));
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

/** How many header cells a "no header" problem shows. */
const SEEN_CELLS = 6;

/**
 * The first non-blank row's cells as an officer would point at them — `A1 «ФИО», B1 «Кат.»` —
 * for a problem saying that no header was recognised in what was seen.
 */
export function firstCellsSeen(grid: SheetGrid): string {
  const origin = grid.origin ?? { row: 0, col: 0 };
  const row = grid.rows.findIndex((cells) => cells.some((value) => !isBlankCell(value)));
  if (row < 0) return "";
  const cells = (grid.rows[row] ?? []).flatMap((value, col) =>
    isBlankCell(value) ? [] : [`${a1(origin.row + row, origin.col + col)} «${cellText(value) ?? String(value)}»`],
  );
  return cells.slice(0, SEEN_CELLS).join(", ") + (cells.length > SEEN_CELLS ? ", …" : "");
}

import { sheetsSerial } from "../adapters/sheets/sheetsWorkbook";
import type { Serial } from "../rules";

/** One reader per zone: building an Intl formatter for every cell would dominate a recalculation. */
const READERS = new Map<string, (date: Date) => Serial>();

/**
 * The serial of a Sheets date in the spreadsheet's zone (Sheets hands a date cell to a script as
 * its midnight *there*; Almaty's midnight is the previous day in UTC), read as the Sheets adapter
 * reads cells.
 *
 * @example
 * sheetsDateSerial(new Date("2024-08-30T19:00:00Z"), "Asia/Almaty") //=> 45535 (31.08.2024)
 */
export function sheetsDateSerial(date: Date, timeZone: string): Serial {
  let read = READERS.get(timeZone);
  if (!read) {
    read = sheetsSerial(timeZone);
    READERS.set(timeZone, read);
  }
  return read(date);
}

/** Today in the spreadsheet's zone, as a whole day. */
export function sheetsToday(timeZone: string): Serial {
  return Math.floor(sheetsDateSerial(new Date(), timeZone));
}

/**
 * A custom-function argument as the Excel functions take it: Sheets passes date cells as `Date`
 * (→ serial in the spreadsheet's zone) and ranges as 2-D arrays (cells converted one by one);
 * everything else as it is. The core never sees a `Date`.
 */
export function fromSheets(value: unknown, timeZone: string): unknown {
  // Not `instanceof`: a Date from another realm (a test's vm context) is a Date all the same.
  if (Object.prototype.toString.call(value) === "[object Date]") return sheetsDateSerial(value as Date, timeZone);
  if (Array.isArray(value)) return value.map((cell: unknown) => fromSheets(cell, timeZone));
  return value;
}

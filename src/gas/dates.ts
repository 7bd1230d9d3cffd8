import { sheetsSerial, type FormatDate } from "../adapters/sheets/sheetsWorkbook";
import type { Serial } from "../rules";

/**
 * One reader per zone, with the serials it has read by instant: building an Intl formatter — or
 * formatting at all — for every date of a recalculation would dominate it, and a sheet's dates are
 * the same few thousand days (a date cell is its day's midnight in the zone) again and again.
 */
interface ZoneReader {
  readonly timeZone: string;
  readonly formatDate: FormatDate | undefined;
  readonly read: (date: Date) => Serial;
  readonly serials: Map<number, Serial>;
}

const READERS = new Map<string, ZoneReader>();
/** Serials remembered per zone; past this the memo starts over (as formatSerial's does). */
const SERIALS_LIMIT = 1 << 15;

/** The reader used last: a spreadsheet has one zone, so the lookup by zone is rarely needed. */
let last: ZoneReader | null = null;

function readerOf(timeZone: string, formatDate: FormatDate | undefined): ZoneReader {
  if (last && last.timeZone === timeZone && last.formatDate === formatDate) return last;
  let reader = READERS.get(timeZone);
  if (!reader || reader.formatDate !== formatDate) {
    reader = { timeZone, formatDate, read: sheetsSerial(timeZone, formatDate), serials: new Map() };
    READERS.set(timeZone, reader);
  }
  last = reader;
  return reader;
}

/**
 * The serial of a Sheets date in the spreadsheet's zone (Sheets hands a date cell to a script as
 * its midnight *there*; Almaty's midnight is the previous day in UTC), read as the Sheets adapter
 * reads cells: by `formatDate` when given — Apps Script's `Utilities.formatDate`, the zone data
 * Sheets itself uses — else by Intl.
 *
 * @example
 * sheetsDateSerial(new Date("2024-08-30T19:00:00Z"), "Asia/Almaty") //=> 45535 (31.08.2024)
 */
export function sheetsDateSerial(date: Date, timeZone: string, formatDate?: FormatDate): Serial {
  const reader = readerOf(timeZone, formatDate);
  const time = date.getTime();
  const known = reader.serials.get(time);
  if (known !== undefined) return known;
  const serial = reader.read(date);
  if (reader.serials.size >= SERIALS_LIMIT) reader.serials.clear();
  reader.serials.set(time, serial);
  return serial;
}

/** Today in the spreadsheet's zone, as a whole day (not remembered: "now" never comes again). */
export function sheetsToday(timeZone: string, formatDate?: FormatDate): Serial {
  return Math.floor(readerOf(timeZone, formatDate).read(new Date()));
}

/** The zone a custom function's dates are read in, and how (see sheetsDateSerial). */
export interface SheetsZone {
  readonly timeZone: string;
  readonly formatDate?: FormatDate | undefined;
}

const isDate = (value: unknown): value is Date =>
  // Not `instanceof`: a Date from another realm (a test's vm context) is a Date all the same.
  Object.prototype.toString.call(value) === "[object Date]";

/**
 * A custom-function argument as the Excel functions take it: Sheets passes date cells as `Date`
 * (→ serial in the spreadsheet's zone) and ranges as 2-D arrays (cells converted one by one);
 * everything else as it is. The core never sees a `Date`. `zone` is called only when there is a
 * date to read (asking the spreadsheet for its zone is a service call).
 */
export function fromSheets(value: unknown, zone: () => SheetsZone): unknown {
  if (typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) {
    // A range without dates (most are) is passed on as it is: no copy per cell.
    let out: unknown[] | null = null;
    for (let i = 0; i < value.length; i++) {
      const cell: unknown = value[i];
      const read = fromSheets(cell, zone);
      if (read !== cell) {
        out ??= value.slice();
        out[i] = read;
      }
    }
    return out ?? value;
  }
  if (!isDate(value)) return value;
  const { timeZone, formatDate } = zone();
  return sheetsDateSerial(value, timeZone, formatDate);
}

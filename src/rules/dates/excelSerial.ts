import { UTCDate } from "@date-fns/utc";
import { lightFormat } from "date-fns";
import { fail, ok, type Outcome } from "../outcome";

/**
 * A day as Excel's 1900 date system numbers it: 1 = 01.01.1900, 60 = the phantom 29.02.1900
 * (Excel keeps Lotus 1-2-3's leap-year bug), 61 = 01.03.1900. The core counts days in these
 * serials because that is what every spreadsheet host hands us and returns to us.
 */
export type Serial = number;

/** Which date system a workbook uses; Mac workbooks may use 1904 (serial 0 = 01.01.1904). */
export type DateSystem = 1900 | 1904;

/** Excel's phantom 29 February 1900. */
export const PHANTOM_LEAP_DAY: Serial = 60;
/** 31.12.9999, the last day Excel can show. */
export const MAX_SERIAL: Serial = 2958465;
/** Days between the 1900 and 1904 systems' origins. */
const OFFSET_1904 = 1462;

/** Days from 01.01.1970 (the JavaScript epoch) back to serial 0 of the post-phantom count. */
const EPOCH_SERIAL = 25569;
const MS_PER_DAY = 86_400_000;

/*
 * Dates inside the core are UTCDate (@date-fns/utc): date-fns then does its month arithmetic in
 * UTC, so no time zone or daylight-saving rule can move a day, and no call pays for a zone lookup.
 */

/**
 * The calendar date of a 1900-system serial (the time of day, if any, is dropped), as a UTCDate.
 *
 * @example
 * serialToDate(45535) //=> { ok: true, value: UTCDate 2024-08-31 }
 * serialToDate(60)    //=> { ok: false, error: { code: "phantomLeapDay", value: 60 } }
 */
export function serialToDate(serial: Serial): Outcome<Date> {
  const day = Math.floor(serial);
  if (!Number.isFinite(day) || day < 1 || day > MAX_SERIAL) return fail({ code: "dateOutOfRange", value: serial });
  if (day === PHANTOM_LEAP_DAY) return fail({ code: "phantomLeapDay", value: serial });
  // Before the phantom day Excel's count is one behind the real one.
  const realDay = day < PHANTOM_LEAP_DAY ? day + 1 : day;
  return ok(new UTCDate((realDay - EPOCH_SERIAL) * MS_PER_DAY));
}

/**
 * The 1900-system serial of a calendar date given by its parts (month 1–12).
 *
 * @example
 * serialFromParts(2024, 8, 31) //=> 45535
 * serialFromParts(1900, 3, 1)  //=> 61
 */
export function serialFromParts(year: number, month: number, day: number): Serial {
  const realDay = Date.UTC(year, month - 1, day) / MS_PER_DAY + EPOCH_SERIAL;
  return realDay <= PHANTOM_LEAP_DAY ? realDay - 1 : realDay;
}

/**
 * The 1900-system serial of a date's calendar day, the time ignored: a UTCDate by its UTC day,
 * a plain JavaScript Date by its local day (what the user saw).
 *
 * @example
 * dateToSerial(new Date(2024, 7, 31)) //=> 45535
 */
export function dateToSerial(date: Date): Serial {
  return serialFromParts(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/** A serial of a workbook's own date system, converted to the 1900 system the core uses. */
export function toSystem1900(serial: Serial, system: DateSystem): Serial {
  return system === 1904 ? serial + OFFSET_1904 : serial;
}

/** A 1900-system serial converted to a workbook's own date system. */
export function fromSystem1900(serial: Serial, system: DateSystem): Serial {
  return system === 1904 ? serial - OFFSET_1904 : serial;
}

/** Explanations and reports format the same few thousand days again and again: remember them. */
const FORMATTED = new Map<Serial, string>();
const FORMATTED_LIMIT = 1 << 15;

/**
 * A serial as officers write dates, `dd.mm.yyyy`; a value that is not a date is shown as it is.
 *
 * @example
 * formatSerial(45535) //=> "31.08.2024"
 */
export function formatSerial(serial: Serial): string {
  const known = FORMATTED.get(serial);
  if (known !== undefined) return known;
  const date = serialToDate(serial);
  const text = date.ok ? lightFormat(date.value, "dd.MM.yyyy") : String(serial);
  if (FORMATTED.size >= FORMATTED_LIMIT) FORMATTED.clear();
  FORMATTED.set(serial, text);
  return text;
}

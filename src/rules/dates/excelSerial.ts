import { differenceInCalendarDays, lightFormat } from "date-fns";
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

/*
 * Dates are local dates at 12:00, so that no time-zone or daylight-saving shift can move them
 * across midnight while date-fns adds months in local time.
 */
const NOON = 12;
const EPOCH_AFTER_PHANTOM = new Date(1899, 11, 30, NOON); // serial 0 for serials ≥ 61
const EPOCH_BEFORE_PHANTOM = new Date(1899, 11, 31, NOON); // serial 0 for serials 1…59

/**
 * The calendar date of a 1900-system serial (the time of day, if any, is dropped).
 *
 * @example
 * serialToDate(45535) //=> { ok: true, value: 2024-08-31 (local, 12:00) }
 * serialToDate(60)    //=> { ok: false, error: { code: "phantomLeapDay", value: 60 } }
 */
export function serialToDate(serial: Serial): Outcome<Date> {
  const day = Math.floor(serial);
  if (!Number.isFinite(day) || day < 1 || day > MAX_SERIAL) return fail({ code: "dateOutOfRange", value: serial });
  if (day === PHANTOM_LEAP_DAY) return fail({ code: "phantomLeapDay", value: serial });
  const epoch = day < PHANTOM_LEAP_DAY ? EPOCH_BEFORE_PHANTOM : EPOCH_AFTER_PHANTOM;
  // The Date constructor rolls day overflow into months and years, so no month maths here.
  return ok(new Date(epoch.getFullYear(), epoch.getMonth(), epoch.getDate() + day, NOON));
}

/**
 * The 1900-system serial of a calendar date (local date parts are used, the time is ignored).
 *
 * @example
 * dateToSerial(new Date(2024, 7, 31)) //=> 45535
 * dateToSerial(new Date(1900, 2, 1))  //=> 61
 */
export function dateToSerial(date: Date): Serial {
  const beforePhantom = date.getFullYear() === 1900 && date.getMonth() < 2;
  return differenceInCalendarDays(date, beforePhantom ? EPOCH_BEFORE_PHANTOM : EPOCH_AFTER_PHANTOM);
}

/** A serial of a workbook's own date system, converted to the 1900 system the core uses. */
export function toSystem1900(serial: Serial, system: DateSystem): Serial {
  return system === 1904 ? serial + OFFSET_1904 : serial;
}

/** A 1900-system serial converted to a workbook's own date system. */
export function fromSystem1900(serial: Serial, system: DateSystem): Serial {
  return system === 1904 ? serial - OFFSET_1904 : serial;
}

/**
 * A serial as officers write dates, `dd.mm.yyyy`; a value that is not a date is shown as it is.
 *
 * @example
 * formatSerial(45535) //=> "31.08.2024"
 */
export function formatSerial(serial: Serial): string {
  const date = serialToDate(serial);
  return date.ok ? lightFormat(date.value, "dd.MM.yyyy") : String(serial);
}

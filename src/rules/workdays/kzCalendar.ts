import { KZ_DAYS_OFF, KZ_HOLIDAY_YEARS } from "../data/kzHolidays";
import { serialFromParts, serialToDate, type Serial } from "../dates/excelSerial";

/** The serial range the calendar covers: 01.01 of the first year … 31.12 of the last. */
export interface CalendarSpan {
  readonly first: Serial;
  readonly last: Serial;
}

interface Calendar extends CalendarSpan {
  /** 1 where the day is a Saturday, Sunday, public holiday or substitute day off. */
  readonly off: Uint8Array;
}

let calendar: Calendar | null = null;

/**
 * The non-working days of Kazakhstan as a flat array indexed by serial, built once on first use
 * (a few thousand entries), so that a working-day count is an array lookup per day.
 */
export function kzCalendar(): Calendar {
  if (calendar) return calendar;
  const first = serialFromParts(KZ_HOLIDAY_YEARS.first, 1, 1);
  const last = serialFromParts(KZ_HOLIDAY_YEARS.last, 12, 31);
  const off = new Uint8Array(last - first + 1);
  for (let serial = first; serial <= last; serial++) {
    const date = serialToDate(serial);
    // serialToDate cannot fail inside the span (no phantom day after 1900).
    const weekday = date.ok ? date.value.getDay() : 0;
    if (weekday === 0 || weekday === 6) off[serial - first] = 1;
  }
  for (const [year, days] of Object.entries(KZ_DAYS_OFF)) {
    for (const day of days.split(" ")) {
      const [month, dayOfMonth] = day.split("-").map(Number);
      off[serialFromParts(Number(year), month ?? 1, dayOfMonth ?? 1) - first] = 1;
    }
  }
  calendar = { first, last, off };
  return calendar;
}

/** True when the day is a Saturday, Sunday, Kazakhstan public holiday or substitute day off. */
export function isKzDayOff(serial: Serial): boolean {
  const { first, off } = kzCalendar();
  return off[serial - first] === 1;
}

import { KZ_DAYS_OFF, KZ_HOLIDAY_YEARS } from "../data/kzHolidays";
import { KZ_TRANSFERS, type KzTransfer } from "../data/kzTransfers";
import { serialFromParts, serialToDate, type Serial } from "../dates/excelSerial";

/** The serial range the calendar covers: 01.01 of the first year … 31.12 of the last. */
export interface CalendarSpan {
  readonly first: Serial;
  readonly last: Serial;
}

interface Calendar extends CalendarSpan {
  /**
   * 1 where the day is off: a Saturday, Sunday, public holiday, substitute day off or a day the
   * Government made off by decree — and not a day the decree made working (KZ_TRANSFERS).
   */
  readonly off: Uint8Array;
}

/**
 * The officer's own changes to the calendar. It is the set of the days made off — what every
 * working-day count has always taken as its extra days off (`ReadonlySet<Serial>`), so that §20–§21
 * and WORKDAY_KZ take it unchanged — and it carries `workDays`, the Saturdays, Sundays or holidays
 * made working days. Built by `calendarChanges`, which refuses a day in both lists.
 */
export class CalendarChanges extends Set<Serial> {
  readonly workDays: ReadonlySet<Serial>;

  constructor(daysOff: Iterable<Serial>, workDays: Iterable<Serial>) {
    super(daysOff);
    this.workDays = new Set(workDays);
  }
}

/** The days made working that a set of extra days off carries (none for a plain set). */
export function workDaysOf(extra: ReadonlySet<Serial> | undefined): ReadonlySet<Serial> | undefined {
  return extra instanceof CalendarChanges ? extra.workDays : undefined;
}

/** `YYYY-MM-DD` → serial, or null when it is not a real date. */
function isoSerial(date: string): Serial | null {
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(date);
  if (!parts) return null;
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  const serial = serialFromParts(year, month, day);
  const back = serialToDate(serial);
  return back.ok && back.value.getUTCDate() === day && back.value.getUTCMonth() === month - 1 ? serial : null;
}

/**
 * The calendar from the holiday table and a table of decree transfers (the bundled KZ_TRANSFERS by
 * default): weekends and holidays off, then each transfer applied — "dayOff" sets the day off,
 * "workDay" makes it working. A transfer that is not a date inside the span is ignored (the test
 * of KZ_TRANSFERS keeps such an entry out of the table).
 */
export function buildKzCalendar(transfers: readonly KzTransfer[] = KZ_TRANSFERS): Calendar {
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
  for (const transfer of transfers) {
    const serial = isoSerial(transfer.date);
    if (serial === null || serial < first || serial > last) continue;
    off[serial - first] = transfer.kind === "dayOff" ? 1 : 0;
  }
  return { first, last, off };
}

/** `YYYY-MM-DD` of a transfer as a serial, or null when it is not a real date. */
export const transferSerial = (transfer: KzTransfer): Serial | null => isoSerial(transfer.date);

let calendar: Calendar | null = null;

/**
 * The non-working days of Kazakhstan as a flat array indexed by serial, built once on first use
 * (a few thousand entries), so that a working-day count is an array lookup per day.
 */
export function kzCalendar(): Calendar {
  calendar ??= buildKzCalendar();
  return calendar;
}

/**
 * True when the day is a Saturday, Sunday, Kazakhstan public holiday, substitute day off or a day
 * made off by decree, and not a day the decree made working. With the officer's `changes` (a set
 * of extra days off, or `calendarChanges`), a day in the set is off and one of its `workDays` is
 * working.
 */
export function isKzDayOff(serial: Serial, changes?: ReadonlySet<Serial>): boolean {
  if (changes?.has(serial)) return true;
  if (workDaysOf(changes)?.has(serial)) return false;
  const { first, off } = kzCalendar();
  return off[serial - first] === 1;
}

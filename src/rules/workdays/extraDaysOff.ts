import { parseDateText } from "../dates/toSerial";
import { formatSerial, type Serial } from "../dates/excelSerial";
import type { RuleError } from "../errors";
import { CalendarChanges, isKzDayOff, kzCalendar } from "./kzCalendar";

/** What an officer's list of extra non-working days reads as: the days, and each word that is not one. */
export interface ExtraDaysOff {
  /** The days, sorted, each once. */
  readonly days: readonly Serial[];
  /** Each piece of the text that is not a date, with why. */
  readonly problems: readonly { readonly text: string; readonly error: RuleError }[];
}

/*
 * The government moves days off every year by decree (a Saturday becomes a working day, a bridge
 * Monday a day off); the decrees the calendar carries are in data/kzTransfers.ts, and officers add
 * the others themselves, both kinds: extra days off and extra working days. They paste them from
 * the decree in any of the forms of parseDateText, separated by commas, semicolons, spaces or new
 * lines.
 */
const SEPARATORS = /[\s,;]+/u;

/**
 * Reads a list of extra non-working days as typed in Settings.
 *
 * @example
 * parseExtraDaysOff("02.01.2026, 2026-03-23")
 * //=> { days: [46024, 46104], problems: [] }
 * parseExtraDaysOff("02.01.2026 31.02.2026").problems[0]?.text
 * //=> "31.02.2026"
 */
export function parseExtraDaysOff(text: string): ExtraDaysOff {
  return parseDayList(text);
}

/**
 * Reads a list of extra working days (a Saturday or Sunday the government made a working day) as
 * typed in Settings or `--work-days`: the same forms and separators as parseExtraDaysOff.
 *
 * @example
 * parseExtraWorkDays("05.12.2026").days //=> [46361]
 */
export function parseExtraWorkDays(text: string): ExtraDaysOff {
  return parseDayList(text);
}

function parseDayList(text: string): ExtraDaysOff {
  const days = new Set<Serial>();
  const problems: { text: string; error: RuleError }[] = [];
  for (const word of text.split(SEPARATORS)) {
    if (word === "") continue;
    const day = parseDateText(word);
    if (day.ok) days.add(day.value);
    else problems.push({ text: word, error: day.error });
  }
  return { days: [...days].sort((a, b) => a - b), problems };
}

/** The officer's changes to the calendar, or the days listed both as off and as working. */
export type CalendarChangesRead =
  { readonly ok: true; readonly value: CalendarChanges } | { readonly ok: false; readonly both: readonly Serial[] };

/**
 * The officer's extra days off and extra working days as one value for every working-day count
 * (workdayKz, §20–§21, checkAttestation, makeAttestation take it where they take extra days off).
 * A day in both lists is refused, naming it: a day is either off or working, and guessing which
 * one the officer meant would move a deadline.
 *
 * @example
 * const thursday = 46359, saturday = 46361;          // 03.12.2026, 05.12.2026
 * const moved = calendarChanges([], [saturday]);
 * moved.ok && workdayKz(thursday, 3, moved.value)   //=> { ok: true, value: 46363 } (Mon 07.12.2026)
 * calendarChanges([saturday], [saturday])           //=> { ok: false, both: [46361] }
 */
export function calendarChanges(daysOff: Iterable<Serial>, workDays: Iterable<Serial>): CalendarChangesRead {
  const off = new Set(daysOff);
  const working = new Set(workDays);
  const both = [...working].filter((day) => off.has(day)).sort((a, b) => a - b);
  if (both.length > 0) return { ok: false, both };
  return { ok: true, value: new CalendarChanges(off, working) };
}

/**
 * The days of a list of extra working days that the calendar already counts as working (an
 * ordinary weekday): adding them changes nothing, and most likely the day was meant for the other
 * list. Days outside the calendar's years are not judged.
 *
 * @example
 * alreadyWorkingDays([46361, 46362, 46363]) //=> [46363]   (Sat 05.12, Sun 06.12, Mon 07.12.2026)
 */
export function alreadyWorkingDays(days: readonly Serial[]): Serial[] {
  const { first, last } = kzCalendar();
  return days.filter((day) => day >= first && day <= last && !isKzDayOff(day));
}

/**
 * The stored form of a list of days (what Settings saves in the workbook, for days off and for
 * work days alike): dd.mm.yyyy, one per line, which parseExtraDaysOff reads back to the same days.
 *
 * @example
 * formatExtraDaysOff([46024, 46104]) //=> "02.01.2026\n23.03.2026"
 */
export function formatExtraDaysOff(days: readonly Serial[]): string {
  return days.map(formatSerial).join("\n");
}

import { REPORT_DEADLINE } from "../data/rules";
import type { Lang } from "../data/labels";
import { serialFromParts, serialToDate, type Serial } from "../dates/excelSerial";
import { paragraphText } from "../explain/paragraphs";
import { fail, ok, type Outcome } from "../outcome";
import { isKzDayOff, kzCalendar } from "../workdays/kzCalendar";

/** Years whose report deadline (in the next year) Excel can show. */
const FIRST_YEAR = 1900;
const LAST_YEAR = 9998;

/**
 * Rules §30: the HR service reports on the year's retraining and advanced training by 10 January
 * of the following year.
 *
 * @example
 * reportDeadline(2024) //=> { ok: true, value: 45667 }   (10.01.2025)
 */
export function reportDeadline(year: number): Outcome<Serial> {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR)
    return fail({ code: "yearOutOfRange", value: year });
  return ok(serialFromParts(year + 1, REPORT_DEADLINE.month, REPORT_DEADLINE.day));
}

/** Why the report's deadline is not a working day. */
export interface DeadlineDayOff {
  /** The day of the week, 0 = Sunday … 6 = Saturday (as `Date.getUTCDay`). */
  readonly weekday: number;
  /** A Saturday or Sunday, or a public holiday / substitute day off that falls on a weekday. */
  readonly kind: "weekend" | "holiday";
}

/**
 * Rules §30 names the date (10 January) and says nothing of days off, so the deadline is never
 * moved; when it falls on a day off the report says so instead, with the day of the week. The
 * calendar is Kazakhstan's (isKzDayOff: Saturdays, Sundays, public holidays, substitute days off
 * and the decree transfers it carries — a Saturday made a working day is a working day); outside
 * the years it covers (2000–2060) only Saturdays and Sundays are known. `null` on a working day.
 *
 * @example
 * reportDeadlineDayOff(46397) //=> { weekday: 0, kind: "weekend" }   (10.01.2027, a Sunday)
 * reportDeadlineDayOff(45667) //=> null                               (10.01.2025, a Friday)
 */
export function reportDeadlineDayOff(deadline: Serial): DeadlineDayOff | null {
  const date = serialToDate(deadline);
  if (!date.ok) return null;
  const weekday = date.value.getUTCDay();
  const weekend = weekday === 0 || weekday === 6;
  const { first, last } = kzCalendar();
  const off = deadline >= first && deadline <= last ? isKzDayOff(deadline) : weekend;
  if (!off) return null;
  return { weekday, kind: weekend ? "weekend" : "holiday" };
}

/** The days of the week, Sunday first, as the note names them. */
const WEEKDAYS: Readonly<Record<Lang, readonly string[]>> = {
  en: ["a Sunday", "a Monday", "a Tuesday", "a Wednesday", "a Thursday", "a Friday", "a Saturday"],
  ru: ["воскресенье", "понедельник", "вторник", "среда", "четверг", "пятница", "суббота"],
  kk: ["жексенбі", "дүйсенбі", "сейсенбі", "сәрсенбі", "бейсенбі", "жұма", "сенбі"],
};

const DAY_OFF: Readonly<Record<DeadlineDayOff["kind"], Readonly<Record<Lang, string>>>> = {
  weekend: { en: "a day off", ru: "выходной день", kk: "демалыс күні" },
  holiday: {
    en: "a public holiday or day off in Kazakhstan",
    ru: "праздничный или выходной день в Казахстане",
    kk: "Қазақстанда мереке немесе демалыс күні",
  },
};

/**
 * What the report (its sheet and `kadr report --json`) says of a deadline that falls on a day off:
 * the day of the week, and that §30's date stands. The paragraph comes from REPORT_DEADLINE.
 * `null` on a working day.
 *
 * @example
 * reportDeadlineNote(46397, "en") //=> "a Sunday — a day off; Rules §30 names the date, it is not moved"
 * reportDeadlineNote(46397, "ru") //=> "воскресенье — выходной день; п. 30 Правил называет дату, срок не переносится"
 */
export function reportDeadlineNote(deadline: Serial, lang: Lang): string | null {
  const dayOff = reportDeadlineDayOff(deadline);
  if (!dayOff) return null;
  const weekday = WEEKDAYS[lang][dayOff.weekday] ?? "";
  const kind = DAY_OFF[dayOff.kind][lang];
  const p = paragraphText(REPORT_DEADLINE.paragraph, lang);
  return {
    en: `${weekday} — ${kind}; Rules ${p} names the date, it is not moved`,
    ru: `${weekday} — ${kind}; ${p} Правил называет дату, срок не переносится`,
    kk: `${weekday} — ${kind}; Қағидалар, ${p}: күні аталған, мерзім ауыстырылмайды`,
  }[lang];
}

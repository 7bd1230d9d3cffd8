/**
 * Rules §30: the report is due 10 January of the following year, and that day is never moved. When
 * it falls on a day off (Kazakhstan's calendar) the note says which day of the week it is. The
 * weekdays are checked against an independent computation (Date.UTC), not the code under test.
 */
import { describe, expect, it } from "vitest";
import {
  formatSerial,
  LANGS,
  paragraphText,
  REPORT_DEADLINE,
  reportDeadline,
  reportDeadlineDayOff,
  reportDeadlineNote,
} from "../../src/rules";
import { KZ_DAYS_OFF } from "../../src/rules/data/kzHolidays";
import { serial } from "../cases/functionCases";

const WEEKDAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** 10 January of each year: the day of the week, as a calendar shows it. */
const TENTH_OF_JANUARY = [
  [2025, "Friday"],
  [2026, "Saturday"],
  [2027, "Sunday"],
  [2028, "Monday"],
  [2029, "Wednesday"],
  [2030, "Thursday"],
  [2031, "Friday"],
  [2032, "Saturday"],
] as const;

const NOTES = {
  Saturday: {
    en: "a Saturday — a day off; Rules §30 names the date, it is not moved",
    ru: "суббота — выходной день; п. 30 Правил называет дату, срок не переносится",
    kk: "сенбі — демалыс күні; Қағидалар, 30-тармақ: күні аталған, мерзім ауыстырылмайды",
  },
  Sunday: {
    en: "a Sunday — a day off; Rules §30 names the date, it is not moved",
    ru: "воскресенье — выходной день; п. 30 Правил называет дату, срок не переносится",
    kk: "жексенбі — демалыс күні; Қағидалар, 30-тармақ: күні аталған, мерзім ауыстырылмайды",
  },
} as const;

describe("REPORT_DEADLINE (Rules §30): 10 January, never moved off a day off", () => {
  it.each(TENTH_OF_JANUARY)("10.01.%i is a %s", (year, weekday) => {
    // Independently of the code: the weekday of 10 January by Date.UTC.
    const utc = new Date(Date.UTC(year, 0, 10)).getUTCDay();
    expect(WEEKDAY_NAMES[utc]).toBe(weekday);

    // The deadline of the year before is 10 January itself, whatever the day of the week.
    const deadline = reportDeadline(year - 1);
    expect(deadline).toEqual({ ok: true, value: serial(`10.01.${year}`) });
    const day = deadline.ok ? deadline.value : NaN;
    expect(formatSerial(day)).toBe(`10.01.${year}`);

    // No holiday of the bundled table falls on 10 January in these years: only weekends are off.
    expect(KZ_DAYS_OFF[year]?.split(" ")).not.toContain("01-10");
    const weekend = utc === 0 || utc === 6;
    expect(reportDeadlineDayOff(day)).toEqual(weekend ? { weekday: utc, kind: "weekend" } : null);
    for (const lang of LANGS) {
      const note = reportDeadlineNote(day, lang);
      if (weekday === "Saturday" || weekday === "Sunday") expect(note).toBe(NOTES[weekday][lang]);
      else expect(note).toBeNull();
    }
  });

  it("cites the paragraph from REPORT_DEADLINE in each language's own form", () => {
    for (const lang of LANGS) {
      expect(reportDeadlineNote(serial("10.01.2027"), lang)).toContain(paragraphText(REPORT_DEADLINE.paragraph, lang));
    }
  });

  it("names a public holiday that falls on a weekday as one (22.03.2028, Nauryz, a Wednesday)", () => {
    expect(new Date(Date.UTC(2028, 2, 22)).getUTCDay()).toBe(3);
    expect(reportDeadlineDayOff(serial("22.03.2028"))).toEqual({ weekday: 3, kind: "holiday" });
    expect(reportDeadlineNote(serial("22.03.2028"), "en")).toBe(
      "a Wednesday — a public holiday or day off in Kazakhstan; Rules §30 names the date, it is not moved",
    );
    expect(reportDeadlineNote(serial("22.03.2028"), "ru")).toBe(
      "среда — праздничный или выходной день в Казахстане; п. 30 Правил называет дату, срок не переносится",
    );
  });

  it("outside the holiday calendar's years still knows Saturdays and Sundays", () => {
    // 10.01.2065 is a Saturday, 10.01.2066 a Sunday, 10.01.2067 a Monday (Date.UTC).
    expect([2065, 2066, 2067].map((y) => new Date(Date.UTC(y, 0, 10)).getUTCDay())).toEqual([6, 0, 1]);
    expect(reportDeadlineDayOff(serial("10.01.2065"))).toEqual({ weekday: 6, kind: "weekend" });
    expect(reportDeadlineDayOff(serial("10.01.2066"))).toEqual({ weekday: 0, kind: "weekend" });
    expect(reportDeadlineDayOff(serial("10.01.2067"))).toBeNull();
  });
});

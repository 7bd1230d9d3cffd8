/**
 * Days the Government of Kazakhstan moves by decree each year (переносы выходных дней): a weekday
 * made a day off, and a Saturday or Sunday made a working day in exchange. The working-day
 * calendar (kzCalendar) applies them on top of the holiday table, so WORKDAY_KZ, Attestation Rules
 * §20–§21 and every other working-day count follow them; the officer adds the ones this table
 * lacks (Settings, `kadr attestation --days-off / --work-days`).
 *
 * Each entry cites the decree it comes from. Only sourced entries belong here — a date typed from
 * memory is worse than none, since a wrong working Saturday silently shortens a deadline.
 *
 * Why the table is empty: the only calendar source in this repository is `date-holidays` (KZ,
 * data/countries/KZ.yaml, 3.37.0). It carries the public holidays and the statutory substitute
 * days off (a holiday on a Saturday or Sunday moves to the next working day — already in
 * kzHolidays.ts), but none of the Government's yearly transfer decrees: no working Saturdays and
 * no bridge days. The decrees themselves cannot be fetched here, so no entry is invented. Add each
 * year's entries from the decree (adilet.zan.kz), e.g.
 *   { date: "YYYY-MM-DD", kind: "workDay", source: "Постановление Правительства РК от dd.mm.yyyy № N" }
 * test/rules/workdays.test.ts checks every entry: a real date inside the calendar's years, cited,
 * listed once, a "dayOff" on a day that was working and a "workDay" on a day that was off.
 */
export interface KzTransfer {
  /** The day, as YYYY-MM-DD. */
  readonly date: string;
  /** "dayOff": a working day made a day off; "workDay": a day off (usually a Saturday) made working. */
  readonly kind: "dayOff" | "workDay";
  /** The decree that moves it: its kind, date and number. */
  readonly source: string;
}

export const KZ_TRANSFERS: readonly KzTransfer[] = [];

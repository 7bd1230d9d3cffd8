import type { Venue } from "../data/categories";
import {
  RETRAINING_VENUE_PARAGRAPH,
  RETRAINING_WHO,
  RETRAINING_COMPLETE_WITHIN,
  RETRAINING_MIN_HOURS,
  RETRAINING_SEND_WITHIN,
  type Paragraph,
} from "../data/rules";
import { addMonths } from "../dates/addMonths";
import type { Serial } from "../dates/excelSerial";
import { normalizeCategory, type Category } from "../category/normalizeCategory";
import { fail, ok, type Outcome } from "../outcome";
import type { Corps } from "../people/corps";

/** A venue decision and what decided it. */
export interface VenueDecision {
  readonly venue: Venue;
  readonly paragraph: Paragraph;
  readonly corps: Corps | null;
  /** The category read from the sheet; absent when corps A decided alone. */
  readonly category?: Category;
}

/**
 * Rules §13: where a servant is retrained. Corps A → Academy whatever the category; corps B (or
 * corps not given) → by category; political servants are not retrained (Rules §3).
 *
 * @example
 * retrainingVenue("С-О-3", "B") //=> { ok: true, value: { venue: "regionalCentre", paragraph: "§13", … } }
 * retrainingVenue("", "A")      //=> { ok: true, value: { venue: "academy", … } }
 */
export function retrainingVenue(category: unknown, corps: Corps | null): Outcome<VenueDecision> {
  if (corps === "political") return fail({ code: "politicalNotRetrained", value: category });
  if (corps === "A") return ok({ venue: "academy", paragraph: RETRAINING_VENUE_PARAGRAPH, corps });
  const read = normalizeCategory(category);
  if (!read.ok) return read;
  return ok({ venue: read.value.venue, paragraph: RETRAINING_VENUE_PARAGRAPH, corps, category: read.value });
}

/** Why retraining is (or is not) required. */
export interface RetrainingNeed {
  readonly required: boolean;
  /** `§3(1)` first entry into corps A/B, `§3(2)` first corps B leadership post, `§3` otherwise. */
  readonly paragraph: Paragraph;
}

/**
 * Rules §3: retraining is for those (1) entering the administrative service of corps A or B for
 * the first time, or (2) appointed for the first time to a corps B leadership position.
 * Political servants are not sent.
 *
 * @example
 * retrainingRequired("B", false, true) //=> { required: true, paragraph: "§3(2)" }
 * retrainingRequired("A", false, true) //=> { required: false, paragraph: "§3" }
 */
export function retrainingRequired(corps: Corps, firstEntry: boolean, firstLeadership: boolean): RetrainingNeed {
  if (corps === "political") return { required: false, paragraph: RETRAINING_WHO.notRequired };
  if (firstEntry) return { required: true, paragraph: RETRAINING_WHO.firstEntry };
  if (corps === "B" && firstLeadership) return { required: true, paragraph: RETRAINING_WHO.firstLeadership };
  return { required: false, paragraph: RETRAINING_WHO.notRequired };
}

/**
 * Rules §14: sent to retraining no later than six months from the date of appointment
 * (EDATE semantics).
 *
 * @example
 * retrainingDeadline(45535) //=> { ok: true, value: 45716 }   (31.08.2024 → 28.02.2025)
 */
export function retrainingDeadline(appointment: Serial): Outcome<Serial> {
  return addMonths(appointment, RETRAINING_SEND_WITHIN.months);
}

/**
 * Rules §16: first-time corps A and first-time corps B leadership appointees may complete the
 * volume within three months from the start of retraining.
 *
 * @example
 * retrainingCompleteBy(45366) //=> { ok: true, value: 45458 }   (15.03.2024 → 15.06.2024)
 */
export function retrainingCompleteBy(start: Serial): Outcome<Serial> {
  return addMonths(start, RETRAINING_COMPLETE_WITHIN.months);
}

/**
 * Rules §15: retraining is full-time; only persons entering corps B for the first time may take it
 * by distance learning.
 */
export function distanceLearningAllowed(corps: Corps | null, firstEntry: boolean): boolean {
  return corps === "B" && firstEntry;
}

/** Rules §16: retraining lasts at least 120 academic hours. */
export function retrainingHoursOk(hours: number): boolean {
  return hours >= RETRAINING_MIN_HOURS.hours;
}

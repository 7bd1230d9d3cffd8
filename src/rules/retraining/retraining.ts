import type { Venue } from "../data/categories";
import { STUDY_FORM_WORDS, type StudyForm } from "../data/studyForms";
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
import { foldLetters } from "../text/normalizeWord";

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

/**
 * Rules §13 on a category already read: corps A → the Academy whatever the category, otherwise the
 * category's venue; null when neither decides. The one venue decision the checks and the report
 * share (retrainingVenue is the same rule on a raw cell, with its reasons).
 *
 * @example
 * venueByRule(null, "A") //=> "academy"
 * venueByRule({ venue: "regionalCentre" }, "B") //=> "regionalCentre"
 */
export function venueByRule(category: Pick<Category, "venue"> | null | undefined, corps: Corps | null): Venue | null {
  if (corps === "A") return "academy";
  return category?.venue ?? null;
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
 * Rules §16: who may complete retraining within three months of its start — first-time corps A
 * appointees and first-time leaders outside corps A (a corps not given is read as corps B, as §13
 * reads it); political servants are not retrained at all (§3). Unknown (null) is not "yes".
 *
 * @example
 * inThreeMonthGroup("A", true, null) //=> true
 * inThreeMonthGroup("B", false, true) //=> true
 * inThreeMonthGroup("A", false, true) //=> false
 */
export function inThreeMonthGroup(
  corps: Corps | null,
  firstEntry: boolean | null,
  firstLeadership: boolean | null,
): boolean {
  if (corps === "A") return firstEntry === true;
  return corps !== "political" && firstLeadership === true;
}

/**
 * Rules §15: retraining is full-time; only persons entering corps B for the first time may take it
 * by distance learning.
 */
export function distanceLearningAllowed(corps: Corps | null, firstEntry: boolean): boolean {
  return corps === "B" && firstEntry;
}

/** The words of §15, folded as `wordsOf` folds a cell (punctuation a space), each with a leading space. */
const FORM_STEMS = {
  fullTime: STUDY_FORM_WORDS.fullTime.map((w) => ` ${wordsOf(w)}`),
  distance: STUDY_FORM_WORDS.distance.map((w) => ` ${wordsOf(w)}`),
  unclear: STUDY_FORM_WORDS.unclear.map((w) => ` ${wordsOf(w)}`),
};

/** Case and Kazakh letters folded, every run of punctuation or spaces one space. */
function wordsOf(text: string): string {
  return foldLetters(text)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Which of §15's word lists a text says something from (each stem at the start of a word). */
function formWords(text: string): { fullTime: boolean; distance: boolean; unclear: boolean } {
  const words = ` ${wordsOf(text)}`;
  const says = (stems: readonly string[]) => stems.some((stem) => words.includes(stem));
  return {
    fullTime: says(FORM_STEMS.fullTime),
    distance: says(FORM_STEMS.distance),
    unclear: says(FORM_STEMS.unclear),
  };
}

/**
 * Rules §15: the form of study a training log's cell writes — full-time («күндізгі», «очная»,
 * «full-time») or distance («қашықтан», «дистанционно», «онлайн», «online»). A cell that says both,
 * a form §15 does not name («заочная», «смешанная») or no form at all is an error, never a guess.
 *
 * @example
 * studyForm("Күндізгі")          //=> { ok: true, value: "fullTime" }
 * studyForm("дистанционно")      //=> { ok: true, value: "distance" }
 * studyForm("очно-дистанционно") //=> { ok: false, error: { code: "unknownStudyForm", … } }
 */
export function studyForm(value: unknown): Outcome<StudyForm> {
  if (typeof value !== "string" || value.trim() === "") return fail({ code: "unknownStudyForm", value });
  const said = formWords(value);
  if (said.unclear || said.fullTime === said.distance) return fail({ code: "unknownStudyForm", value });
  return ok(said.fullTime ? "fullTime" : "distance");
}

/**
 * Rules §15 read from a venue cell, where the log has no form of study: «Онлайн-курс», «дистанционно
 * (Академия)» say distance learning; any other venue says nothing about the form (null).
 *
 * @example
 * studyFormOfVenue("Онлайн-курс")                          //=> "distance"
 * studyFormOfVenue("Академия государственного управления") //=> null
 */
export function studyFormOfVenue(venue: string): "distance" | null {
  const said = formWords(venue);
  return said.distance && !said.fullTime && !said.unclear ? "distance" : null;
}

/**
 * Rules §15: whether a retraining of this form is allowed — full-time always; distance learning only
 * to persons entering corps B for the first time (`distanceLearningAllowed`).
 *
 * @example
 * retrainingFormAllowed("distance", "B", true)  //=> true
 * retrainingFormAllowed("distance", "A", true)  //=> false
 * retrainingFormAllowed("fullTime", "A", false) //=> true
 */
export function retrainingFormAllowed(form: StudyForm, corps: Corps | null, firstEntry: boolean): boolean {
  return form === "fullTime" || distanceLearningAllowed(corps, firstEntry);
}

/** Rules §16: retraining lasts at least 120 academic hours. */
export function retrainingHoursOk(hours: number): boolean {
  return hours >= RETRAINING_MIN_HOURS.hours;
}

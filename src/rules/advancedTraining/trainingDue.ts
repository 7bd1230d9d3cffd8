import { ADVANCED_TRAINING_AFTER_UNSATISFACTORY, ADVANCED_TRAINING_PERIOD, type Paragraph } from "../data/rules";
import { addMonths } from "../dates/addMonths";
import type { Serial } from "../dates/excelSerial";
import { toSerial } from "../dates/toSerial";
import { fail, ok, type Outcome } from "../outcome";
import type { Corps } from "../people/corps";
import { parseRating } from "../ratings/parseRating";
import { isBlank } from "../text/isBlank";

/** The next advanced-training deadline and what decided it. */
export interface TrainingDue {
  readonly due: Serial;
  /** The last training the deadline counts from (the input), or null. */
  readonly last: Serial | null;
  /** The paragraph that set `due`: `§24(1)` / `§24(2)` (corps B), `§20(1)` / `§20(2)` (corps A). */
  readonly paragraph: Paragraph;
  /** The three-year paragraph and the two-unsatisfactory paragraph for this servant's corps. */
  readonly paragraphs: { readonly periodic: Paragraph; readonly unsatisfactory: Paragraph };
  /** last training + 3 years (§24(1)); null when no last training is known. */
  readonly periodicDue: Serial | null;
  /** When §24(2) applies: the dates of the two unsatisfactory results and the 3-month deadline. */
  readonly unsatisfactory: { readonly first: Serial | null; readonly second: Serial; readonly due: Serial } | null;
}

interface Unsatisfactory {
  readonly position: number;
  readonly value: unknown;
}

/**
 * Rules §20 (corps A) and §24 (corps B): advanced training (1) at least once every three years,
 * and (2) within three months of the evaluation result when the annual evaluations gave
 * "unsatisfactory" twice over three years (two of the last three non-blank results); the earlier
 * deadline governs. §24(2) counts only when the second unsatisfactory result came after the last
 * training — training taken after it has answered it.
 *
 * `ratings` are cell values oldest first (blanks skipped); `ratingDates` is parallel to them.
 *
 * @example
 * trainingDue(44713, ["неудовлетворительно", "удовлетворительно", "неудовлетворительно"], [44915, 45280, 45646])
 * //=> { ok: true, value: { due: 45736, paragraph: "§24(2)", … } }   (20.12.2024 + 3 months = 20.03.2025)
 */
export function trainingDue(
  lastTraining: Serial | null,
  ratings: readonly unknown[],
  ratingDates: readonly unknown[] | null,
  corps: Corps | null = null,
): Outcome<TrainingDue> {
  const rule = ADVANCED_TRAINING_AFTER_UNSATISFACTORY;
  // §20 says for corps A what §24 says for corps B.
  const paragraphs =
    corps === "A"
      ? { periodic: ADVANCED_TRAINING_PERIOD.corpsA, unsatisfactory: rule.corpsA }
      : { periodic: ADVANCED_TRAINING_PERIOD.paragraph, unsatisfactory: rule.paragraph };
  if (ratingDates && ratingDates.length !== ratings.length) {
    return fail({ code: "ratingDatesShape", ratings: ratings.length, dates: ratingDates.length });
  }
  // The last `window` non-blank results, each read; an unknown word is an error, not "satisfactory".
  const recent: Unsatisfactory[] = [];
  let seen = 0;
  for (let i = ratings.length - 1; i >= 0 && seen < rule.window; i--) {
    const value = ratings[i];
    if (isBlank(value)) continue;
    seen++;
    const rating = parseRating(value);
    if (!rating.ok) return rating;
    if (rating.value === "unsatisfactory") recent.unshift({ position: i + 1, value });
  }
  // Earlier results must still be words we know: a typo anywhere in the range is reported.
  for (let i = 0; i < ratings.length && seen >= rule.window; i++) {
    const value = ratings[i];
    if (!isBlank(value)) {
      const rating = parseRating(value);
      if (!rating.ok) return rating;
    }
  }

  let unsatisfactory: TrainingDue["unsatisfactory"] = null;
  if (recent.length >= rule.unsatisfactoryCount) {
    // The second unsatisfactory result triggers §24(2); with three, the third may trigger it anew
    // if training followed the second.
    for (let k = rule.unsatisfactoryCount - 1; k < recent.length; k++) {
      const result = recent[k] as Unsatisfactory;
      const dateCell = ratingDates?.[result.position - 1];
      if (isBlank(dateCell)) return fail({ code: "ratingDateMissing", value: result.value, position: result.position });
      const given = toSerial(dateCell);
      if (!given.ok) return given;
      if (lastTraining === null || given.value > lastTraining) {
        const due = addMonths(given.value, rule.months);
        if (!due.ok) return due;
        const earlier = recent[k - 1] as Unsatisfactory;
        const firstDate = toSerial(ratingDates?.[earlier.position - 1]);
        unsatisfactory = { first: firstDate.ok ? firstDate.value : null, second: given.value, due: due.value };
        break;
      }
    }
  }

  let periodicDue: Serial | null = null;
  if (lastTraining !== null) {
    const periodic = addMonths(lastTraining, ADVANCED_TRAINING_PERIOD.months);
    if (!periodic.ok) return periodic;
    periodicDue = periodic.value;
  }
  if (unsatisfactory && (periodicDue === null || unsatisfactory.due <= periodicDue)) {
    return ok({
      due: unsatisfactory.due,
      last: lastTraining,
      paragraph: paragraphs.unsatisfactory,
      paragraphs,
      periodicDue,
      unsatisfactory,
    });
  }
  if (periodicDue === null) return fail({ code: "noLastTraining" });
  return ok({
    due: periodicDue,
    last: lastTraining,
    paragraph: paragraphs.periodic,
    paragraphs,
    periodicDue,
    unsatisfactory,
  });
}

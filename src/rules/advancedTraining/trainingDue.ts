import { ADVANCED_TRAINING_AFTER_UNSATISFACTORY, ADVANCED_TRAINING_PERIOD, type Paragraph } from "../data/rules";
import { addMonths } from "../dates/addMonths";
import { serialToDate, type Serial } from "../dates/excelSerial";
import { toSerial } from "../dates/toSerial";
import { fail, ok, type Outcome } from "../outcome";
import { normalizeCorps, type Corps } from "../people/corps";
import type { Rating } from "../data/ratings";
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
  /**
   * last training + 3 years (§24(1), §20(1)); null when no last training is known, or when the
   * career plan of a corps A servant does not provide for it (`careerPlan` false).
   */
  readonly periodicDue: Serial | null;
  /**
   * Corps A, §20(1) «мансаптық жоспарларда көзделген жағдайларда»: whether the career plan provides
   * for advanced training — true, false (§20(1) does not apply), or null when not known (no
   * career-plan column; the functions, which cannot see career plans). Always null for corps B,
   * whose §24(1) has no such condition.
   */
  readonly careerPlan: boolean | null;
  /**
   * `due` is a §20(1) date that holds only *if the career plan provides for it* (corps A, the plan
   * not known): not a deadline to count as overdue. A §20(2) deadline is never conditional.
   */
  readonly conditional: boolean;
  /** When §24(2) applies: the dates of the two unsatisfactory results and the 3-month deadline. */
  readonly unsatisfactory: { readonly first: Serial | null; readonly second: Serial; readonly due: Serial } | null;
}

/**
 * An annual evaluation already read (by the register reader): its result, the word as typed (for
 * messages), its year and the date it was given. The deadline rules take these as they are — the
 * words are not turned back into text to be parsed again.
 */
export interface Evaluation {
  readonly rating: Rating;
  readonly word: string;
  /** The evaluation's own year (a register's «Оценка 2025» column), or null. */
  readonly year: number | null;
  readonly date: Serial | null;
}

/** An unsatisfactory result, with its date and year as far as they can be told. */
interface Unsatisfactory {
  /** 1-based position in `ratings`. */
  readonly position: number;
  readonly value: unknown;
  /** The date it was given, null when not known. */
  readonly date: () => Outcome<Serial | null>;
  /** Its evaluation year (see the TSDoc of `trainingDue`), null when it cannot be told. */
  readonly year: () => Outcome<number | null>;
}

/**
 * Rules §20 (corps A) and §24 (corps B): advanced training (1) at least once every three years,
 * and (2) within three months of the evaluation result when the annual evaluations gave
 * "unsatisfactory" twice over three years; the earlier deadline governs.
 *
 * "Twice on the results of three years" (үш жылдың қорытындысы бойынша екі рет): two
 * unsatisfactory results pair only when they fall within three consecutive evaluation years —
 * their years differ by at most 2. Results 2019 and 2024 never pair, however many blank years lie
 * between; 2022 and 2024 pair whatever lies between. The year of a result is
 * 1. the calendar year of its date in `ratingDates`, where one is given;
 * 2. else `years[i]`, where given (the register reader knows each rating column's year);
 * 3. else, only when neither `ratingDates` nor `years` is passed, its position: the cells are then
 *    read as consecutive annual evaluations, one cell per year, oldest first, a blank cell being a
 *    year with no result (so cells 1 and 3 pair, cells 1 and 4 do not).
 * With `ratingDates` passed, an unsatisfactory result whose year is needed but whose date is blank
 * (and no `years`) is the error `ratingDateMissing`: its year cannot be told.
 *
 * The second result of a pair triggers §24(2), and the deadline counts from its date, so that
 * date is needed (`ratingDateMissing` otherwise). It counts only when it came after the last
 * training — training taken after it has answered it; a later pair (e.g. a third unsatisfactory
 * result within three years of the second) triggers it anew. The earliest unanswered trigger
 * sets the §24(2) deadline.
 *
 * `ratings` are cell values oldest first; `ratingDates` and `years` are parallel to them. Every
 * non-blank rating must be a known word: a typo anywhere in the range is an error.
 *
 * Corps A (§20): the three-year duty (1) applies «мансаптық жоспарларда көзделген жағдайларда» —
 * where the career plan provides for it; (2) applies unconditionally. `careerPlan`:
 * - true: §20(1) applies as §24(1) does for corps B — the earlier deadline governs;
 * - false: §20(1) does not apply — only §20(2) can set a deadline (`careerPlanNoTraining` otherwise);
 * - null (not known): a §20(2) deadline governs, being certain (the §20(1) date stays in
 *   `periodicDue`, even when earlier); without one, the §20(1) date is `due`, marked `conditional`.
 * Political servants have no periodic advanced training in the Rules: `politicalNoPeriodicTraining`.
 *
 * @example
 * trainingDue(44713, ["неудовлетворительно", "удовлетворительно", "неудовлетворительно"], [44915, 45280, 45646])
 * //=> { ok: true, value: { due: 45736, paragraph: "§24(2)", … } }   (20.12.2022 and 20.12.2024 pair; 20.12.2024 + 3 months = 20.03.2025)
 * trainingDue(44713, ["неуд", "", "", "", "", "неуд"], null)
 * //=> §24(1), due 01.06.2025: the cells are years 1 and 6 — five years apart, no pair
 */
export function trainingDue(
  lastTraining: Serial | null,
  ratings: readonly unknown[],
  ratingDates: readonly unknown[] | null,
  corps: Corps | null = null,
  years: readonly (number | null)[] | null = null,
  careerPlan: boolean | null = null,
): Outcome<TrainingDue> {
  if (corps === "political") return fail({ code: "politicalNoPeriodicTraining", value: corps });
  if (ratingDates && ratingDates.length !== ratings.length) {
    return fail({ code: "ratingDatesShape", ratings: ratings.length, dates: ratingDates.length });
  }
  const found = unsatisfactoryResults(ratings, { ratingDates, years });
  if (!found.ok) return found;
  return dueFrom(lastTraining, found.value, corps, careerPlan);
}

/**
 * `trainingDue` on evaluations already read (the register's, each with its year and date): the same
 * rules, without reading the words again.
 *
 * @example
 * trainingDueOf(44713, [
 *   { rating: "unsatisfactory", word: "неуд", year: 2022, date: 44915 },
 *   { rating: "unsatisfactory", word: "неуд", year: 2024, date: 45646 },
 * ]) //=> { ok: true, value: { due: 45736, paragraph: "§24(2)", … } }
 */
export function trainingDueOf(
  lastTraining: Serial | null,
  evaluations: readonly Evaluation[],
  corps: Corps | null = null,
  careerPlan: boolean | null = null,
): Outcome<TrainingDue> {
  if (corps === "political") return fail({ code: "politicalNoPeriodicTraining", value: corps });
  const found = evaluations.flatMap((evaluation, i): Unsatisfactory[] =>
    evaluation.rating === "unsatisfactory"
      ? [
          {
            position: i + 1,
            value: evaluation.word,
            date: () => ok(evaluation.date),
            year: () => yearOfEvaluation(evaluation),
          },
        ]
      : [],
  );
  return dueFrom(lastTraining, found, corps, careerPlan);
}

/** An evaluation's year: its own (the column's), else its date's; null when neither is known. */
function yearOfEvaluation(evaluation: Evaluation): Outcome<number | null> {
  if (evaluation.year !== null && Number.isFinite(evaluation.year)) return ok(evaluation.year);
  if (evaluation.date === null) return ok(null);
  const day = serialToDate(evaluation.date);
  return day.ok ? ok(day.value.getUTCFullYear()) : day;
}

/** §20 / §24 from the unsatisfactory results found: the earlier of the two deadlines governs. */
function dueFrom(
  lastTraining: Serial | null,
  found: readonly Unsatisfactory[],
  corps: Corps | null,
  careerPlan: boolean | null,
): Outcome<TrainingDue> {
  const rule = ADVANCED_TRAINING_AFTER_UNSATISFACTORY;
  // §20 says for corps A what §24 says for corps B, but its (1) only where the career plan provides for it.
  const corpsA = corps === "A";
  const plan = corpsA ? careerPlan : null;
  const paragraphs = corpsA
    ? { periodic: ADVANCED_TRAINING_PERIOD.corpsA, unsatisfactory: rule.corpsA }
    : { periodic: ADVANCED_TRAINING_PERIOD.paragraph, unsatisfactory: rule.paragraph };
  const pair = firstUnansweredPair(found, lastTraining);
  if (!pair.ok) return pair;
  const unsatisfactory = pair.value;
  const periodic = periodicDeadline(lastTraining, plan);
  if (!periodic.ok) return periodic;
  const periodicDue = periodic.value;
  const common = { last: lastTraining, paragraphs, periodicDue, unsatisfactory, careerPlan: plan };
  // The plan not known (corps A): the unconditional §20(2) deadline governs over a conditional §20(1) one.
  const certainFirst = corpsA && plan === null;
  if (unsatisfactory && (periodicDue === null || certainFirst || unsatisfactory.due <= periodicDue)) {
    return ok({ due: unsatisfactory.due, paragraph: paragraphs.unsatisfactory, conditional: false, ...common });
  }
  if (periodicDue === null) return fail(plan === false ? { code: "careerPlanNoTraining" } : { code: "noLastTraining" });
  return ok({ due: periodicDue, paragraph: paragraphs.periodic, conditional: certainFirst, ...common });
}

/** What is known of the rating cells besides their words: their dates and years, parallel to them. */
interface RatingCells {
  readonly ratingDates: readonly unknown[] | null;
  readonly years: readonly (number | null)[] | null;
}

/**
 * Rules §24(2): the unsatisfactory results among `ratings`, oldest first. Every result is read,
 * latest first; an unknown word is an error, not "satisfactory".
 */
function unsatisfactoryResults(ratings: readonly unknown[], cells: RatingCells): Outcome<Unsatisfactory[]> {
  const found: Unsatisfactory[] = [];
  for (let i = ratings.length - 1; i >= 0; i--) {
    const value = ratings[i];
    if (isBlank(value)) continue;
    const rating = parseRating(value);
    if (!rating.ok) return rating;
    const position = i + 1;
    if (rating.value === "unsatisfactory")
      found.unshift({ position, value, date: () => dateOf(cells, position), year: () => yearOf(cells, position) });
  }
  return ok(found);
}

/** The date of a result, null when its cell is blank (or no dates were given). */
function dateOf(cells: RatingCells, position: number): Outcome<Serial | null> {
  const cell = cells.ratingDates?.[position - 1];
  return isBlank(cell) ? ok(null) : toSerial(cell);
}

/** The evaluation year of a result (see the TSDoc of `trainingDue`), null when it cannot be told. */
function yearOf(cells: RatingCells, position: number): Outcome<number | null> {
  // The evaluation's own year (a register's «Оценка 2025» column) wins over its date: a 2025
  // evaluation held on 12.01.2026 is the 2025 result.
  const year = cells.years?.[position - 1];
  if (typeof year === "number" && Number.isFinite(year)) return ok(year);
  const date = dateOf(cells, position);
  if (!date.ok) return date;
  if (date.value !== null) {
    const day = serialToDate(date.value);
    return day.ok ? ok(day.value.getUTCFullYear()) : day;
  }
  // No dates and no years: one cell per annual evaluation, blanks included.
  return cells.ratingDates === null && cells.years === null ? ok(position) : ok(null);
}

/** A result whose date (or year) is needed but cannot be told. */
function missing(result: Unsatisfactory): Outcome<never> {
  return fail({ code: "ratingDateMissing", value: result.value, position: result.position });
}

/**
 * Rules §24(2) (§20(2) for corps A): the earliest pair of unsatisfactory results within three
 * consecutive evaluation years whose second came after the last training, with its 3-month
 * deadline; null when there is none.
 */
function firstUnansweredPair(
  found: readonly Unsatisfactory[],
  lastTraining: Serial | null,
): Outcome<TrainingDue["unsatisfactory"]> {
  const rule = ADVANCED_TRAINING_AFTER_UNSATISFACTORY;
  // Each unsatisfactory result may complete a pair with the one before it (results are oldest
  // first, so no earlier one is nearer in years). The earliest unanswered pair sets the deadline.
  for (let k = rule.unsatisfactoryCount - 1; k < found.length; k++) {
    const result = found[k] as Unsatisfactory;
    const earlier = found[k - (rule.unsatisfactoryCount - 1)] as Unsatisfactory;
    const given = result.date();
    if (!given.ok) return given;
    // Training taken after the second result has answered it.
    if (given.value !== null && lastTraining !== null && given.value <= lastTraining) continue;
    const year = result.year();
    if (!year.ok) return year;
    const earlierYear = earlier.year();
    if (!earlierYear.ok) return earlierYear;
    // Not within three consecutive evaluation years: no pair.
    if (year.value !== null && earlierYear.value !== null && Math.abs(year.value - earlierYear.value) >= rule.window)
      continue;
    if (given.value === null) return missing(result);
    if (earlierYear.value === null) return missing(earlier);
    const due = addMonths(given.value, rule.months);
    if (!due.ok) return due;
    const first = earlier.date();
    return ok({ first: first.ok ? first.value : null, second: given.value, due: due.value });
  }
  return ok(null);
}

/**
 * Rules §24(1) (§20(1) for corps A): last training + 3 years; null with no last training, or where
 * the career plan of a corps A servant does not provide for it (§20(1) does not apply).
 */
function periodicDeadline(lastTraining: Serial | null, plan: boolean | null): Outcome<Serial | null> {
  if (lastTraining === null || plan === false) return ok(null);
  return addMonths(lastTraining, ADVANCED_TRAINING_PERIOD.months);
}

/**
 * The corps of a servant whose advanced-training deadline is asked for (the `corps` argument of
 * TRAINING_DUE): A cites §20, B or blank §24; a political servant has no periodic advanced training
 * in the Rules, an error that names the value as typed.
 *
 * @example
 * trainingDueCorps("«А»")    //=> { ok: true, value: "A" }
 * trainingDueCorps("саяси")  //=> { ok: false, error: { code: "politicalNoPeriodicTraining", value: "саяси" } }
 */
export function trainingDueCorps(value: unknown): Outcome<Corps | null> {
  const corps = normalizeCorps(value);
  if (corps.ok && corps.value === "political") return fail({ code: "politicalNoPeriodicTraining", value });
  return corps;
}

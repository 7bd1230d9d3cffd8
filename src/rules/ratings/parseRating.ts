import { RATING_WORDS, type Rating } from "../data/ratings";
import { fail, ok, type Outcome } from "../outcome";
import { normalizeWord } from "../text/normalizeWord";

const BY_WORD = new Map<string, Rating>(
  (Object.entries(RATING_WORDS) as [Rating, readonly string[]][]).flatMap(([rating, words]) =>
    words.map((word) => [normalizeWord(word), rating] as const),
  ),
);
const MEMO = new Map<string, Outcome<Rating>>();

/**
 * RULES.md §4: an annual evaluation result in kk/ru/en, matched as a whole word (never a
 * substring). Unknown words are errors naming the word; blank is its own error.
 *
 * @example
 * parseRating("Қанағаттанарлықсыз") //=> { ok: true, value: "unsatisfactory" }
 * parseRating("удовлетворительно")  //=> { ok: true, value: "satisfactory" }
 * parseRating("удовл-но")           //=> { ok: false, error: { code: "unknownRating", value: "удовл-но" } }
 */
export function parseRating(value: unknown): Outcome<Rating> {
  if (value === null || value === undefined) return fail({ code: "blank" });
  if (typeof value !== "string") return fail({ code: "unknownRating", value });
  let result = MEMO.get(value);
  if (!result) {
    const key = normalizeWord(value);
    const rating = BY_WORD.get(key);
    result = key === "" ? fail({ code: "blank" }) : rating ? ok(rating) : fail({ code: "unknownRating", value });
    if (MEMO.size > 1024) MEMO.clear();
    MEMO.set(value, result);
  }
  return result;
}

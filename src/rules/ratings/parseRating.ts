import { RATING_WORDS, type Rating } from "../data/ratings";
import { fail, ok, type Outcome } from "../outcome";

/*
 * Kazakh letters folded to the Russian keyboard's nearest letters, because sheets typed without a
 * Kazakh layout write "канагаттанарлыксыз". Folding keeps words distinct: no two vocabulary words
 * collide after it (tested).
 */
const FOLD: Readonly<Record<string, string>> = {
  ә: "а",
  ғ: "г",
  қ: "к",
  ң: "н",
  ө: "о",
  ұ: "у",
  ү: "у",
  һ: "х",
  і: "и",
  ё: "е",
};

/**
 * The comparison key of a rating word: lower case, Kazakh letters folded, punctuation dropped,
 * spaces collapsed. `" Неуд. "` → `"неуд"`.
 */
export function normalizeWord(text: string): string {
  let out = "";
  for (const char of text.toLowerCase()) {
    const folded = FOLD[char] ?? char;
    if (/\p{L}|\p{N}/u.test(folded)) out += folded;
    else if (/\s/u.test(folded) && out !== "" && !out.endsWith(" ")) out += " ";
  }
  return out.trimEnd();
}

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

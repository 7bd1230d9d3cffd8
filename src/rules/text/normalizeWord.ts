/*
 * Kazakh letters folded to the Russian keyboard's nearest letters, because sheets typed without a
 * Kazakh layout write "канагаттанарлыксыз" and "Абенов" for "Әбенов". Folding keeps the
 * vocabularies distinct: no two rating words or header synonyms collide after it (tested).
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
 * The comparison key of a word or phrase typed in a sheet: lower case, Kazakh letters folded,
 * punctuation dropped, spaces collapsed to one.
 *
 * @example
 * normalizeWord(" Неуд. ")      //=> "неуд"
 * normalizeWord("Әбенов  Нұрлан") //=> "абенов нурлан"
 */
export function normalizeWord(text: string): string {
  const known = MEMO.get(text);
  if (known !== undefined) return known;
  const key = normalize(text);
  if (MEMO.size >= MEMO_LIMIT) MEMO.clear();
  MEMO.set(text, key);
  return key;
}

/** Sheets repeat venues, types and headers in every row: remember each spelling's key. */
const MEMO = new Map<string, string>();
const MEMO_LIMIT = 1 << 14;

/**
 * Lower case with Kazakh letters folded (punctuation kept), for readers that split words themselves.
 *
 * @example
 * foldLetters("Әбенов Ф.И.") //=> "абенов ф.и."
 */
export function foldLetters(text: string): string {
  return text.toLowerCase().replace(KAZAKH, (char) => FOLD[char] ?? char);
}

function normalize(text: string): string {
  // Whole-string regular expressions: one pass each, instead of a test per character.
  return foldLetters(text).replace(NOT_WORD, "").replace(SPACES, " ").trim();
}

const KAZAKH = /[әғқңөұүһіё]/gu;
const NOT_WORD = /[^\p{L}\p{N}\s]+/gu;
const SPACES = /\s+/gu;

/** Like normalizeWord, without spaces: headers `Ф.И.О.`, `ФИО` and `Ф И О` share the key `фио`. */
export function compactKey(text: string): string {
  return normalizeWord(text).replaceAll(" ", "");
}

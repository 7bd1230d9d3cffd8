import { foldLetters } from "../../rules";

/**
 * A header cell as words to match, the way officers really write headers: case, Kazakh letters
 * (folded to the Russian keyboard's, as `normalizeWord` does), Latin letters typed on the wrong
 * layout inside Cyrillic words («Kатегория»), numbering («5.», «№ 3», «3)»), footnote marks
 * («Категория*», «Корпус¹»), line breaks and notes in brackets («(ак. часов)», «(иә/жоқ)»).
 */
export interface HeaderWords {
  /** Words outside brackets: each one the header's own, so one left unmatched counts against a match. */
  readonly words: readonly string[];
  /** Words inside brackets (units, notes, formats): they may help a match, never count against it. */
  readonly notes: readonly string[];
  /** Single letters joined into the abbreviation they spell («Ф.И.О.» → фио): they match, never count against. */
  readonly joined: readonly string[];
}

/** Latin letters that look like Cyrillic ones, as a wrong keyboard layout or a copy from a PDF leaves them. */
const LOOK_ALIKE: Readonly<Record<string, string>> = {
  a: "а",
  b: "в",
  c: "с",
  e: "е",
  h: "н",
  i: "и",
  k: "к",
  m: "м",
  o: "о",
  p: "р",
  t: "т",
  x: "х",
  y: "у",
};
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN_LOOK_ALIKE = /[abcehikmoptxy]/gu;

/** Superscript digits and marks that flag a footnote: «Корпус¹», «Категория*», «Дата†». */
const FOOTNOTE = /[¹²³⁴⁵⁶⁷⁸⁹⁰*†‡§#]+/gu;
/** Numbering in front of a header: «5.», «5)», «№ 5», «5.1.». */
const NUMBERING = /^\s*(?:№\s*)?\d+(?:\.\d+)*[.)]\s+/u;
const BRACKETS = /[([{]([^)\]}]*)[)\]}]?/gu;
/** Letters, or digits: «2023ж» is the year 2023 and the word «ж». */
const WORD = /\p{L}+|\p{N}+/gu;

function wordsOf(text: string): string[] {
  const words: string[] = [];
  for (const match of foldLetters(text).matchAll(WORD)) {
    let word = match[0];
    if (CYRILLIC.test(word)) word = word.replace(LATIN_LOOK_ALIKE, (char) => LOOK_ALIKE[char] ?? char);
    words.push(word);
  }
  return words;
}

/**
 * Abbreviations written a letter at a time join those letters too: «Ф.И.О.» → ф, и, о and фио;
 * «Т.А.Ә.» → таа; «г/с» → гс. The single letters stay, so nothing is lost.
 */
function joinLetters(words: readonly string[]): string[] {
  const out: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length > 1) out.push(run.join(""));
    run = [];
  };
  for (const word of words) {
    if (word.length === 1 && /\p{L}/u.test(word)) run.push(word);
    else flush();
  }
  flush();
  return out;
}

const MEMO = new Map<string, HeaderWords>();
const MEMO_LIMIT = 1 << 12;

/**
 * The words of a header cell.
 *
 * @example
 * headerWords("5. Дата\nназначения (дд.мм.гггг)*")
 * //=> { words: ["дата", "назначения"], notes: ["дд", "мм", "гггг"], joined: [] }
 */
export function headerWords(text: string): HeaderWords {
  const known = MEMO.get(text);
  if (known) return known;
  const notes: string[] = [];
  const outside = text
    .replace(FOOTNOTE, " ")
    .replace(NUMBERING, "")
    .replace(BRACKETS, (_, inside: string) => {
      notes.push(...wordsOf(inside));
      return " ";
    });
  const words = wordsOf(outside);
  const result = { words, notes, joined: joinLetters(words) };
  if (MEMO.size >= MEMO_LIMIT) MEMO.clear();
  MEMO.set(text, result);
  return result;
}

import { foldLetters } from "../../rules";
import { headerWords, type HeaderWords } from "./headerWords";

/**
 * How a field is named, by meaning rather than by spelling: patterns of word stems in kk/ru/en.
 *
 * A pattern is concepts separated by spaces; a concept is stems separated by `|`, any one of which
 * must begin a word of the header; `=x` must be the whole word (short abbreviations: `=пк`, `=фио`).
 * `"дата|күн назнач|тағайын"` matches «Дата назначения», «Тағайындалған күні» and «Назначен (дата)».
 * Stems are written with Kazakh letters as they are; they are folded like the headers.
 */
export interface FieldTerms {
  /** Patterns, each with its weight (1 when a bare string): how surely it names the field. */
  readonly patterns: readonly (string | readonly [string, number])[];
  /** Stems that mean the header names something else («рожд» for a date, «руковод» for first entry). */
  readonly veto?: readonly string[];
}

/** The fields of one kind of list and the words that make a header none of them. */
export interface ListTerms<F extends string> {
  readonly fields: Readonly<Record<F, FieldTerms>>;
  /** Stems that make a header no field of this list at all («иин», «стаж», «примечан»). */
  readonly veto: readonly string[];
}

interface Stem {
  readonly text: string;
  readonly whole: boolean;
}
interface Pattern {
  readonly concepts: readonly (readonly Stem[])[];
  readonly weight: number;
}
export interface CompiledField {
  readonly patterns: readonly Pattern[];
  readonly veto: readonly Stem[];
}
export interface CompiledList<F extends string> {
  readonly fields: readonly (readonly [F, CompiledField])[];
  readonly veto: readonly Stem[];
}

function stem(text: string): Stem {
  const whole = text.startsWith("=");
  return { text: foldLetters(whole ? text.slice(1) : text), whole };
}

/** Compiles a list's terms once (stems folded), so scoring a header does no string work on them. */
export function compileTerms<F extends string>(terms: ListTerms<F>): CompiledList<F> {
  const fields = (Object.entries(terms.fields) as [F, FieldTerms][]).map(([field, spec]) => {
    const patterns = spec.patterns.map((entry) => {
      const [text, weight] = typeof entry === "string" ? [entry, 1] : entry;
      const concepts = text
        .split(" ")
        .filter(Boolean)
        .map((concept) => concept.split("|").map(stem));
      return { concepts, weight };
    });
    return [field, { patterns, veto: (spec.veto ?? []).map(stem) }] as const;
  });
  return { fields, veto: terms.veto.map(stem) };
}

/** Words that say nothing of a column's meaning: they never count against a match. */
const FILLER = new Set(
  ["в", "во", "на", "по", "о", "об", "и", "с", "со", "из", "для", "к", "от", "до", "при", "за", "г", "гг", "ж", "жж"]
    .concat(["of", "the", "in", "to", "for", "and", "a", "an", "at", "on", "no", "nr", "n", "yyyy"])
    .concat(["мен", "және", "бойынша", "жылы", "жылғы", "рет", "бар", "жоқ", "иә", "да", "нет", "yes"])
    .map(foldLetters),
);

function matches(word: string, s: Stem): boolean {
  return s.whole ? word === s.text : word.startsWith(s.text);
}

/** Each extra word of the header's own lowers a match a little: the tighter name wins a near thing. */
const EXTRA_WORD_COST = 0.04;
const EXTRA_WORD_CAP = 0.3;
/** The lowest score that names a field at all. */
export const MIN_SCORE = 0.5;

/** A word found only in a bracketed note (or a group cell above) is weaker evidence than the header's own. */
const NOTE_COST = 0.05;

function patternScore(pattern: Pattern, header: HeaderWords): number {
  const used = new Set<number>();
  let fromNotes = 0;
  for (const concept of pattern.concepts) {
    const found = header.words.findIndex((word, i) => !used.has(i) && concept.some((s) => matches(word, s)));
    if (found >= 0) used.add(found);
    else if (header.joined.some((word) => concept.some((s) => matches(word, s)))) used.add(-1);
    else if (header.notes.some((word) => concept.some((s) => matches(word, s)))) fromNotes++;
    else return 0;
  }
  // The header's own words must say something: a note alone («(да/нет)») names nothing.
  if (used.size === 0) return 0;
  // Single letters are initials of an abbreviation (counted by the joined word), numbers are years or numbering.
  const extra = header.words.filter(
    (word, i) => !used.has(i) && word.length > 1 && !FILLER.has(word) && !/^\d+$/u.test(word),
  ).length;
  return pattern.weight - fromNotes * NOTE_COST - Math.min(EXTRA_WORD_CAP, extra * EXTRA_WORD_COST);
}

function vetoed(stems: readonly Stem[], header: HeaderWords): boolean {
  const any = (words: readonly string[], s: Stem) => words.some((word) => matches(word, s));
  // Notes in brackets never veto: «Должность (с указанием подразделения)» is still a position.
  return stems.some((s) => any(header.words, s) || any(header.joined, s));
}

/** How well a header names each field of a list (only scores ≥ MIN_SCORE), best first. */
export function scoreHeader<F extends string>(
  list: CompiledList<F>,
  text: string,
): readonly { readonly field: F; readonly score: number }[] {
  const header = headerWords(text);
  if (header.words.length === 0 || vetoed(list.veto, header)) return [];
  const scores: { field: F; score: number }[] = [];
  for (const [field, spec] of list.fields) {
    if (vetoed(spec.veto, header)) continue;
    let best = 0;
    for (const pattern of spec.patterns) best = Math.max(best, patternScore(pattern, header));
    if (best >= MIN_SCORE) scores.push({ field, score: best });
  }
  return scores.sort((a, b) => b.score - a.score);
}

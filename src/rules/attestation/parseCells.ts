import { ATTESTATION_DECISIONS } from "../data/rules";
import {
  ARTICLE_77_WORDS,
  COMMISSION_WORDS,
  EXEMPTION_WORDS,
  FAIL_WORDS,
  NO_EXEMPTION_WORDS,
  PASS_WORDS,
} from "../data/attestationWords";
import { parseInteger } from "../numbers/parseNumber";
import { fail, ok, type Outcome } from "../outcome";
import { parseYesNo } from "../people/yesNo";
import { foldLetters, normalizeWord } from "../text/normalizeWord";

const keys = (words: readonly string[]) => new Set(words.map(normalizeWord));
const PASS = keys(PASS_WORDS);
const FAIL = keys(FAIL_WORDS);
const CENTRAL = keys(COMMISSION_WORDS.central);
const REGIONAL = keys(COMMISSION_WORDS.regional);
const PREGNANCY = [...keys(EXEMPTION_WORDS.pregnancy)];
const LEAVE = [...keys(EXEMPTION_WORDS.leave)];
const NONE: ReadonlySet<string> = new Set([...NO_EXEMPTION_WORDS, ...NO_EXEMPTION_WORDS.map(normalizeWord)]);

/** `words` as one regular-expression alternative, folded like the cell, the longest first. */
const anyOf = (words: readonly string[]) =>
  [...new Set(words.map(foldLetters))]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&"))
    .join("|");
/** Hyphen, the Unicode dashes ‐ ‑ ‒ – — ― and minus, inside a character class. */
const DASHES = "\\-\\u2010-\\u2015\\u2212";
/**
 * Art. 77 cited as an article (ARTICLE_77_WORDS), on the cell folded but with its punctuation: "ст.77"
 * keeps its dot, so 77.5 and 77-1 stay other numbers. The 77 stands alone — no letter or digit
 * touches it, nor a digit across a dot, comma or dash ("1.77", "77,5", "77-1").
 */
const ARTICLE_77 = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${anyOf(ARTICLE_77_WORDS.before)})\\s*\\.?\\s*(?:№\\s*)?77(?![\\p{L}\\p{N}]|[.,${DASHES}]\\p{N})` +
    `|(?<![\\p{L}\\p{N}]|\\p{N}[.,${DASHES}])77\\s*[${DASHES}]?\\s*(?:${anyOf(ARTICLE_77_WORDS.after)})`,
  "u",
);

/**
 * Whether the fitness standards or the test were passed (Attestation Rules §4, §18): passed/failed
 * in kk/ru/en, or any yes/no.
 *
 * @example
 * parsePassFail("не сдал")  //=> { ok: true, value: false }
 * parsePassFail("Тапсырды") //=> { ok: true, value: true }
 */
export function parsePassFail(value: unknown): Outcome<boolean> {
  if (typeof value === "string") {
    const key = normalizeWord(value);
    if (PASS.has(key)) return ok(true);
    if (FAIL.has(key)) return ok(false);
  }
  const yesNo = parseYesNo(value);
  return yesNo.ok || yesNo.error.code === "blank" ? yesNo : fail({ code: "notPassFail", value });
}

/**
 * Decree §2: which commission attests the officer.
 *
 * @example
 * parseCommission("Өңірлік") //=> { ok: true, value: "regional" }
 */
export function parseCommission(value: unknown): Outcome<"central" | "regional"> {
  const key = typeof value === "string" ? normalizeWord(value) : "";
  if (CENTRAL.has(key)) return ok("central");
  if (REGIONAL.has(key)) return ok("regional");
  return fail({ code: "unknownCommission", value });
}

/**
 * Attestation Rules §2: the ground for not attesting the officer now; null for "none".
 *
 * @example
 * parseExemption("отпуск (ст. 77)")   //=> { ok: true, value: "leave" }
 * parseExemption("77-бап бойынша")    //=> { ok: true, value: "leave" }
 * parseExemption("декретный отпуск")  //=> { ok: true, value: "leave" }
 * parseExemption("нет")               //=> { ok: true, value: null }
 * parseExemption("очередной отпуск")  //=> { ok: false, error: { code: "unknownExemption", … } }
 * parseExemption("отпуск 77 дней")    //=> { ok: false, error: { code: "unknownExemption", … } } (no article)
 * parseExemption(77)                  //=> { ok: false, error: { code: "unknownExemption", … } }
 */
export function parseExemption(value: unknown): Outcome<"pregnancy" | "leave" | null> {
  // FALSE or 0 in a yes/no column says "not exempt"; TRUE, 1 or another number (77, 1977) names
  // no ground of §2: reported, never read as one.
  if (value === false || value === 0) return ok(null);
  if (value !== null && value !== undefined && typeof value !== "string")
    return fail({ code: "unknownExemption", value });
  const text = value?.trim() ?? "";
  // "—" and "-" vanish in normalizeWord (punctuation): compare them before.
  if (text === "" || NONE.has(text) || NONE.has(normalizeWord(text))) return ok(null);
  const key = ` ${normalizeWord(text)} `;
  if (PREGNANCY.some((word) => key.includes(word))) return ok("pregnancy");
  if (LEAVE.some((word) => key.includes(word)) || ARTICLE_77.test(foldLetters(text))) return ok("leave");
  return fail({ code: "unknownExemption", value });
}

/**
 * Attestation Rules §15: a decision number 1–5.
 *
 * @example
 * parseDecision("3") //=> { ok: true, value: 3 }
 * parseDecision(6)   //=> { ok: false, error: { code: "decisionOutOfRange", value: 6 } }
 */
export function parseDecision(value: unknown): Outcome<1 | 2 | 3 | 4 | 5> {
  const number = parseInteger(value);
  const all: readonly number[] = ATTESTATION_DECISIONS.all;
  if (!number.ok || !all.includes(number.value)) return fail({ code: "decisionOutOfRange", value });
  return ok(number.value as 1 | 2 | 3 | 4 | 5);
}

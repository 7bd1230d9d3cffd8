import { ATTESTATION_DECISIONS } from "../data/rules";
import {
  COMMISSION_WORDS,
  EXEMPTION_WORDS,
  FAIL_WORDS,
  NO_EXEMPTION_WORDS,
  PASS_WORDS,
} from "../data/attestationWords";
import { parseInteger } from "../numbers/parseNumber";
import { fail, ok, type Outcome } from "../outcome";
import { parseYesNo } from "../people/yesNo";
import { normalizeWord } from "../text/normalizeWord";

const keys = (words: readonly string[]) => new Set(words.map(normalizeWord));
const PASS = keys(PASS_WORDS);
const FAIL = keys(FAIL_WORDS);
const CENTRAL = keys(COMMISSION_WORDS.central);
const REGIONAL = keys(COMMISSION_WORDS.regional);
const PREGNANCY = [...keys(EXEMPTION_WORDS.pregnancy)];
const LEAVE = [...keys(EXEMPTION_WORDS.leave)];
const NONE: ReadonlySet<string> = new Set([...NO_EXEMPTION_WORDS, ...NO_EXEMPTION_WORDS.map(normalizeWord)]);

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
 * parseExemption("декретный отпуск")  //=> { ok: true, value: "leave" }
 * parseExemption("нет")               //=> { ok: true, value: null }
 * parseExemption("очередной отпуск")  //=> { ok: false, error: { code: "unknownExemption", … } }
 */
export function parseExemption(value: unknown): Outcome<"pregnancy" | "leave" | null> {
  const text = typeof value === "string" ? value.trim() : "";
  // "—" and "-" vanish in normalizeWord (punctuation): compare them before.
  if (text === "" || NONE.has(text) || NONE.has(normalizeWord(text))) return ok(null);
  const key = ` ${normalizeWord(text)} `;
  if (PREGNANCY.some((word) => key.includes(word))) return ok("pregnancy");
  if (LEAVE.some((word) => key.includes(word))) return ok("leave");
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

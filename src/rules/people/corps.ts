import { fail, ok, type Outcome } from "../outcome";

/**
 * The three corps of the civil service (seed 002 §2.1): political servants, administrative corps A
 * and corps B.
 */
export type Corps = "A" | "B" | "political";

const QUOTES_AND_WORDS = /[«»"'“”„`]|\b(?:corps)\b|корпусы|корпуса|корпус/giu;
const NAMES: Readonly<Record<string, Corps>> = {
  A: "A",
  А: "A",
  B: "B",
  Б: "B",
  В: "B",
  САЯСИ: "political",
  ПОЛИТИЧЕСКИЙ: "political",
  ПОЛИТИЧЕСКИЕ: "political",
  POLITICAL: "political",
};
const MEMO = new Map<string, Outcome<Corps | null>>();

/**
 * Reads a corps as typed: `A`, `А`, `«А»`, `корпус «Б»`, `B`, `саяси`, `политический`, `political`.
 * Blank means "not given" (`null`), which callers may accept.
 *
 * @example
 * normalizeCorps("«А» корпусы") //=> { ok: true, value: "A" }
 * normalizeCorps("")            //=> { ok: true, value: null }
 */
export function normalizeCorps(value: unknown): Outcome<Corps | null> {
  if (value === null || value === undefined) return ok(null);
  if (typeof value !== "string") return fail({ code: "unknownCorps", value });
  let result = MEMO.get(value);
  if (!result) {
    const key = value.replace(QUOTES_AND_WORDS, "").replace(/\s+/gu, "").toUpperCase();
    const corps = NAMES[key];
    result = key === "" ? ok(null) : corps ? ok(corps) : fail({ code: "unknownCorps", value });
    if (MEMO.size > 256) MEMO.clear();
    MEMO.set(value, result);
  }
  return result;
}

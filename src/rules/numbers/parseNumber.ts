import { fail, ok, type Outcome } from "../outcome";

const NUMERIC_TEXT = /^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)$/u;
/** "1,200" is 1.2 to a Russian reader and 1200 to an English one: refuse to guess. */
const AMBIGUOUS_THOUSANDS = /^[+-]?\d{1,3},\d{3}$/u;

/**
 * A number cell, or numeric text as typed in kk/ru sheets (decimal comma, spaces or NBSP between
 * thousands). Blank and non-numeric are errors that name the value.
 *
 * @example
 * parseNumber("120,5") //=> { ok: true, value: 120.5 }
 * parseNumber("сто")   //=> { ok: false, error: { code: "notANumber", value: "сто" } }
 */
export function parseNumber(value: unknown): Outcome<number> {
  if (typeof value === "number") return Number.isFinite(value) ? ok(value) : fail({ code: "notANumber", value });
  if (value === null || value === undefined) return fail({ code: "blank" });
  if (typeof value !== "string") return fail({ code: "notANumber", value });
  const text = value.replace(/[\s\u00a0\u202f]/gu, "");
  if (text === "") return fail({ code: "blank" });
  if (!NUMERIC_TEXT.test(text) || AMBIGUOUS_THOUSANDS.test(text)) return fail({ code: "notANumber", value });
  return ok(Number(text.replace(",", ".")));
}

/**
 * Academic hours: a number that is not negative (Rules §16, §25 count them).
 *
 * @example
 * parseHours("120") //=> { ok: true, value: 120 }
 * parseHours(-4)    //=> { ok: false, error: { code: "negative", value: -4 } }
 */
export function parseHours(value: unknown): Outcome<number> {
  const read = parseNumber(value);
  if (read.ok && read.value < 0) return fail({ code: "negative", value });
  return read;
}

/**
 * A whole number (Excel truncates counts the same way only for days; elsewhere a fraction is a
 * typing mistake we report).
 */
export function parseInteger(value: unknown): Outcome<number> {
  const read = parseNumber(value);
  if (read.ok && !Number.isInteger(read.value)) return fail({ code: "notAnInteger", value });
  return read;
}

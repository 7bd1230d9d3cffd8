import type { RuleError } from "./errors";

/**
 * What every core function returns: a value, or a typed error for bad data. The core never throws
 * on bad input; the edges (custom functions, report, CLI) decide how to show the error.
 */
export type Outcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: RuleError };

export function ok<T>(value: T): Outcome<T> {
  return { ok: true, value };
}

export function fail(error: RuleError): { readonly ok: false; readonly error: RuleError } {
  return { ok: false, error };
}

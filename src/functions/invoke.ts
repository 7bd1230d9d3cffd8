import { formatError, type Lang } from "../rules";
import { ArgumentError, lang as readLang } from "./args";
import { functionHost } from "./host";

/**
 * Runs a custom function's body in the chosen language and turns bad input into the host's error:
 * Excel's #VALUE! with a message (only #VALUE! and #N/A show messages to the user), or an Error in
 * Google Sheets. Anything else is a bug and is rethrown, so the host shows it rather than a wrong
 * value.
 *
 * The host's language is asked for only when it is needed — the `lang` argument is blank, or a
 * message must be written in it — since asking may cost a service call (Google Sheets reads the
 * spreadsheet's locale, and every custom-function cell there is an execution of its own).
 */
export function invoke<T>(langArg: unknown, body: (lang: Lang) => T): T {
  let chosen: Lang | null = null;
  try {
    chosen = readLang(langArg);
    return body(chosen);
  } catch (error) {
    throw hostError(error, chosen);
  }
}

/**
 * `invoke` for a function without a `lang` argument (numbers, dates, yes/no): the host's language
 * is asked for only to write the message of bad input.
 */
export function invokeNoLang<T>(body: () => T): T {
  try {
    return body();
  } catch (error) {
    throw hostError(error, null);
  }
}

/** Bad input as the host's error, in `lang` (or the host's language); anything else as it is. */
function hostError(error: unknown, lang: Lang | null): unknown {
  if (!(error instanceof ArgumentError)) return error;
  const host = functionHost();
  return host.invalidValue(formatError(error.error, lang ?? host.language()));
}

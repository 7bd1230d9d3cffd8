import { formatError, type Lang } from "../rules";
import { ArgumentError, lang as readLang } from "./args";
import { functionHost } from "./host";

/**
 * Runs a custom function's body in the chosen language and turns bad input into the host's error:
 * Excel's #VALUE! with a message (only #VALUE! and #N/A show messages to the user), or an Error in
 * Google Sheets. Anything else is a bug and is rethrown, so the host shows it rather than a wrong
 * value.
 */
export function invoke<T>(langArg: unknown, body: (lang: Lang) => T): T {
  const host = functionHost();
  let chosen: Lang = host.language();
  try {
    chosen = readLang(langArg);
    return body(chosen);
  } catch (error) {
    if (error instanceof ArgumentError) {
      throw host.invalidValue(formatError(error.error, chosen));
    }
    throw error;
  }
}

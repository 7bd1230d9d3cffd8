import { formatError, type Lang } from "../rules";
import { ArgumentError, lang as readLang } from "./args";
import { officeLanguage } from "./officeLanguage";

/**
 * Runs a custom function's body in the chosen language and turns bad input into Excel's #VALUE!
 * with a message (only #VALUE! and #N/A show messages to the user). Anything else is a bug and is
 * rethrown, so Excel shows it rather than a wrong value.
 */
export function invoke<T>(langArg: unknown, body: (lang: Lang) => T): T {
  let chosen: Lang = officeLanguage();
  try {
    chosen = readLang(langArg);
    return body(chosen);
  } catch (error) {
    if (error instanceof ArgumentError) {
      throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, formatError(error.error, chosen));
    }
    throw error;
  }
}

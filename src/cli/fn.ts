/** `kadr fn`: one KADR function, run from the same catalogue as Excel and Google Sheets. */
import * as FUNCTIONS from "../functions/catalogue";
import { useFunctionHost } from "../functions/host";
import { language, UsageError, type Io } from "./shared";

/**
 * `kadr fn`: one KADR function on arguments given as JSON, as Excel passes them (dates as serial
 * numbers, ranges as 2-D arrays, null for blank) — the same catalogue the Excel and Sheets functions
 * run. Prints the result as JSON; bad input prints the message Excel would show and exits 1.
 */
export function fn(io: Io, name: string, values: Record<string, unknown>): number {
  const catalogue = FUNCTIONS as unknown as Record<string, ((...args: unknown[]) => unknown) | undefined>;
  const body = catalogue[name];
  if (typeof body !== "function") throw new UsageError(`unknown function "${name}"`);
  let args: unknown;
  try {
    args = JSON.parse((values["args"] as string | undefined) ?? "[]");
  } catch {
    throw new UsageError(`--args: not JSON: ${String(values["args"])}`);
  }
  if (!Array.isArray(args)) throw new UsageError("--args: a JSON array of the arguments, e.g. '[\"С-О-3\", null]'");
  const lang = language(io, values["lang"] as string | undefined);
  useFunctionHost({ language: () => lang, invalidValue: (message) => new FunctionInputError(message) });
  try {
    io.out(`${JSON.stringify(body(...args))}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof FunctionInputError)) throw error;
    io.err(`#VALUE! ${error.message}\n`);
    return 1;
  }
}

/** Bad input to `kadr fn`: Excel's #VALUE! with its message. */
class FunctionInputError extends Error {}

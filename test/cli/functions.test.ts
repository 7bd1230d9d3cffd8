/**
 * The shared table of function cases through the command line: `kadr fn NAME --args JSON` runs the
 * same catalogue as the Excel and Sheets functions (test/functions/, test/gas/), with the same
 * answers and the same messages for bad input.
 */
import { describe } from "vitest";
import { main, type Io } from "../../src/cli/main";
import { FUNCTION_CASES } from "../cases/functionCases";
import { runCases } from "../cases/runCases";

/** A KADR function as the CLI runs it: JSON in, JSON out; exit 1 with "#VALUE! message". */
function viaCli(id: string) {
  return async (...args: unknown[]) => {
    let out = "";
    let err = "";
    const io: Io = { out: (t) => void (out += t), err: (t) => void (err += t), env: { LANG: "en_US" }, tty: false };
    // undefined (an omitted argument) has no JSON: Excel passes null.
    const code = await main(["fn", id, "--args", JSON.stringify(args.map((a) => a ?? null))], io);
    if (code === 1) {
      const [, errorCode, message] = /^(#\w+!) (.*)\n$/su.exec(err) ?? [];
      throw Object.assign(new Error(message), { code: errorCode });
    }
    if (code !== 0) throw new Error(`kadr fn ${id} exited ${code}: ${err}`);
    return JSON.parse(out) as unknown;
  };
}

describe("kadr fn: the shared table of function cases", () => {
  runCases(FUNCTION_CASES, viaCli);
});

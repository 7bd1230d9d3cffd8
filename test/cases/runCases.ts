import { expect, it } from "vitest";
import { CustomFunctionError } from "../support/customFunctionsStub";
import { serial, type FunctionCase } from "./functionCases";

type Lookup = (id: string) => ((...args: unknown[]) => unknown) | undefined;

function label(c: FunctionCase): string {
  const args = JSON.stringify(c.args).slice(1, -1);
  const want =
    "error" in c.expected
      ? `#VALUE! ${c.expected.error}`
      : "date" in c.expected
        ? c.expected.date
        : JSON.stringify(c.expected.value);
  return `${c.rule} ${c.fn}(${args}) → ${want}`;
}

/** How a host reports bad input: Excel's CustomFunctions.Error (#VALUE!), or a plain Error (Sheets). */
export interface RunOptions {
  /** The error code expected on a thrown error; null for a plain Error with only a message. */
  readonly errorCode?: string | null;
  /** Shapes the table's Excel-style arguments the way this host passes them (e.g. Sheets' Dates). */
  readonly args?: (fn: string, args: readonly unknown[]) => readonly unknown[];
}

/**
 * One `it` per case of the shared table, against whichever host `lookup` reaches. A host's
 * function may be synchronous (Excel, Sheets) or return a promise (the CLI).
 */
export function runCases(cases: readonly FunctionCase[], lookup: Lookup, options: RunOptions = {}): void {
  const errorCode = options.errorCode === undefined ? "#VALUE!" : options.errorCode;
  for (const c of cases) {
    it(label(c), async () => {
      const fn = lookup(c.fn);
      expect(fn, `${c.fn} is registered`).toBeTypeOf("function");
      const args = options.args ? options.args(c.fn, c.args) : c.args;
      const call = async () => (fn as (...args: unknown[]) => unknown)(...args);
      if ("error" in c.expected) {
        let thrown: unknown;
        try {
          await call();
        } catch (error) {
          thrown = error;
        }
        // Duck-typed: the bundles' errors come from another JavaScript realm.
        expect(thrown, "throws for bad input").toBeDefined();
        const { code, message } = thrown as CustomFunctionError;
        if (errorCode !== null) expect(code).toBe(errorCode);
        expect(message).toMatch(c.expected.error);
      } else if ("date" in c.expected) {
        expect(await call()).toBe(serial(c.expected.date));
      } else {
        expect(await call()).toEqual(c.expected.value);
      }
    });
  }
}

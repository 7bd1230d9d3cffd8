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

/** One `it` per case of the shared table, against whichever host `lookup` reaches. */
export function runCases(cases: readonly FunctionCase[], lookup: Lookup): void {
  for (const c of cases) {
    it(label(c), () => {
      const fn = lookup(c.fn);
      expect(fn, `${c.fn} is registered`).toBeTypeOf("function");
      const call = () => (fn as (...args: unknown[]) => unknown)(...c.args);
      if ("error" in c.expected) {
        let thrown: unknown;
        try {
          call();
        } catch (error) {
          thrown = error;
        }
        // Duck-typed: the bundle test's errors come from another JavaScript realm.
        expect(thrown, "throws CustomFunctions.Error").toBeDefined();
        const { code, message } = thrown as CustomFunctionError;
        expect(code).toBe("#VALUE!");
        expect(message).toMatch(c.expected.error);
      } else if ("date" in c.expected) {
        expect(call()).toBe(serial(c.expected.date));
      } else {
        expect(call()).toEqual(c.expected.value);
      }
    });
  }
}

/**
 * The host's language is asked for only when needed: a blank `lang` argument, or the message of
 * bad input. Asking may cost (Google Sheets reads the spreadsheet's locale, and every cell there is
 * an execution of its own), so numbers, dates and yes/no never ask unless they fail. Over the shared
 * table of cases, with a host that counts.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as catalogue from "../../src/functions/catalogue";
import { functionHost, useFunctionHost, type FunctionHost } from "../../src/functions/host";
import { invoke, invokeNoLang } from "../../src/functions/invoke";
import { ArgumentError } from "../../src/functions/args";
import { isBlank } from "../../src/rules";
import { FUNCTION_CASES } from "../cases/functionCases";

const FUNCTIONS = catalogue as unknown as Record<string, (...args: unknown[]) => unknown>;
const metadata = JSON.parse(readFileSync(new URL("../../dist/functions.json", import.meta.url), "utf8")) as {
  functions: { id: string; parameters: { name: string }[] }[];
};
const langIndex = (id: string) =>
  metadata.functions.find((f) => f.id === id)?.parameters.findIndex((p) => p.name === "lang") ?? -1;

describe("invoke asks the host's language only when needed", () => {
  let asked = 0;
  let previous: FunctionHost;
  beforeAll(() => {
    previous = functionHost();
    useFunctionHost({
      language: () => (asked++, "ru"),
      invalidValue: (message) => new Error(message),
    });
  });
  afterAll(() => useFunctionHost(previous));

  for (const c of FUNCTION_CASES) {
    const at = langIndex(c.fn);
    const blankLang = at >= 0 && isBlank(c.args[at]);
    const fails = "error" in c.expected;
    it(`${c.fn}(${JSON.stringify(c.args).slice(1, -1)})`, () => {
      asked = 0;
      let thrown: unknown = null;
      try {
        FUNCTIONS[c.fn]?.(...c.args);
      } catch (error) {
        thrown = error;
      }
      expect(thrown !== null, "throws").toBe(fails);
      // A text result in the host's language asks once; a message asks once, unless `lang` was read.
      if (!fails) expect(asked).toBe(blankLang ? 1 : 0);
      else expect(asked).toBeLessThanOrEqual(1);
      if (at < 0) expect(asked).toBe(fails ? 1 : 0);
    });
  }

  it("invokeNoLang: no language on success; the host's for the message of bad input", () => {
    asked = 0;
    expect(invokeNoLang(() => 42)).toBe(42);
    expect(asked).toBe(0);
    expect(() =>
      invokeNoLang(() => {
        throw new ArgumentError({ code: "blank", arg: "hours" });
      }),
    ).toThrow(/hours: не заполнено/u);
    expect(asked).toBe(1);
  });

  it("invoke: a given lang is never second-guessed, and writes the message too", () => {
    asked = 0;
    expect(invoke("kk", (l) => l)).toBe("kk");
    expect(() =>
      invoke("en", () => {
        throw new ArgumentError({ code: "blank", arg: "hours" });
      }),
    ).toThrow(/hours: is blank/u);
    expect(asked).toBe(0);
    // An unknown lang: the message in the host's language.
    expect(() => invoke("de", (l) => l)).toThrow(/«de»/u);
    expect(asked).toBe(1);
  });

  it("anything but bad input is rethrown as it is, asking nothing", () => {
    asked = 0;
    const bug = new TypeError("bug");
    expect(() =>
      invokeNoLang(() => {
        throw bug;
      }),
    ).toThrow(bug);
    expect(asked).toBe(0);
  });
});

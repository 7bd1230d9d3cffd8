/**
 * dist/functions.js, as built by `npm run build`, loaded in a bare JavaScript context that has only
 * the `CustomFunctions` and `Office` globals (no DOM, no task pane), as Excel's JavaScript-only
 * custom-functions runtime provides. It must register every function of dist/functions.json and
 * give the table's answers.
 */
import { readFileSync } from "node:fs";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { FUNCTION_CASES, FUNCTION_IDS } from "../cases/functionCases";
import { runCases } from "../cases/runCases";
import { customFunctionsStub, type Registered } from "../support/customFunctionsStub";

const dist = new URL("../../dist/", import.meta.url);
const registered: Registered = {};
const context = { CustomFunctions: customFunctionsStub(registered), Office: {} };
runInNewContext(readFileSync(new URL("functions.js", dist), "utf8"), context, { filename: "functions.js" });
const metadata = JSON.parse(readFileSync(new URL("functions.json", dist), "utf8")) as {
  functions: { id: string; description?: string; parameters: { name: string; description?: string }[] }[];
};

describe("dist/functions.js in a bare runtime", () => {
  it("registers exactly the functions of functions.json", () => {
    expect(Object.keys(registered).sort()).toEqual(metadata.functions.map((f) => f.id).sort());
  });

  it("registers the whole catalogue", () => {
    expect(Object.keys(registered).sort()).toEqual([...FUNCTION_IDS].sort());
  });

  it("adds nothing to the global scope but what it was given", () => {
    expect(Object.keys(context).sort()).toEqual(["CustomFunctions", "Office"]);
  });

  runCases(FUNCTION_CASES, (id) => registered[id]);
});

describe("dist/functions.js speaks Office's display language", () => {
  const kk: Registered = {};
  const office = { context: { displayLanguage: "kk-KZ" } };
  runInNewContext(readFileSync(new URL("functions.js", dist), "utf8"), {
    CustomFunctions: customFunctionsStub(kk),
    Office: office,
  });

  it("text results and error messages default to Kazakh in a Kazakh Office", () => {
    expect(kk["RETRAINING_VENUE"]?.("С-О-3", null, null)).toBe("Өңірлік орталық");
    expect(kk["DEADLINE_STATUS"]?.(45736, 45737, null)).toBe("Мерзімі өтті");
    expect(() => kk["RETRAINING_VENUE"]?.("C-6", null, null)).toThrow(/Қағидалардың 13-тармағының/);
    expect(kk["RETRAINING_VENUE"]?.("С-О-3", null, "ru")).toBe("Региональный центр");
  });
});

describe("dist/functions.json", () => {
  it("describes every function and every parameter", () => {
    for (const fn of metadata.functions) {
      expect(fn.description, fn.id).toMatch(/\S{3}/);
      for (const parameter of fn.parameters)
        expect(parameter.description, `${fn.id}(${parameter.name})`).toMatch(/\S{3}/);
    }
  });

  it("cites a paragraph of the Rules in every function's description but the date helper", () => {
    for (const fn of metadata.functions) {
      if (fn.id === "WORKDAY_KZ" || fn.id === "DEADLINE_STATUS" || fn.id === "NORMALIZE_CATEGORY") continue;
      expect(fn.description, fn.id).toMatch(/§\d+/);
    }
  });
});

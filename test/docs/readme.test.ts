/**
 * The README's function table is generated (npm run docs) from the built functions.json and the
 * examples beside the catalogue: it must be the table the current code generates, every function
 * must have an example, and every result shown must be what the function returns.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FUNCTION_EXAMPLES } from "../../src/functions/examples";
import {
  END,
  formulaText,
  functionTable,
  START,
  withTable,
  type FunctionMetadata,
} from "../../src/tools/function-table";

const metadata = (): FunctionMetadata[] =>
  (JSON.parse(readFileSync("dist/functions.json", "utf8")) as { functions: FunctionMetadata[] }).functions;
const readme = readFileSync("README.md", "utf8");

describe("README", () => {
  it("shows the function table the code generates (run `npm run docs` after a change)", () => {
    expect(readme.includes(START) && readme.includes(END)).toBe(true);
    expect(withTable(readme, metadata())).toBe(readme);
  });

  it("has an example of every function Excel registers, and no example of a function it does not", () => {
    const names = metadata().map((f) => f.name);
    expect(Object.keys(FUNCTION_EXAMPLES).sort()).toEqual([...names].sort());
    for (const name of names)
      expect(FUNCTION_EXAMPLES[name as keyof typeof FUNCTION_EXAMPLES].length).toBeGreaterThan(0);
  });

  it("writes formulas as an officer types them in Kazakh or Russian Excel", () => {
    expect(formulaText("RETRAINING_VENUE", { args: ["D-O-2", null, "kk"] })).toBe(
      '=KADR.RETRAINING_VENUE("D-O-2"; ; "kk")',
    );
    expect(formulaText("TRAINING_DUE", { args: ["01.06.2022", [["хорошо"], ["неуд"]]] })).toBe(
      '=KADR.TRAINING_DUE("01.06.2022"; {"хорошо";"неуд"})',
    );
  });

  it("computes each result from the catalogue: a date shown dd.mm.yyyy, #VALUE! with its message", () => {
    const table = functionTable(metadata());
    expect(table).toContain('| `=KADR.RETRAINING_DEADLINE("31.08.2024")` | 28.02.2025 |');
    expect(table).toMatch(/`=KADR\.NORMALIZE_CATEGORY\("C-6"\)` \| C-O-3<br>#VALUE! category: C-6/u);
  });

  it("links only documents that exist", () => {
    for (const [, path] of readme.matchAll(/\]\((docs\/[^)#]+)/gu))
      expect(() => readFileSync(path ?? "")).not.toThrow();
  });
});

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { helpPage } from "../../src/tools/help-page";

describe("help page (Settings → Help)", () => {
  // The metadata Excel reads, generated from functions.ts by custom-functions-metadata-plugin.
  const metadata = JSON.parse(readFileSync(join(__dirname, "../../dist/functions.json"), "utf8")) as {
    functions: { name: string; parameters: { name: string }[] }[];
  };
  const html = helpPage(metadata.functions);

  it("lists every KADR function with its arguments", () => {
    expect(metadata.functions.length).toBeGreaterThanOrEqual(22);
    for (const f of metadata.functions) {
      expect(html).toContain(`=KADR.${f.name}(`);
      for (const p of f.parameters) expect(html).toContain(`<code>${p.name}</code>`);
    }
  });

  it("has a part in each language the pane links to, and loads nothing from elsewhere", () => {
    for (const lang of ["kk", "ru", "en"]) expect(html).toContain(`<section id="${lang}" lang="${lang}">`);
    expect(html).not.toMatch(/https?:\/\/|<script|<link/u);
  });
});

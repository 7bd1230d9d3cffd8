/**
 * Issue #12 item 15: Kazakh citations in the legal form of normative acts — an item of a paragraph
 * is «N-тармақтың M) тармақшасы», never «N(M)-тармақ». The table is the form of each language; the
 * CLI runs check that no Kazakh output of the bundled samples keeps the old form.
 */
import { copyFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { paragraphText, type Lang, type Paragraph } from "../../src/rules";
import { kadr } from "../support/kadr";

const FORMS: readonly [Paragraph, Record<Lang, string>][] = [
  ["§13", { en: "§13", ru: "п. 13", kk: "13-тармақ" }],
  ["§24(2)", { en: "§24(2)", ru: "п. 24(2)", kk: "24-тармақтың 2) тармақшасы" }],
  ["§20(1)", { en: "§20(1)", ru: "п. 20(1)", kk: "20-тармақтың 1) тармақшасы" }],
  ["§3(2)", { en: "§3(2)", ru: "п. 3(2)", kk: "3-тармақтың 2) тармақшасы" }],
  ["§30", { en: "§30", ru: "п. 30", kk: "30-тармақ" }],
];

/** The old Kazakh form: the item in brackets before «-тармақ». */
const OLD_FORM = /\d+\(\d+\)-тармақ/u;

describe("paragraphText: each language's citation form", () => {
  for (const [paragraph, forms] of FORMS) {
    for (const lang of Object.keys(forms) as Lang[]) {
      it(`${paragraph} in ${lang} → ${forms[lang]}`, () => {
        expect(paragraphText(paragraph, lang)).toBe(forms[lang]);
      });
    }
  }
});

describe("Kazakh outputs cite items in the legal form (kadr check, report, attestation, fn)", () => {
  // Copies in a scratch folder: `kadr attestation` writes its result beside its input.
  const dir = mkdtempSync(join(tmpdir(), "kadr-citations-"));
  const staff = join(dir, "staff.xlsx");
  const attestation = join(dir, "attestation.xlsx");
  copyFileSync(fileURLToPath(new URL("../../assets/sample-staff.xlsx", import.meta.url)), staff);
  copyFileSync(fileURLToPath(new URL("../../assets/sample-attestation.xlsx", import.meta.url)), attestation);

  it("kadr check --lang kk --json: §24(2)/§20(2) reasons read «…-тармақтың …) тармақшасы»", async () => {
    const { code, out } = await kadr("check", staff, "--lang", "kk", "--json");
    expect(code).toBe(0);
    expect(out).not.toMatch(OLD_FORM);
    expect(out).toMatch(/24-тармақтың [12]\) тармақшасы/u);
  });

  it("kadr check and report in kk text, and attestation in kk: no old form anywhere", async () => {
    for (const argv of [
      ["check", staff, "--lang", "kk"],
      ["report", staff, "--lang", "kk", "--json"],
      ["attestation", attestation, "--lang", "kk", "--json"],
    ]) {
      const { out } = await kadr(...argv);
      expect(out.length, argv.join(" ")).toBeGreaterThan(0);
      expect(out, argv.join(" ")).not.toMatch(OLD_FORM);
    }
  });

  it("EXPLAIN_TRAINING_DUE in kk cites §24(1) as «24-тармақтың 1) тармақшасы»", async () => {
    const args = JSON.stringify(["01.09.2022", [["қанағаттанарлық"]], null, "kk"]);
    const { code, out } = await kadr("fn", "EXPLAIN_TRAINING_DUE", "--args", args);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatch(/^24-тармақтың 1\) тармақшасы: /u);
  });
});

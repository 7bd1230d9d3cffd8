import { describe, expect, it } from "vitest";
import { ATTESTATION_STRINGS } from "../../src/attestation/strings";
import { GAS_STRINGS } from "../../src/gas/strings";
import { HELP_TEXT } from "../../src/help/helpText";
import { REPORT_STRINGS, reportText, type ReportText } from "../../src/report/strings";
import { LANGS } from "../../src/rules";
import { RESOURCES } from "../../src/taskpane/i18n/resources";
import { UI_STRINGS } from "../../src/ui/strings";

/** A paragraph or a Rules number typed into a text instead of taken from src/rules/data. */
const CITED = /§\s?\d|п\.\s?\d|\d+-тармақ|\b(6|120|24|80|90) ?(months|месяц|ай|h\b|ч\b|сағ|days|дней|күн)/u;

function texts(tree: unknown, path = ""): [string, string][] {
  if (typeof tree === "string") return [[path, tree]];
  if (typeof tree !== "object" || tree === null) return [];
  return Object.entries(tree).flatMap(([key, value]) => texts(value, `${path}.${key}`));
}

describe("texts cite the Rules from the data modules", () => {
  it.each([
    ["report", REPORT_STRINGS],
    ["ui", UI_STRINGS],
    ["pane", RESOURCES],
    ["attestation", ATTESTATION_STRINGS],
    ["sheets", GAS_STRINGS],
    ["help", HELP_TEXT],
  ] as const)("%s strings hold no paragraph or Rules number of their own", (_, catalogue) => {
    const typed = texts(catalogue).filter(([, text]) => CITED.test(text));
    expect(typed).toEqual([]);
  });

  it("fills each citation from the data, in the language's form", () => {
    expect(reportText("subtitle", "ru")).toMatch(/^п\. 30 Правил: .* до 10\.01 следующего года$/u);
    expect(reportText("hourViolations", "en")).toBe(
      "Hour violations (retraining ≥ 120 h, Rules §16; advanced training 24–80 h, §25)",
    );
    for (const lang of LANGS) {
      for (const key of Object.keys(REPORT_STRINGS) as ReportText[])
        expect(reportText(key, lang)).not.toMatch(/\{\w+\}/u);
    }
  });
});

import { describe, expect, it } from "vitest";
import { langOfLocale } from "../../src/rules";
import { escapeMarkup } from "../../src/rules";

describe("langOfLocale (Office, Sheets and $LANG tags → kk/ru/en)", () => {
  it.each([
    ["kk-KZ", "kk"],
    ["KK", "kk"],
    ["ru_RU.UTF-8", "ru"],
    ["en-US", "en"],
    ["de", "en"],
    ["", "en"],
  ] as const)("%j → %s", (tag, lang) => {
    expect(langOfLocale(tag)).toBe(lang);
  });
});

describe("escapeMarkup (help page, Sheets sidebar, chart XML)", () => {
  it("escapes what would break text or an attribute", () => {
    expect(escapeMarkup(`ТОО "Б&Б" <1> 'x'`)).toBe("ТОО &quot;Б&amp;Б&quot; &lt;1&gt; &#39;x&#39;");
  });
});

import { describe, expect, it } from "vitest";
import { RESOURCES } from "../../src/taskpane/i18n/resources";

/** Every key path of a resource tree, plural suffixes folded into their base key. */
function keys(tree: object, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "object" && value !== null
      ? keys(value as object, `${prefix}${key}.`)
      : [`${prefix}${key.replace(/_(one|few|many|other)$/u, "")}`],
  );
}

/** The plural forms a language needs, from the platform's own plural rules. */
const forms = (lang: string) =>
  new Intl.PluralRules(lang).resolvedOptions().pluralCategories.filter((c) => c !== "zero" && c !== "two");

describe("task pane texts", () => {
  const english = [...new Set(keys(RESOURCES.en))].sort();

  it.each(["ru", "kk"] as const)("%s has every key English has, and no other", (lang) => {
    expect([...new Set(keys(RESOURCES[lang]))].sort()).toEqual(english);
  });

  it.each(["en", "ru", "kk"] as const)("%s has every plural form its language needs", (lang) => {
    const counters: Record<string, string> = RESOURCES[lang].checks.counters;
    const bases = new Set(Object.keys(counters).map((key) => key.replace(/_(one|few|many|other)$/u, "")));
    for (const base of bases) {
      for (const form of forms(lang)) expect(counters[`${base}_${form}`], `${lang} ${base}_${form}`).toBeTruthy();
    }
  });
});

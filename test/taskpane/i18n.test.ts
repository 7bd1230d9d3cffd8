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

/** Every text of a resource tree with its full key (plural suffixes kept). */
function leaves(tree: object, prefix = ""): [string, unknown][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "object" && value !== null
      ? leaves(value as object, `${prefix}${key}.`)
      : [[`${prefix}${key}`, value]],
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
    const texts = new Map(leaves(RESOURCES[lang]));
    const bases = new Set(
      [...texts.keys()].filter((key) => /_(one|few|many|other)$/u.test(key)).map((key) => key.replace(/_\w+$/u, "")),
    );
    expect(bases.size).toBeGreaterThan(5);
    for (const base of bases) {
      for (const form of forms(lang)) expect(texts.get(`${base}_${form}`), `${lang} ${base}_${form}`).toBeTruthy();
    }
  });
});

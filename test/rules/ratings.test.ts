import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RATING_WORDS, type Rating } from "../../src/rules/data/ratings";
import { normalizeWord, parseRating } from "../../src/rules";

const ALL = Object.entries(RATING_WORDS) as [Rating, readonly string[]][];

describe("evaluation results (RULES.md §4)", () => {
  it.each([
    ["қанағаттанарлықсыз", "unsatisfactory"],
    ["Қанағаттанарлықсыз", "unsatisfactory"],
    ["канагаттанарлыксыз", "unsatisfactory"],
    ["НЕУДОВЛЕТВОРИТЕЛЬНО", "unsatisfactory"],
    [" неуд. ", "unsatisfactory"],
    ["Unsatisfactory", "unsatisfactory"],
    ["қанағаттанарлық", "satisfactory"],
    ["удовлетворительно", "satisfactory"],
    ["тиімді", "effective"],
    ["хорошо!", "effective"],
    ["өте  жақсы", "excellent"],
    ["Үздік", "excellent"],
    ["outstanding", "excellent"],
  ])("%j → %s", (word, rating) => {
    expect(parseRating(word)).toEqual({ ok: true, value: rating });
  });

  it("the prefix/suffix traps are whole words, never substrings", () => {
    expect(parseRating("қанағаттанарлық")).toEqual({ ok: true, value: "satisfactory" });
    expect(parseRating("қанағаттанарлықсыз")).toEqual({ ok: true, value: "unsatisfactory" });
    expect(parseRating("удовлетворительно")).toEqual({ ok: true, value: "satisfactory" });
    expect(parseRating("неудовлетворительно")).toEqual({ ok: true, value: "unsatisfactory" });
    expect(parseRating("қанағаттанарлықсызз")).toMatchObject({ ok: false, error: { code: "unknownRating" } });
    expect(parseRating("вполне удовлетворительно")).toMatchObject({ ok: false, error: { code: "unknownRating" } });
  });

  it("an unknown word is an error naming it, not 'satisfactory'", () => {
    expect(parseRating("норм")).toEqual({ ok: false, error: { code: "unknownRating", value: "норм" } });
    expect(parseRating(5)).toMatchObject({ ok: false, error: { code: "unknownRating", value: 5 } });
  });

  it("no two vocabulary words collide after normalisation (Kazakh letters folded)", () => {
    const keys = ALL.flatMap(([rating, words]) => words.map((w) => [normalizeWord(w), rating] as const));
    const byKey = new Map<string, Rating>();
    for (const [key, rating] of keys) {
      expect(byKey.get(key) ?? rating, key).toBe(rating);
      byKey.set(key, rating);
    }
  });

  it("property: case, punctuation and surrounding spaces never change the reading", () => {
    const word = fc.constantFrom(...ALL.flatMap(([rating, words]) => words.map((w) => [w, rating] as const)));
    fc.assert(
      fc.property(word, fc.boolean(), fc.constantFrom("", ".", "!", " ", "  "), ([w, rating], upper, pad) => {
        const read = parseRating(pad + (upper ? w.toUpperCase() : w) + pad);
        return read.ok && read.value === rating;
      }),
    );
  });
});

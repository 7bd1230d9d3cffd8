import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ACADEMY_CATEGORIES, REGIONAL_CENTRE_CATEGORIES } from "../../src/rules/data/categories";
import { listedCategories, normalizeCategory, normalizeCorps, retrainingVenue } from "../../src/rules";

const LISTED = [...ACADEMY_CATEGORIES, ...REGIONAL_CENTRE_CATEGORIES];
const CYRILLIC: Record<string, string> = { A: "А", B: "В", C: "С", E: "Е", O: "О", D: "Д", R: "Р", G: "Г" };
const DASHES = ["-", "–", "—", "−", "", " ", "‑"];

/** A spelling of a code as an officer might type it: look-alike letters, any dash, case, spaces. */
function spelling(code: string) {
  const parts = code.split("-");
  return fc
    .tuple(
      fc.array(fc.boolean(), { minLength: parts.length, maxLength: parts.length }),
      fc.array(fc.boolean(), { minLength: parts.length, maxLength: parts.length }),
      fc.array(fc.constantFrom(...DASHES), { minLength: parts.length - 1, maxLength: parts.length - 1 }),
      fc.constantFrom("", " ", "  "),
    )
    .map(([cyrillic, lower, dashes, pad]) => {
      const letters = parts.map((part, i) => {
        const swapped = cyrillic[i] ? (CYRILLIC[part] ?? part) : part;
        return lower[i] ? swapped.toLowerCase() : swapped;
      });
      return pad + letters.reduce((text, part, i) => text + (dashes[i - 1] ?? "") + part) + pad;
    });
}

describe("category register (Rules §13)", () => {
  it("every listed category maps to exactly one venue", () => {
    expect(new Set(LISTED).size).toBe(LISTED.length);
    expect(ACADEMY_CATEGORIES.filter((c) => REGIONAL_CENTRE_CATEGORIES.includes(c))).toEqual([]);
    for (const code of ACADEMY_CATEGORIES) expect(listedCategories().get(code)).toBe("academy");
    for (const code of REGIONAL_CENTRE_CATEGORIES) expect(listedCategories().get(code)).toBe("regionalCentre");
  });

  it("holds the lists of §13 as written in the seed", () => {
    expect(ACADEMY_CATEGORIES).toEqual("C-1 C-2 C-3 C-4 C-5 C-O-1 C-O-2 D-1 D-2 D-3 D-O-1 D-O-2 E-1 E-2".split(" "));
    expect(REGIONAL_CENTRE_CATEGORIES).toEqual(
      (
        "C-O-3 C-O-4 C-O-5 C-O-6 C-R-1 C-R-2 C-R-3 C-R-4 C-R-5 D-4 D-5 D-O-3 D-O-4 D-O-5 D-O-6 E-3 E-4 E-5 " +
        "E-R-1 E-R-2 E-R-3 E-R-4 E-R-5 E-G-1 E-G-2 E-G-3 E-G-4"
      ).split(" "),
    );
  });

  it.each(["C-6", "D-O-7", "E-G-5", "C-R-6", "D-6", "E-6"])(
    "%s is in neither list: an error, never a guess",
    (code) => {
      expect(normalizeCategory(code)).toMatchObject({
        ok: false,
        error: { code: "categoryNotInRules", category: code },
      });
    },
  );

  it.each(["", "   ", null, undefined])("blank %j is its own error", (value) => {
    expect(normalizeCategory(value)).toMatchObject({ ok: false, error: { code: "blank" } });
  });

  it.each(["X-1", "C03", "C-0-3", "CO", "C-O-3-1", "главный", "C-100", "A-O-"])("%j is not a category", (value) => {
    expect(normalizeCategory(value)).toMatchObject({ ok: false, error: { code: "notACategory" } });
  });

  it("groups A and B go to the Academy whatever their number (§13)", () => {
    for (const code of ["A-1", "A-5", "B-1", "B-O-3", "B-R-2"]) {
      expect(normalizeCategory(code)).toMatchObject({ ok: true, value: { code, venue: "academy" } });
    }
  });

  it("property: every spelling of a listed code normalises to it", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LISTED).chain((code) => spelling(code).map((typed) => [code, typed] as const)),
        ([code, typed]) => {
          const read = normalizeCategory(typed);
          return read.ok && read.value.code === code && read.value.venue === listedCategories().get(code);
        },
      ),
    );
  });

  it("property: normalisation is idempotent and never throws", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.constantFrom(...LISTED),
          fc.stringMatching(/^[A-EАВСЕОДРГabcde][-–ORGorgОРГ ]{0,3}\d{1,3}$/),
        ),
        (text) => {
          const once = normalizeCategory(text);
          if (!once.ok) return true;
          const twice = normalizeCategory(once.value.code);
          return twice.ok && twice.value.code === once.value.code && twice.value.venue === once.value.venue;
        },
      ),
    );
  });
});

describe("corps", () => {
  it.each([
    ["A", "A"],
    ["А", "A"],
    ["«А»", "A"],
    ["«А» корпусы", "A"],
    ["корпус «Б»", "B"],
    ["b", "B"],
    ["Corps B", "B"],
    ["саяси", "political"],
    ["Политический", "political"],
    ["", null],
    [null, null],
  ])("%j → %s", (typed, corps) => {
    expect(normalizeCorps(typed)).toEqual({ ok: true, value: corps });
  });

  it.each(["C", "корпус", 1])("%j is not a corps", (typed) => {
    // "корпус" alone is blank once the word is removed: not an error, "not given".
    const read = normalizeCorps(typed);
    if (typed === "корпус") expect(read).toEqual({ ok: true, value: null });
    else expect(read).toMatchObject({ ok: false, error: { code: "unknownCorps" } });
  });
});

describe("retrainingVenue (Rules §13, §3)", () => {
  it("corps A decides alone, whatever the category", () => {
    expect(retrainingVenue("E-G-4", "A")).toMatchObject({
      ok: true,
      value: { venue: "academy", paragraph: "§13", corps: "A" },
    });
    expect(retrainingVenue("not a category", "A")).toMatchObject({ ok: true, value: { venue: "academy" } });
  });

  it("corps B and unknown corps go by category, and the decision carries the category read", () => {
    expect(retrainingVenue("с-о-3", "B")).toMatchObject({
      ok: true,
      value: { venue: "regionalCentre", paragraph: "§13", category: { code: "C-O-3", group: "C" } },
    });
    expect(retrainingVenue("С-1", null)).toMatchObject({ ok: true, value: { venue: "academy", corps: null } });
  });

  it("political servants are not retrained (§3)", () => {
    expect(retrainingVenue("C-1", "political")).toMatchObject({ ok: false, error: { code: "politicalNotRetrained" } });
  });
});

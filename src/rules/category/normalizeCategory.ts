import {
  ACADEMY_CATEGORIES,
  ACADEMY_GROUPS,
  REGIONAL_CENTRE_CATEGORIES,
  type CategoryGroup,
  type CategoryModifier,
  type Venue,
} from "../data/categories";
import { fail, ok, type Outcome } from "../outcome";

/** A position category from the register, in canonical Latin form, e.g. `C-O-3`. */
export interface Category {
  readonly code: string;
  readonly group: CategoryGroup;
  /** Where Rules §13 sends this category to retraining (corps B). */
  readonly venue: Venue;
}

/*
 * RULES.md §5: sheets are typed in Kazakh/Russian layouts, so Cyrillic look-alikes and same-sound
 * letters stand for the Latin ones. Safe because codes use only A B C D E G O R.
 */
const LETTERS: Readonly<Record<string, string>> = {
  А: "A",
  Б: "B",
  В: "B",
  С: "C",
  Д: "D",
  Е: "E",
  Г: "G",
  О: "O",
  Р: "R",
};
/** Any dash (Unicode Pd: hyphens, en/em dashes, fullwidth forms), minus, soft hyphen, spaces, underscore, dot. */
const SEPARATOR = /^[\p{Pd}\u2212\u00ad\s_.]$/u;
const SHAPE = /^([ABCDE])([ORG])?([1-9]\d?)$/u;

const REGISTER = new Map<string, Venue>([
  ...ACADEMY_CATEGORIES.map((code) => [code, "academy"] as const),
  ...REGIONAL_CENTRE_CATEGORIES.map((code) => [code, "regionalCentre"] as const),
]);

/** Sheets repeat the same few spellings thousands of times: remember each spelling's answer. */
const MEMO = new Map<string, Outcome<Category>>();
const MEMO_LIMIT = 4096;

/** The code's letters and digits without separators; null when it holds anything else. */
function compact(text: string): string | null {
  let out = "";
  let separated = false;
  for (const char of text.toUpperCase()) {
    const isDigit = char >= "0" && char <= "9";
    // A separator between two digits splits the number ("C-O-3-1"): that is no code, not C-O-31.
    if (isDigit && separated && /\d$/u.test(out)) return null;
    if (isDigit || (char >= "A" && char <= "Z")) out += char;
    else if (LETTERS[char]) out += LETTERS[char];
    else if (!SEPARATOR.test(char)) return null;
    separated = SEPARATOR.test(char);
  }
  return out;
}

function classify(value: string): Outcome<Category> {
  const shape = SHAPE.exec(compact(value) ?? "");
  if (!shape) return fail({ code: "notACategory", value });
  const group = shape[1] as CategoryGroup;
  const modifier = shape[2] as CategoryModifier | undefined;
  const number = Number(shape[3]);
  const code = modifier ? `${group}-${modifier}-${number}` : `${group}-${number}`;
  // Rules §13: groups A and B go to the Academy, whatever the rest of the code.
  if (ACADEMY_GROUPS.includes(group)) return ok({ code, group, venue: "academy" });
  const venue = REGISTER.get(code);
  if (!venue) return fail({ code: "categoryNotInRules", value, category: code });
  return ok({ code, group, venue });
}

/**
 * Rules §13 / RULES.md §5: reads a position category as typed in a sheet and returns it in canonical
 * form with its retraining venue. Cyrillic look-alikes, any dash or none, spaces and case are
 * accepted; a C/D/E code in neither list of §13 is an error, never a guess.
 *
 * @example
 * normalizeCategory(" с–о-3 ") //=> { ok: true, value: { code: "C-O-3", group: "C", venue: "regionalCentre" } }
 * normalizeCategory("CO3")     //=> { ok: true, value: { code: "C-O-3", … } }
 * normalizeCategory("C-6")     //=> { ok: false, error: { code: "categoryNotInRules", category: "C-6", … } }
 */
export function normalizeCategory(value: unknown): Outcome<Category> {
  if (value === null || value === undefined || value === "") return fail({ code: "blank" });
  if (typeof value !== "string") return fail({ code: "notACategory", value });
  const known = MEMO.get(value);
  if (known) return known;
  const result = value.trim() === "" ? fail({ code: "blank" }) : classify(value);
  if (MEMO.size >= MEMO_LIMIT) MEMO.clear();
  MEMO.set(value, result);
  return result;
}

/** Every category code §13 lists by name, with its venue (groups A and B are open-ended). */
export function listedCategories(): ReadonlyMap<string, Venue> {
  return REGISTER;
}

/**
 * The position-category register as far as the Rules name it, and where each category is retrained.
 *
 * Rules §13 (seed 000, paragraph 13, quoted in seed 001 too):
 * - Academy: every corps A administrative servant; corps B category groups A and B, and
 *   C-1…C-5, C-O-1, C-O-2, D-1, D-2, D-3, D-O-1, D-O-2, E-1, E-2.
 * - Regional centres: corps B C-O-3…C-O-6, C-R-1…C-R-5, D-4, D-5, D-O-3…D-O-6, E-3, E-4, E-5,
 *   E-R-1…E-R-5, E-G-1…E-G-4.
 * A C/D/E code outside both lists (C-6, D-O-7, E-G-5) is not a category: we say so, never guess.
 */

export type Venue = "academy" | "regionalCentre";

/** The letter groups of category codes (Rules §13 speaks of "groups A and B"). */
export type CategoryGroup = "A" | "B" | "C" | "D" | "E";

/** Sub-letters that appear in codes: O (oblast), R (rayon), G (city/village). */
export type CategoryModifier = "O" | "R" | "G";

/** `C-1`…`C-5` style ranges, written the way §13 writes them. */
function range(prefix: string, from: number, to: number): string[] {
  return Array.from({ length: to - from + 1 }, (_, i) => `${prefix}-${from + i}`);
}

/** Rules §13, first sentence: corps B categories retrained at the Academy (besides groups A, B). */
export const ACADEMY_CATEGORIES: readonly string[] = [
  ...range("C", 1, 5),
  ...range("C-O", 1, 2),
  ...range("D", 1, 3),
  ...range("D-O", 1, 2),
  ...range("E", 1, 2),
];

/** Rules §13, second sentence: corps B categories retrained at regional centres. */
export const REGIONAL_CENTRE_CATEGORIES: readonly string[] = [
  ...range("C-O", 3, 6),
  ...range("C-R", 1, 5),
  ...range("D", 4, 5),
  ...range("D-O", 3, 6),
  ...range("E", 3, 5),
  ...range("E-R", 1, 5),
  ...range("E-G", 1, 4),
];

/** Rules §13: groups A and B go to the Academy whatever their number. */
export const ACADEMY_GROUPS: readonly CategoryGroup[] = ["A", "B"];

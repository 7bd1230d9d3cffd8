/**
 * Annual evaluation results as they are written in staff sheets (RULES.md §4).
 *
 * Only "unsatisfactory" changes a deadline (Rules §20(2), §24(2)); the other words are listed so
 * that a typo is reported instead of being read as "satisfactory". Words are matched whole after
 * normalisation (see `normalizeWord`), never as substrings: `қанағаттанарлық` is a prefix of
 * `қанағаттанарлықсыз`, and `удовлетворительно` a suffix of `неудовлетворительно`.
 */

export type Rating = "unsatisfactory" | "satisfactory" | "effective" | "excellent";

export const RATING_WORDS: Readonly<Record<Rating, readonly string[]>> = {
  unsatisfactory: [
    "қанағаттанарлықсыз",
    "неудовлетворительно",
    "не удовлетворительно",
    "неудовлетворительная",
    "неуд",
    "unsatisfactory",
  ],
  satisfactory: ["қанағаттанарлық", "удовлетворительно", "удовлетворительная", "удовл", "satisfactory"],
  effective: ["тиімді", "жақсы", "эффективно", "хорошо", "effective", "good"],
  excellent: ["өте жақсы", "үздік", "превосходно", "отлично", "excellent", "outstanding"],
};

import { LABELS, type LabelKey, type Lang } from "./data/labels";

/** The text of a result in a language (exact strings of the catalogue in data/labels.ts). */
export function label(key: LabelKey, lang: Lang): string {
  return LABELS[key][lang];
}

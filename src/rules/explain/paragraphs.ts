import type { Lang } from "../data/labels";
import type { Paragraph } from "../data/rules";

/**
 * A paragraph as each language cites it: `§24(2)` (en), `п. 24(2)` (ru), `24(2)-тармақ` (kk).
 *
 * @example
 * paragraphText("§13", "kk") //=> "13-тармақ"
 */
export function paragraphText(paragraph: Paragraph, lang: Lang): string {
  const number = paragraph.slice(1);
  if (lang === "ru") return `п. ${number}`;
  if (lang === "kk") return `${number}-тармақ`;
  return paragraph;
}

/** Why a result is what it is: the paragraph that decided it and a sentence from its inputs. */
export interface Reason {
  readonly paragraph: Paragraph;
  readonly text: string;
}

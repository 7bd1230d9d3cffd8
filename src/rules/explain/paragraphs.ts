import type { Lang } from "../data/labels";
import type { AppendixRef, Citation, Paragraph } from "../data/rules";

/** `§24(2)` → paragraph 24, item 2; `§13` → paragraph 13 alone. */
const CITATION = /^§(\d+)(?:\((\d+)\))?$/u;

/**
 * A paragraph as each language cites it: `§24(2)` (en), `п. 24(2)` (ru) and, in Kazakh, the legal form
 * of normative acts — a paragraph is «тармақ», an item of it «тармақша» in the possessive after the
 * paragraph in the genitive: «24-тармақтың 2) тармақшасы», never «24(2)-тармақ».
 *
 * @example
 * paragraphText("§13", "kk") //=> "13-тармақ"
 * paragraphText("§24(2)", "kk") //=> "24-тармақтың 2) тармақшасы"
 * paragraphText("§24(2)", "ru") //=> "п. 24(2)"
 * paragraphText("App1.1.7", "kk") //=> "1-қосымша, 1-бөлім, 7-тармақ"
 */
export function paragraphText(paragraph: Citation, lang: Lang): string {
  if (paragraph.startsWith("App")) return appendixText(paragraph as AppendixRef, lang);
  const number = paragraph.slice(1);
  if (lang === "ru") return `п. ${number}`;
  if (lang === "kk") {
    const parts = CITATION.exec(paragraph);
    if (parts?.[2] !== undefined) return `${parts[1]}-тармақтың ${parts[2]}) тармақшасы`;
    return `${number}-тармақ`;
  }
  return paragraph;
}

/** `App1.1.7` → appendix 1, part 1, item 7. */
const APPENDIX = /^App(\d+)\.(\d+)\.(\d+)$/u;

/**
 * An appendix item as each language cites it: «Appendix 1, part 1, item 7», «приложение 1, часть 1,
 * пункт 7», «1-қосымша, 1-бөлім, 7-тармақ».
 */
function appendixText(ref: AppendixRef, lang: Lang): string {
  const [, appendix, part, item] = APPENDIX.exec(ref) ?? [];
  if (lang === "ru") return `приложение ${appendix}, часть ${part}, пункт ${item}`;
  if (lang === "kk") return `${appendix}-қосымша, ${part}-бөлім, ${item}-тармақ`;
  return `Appendix ${appendix}, part ${part}, item ${item}`;
}

/** Why a result is what it is: the paragraph that decided it and a sentence from its inputs. */
export interface Reason {
  readonly paragraph: Paragraph;
  readonly text: string;
}

import type { Lang } from "../data/labels";
import { LABELS } from "../data/labels";
import {
  appendixRef,
  ATTESTATION_POSITIONS,
  PART_COMMISSION,
  type AppendixPart,
  type CommissionKind,
} from "../data/attestationPositions";
import type { Citation } from "../data/rules";
import { paragraphText } from "./paragraphs";

/*
 * The texts of the Appendix 1 findings (issue #12 item 11), beside the other attestation flags of
 * explainAttestation.ts, which calls `explainPositionFlag`. The paragraph and the items arrive as
 * data and are cited with paragraphText.
 */

/** Rules §2 (Appendix 1 applies): a position matches no item of the list. */
export interface PositionNotListedFlag {
  readonly code: "positionNotListed";
  readonly position: string;
}

/** Appendix 1: the position's item is in one part, the list's commission column names the other. */
export interface WrongCommissionFlag {
  readonly code: "wrongCommission";
  readonly position: string;
  readonly part: AppendixPart;
  readonly items: readonly number[];
  /** What the list's commission column says. */
  readonly recorded: CommissionKind;
}

export type PositionFlag = PositionNotListedFlag | WrongCommissionFlag;

/** The citation behind a position flag: §2 for one not listed, the (first) item for a wrong commission. */
export function positionFlagCitation(flag: PositionFlag): Citation {
  if (flag.code === "positionNotListed") return ATTESTATION_POSITIONS.paragraph;
  return appendixRef(flag.part, flag.items[0] ?? 0);
}

/**
 * Items of one part of Appendix 1 in each language: one item as paragraphText cites it, several
 * as «Appendix 1, part 2, items 10, 13».
 *
 * @example
 * appendixItemsText(2, [10, 13], "ru") //=> "приложение 1, часть 2, пункты 10, 13"
 */
export function appendixItemsText(part: AppendixPart, items: readonly number[], lang: Lang): string {
  if (items.length === 1) return paragraphText(appendixRef(part, items[0] ?? 0), lang);
  const n = ATTESTATION_POSITIONS.appendix;
  const list = items.join(", ");
  return {
    en: `Appendix ${n}, part ${part}, items ${list}`,
    ru: `приложение ${n}, часть ${part}, пункты ${list}`,
    kk: `${n}-қосымша, ${part}-бөлім, ${list}-тармақтар`,
  }[lang];
}

/** The commission of a part, in words: «central commission», «центральная комиссия», «орталық комиссия». */
export function commissionText(commission: CommissionKind, lang: Lang): string {
  return LABELS[commission === "central" ? "centralCommission" : "regionalCommission"][lang].toLowerCase();
}

const quote = (text: string, lang: Lang) => (lang === "en" ? `"${text}"` : `«${text}»`);

/** The list's word for a commission, as the flag says it ("the list says regional"). */
const LIST_SAYS: Readonly<Record<CommissionKind, Readonly<Record<Lang, string>>>> = {
  central: { en: "central", ru: "центральная", kk: "орталық" },
  regional: { en: "regional", ru: "региональная", kk: "өңірлік" },
};

/**
 * A position flag in words. `p` is the flag's citation as explainAttestationFlag cites it
 * («Attestation Rules §2», «Правила аттестации, приложение 1, часть 1, пункт 7»).
 */
export function explainPositionFlag(flag: PositionFlag, p: string, lang: Lang): string {
  if (flag.code === "positionNotListed") {
    const position = quote(flag.position, lang);
    const n = ATTESTATION_POSITIONS.appendix;
    return {
      en: `${p}: the position ${position} is not found on Appendix ${n} of the Rules — check that the officer is subject to the extraordinary attestation`,
      ru: `${p}: должность ${position} не найдена в приложении ${n} к Правилам — проверьте, подлежит ли сотрудник внеочередной аттестации`,
      kk: `${p}: ${position} лауазымы Қағидалардың ${n}-қосымшасында табылмады — қызметкердің кезектен тыс аттестаттауға жататынын тексеріңіз`,
    }[lang];
  }
  const listed = commissionText(PART_COMMISSION[flag.part], lang);
  const items = flag.items.length > 1 ? `${appendixItemsText(flag.part, flag.items, lang)}: ` : "";
  const says = LIST_SAYS[flag.recorded][lang];
  return {
    en: `${p} (${items}${listed}), but the list says ${says}`,
    ru: `${p} (${items}${listed}), а в списке — ${says}`,
    kk: `${p} (${items}${listed}), ал тізімде — ${says}`,
  }[lang];
}

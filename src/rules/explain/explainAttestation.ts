import type { Lang } from "../data/labels";
import {
  ATTESTATION_ABSENCES_FOR_DISMISSAL,
  ATTESTATION_AFTER_RETURN,
  ATTESTATION_DECISIONS,
  ATTESTATION_EXEMPT,
  ATTESTATION_PERIOD,
  ATTESTATION_STAGES,
  ATTESTATION_SUBJECT_TO_DISMISSAL,
  type Citation,
} from "../data/rules";
import { ATTESTATION_DECISION_WORDS } from "../data/attestationForms";
import { formatSerial, serialFromParts, type Serial } from "../dates/excelSerial";
import type { AttestationStep } from "../data/attestationSteps";
import { ATTESTATION_STEP_RULES } from "../attestation/steps";
import { explainStepFlag } from "./explainAttestationSteps";
import { explainPositionFlag, positionFlagCitation, type PositionFlag } from "./explainPositions";
import { paragraphText } from "./paragraphs";

/** Which text a paragraph number belongs to: the Attestation Rules, or the decree approving them. */
export type AttestationSource = "rules" | "decree";

/**
 * An attestation paragraph as each language cites it, naming the text (the staff Rules share the
 * numbers): `Attestation Rules §18`, `п. 18 Правил аттестации`, `Аттестаттау қағидаларының 18-тармағы`.
 *
 * @example
 * attestationCite("§17", "ru") //=> "п. 17 Правил аттестации"
 * attestationCite("§1", "en", "decree") //=> "Decree No. 490 §1"
 * attestationCite("App1.1.7", "en") //=> "Attestation Rules, Appendix 1, part 1, item 7"
 */
export function attestationCite(paragraph: Citation, lang: Lang, source: AttestationSource = "rules"): string {
  if (paragraph.startsWith("App")) {
    const item = paragraphText(paragraph, lang);
    return {
      en: `Attestation Rules, ${item}`,
      ru: `Правила аттестации, ${item}`,
      kk: `Аттестаттау қағидалары, ${item}`,
    }[lang];
  }
  const n = paragraph.slice(1);
  if (source === "decree") {
    return { en: `Decree No. 490 §${n}`, ru: `п. ${n} Указа № 490`, kk: `№ 490 Жарлықтың ${n}-тармағы` }[lang];
  }
  return {
    en: `Attestation Rules §${n}`,
    ru: `п. ${n} Правил аттестации`,
    kk: `Аттестаттау қағидаларының ${n}-тармағы`,
  }[lang];
}

/** What the attestation checks found about one officer, as data; `explainAttestationFlag` says it. */
export type AttestationFlag =
  | { readonly code: "exempt"; readonly exemption: "pregnancy" | "leave" }
  | { readonly code: "afterReturn" }
  | { readonly code: "dismissalRecommended"; readonly absences: number }
  | {
      readonly code: "decisionNotAllowed";
      readonly decision: number;
      /** §18 (standards and test failed) or §17 (absent twice: only dismissal). */
      readonly because: "failedBoth" | "absentTwice";
    }
  | { readonly code: "outsidePeriod"; readonly what: "start" | "meeting"; readonly day: Serial }
  /** §5–§7, §20–§21: the date the list records for a step is later than its deadline. */
  | {
      readonly code: "late";
      readonly step: AttestationStep;
      readonly actual: Serial;
      readonly due: Serial;
      /** The start (§5) or the meeting (the rest) the deadline counts from. */
      readonly from: Serial;
    }
  /** The list records a step's date, but the deadline cannot be counted (no start, no meeting, no decision). */
  | {
      readonly code: "noDeadline";
      readonly step: AttestationStep;
      readonly actual: Serial;
      readonly because: "noStart" | "noMeeting" | "absentExcused";
    }
  /** §4: a decision recorded while a stage before it (the standards, the test) is blank. */
  | { readonly code: "stageMissing"; readonly decision: number; readonly missing: readonly ("standards" | "test")[] }
  /** §22: did not pass (decision 5), or refused the post a decision 3 or 4 offers. */
  | { readonly code: "subjectToDismissal"; readonly decision: number; readonly refusedPost: boolean }
  /** Appendix 1 (Rules §2): a position on no item of the list, or a commission the list's part contradicts. */
  | PositionFlag;

/** The paragraph (and text) behind a flag. */
export function attestationFlagParagraph(flag: AttestationFlag): { paragraph: Citation; source: AttestationSource } {
  switch (flag.code) {
    case "exempt":
      return { paragraph: ATTESTATION_EXEMPT.paragraph, source: "rules" };
    case "afterReturn":
      return { paragraph: ATTESTATION_AFTER_RETURN.paragraph, source: "rules" };
    case "dismissalRecommended":
      return { paragraph: ATTESTATION_ABSENCES_FOR_DISMISSAL.paragraph, source: "rules" };
    case "decisionNotAllowed":
      return {
        paragraph:
          flag.because === "absentTwice"
            ? ATTESTATION_ABSENCES_FOR_DISMISSAL.paragraph
            : ATTESTATION_DECISIONS.whenStandardsAndTestFailed.paragraph,
        source: "rules",
      };
    case "late":
    case "noDeadline":
      return { paragraph: ATTESTATION_STEP_RULES[flag.step].paragraph, source: "rules" };
    case "stageMissing":
      return { paragraph: ATTESTATION_STAGES.paragraph, source: "rules" };
    case "subjectToDismissal":
      return { paragraph: ATTESTATION_SUBJECT_TO_DISMISSAL.paragraph, source: "rules" };
    case "outsidePeriod":
      return { paragraph: ATTESTATION_PERIOD.paragraph, source: ATTESTATION_PERIOD.source };
    case "positionNotListed":
    case "wrongCommission":
      return { paragraph: positionFlagCitation(flag), source: "rules" };
  }
}

const d = formatSerial;
const { from, to } = ATTESTATION_PERIOD;
/** The decree's period, from its data (inclusive). */
export const ATTESTATION_PERIOD_SERIALS = {
  from: serialFromParts(from.year, from.month, from.day),
  to: serialFromParts(to.year, to.month, to.day),
} as const;

/** "раз" or "раза" after a count, as Russian has it (2 раза, 5 раз, 22 раза, 12 раз). */
function timesRu(n: number): string {
  const last = n % 10;
  const teen = n % 100 >= 12 && n % 100 <= 14;
  return last >= 2 && last <= 4 && !teen ? "раза" : "раз";
}

/** A decision number with its words (Attestation Rules §15). */
export function decisionText(decision: number, lang: Lang): string {
  const words = ATTESTATION_DECISION_WORDS[decision as 1 | 2 | 3 | 4 | 5];
  return words ? `${decision}) ${words[lang]}` : String(decision);
}

/**
 * A flag in words, with the paragraph that decided it.
 *
 * @example
 * explainAttestationFlag({ code: "decisionNotAllowed", decision: 2, because: "failedBoth" }, "en").text
 * //=> "Attestation Rules §18: failed the fitness standards and scored below the test threshold → only decisions 3, 4 or 5; the list has 2"
 */
export function explainAttestationFlag(flag: AttestationFlag, lang: Lang): { paragraph: Citation; text: string } {
  const { paragraph, source } = attestationFlagParagraph(flag);
  const p = attestationCite(paragraph, lang, source);
  return { paragraph, text: attestationFlagText(flag.code, flag, lang, p) };
}

/** The attestation flag of one code. */
type AttestationFlagOf<C extends AttestationFlag["code"]> = Extract<AttestationFlag, { readonly code: C }>;

/** Says an attestation flag of one code in words; `p` is its paragraph as the language cites it. */
type AttestationFlagText<C extends AttestationFlag["code"]> = (
  flag: AttestationFlagOf<C>,
  lang: Lang,
  p: string,
) => string;

/** The text of a flag, by its code (the code passed beside the flag, so the compiler pairs them). */
function attestationFlagText<C extends AttestationFlag["code"]>(
  code: C,
  flag: AttestationFlagOf<C>,
  lang: Lang,
  p: string,
): string {
  const text: AttestationFlagText<C> = ATTESTATION_FLAG_TEXTS[code];
  return text(flag, lang, p);
}

/** Attestation Rules §5–§7, §20–§21, §4 and §22: said by `explainStepFlag`, citing other paragraphs as this file does. */
function stepFlagText(
  flag: AttestationFlagOf<"late" | "noDeadline" | "stageMissing" | "subjectToDismissal">,
  lang: Lang,
  p: string,
): string {
  return explainStepFlag(flag, p, lang, (q) => attestationCite(q, lang));
}

/** Appendix 1 (Rules §2): said by `explainPositionFlag`. */
function positionFlagText(flag: PositionFlag, lang: Lang, p: string): string {
  return explainPositionFlag(flag, p, lang);
}

/** Every attestation flag code's text: a record over `AttestationFlag["code"]`, so a code without one is a compile error. */
const ATTESTATION_FLAG_TEXTS: { readonly [C in AttestationFlag["code"]]: AttestationFlagText<C> } = {
  exempt: exemptText,
  // Attestation Rules §16: absent for a valid reason.
  afterReturn: (_flag, lang, p) =>
    ({
      en: `${p}: absent from the meeting for a valid reason → attested after returning to service`,
      ru: `${p}: отсутствовал на заседании по уважительной причине → аттестуется после выхода на службу`,
      kk: `${p}: отырысқа дәлелді себеппен келмеді → қызметке шыққаннан кейін аттестатталады`,
    })[lang],
  // Attestation Rules §17: absent without a valid reason.
  dismissalRecommended: (flag, lang, p) => {
    const dismissal = ATTESTATION_ABSENCES_FOR_DISMISSAL;
    return {
      en: `${p}: absent ${flag.absences} times without a valid reason → dismissal recommended (decision ${dismissal.decision})`,
      ru: `${p}: не явился без уважительной причины ${flag.absences} ${timesRu(flag.absences)} → рекомендуется увольнение (решение ${dismissal.decision})`,
      kk: `${p}: дәлелді себепсіз ${flag.absences} рет келмеді → жұмыстан шығару ұсынылады (${dismissal.decision} шешім)`,
    }[lang];
  },
  decisionNotAllowed: decisionNotAllowedText,
  late: stepFlagText,
  noDeadline: stepFlagText,
  stageMissing: stepFlagText,
  subjectToDismissal: stepFlagText,
  positionNotListed: positionFlagText,
  wrongCommission: positionFlagText,
  outsidePeriod: outsidePeriodText,
};

/** Attestation Rules §2: not attested now, for pregnancy or leave under Art. 77 of the Law. */
function exemptText(flag: AttestationFlagOf<"exempt">, lang: Lang, p: string): string {
  const why = {
    pregnancy: { en: "pregnancy", ru: "беременность", kk: "жүктілік" },
    leave: {
      en: "leave under Art. 77 of the Law",
      ru: "отпуск по ст. 77 Закона",
      kk: "Заңның 77-бабы бойынша демалыс",
    },
  }[flag.exemption][lang];
  return {
    en: `${p}: ${why} → not attested now`,
    ru: `${p}: ${why} → внеочередной аттестации сейчас не подлежит`,
    kk: `${p}: ${why} → қазір кезектен тыс аттестаттауға жатпайды`,
  }[lang];
}

/** Attestation Rules §17 (absent twice: only dismissal) or §18 (standards and test failed: 3, 4 or 5). */
function decisionNotAllowedText(flag: AttestationFlagOf<"decisionNotAllowed">, lang: Lang, p: string): string {
  const dismissal = ATTESTATION_ABSENCES_FOR_DISMISSAL;
  if (flag.because === "absentTwice") {
    return {
      en: `${p}: absent ${dismissal.absences} times without a valid reason → only decision ${dismissal.decision} (dismissal); the list has ${flag.decision}`,
      ru: `${p}: не явился без уважительной причины ${dismissal.absences} ${timesRu(dismissal.absences)} → только решение ${dismissal.decision} (увольнение); в списке ${flag.decision}`,
      kk: `${p}: дәлелді себепсіз ${dismissal.absences} рет келмеді → тек ${dismissal.decision} шешім (жұмыстан шығару); тізімде ${flag.decision}`,
    }[lang];
  }
  const allowed = ATTESTATION_DECISIONS.whenStandardsAndTestFailed.allowed.join(", ").replace(
    /, (\d)$/u,
    {
      en: " or $1",
      ru: " или $1",
      kk: " немесе $1",
    }[lang],
  );
  return {
    en: `${p}: failed the fitness standards and scored below the test threshold → only decisions ${allowed}; the list has ${flag.decision}`,
    ru: `${p}: не сдал нормативы и получил на тестировании ниже порога → только решения ${allowed}; в списке ${flag.decision}`,
    kk: `${p}: нормативтерді тапсырмады және тестілеуде шекті мәннен төмен алды → тек ${allowed} шешімдер; тізімде ${flag.decision}`,
  }[lang];
}

/** Decree No. 490 §1: a start or a meeting outside the attestation period. */
function outsidePeriodText(flag: AttestationFlagOf<"outsidePeriod">, lang: Lang, p: string): string {
  const period = `${d(ATTESTATION_PERIOD_SERIALS.from)}–${d(ATTESTATION_PERIOD_SERIALS.to)}`;
  const what = {
    start: { en: "attestation start", ru: "начало аттестации", kk: "аттестаттаудың басталуы" },
    meeting: { en: "meeting", ru: "заседание", kk: "отырыс" },
  }[flag.what][lang];
  return {
    en: `${p}: ${what} on ${d(flag.day)} is outside the attestation period ${period}`,
    ru: `${p}: ${what} ${d(flag.day)} вне срока аттестации ${period}`,
    kk: `${p}: ${d(flag.day)} ${what} аттестаттау мерзімінен (${period}) тыс`,
  }[lang];
}

import type { Lang } from "../data/labels";
import {
  ATTESTATION_ACKNOWLEDGE_WITHIN,
  ATTESTATION_AFTER_RETURN,
  ATTESTATION_CHARACTERISTIC_BEFORE,
  ATTESTATION_MATERIALS_BEFORE,
  ATTESTATION_NOTICE_BEFORE,
  ATTESTATION_PROTOCOL_WITHIN,
  type Paragraph,
} from "../data/rules";
import { ATTESTATION_STEP_DONE, type AttestationStep } from "../data/attestationSteps";
import { formatSerial } from "../dates/excelSerial";
import type { AttestationFlag } from "./explainAttestation";

/*
 * The texts of the attestation flags of issue #12 items 12–13 (the dates kept, §4's order, §22),
 * beside the others of explainAttestation.ts, which calls `explainStepFlag`. Every number comes
 * from the rules' data; the paragraph arrives already cited.
 */

type StepFlag = Extract<AttestationFlag, { code: "late" | "noDeadline" | "stageMissing" | "subjectToDismissal" }>;

const d = formatSerial;

/** A Russian noun after a number: 1 месяц, 3 месяца, 5 месяцев. */
function ru(n: number, one: string, few: string, many: string): string {
  const last = n % 10;
  const teen = n % 100 >= 11 && n % 100 <= 14;
  if (last === 1 && !teen) return one;
  return last >= 2 && last <= 4 && !teen ? few : many;
}

/** How far before (§5–§7) or within (§20–§21) a deadline lies, counted from `from`, from the data. */
function basis(step: AttestationStep, from: number, lang: Lang): string {
  const f = d(from);
  if (step === "notice") {
    const n = ATTESTATION_NOTICE_BEFORE.months;
    return {
      en: `${n} ${n === 1 ? "month" : "months"} before the start ${f}`,
      ru: `за ${n} ${ru(n, "месяц", "месяца", "месяцев")} до начала аттестации ${f}`,
      kk: `аттестаттау басталғанға дейін (${f}) ${n} ай бұрын`,
    }[lang];
  }
  if (step === "characteristic" || step === "materials") {
    const days = (step === "characteristic" ? ATTESTATION_CHARACTERISTIC_BEFORE : ATTESTATION_MATERIALS_BEFORE).days;
    const weeks = days % 7 === 0 ? days / 7 : null;
    if (weeks === null) {
      return {
        en: `${days} days before the meeting ${f}`,
        ru: `за ${days} ${ru(days, "день", "дня", "дней")} до заседания ${f}`,
        kk: `отырысқа дейін (${f}) ${days} күн бұрын`,
      }[lang];
    }
    return {
      en: `${weeks} ${weeks === 1 ? "week" : "weeks"} before the meeting ${f}`,
      ru: `за ${weeks} ${ru(weeks, "неделю", "недели", "недель")} до заседания ${f}`,
      kk: `отырысқа дейін (${f}) ${weeks} апта бұрын`,
    }[lang];
  }
  const n: number = (step === "protocol" ? ATTESTATION_PROTOCOL_WITHIN : ATTESTATION_ACKNOWLEDGE_WITHIN).workingDays;
  return {
    en: `${n} working ${n === 1 ? "day" : "days"} after the decision of ${f}`,
    ru: `в течение ${n} ${ru(n, "рабочего дня", "рабочих дней", "рабочих дней")} после решения от ${f}`,
    kk: `шешім қабылданған күннен (${f}) бастап ${n} жұмыс күні ішінде`,
  }[lang];
}

/** The stages §4 puts before the decision, as a finding names them. */
const STAGE_WORDS = {
  standards: { en: "the fitness standards", ru: "нормативах", kk: "нормативтерді тапсыру" },
  test: { en: "the computer test", ru: "компьютерном тестировании", kk: "компьютерлік тестілеу" },
} as const;

/**
 * Why a step's deadline cannot be counted: no start (§5), no meeting (§6–§7, §20–§21), or no
 * decision at a meeting the officer missed for a valid reason (§20–§21 with §16, cited with `cite`).
 */
function noDeadlineWhy(
  because: Extract<StepFlag, { code: "noDeadline" }>["because"],
  lang: Lang,
  cite: (paragraph: Paragraph) => string,
): string {
  const p16 = cite(ATTESTATION_AFTER_RETURN.paragraph);
  return {
    noStart: {
      en: "the attestation start is not recorded",
      ru: "не указано начало аттестации",
      kk: "аттестаттаудың басталу күні көрсетілмеген",
    },
    noMeeting: {
      en: "the meeting date is not recorded",
      ru: "не указана дата заседания",
      kk: "отырыс күні көрсетілмеген",
    },
    absentExcused: {
      en: `absent from the meeting for a valid reason, so no decision was taken there (${p16})`,
      ru: `отсутствовал на заседании по уважительной причине, решение там не принималось (${p16})`,
      kk: `отырысқа дәлелді себеппен келмеді, онда шешім қабылданбады (${p16})`,
    },
  }[because][lang];
}

/**
 * A flag of the dates kept, §4 or §22 in words; `p` is its paragraph as the language cites it and
 * `cite` cites another paragraph of the Attestation Rules.
 *
 * @example
 * explainStepFlag({ code: "late", step: "notice", actual: 45422, due: 45413, from: 45444 }, "§5", "en", (q) => q)
 * //=> "§5: notice given 10.05.2024, later than 01.05.2024 (1 month before the start 01.06.2024)"
 */
export function explainStepFlag(flag: StepFlag, p: string, lang: Lang, cite: (paragraph: Paragraph) => string): string {
  switch (flag.code) {
    case "late": {
      const done = ATTESTATION_STEP_DONE[flag.step][lang];
      const why = basis(flag.step, flag.from, lang);
      return {
        en: `${p}: ${done} ${d(flag.actual)}, later than ${d(flag.due)} (${why})`,
        ru: `${p}: ${done} ${d(flag.actual)} — позже срока ${d(flag.due)} (${why})`,
        kk: `${p}: ${done} ${d(flag.actual)} — мерзімі ${d(flag.due)} (${why}), мерзімнен кеш`,
      }[lang];
    }
    case "noDeadline": {
      const done = ATTESTATION_STEP_DONE[flag.step][lang];
      const why = noDeadlineWhy(flag.because, lang, cite);
      return {
        en: `${p}: ${done} ${d(flag.actual)}, but its deadline cannot be counted: ${why}`,
        ru: `${p}: ${done} ${d(flag.actual)}, но срок не определить: ${why}`,
        kk: `${p}: ${done} ${d(flag.actual)}, бірақ мерзімін есептеу мүмкін емес: ${why}`,
      }[lang];
    }
    case "stageMissing": {
      const what = flag.missing
        .map((stage) => STAGE_WORDS[stage][lang])
        .join({ en: " and ", ru: " и ", kk: " мен " }[lang]);
      const are = flag.missing.length === 1 && flag.missing[0] === "test" ? "is" : "are";
      return {
        en: `${p}: decision ${flag.decision} recorded, but ${what} ${are} not recorded (the stages come in sequence, the decision last)`,
        ru: `${p}: записано решение ${flag.decision}, но нет отметки о ${what} (этапы идут последовательно, решение — последний)`,
        kk: `${p}: ${flag.decision} шешім жазылған, бірақ ${what} белгіленбеген (кезеңдер дәйекті, шешім — соңғысы)`,
      }[lang];
    }
    case "subjectToDismissal":
      if (!flag.refusedPost) {
        return {
          en: `${p}: did not pass the extraordinary attestation (decision ${flag.decision}) → subject to dismissal in the order the Law sets`,
          ru: `${p}: не прошёл внеочередную аттестацию (решение ${flag.decision}) → подлежит увольнению в порядке, установленном Законом`,
          kk: `${p}: кезектен тыс аттестаттаудан өтпеді (${flag.decision} шешім) → Заңда белгіленген тәртіппен жұмыстан шығарылуға жатады`,
        }[lang];
      }
      return {
        en: `${p}: decision ${flag.decision} offers another post and the officer refused it → subject to dismissal in the order the Law sets`,
        ru: `${p}: решение ${flag.decision} предлагает другую должность, сотрудник от неё отказался → подлежит увольнению в порядке, установленном Законом`,
        kk: `${p}: ${flag.decision} шешім басқа лауазым ұсынады, қызметкер одан бас тартты → Заңда белгіленген тәртіппен жұмыстан шығарылуға жатады`,
      }[lang];
  }
}

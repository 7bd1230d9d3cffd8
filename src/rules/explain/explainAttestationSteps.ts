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
import { countOf, UNITS } from "../text/countOf";
import type { AttestationFlag } from "./explainAttestation";

/*
 * The texts of the attestation flags of issue #12 items 12–13 (the dates kept, §4's order, §22),
 * beside the others of explainAttestation.ts, which calls `explainStepFlag`. Every number comes
 * from the rules' data; the paragraph arrives already cited.
 */

type StepFlag = Extract<AttestationFlag, { code: "late" | "noDeadline" | "stageMissing" | "subjectToDismissal" }>;

const d = formatSerial;

/** How far before (§5–§7) or within (§20–§21) a deadline lies, counted from `from`, from the data. */
function basis(step: AttestationStep, from: number, lang: Lang): string {
  const f = d(from);
  if (step === "notice") {
    const n = ATTESTATION_NOTICE_BEFORE.months;
    return {
      en: `${countOf(n, "en", UNITS.months)} before the start ${f}`,
      ru: `за ${countOf(n, "ru", UNITS.months)} до начала аттестации ${f}`,
      kk: `аттестаттау басталғанға дейін (${f}) ${countOf(n, "kk", UNITS.months)} бұрын`,
    }[lang];
  }
  if (step === "characteristic" || step === "materials") {
    const days = (step === "characteristic" ? ATTESTATION_CHARACTERISTIC_BEFORE : ATTESTATION_MATERIALS_BEFORE).days;
    const weeks = days % 7 === 0 ? days / 7 : null;
    if (weeks === null) {
      return {
        en: `${countOf(days, "en", UNITS.days)} before the meeting ${f}`,
        ru: `за ${countOf(days, "ru", UNITS.days)} до заседания ${f}`,
        kk: `отырысқа дейін (${f}) ${countOf(days, "kk", UNITS.days)} бұрын`,
      }[lang];
    }
    return {
      en: `${countOf(weeks, "en", UNITS.weeks)} before the meeting ${f}`,
      ru: `за ${countOf(weeks, "ru", UNITS.weeks)} до заседания ${f}`,
      kk: `отырысқа дейін (${f}) ${countOf(weeks, "kk", UNITS.weeks)} бұрын`,
    }[lang];
  }
  const n: number = (step === "protocol" ? ATTESTATION_PROTOCOL_WITHIN : ATTESTATION_ACKNOWLEDGE_WITHIN).workingDays;
  return {
    en: `${countOf(n, "en", UNITS.workingDays)} after the decision of ${f}`,
    ru: `в течение ${countOf(n, "ru", UNITS.workingDaysWithin)} после решения от ${f}`,
    kk: `шешім қабылданған күннен (${f}) бастап ${countOf(n, "kk", UNITS.workingDays)} ішінде`,
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

import type { Lang } from "./labels";

/**
 * The steps of the attestation whose date the list may record and the Rules give a deadline:
 * the written notice (Attestation Rules §5), the service characteristic reaching the HR unit (§6),
 * the materials sent to the commission (§7), the protocol (§20) and the officer's signature on the
 * attestation sheet (§21).
 */
export type AttestationStep = "notice" | "characteristic" | "materials" | "protocol" | "sheet";

export const ATTESTATION_STEPS: readonly AttestationStep[] = [
  "notice",
  "characteristic",
  "materials",
  "protocol",
  "sheet",
];

/**
 * How a step may be named in a formula (KADR.ATTESTATION_ON_TIME), in English, Russian and Kazakh,
 * matched after `normalizeWord`. Add a spelling here, nowhere else.
 */
export const ATTESTATION_STEP_WORDS: Readonly<Record<AttestationStep, readonly string[]>> = {
  notice: ["notice", "notification", "уведомление", "уведомления", "хабарлау", "хабарлама"],
  characteristic: ["characteristic", "характеристика", "характеристики", "мінездеме", "қызметтік мінездеме"],
  materials: ["materials", "материалы", "материалдар"],
  protocol: ["protocol", "minutes", "протокол", "хаттама"],
  sheet: ["sheet", "attestation sheet", "лист", "аттестационный лист", "парақ", "аттестаттау парағы"],
};

/** What was done at each step, as a finding names it («notice given 10.05.2024»). */
export const ATTESTATION_STEP_DONE: Readonly<Record<AttestationStep, Readonly<Record<Lang, string>>>> = {
  notice: { en: "notice given", ru: "уведомление вручено", kk: "хабарлама берілді" },
  characteristic: {
    en: "characteristic received by HR",
    ru: "характеристика поступила в кадровое подразделение",
    kk: "мінездеме кадр бөлімшесіне келіп түсті",
  },
  materials: {
    en: "materials sent to the commission",
    ru: "материалы направлены в комиссию",
    kk: "материалдар комиссияға жіберілді",
  },
  protocol: { en: "protocol drawn up", ru: "протокол оформлен", kk: "хаттама ресімделді" },
  sheet: {
    en: "attestation sheet signed by the officer",
    ru: "сотрудник ознакомлен с аттестационным листом",
    kk: "қызметкер аттестаттау парағымен танысты",
  },
};

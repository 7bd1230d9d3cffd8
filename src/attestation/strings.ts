import type { Lang } from "../rules";
import { TIMETABLE_TITLE } from "../workbook/outputTitles";

/** The attestation timetable sheet's own words (the forms' words are the seed's, in rules/data). */
export const ATTESTATION_STRINGS = {
  sheetName: { kk: "Аттестаттау кестесі", ru: "График аттестации", en: "Attestation timetable" },
  title: TIMETABLE_TITLE,
  builtOn: { kk: "Құрылған күні", ru: "Составлен", en: "Built on" },
  source: { kk: "Дереккөз", ru: "Источник", en: "Source" },
  fullName: { kk: "Т.А.Ә.", ru: "ФИО", en: "Full name" },
  commission: { kk: "Комиссия", ru: "Комиссия", en: "Commission" },
  central: { kk: "орталық", ru: "центральная", en: "central" },
  regional: { kk: "өңірлік", ru: "региональная", en: "regional" },
  start: { kk: "Аттестаттаудың басталуы", ru: "Начало аттестации", en: "Attestation starts" },
  meeting: { kk: "Отырыс", ru: "Заседание", en: "Meeting" },
  noticeBy: { kk: "Хабарлама", ru: "Уведомить до", en: "Notice by" },
  characteristicBy: { kk: "Мінездеме", ru: "Характеристика до", en: "Characteristic by" },
  materialsBy: { kk: "Материалдар", ru: "Материалы до", en: "Materials by" },
  protocolBy: { kk: "Хаттама", ru: "Протокол до", en: "Protocol by" },
  acknowledgeBy: { kk: "Танысу", ru: "Ознакомить до", en: "Officer signs by" },
  decision: { kk: "Шешім", ru: "Решение", en: "Decision" },
  findings: { kk: "Белгілер", ru: "Замечания", en: "Findings" },
  problems: { kk: "Оқылмаған ұяшықтар", ru: "Непрочитанные ячейки", en: "Cells that could not be read" },
  problem: { kk: "Ұяшық және себебі", ru: "Ячейка и причина", en: "Cell and reason" },
} as const satisfies Record<string, Readonly<Record<Lang, string>>>;

export type AttestationText = keyof typeof ATTESTATION_STRINGS;

export function attestationText(key: AttestationText, lang: Lang): string {
  return ATTESTATION_STRINGS[key][lang];
}

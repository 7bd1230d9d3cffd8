import type { Lang } from "../rules";

/** The Google Sheets menu and sidebar, in the spreadsheet's language. */
export const GAS_STRINGS = {
  menu: { kk: "Kadr", ru: "Kadr", en: "Kadr" },
  buildReport: { kk: "Жылдық есепті құру", ru: "Составить годовой отчёт", en: "Build annual report" },
  openPanel: { kk: "Kadr панелін ашу", ru: "Открыть панель Kadr", en: "Open Kadr panel" },
  panelTitle: { kk: "Kadr Rules", ru: "Kadr Rules", en: "Kadr Rules" },
  year: { kk: "Есепті жыл", ru: "Отчётный год", en: "Reporting year" },
  organisation: { kk: "Ұйым", ru: "Организация", en: "Organisation" },
  language: { kk: "Есеп тілі", ru: "Язык отчёта", en: "Report language" },
  building: { kk: "Есеп құрылуда…", ru: "Отчёт составляется…", en: "Building the report…" },
  built: { kk: "«{sheet}» парағы қосылды.", ru: "Добавлен лист «{sheet}».", en: "Added sheet «{sheet}»." },
  noStaff: {
    kk: "Кітаптың бірде-бір парағы қызметкерлер тізімі немесе оқыту журналы емес.",
    ru: "Ни один лист книги не похож на список сотрудников или журнал обучения.",
    en: "No sheet of this spreadsheet looks like a staff register or a training log.",
  },
  badYear: {
    kk: "«{value}» — жыл емес: 1901–9998 аралығындағы жылды көрсетіңіз.",
    ru: "«{value}» — не год: укажите год от 1901 до 9998.",
    en: "«{value}» is not a year: give a year from 1901 to 9998.",
  },
  badLang: {
    kk: "«{value}» — есеп тілі емес: kk, ru немесе en таңдаңыз.",
    ru: "«{value}» — не язык отчёта: выберите kk, ru или en.",
    en: "«{value}» is not a report language: choose kk, ru or en.",
  },
  privacy: {
    kk: "Кадр деректері кестеден шықпайды.",
    ru: "Кадровые данные не покидают таблицу.",
    en: "Staff records never leave this spreadsheet.",
  },
} as const satisfies Record<string, Readonly<Record<Lang, string>>>;

export function gasText(key: keyof typeof GAS_STRINGS, lang: Lang, values: Record<string, string> = {}): string {
  return GAS_STRINGS[key][lang].replace(/\{(\w+)\}/gu, (_, name: string) => values[name] ?? "");
}

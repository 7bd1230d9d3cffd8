import type { Lang } from "../rules";

/** Texts of the task pane and ribbon commands, per language (i18next arrives with the task pane). */
export const UI_STRINGS = {
  title: { en: "Kadr Rules", ru: "Kadr Rules — правила обучения", kk: "Kadr Rules — оқыту қағидалары" },
  intro: {
    en: "Type =KADR. in a cell to use the Rules of retraining and advanced training of civil servants as formulas.",
    ru: "Введите =KADR. в ячейке, чтобы применять Правила переподготовки и повышения квалификации госслужащих как формулы.",
    kk: "Мемлекеттік қызметшілерді қайта даярлау және біліктілігін арттыру қағидаларын формула ретінде қолдану үшін ұяшыққа =KADR. деп жазыңыз.",
  },
  reportNotAvailable: {
    en: "The annual report (Rules §30) is not available yet in this version. Your workbook was not changed.",
    ru: "Годовой отчёт (п. 30 Правил) в этой версии ещё недоступен. Книга не изменена.",
    kk: "Жылдық есеп (Қағидалардың 30-тармағы) бұл нұсқада әлі қолжетімсіз. Кітап өзгертілген жоқ.",
  },
  commandFailed: {
    en: "The command could not finish:",
    ru: "Команда не выполнена:",
    kk: "Команда орындалмады:",
  },
} as const satisfies Record<string, Record<Lang, string>>;

export type UiKey = keyof typeof UI_STRINGS;

export function uiText(key: UiKey, lang: Lang): string {
  return UI_STRINGS[key][lang];
}

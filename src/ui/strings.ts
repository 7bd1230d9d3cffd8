import { fillTemplate, type Lang } from "../rules";

/** Texts of the task pane and ribbon commands, per language (i18next arrives with the task pane). */
export const UI_STRINGS = {
  reportBuilding: {
    en: "Building the annual report (Rules {report})…",
    ru: "Составляется годовой отчёт ({report} Правил)…",
    kk: "Жылдық есеп құрылуда (Қағидалар, {report})…",
  },
  reportBuilt: {
    en: "«{sheet}» added: {retraining} retraining and {advanced} advanced-training courses in {year}; overdue: {overdue}; rows not read: {problems}. Due to the authorised body by {deadline}.",
    ru: "Добавлен лист «{sheet}»: за {year} год переподготовка — {retraining}, повышение квалификации — {advanced}; просрочено: {overdue}; не прочитано строк: {problems}. Срок представления — {deadline}.",
    kk: "«{sheet}» парағы қосылды: {year} жылы қайта даярлау — {retraining}, біліктілікті арттыру — {advanced}; мерзімі өткен: {overdue}; оқылмаған жолдар: {problems}. Ұсыну мерзімі — {deadline}.",
  },
  reportNotChecked: {
    en: " Not checked for lack of columns: {count} — listed at the top of the report.",
    ru: " Не проверено из-за отсутствия столбцов: {count} — перечислено вверху отчёта.",
    kk: " Бағандар болмағандықтан тексерілмеді: {count} — есептің басында көрсетілген.",
  },
  attestationOnly: {
    en: " «{sheets}» is an attestation list: open the task pane's Attestation section for its timetable and forms.",
    ru: " «{sheets}» — список на аттестацию: график и формы — в разделе «Аттестация» области задач.",
    kk: " «{sheets}» — аттестаттау тізімі: кестесі мен нысандары тапсырмалар аймағының «Аттестаттау» бөлімінде.",
  },
  noStaffSheet: {
    en: "No sheet of this workbook looks like a staff register or a training log (looked at: {sheets}). A register needs a full-name column and a category, appointment date, corps or position column. Nothing was changed.",
    ru: "Ни один лист книги не похож на список сотрудников или журнал обучения (просмотрены: {sheets}). Нужен столбец ФИО и столбец категории, даты назначения, корпуса или должности. Книга не изменена.",
    kk: "Кітаптың бірде-бір парағы қызметкерлер тізіміне немесе оқыту журналына ұқсамайды (қаралды: {sheets}). Т.А.Ә. бағаны және санат, тағайындалған күні, корпус немесе лауазым бағаны керек. Кітап өзгертілген жоқ.",
  },
  commandFailed: {
    en: "The command could not finish:",
    ru: "Команда не выполнена:",
    kk: "Команда орындалмады:",
  },
} as const satisfies Record<string, Record<Lang, string>>;

export type UiKey = keyof typeof UI_STRINGS;

/** A text in the language, with `{name}` placeholders filled in. */
export function uiText(key: UiKey, lang: Lang, values: Record<string, string | number> = {}): string {
  return fillTemplate(UI_STRINGS[key][lang], values);
}

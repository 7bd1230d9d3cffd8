import { fillTemplate, type Lang } from "../rules";

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
  notChecked: {
    kk: "Тексерілмеген тексерулер: {count} (қажет баған жоқ) — олар есептің басында көрсетілген.",
    ru: "Не проверено проверок: {count} (нет нужного столбца) — они перечислены в начале отчёта.",
    en: "Checks not run: {count} (a column they need is missing) — the report lists them at its top.",
  },
  mappingNotJson: {
    kk: "Сақталған бағандар сәйкестігі JSON емес, ол ескерілмеді: бағандар тақырыптары бойынша анықталды.",
    ru: "Сохранённое сопоставление столбцов — не JSON, оно не учтено: столбцы определены по заголовкам.",
    en: "The saved column mapping is not valid JSON and was ignored: the columns were recognised by their headers.",
  },
  mappingIgnored: {
    kk: "Сақталған бағандар сәйкестігі ескерілмеді ({problem}): бағандар тақырыптары бойынша анықталды.",
    ru: "Сохранённое сопоставление столбцов не учтено ({problem}): столбцы определены по заголовкам.",
    en: "The saved column mapping was ignored ({problem}): the columns were recognised by their headers.",
  },
  // The sidebar's "Columns" part.
  columns: { kk: "Бағандар", ru: "Столбцы", en: "Columns" },
  columnsHint: {
    kk: "Әр өріс оқылатын бағанды таңдаңыз; «—» — парақта ондай баған жоқ.",
    ru: "Выберите столбец, из которого читается каждое поле; «—» — такого столбца в листе нет.",
    en: "Choose the column each field is read from; «—» means the sheet has none.",
  },
  kindRegister: { kk: "қызметкерлер тізімі", ru: "список сотрудников", en: "staff register" },
  kindLog: { kk: "оқыту журналы", ru: "журнал обучения", en: "training log" },
  kindAttestation: { kk: "аттестацияға тізім", ru: "список на аттестацию", en: "attestation list" },
  headerRow: { kk: "тақырып {row}-жолда", ru: "заголовок в строке {row}", en: "header in row {row}" },
  fieldMissing: { kk: "табылмады", ru: "не найден", en: "not found" },
  fieldByHand: { kk: "қолмен таңдалған", ru: "выбран вручную", en: "chosen by hand" },
  missingFields: { kk: "Табылмағандар: {fields}", ru: "Не найдены: {fields}", en: "Not found: {fields}" },
  unusedHeaders: {
    kk: "Пайдаланылмаған тақырыптар: {headers}",
    ru: "Не использованы заголовки: {headers}",
    en: "Headers not used: {headers}",
  },
  noColumns: {
    kk: "Бірде-бір парақтың тақырыбы танылмады.",
    ru: "Ни у одного листа не распознан заголовок.",
    en: "No sheet has a header the reader recognises.",
  },
  saveColumns: { kk: "Бағандарды сақтау", ru: "Сохранить столбцы", en: "Save columns" },
  forgetColumns: { kk: "Қайта анықтау", ru: "Определить заново", en: "Detect again" },
  saving: { kk: "Сақталуда…", ru: "Сохранение…", en: "Saving…" },
  columnsSaved: {
    kk: "Бағандар сақталды (өзгертілгені: {count}): келесі есеп оларды осылай оқиды.",
    ru: "Столбцы сохранены (изменено: {count}): следующий отчёт прочтёт их так.",
    en: "Columns saved ({count} changed): the next report reads them so.",
  },
  columnsUnchanged: {
    kk: "Бірде-бір баған өзгертілмеді: ештеңе сақталмады.",
    ru: "Ни один столбец не изменён: ничего не сохранено.",
    en: "No column was changed: nothing saved.",
  },
  columnsForgotten: {
    kk: "Сақталған бағандар ұмытылды: бағандар қайтадан тақырыптары бойынша анықталады.",
    ru: "Сохранённые столбцы забыты: столбцы снова определяются по заголовкам.",
    en: "The saved columns are forgotten: the columns are recognised by their headers again.",
  },
  mappingRefused: {
    kk: "{problem}: ештеңе сақталмады.",
    ru: "{problem}: ничего не сохранено.",
    en: "{problem}: nothing saved.",
  },
  mappingNotObject: {
    kk: "«{value}» — бағандар сәйкестігі емес (парақ → өріс → баған)",
    ru: "«{value}» — не сопоставление столбцов (лист → поле → столбец)",
    en: "«{value}» is not a column mapping (sheet → field → column)",
  },
  mappingBadSheet: {
    kk: "«{value}» — бұл кестенің парағы емес",
    ru: "«{value}» — не лист этой таблицы",
    en: "«{value}» is not a sheet of this spreadsheet",
  },
  mappingSheetNotObject: {
    kk: "«{sheet}» парағы: «{value}» — өрістер мен бағандар емес",
    ru: "лист «{sheet}»: «{value}» — не поля и столбцы",
    en: "sheet «{sheet}»: «{value}» is not fields and columns",
  },
  mappingBadField: {
    kk: "«{sheet}» парағы: «{value}» — өріс емес",
    ru: "лист «{sheet}»: «{value}» — не поле",
    en: "sheet «{sheet}»: «{value}» is not a field",
  },
  mappingBadColumn: {
    kk: "«{sheet}» парағы, {field} өрісі: «{value}» — баған емес (0 — A бағаны, 1 — B, …; -1 — жоқ)",
    ru: "лист «{sheet}», поле {field}: «{value}» — не столбец (0 — столбец A, 1 — B, …; -1 — нет)",
    en: "sheet «{sheet}», field {field}: «{value}» is not a column (0 for column A, 1 for B, …; -1 for none)",
  },
  mappingBadColumnIn: {
    kk: "«{sheet}» парағы, {field} өрісі: «{value}» — баған емес (0 — A бағаны … {last} — {letter}; -1 — жоқ)",
    ru: "лист «{sheet}», поле {field}: «{value}» — не столбец (0 — столбец A … {last} — {letter}; -1 — нет)",
    en: "sheet «{sheet}», field {field}: «{value}» is not a column (0 for column A … {last} for {letter}; -1 for none)",
  },
} as const satisfies Record<string, Readonly<Record<Lang, string>>>;

export type GasKey = keyof typeof GAS_STRINGS;

export function gasText(key: keyof typeof GAS_STRINGS, lang: Lang, values: Record<string, string> = {}): string {
  return fillTemplate(GAS_STRINGS[key][lang], values);
}

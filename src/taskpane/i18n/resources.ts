/**
 * Every text of the task pane, per language. Keys are the same in all three (a test checks it);
 * counts use i18next's plural suffixes (_one/_few/_many/_other for Russian, _one/_other for
 * Kazakh and English). Texts about the Rules themselves (reasons, labels) come from src/rules.
 */
const en = {
  tabs: { checks: "Checks", report: "Annual report", sheet: "Sheet", settings: "Settings" },
  common: { loading: "Reading the workbook…", retry: "Read again", error: "Something went wrong: {{message}}" },
  checks: {
    asOf: "As of {{date}}",
    filter: "Filter by name or reason",
    empty: "Nobody is flagged. 🎉",
    noStaff: "No sheet of this workbook looks like a staff register or a training log.",
    counters: {
      retrainingOverdue_one: "{{count}} retraining overdue",
      retrainingOverdue_other: "{{count}} retraining overdue",
      advancedOverdue_one: "{{count}} advanced training overdue",
      advancedOverdue_other: "{{count}} advanced trainings overdue",
      dueSoon_one: "{{count}} due within {{days}} days",
      dueSoon_other: "{{count}} due within {{days}} days",
      hours_one: "{{count}} hour violation",
      hours_other: "{{count}} hour violations",
      problems_one: "{{count}} row not read",
      problems_other: "{{count}} rows not read",
    },
    showing: "Showing {{shown}} of {{total}}",
    goToRow: "Go to row {{row}} of {{sheet}}",
    addColumns: "Add rule columns",
    columnsAdded: "Formula columns added at {{where}}; they refer to one “as of” cell, not TODAY().",
    noRegister: "No staff register with category and appointment date columns to add formulas to.",
  },
  report: {
    year: "Reporting year",
    organisation: "Organisation",
    language: "Report language",
    build: "Build annual report",
    building: "Building the report…",
    built: "Added sheet «{{sheet}}».",
    open: "Open «{{sheet}}»",
  },
  sheet: {
    detected: "Sheets found",
    register: "staff register",
    log: "training log",
    other: "not recognised",
    headerRow: "header in row {{row}}",
    detectAgain: "Detect again",
  },
  settings: {
    language: "Interface language",
    dueSoon: "“Due soon” window",
    dueSoonValue: "Days before a deadline counted as “due soon” (default {{days}})",
    version: "Version {{version}}",
    privacy: "Staff records never leave this workbook: no network requests, no telemetry.",
  },
  languages: { kk: "Қазақша", ru: "Русский", en: "English" },
};

/** The shape every language has; plural forms differ by language, so counters are checked by a test. */
export type Resources = Omit<typeof en, "checks"> & {
  checks: Omit<typeof en.checks, "counters"> & { counters: Record<string, string> };
};

const ru: Resources = {
  tabs: { checks: "Проверки", report: "Годовой отчёт", sheet: "Лист", settings: "Настройки" },
  common: { loading: "Чтение книги…", retry: "Прочитать снова", error: "Что-то пошло не так: {{message}}" },
  checks: {
    asOf: "На {{date}}",
    filter: "Фильтр по ФИО или основанию",
    empty: "Нарушений нет. 🎉",
    noStaff: "Ни один лист книги не похож на список сотрудников или журнал обучения.",
    counters: {
      retrainingOverdue_one: "{{count}} просрочка переподготовки",
      retrainingOverdue_few: "{{count}} просрочки переподготовки",
      retrainingOverdue_many: "{{count}} просрочек переподготовки",
      retrainingOverdue_other: "{{count}} просрочки переподготовки",
      advancedOverdue_one: "{{count}} просрочка ПК",
      advancedOverdue_few: "{{count}} просрочки ПК",
      advancedOverdue_many: "{{count}} просрочек ПК",
      advancedOverdue_other: "{{count}} просрочки ПК",
      dueSoon_one: "{{count}} срок в ближайшие {{days}} дней",
      dueSoon_few: "{{count}} срока в ближайшие {{days}} дней",
      dueSoon_many: "{{count}} сроков в ближайшие {{days}} дней",
      dueSoon_other: "{{count}} срока в ближайшие {{days}} дней",
      hours_one: "{{count}} нарушение объёма часов",
      hours_few: "{{count}} нарушения объёма часов",
      hours_many: "{{count}} нарушений объёма часов",
      hours_other: "{{count}} нарушения объёма часов",
      problems_one: "{{count}} строка не прочитана",
      problems_few: "{{count}} строки не прочитаны",
      problems_many: "{{count}} строк не прочитано",
      problems_other: "{{count}} строки не прочитаны",
    },
    showing: "Показано {{shown}} из {{total}}",
    goToRow: "Перейти к строке {{row}} листа {{sheet}}",
    addColumns: "Добавить столбцы с формулами",
    columnsAdded:
      "Столбцы с формулами добавлены: {{where}}; они ссылаются на одну ячейку «На дату», а не на СЕГОДНЯ().",
    noRegister: "Нет списка сотрудников со столбцами категории и даты назначения, куда можно добавить формулы.",
  },
  report: {
    year: "Отчётный год",
    organisation: "Организация",
    language: "Язык отчёта",
    build: "Составить годовой отчёт",
    building: "Составляется отчёт…",
    built: "Добавлен лист «{{sheet}}».",
    open: "Открыть «{{sheet}}»",
  },
  sheet: {
    detected: "Найденные листы",
    register: "список сотрудников",
    log: "журнал обучения",
    other: "не распознан",
    headerRow: "заголовок в строке {{row}}",
    detectAgain: "Определить заново",
  },
  settings: {
    language: "Язык интерфейса",
    dueSoon: "Окно «скоро срок»",
    dueSoonValue: "За сколько дней до срока он считается «скоро» (по умолчанию {{days}})",
    version: "Версия {{version}}",
    privacy: "Кадровые данные не покидают книгу: никаких сетевых запросов и телеметрии.",
  },
  languages: { kk: "Қазақша", ru: "Русский", en: "English" },
};

const kk: Resources = {
  tabs: { checks: "Тексерулер", report: "Жылдық есеп", sheet: "Парақ", settings: "Баптаулар" },
  common: { loading: "Кітап оқылуда…", retry: "Қайта оқу", error: "Қате шықты: {{message}}" },
  checks: {
    asOf: "{{date}} жағдай бойынша",
    filter: "Т.А.Ә. немесе негіздеме бойынша сүзу",
    empty: "Бұзушылық жоқ. 🎉",
    noStaff: "Кітаптың бірде-бір парағы қызметкерлер тізіміне немесе оқыту журналына ұқсамайды.",
    counters: {
      retrainingOverdue_one: "қайта даярлау мерзімі өткен: {{count}}",
      retrainingOverdue_other: "қайта даярлау мерзімі өткен: {{count}}",
      advancedOverdue_one: "біліктілікті арттыру мерзімі өткен: {{count}}",
      advancedOverdue_other: "біліктілікті арттыру мерзімі өткен: {{count}}",
      dueSoon_one: "{{days}} күн ішінде мерзімі: {{count}}",
      dueSoon_other: "{{days}} күн ішінде мерзімі: {{count}}",
      hours_one: "сағат көлемі бұзылған: {{count}}",
      hours_other: "сағат көлемі бұзылған: {{count}}",
      problems_one: "оқылмаған жол: {{count}}",
      problems_other: "оқылмаған жол: {{count}}",
    },
    showing: "{{total}} ішінен {{shown}} көрсетілді",
    goToRow: "{{sheet}} парағының {{row}}-жолына өту",
    addColumns: "Формула бағандарын қосу",
    columnsAdded: "Формула бағандары қосылды: {{where}}; олар БҮГІН() емес, бір «күні» ұяшығына сілтейді.",
    noRegister: "Формула қосуға болатын санат пен тағайындалған күні бағандары бар қызметкерлер тізімі жоқ.",
  },
  report: {
    year: "Есепті жыл",
    organisation: "Ұйым",
    language: "Есеп тілі",
    build: "Жылдық есепті құру",
    building: "Есеп құрылуда…",
    built: "«{{sheet}}» парағы қосылды.",
    open: "«{{sheet}}» ашу",
  },
  sheet: {
    detected: "Табылған парақтар",
    register: "қызметкерлер тізімі",
    log: "оқыту журналы",
    other: "танылмады",
    headerRow: "тақырып {{row}}-жолда",
    detectAgain: "Қайта анықтау",
  },
  settings: {
    language: "Интерфейс тілі",
    dueSoon: "«Мерзімі жақын» аралығы",
    dueSoonValue: "Мерзімге дейін неше күн қалғанда «жақын» саналады (әдепкі {{days}})",
    version: "Нұсқа {{version}}",
    privacy: "Кадр деректері кітаптан шықпайды: желілік сұраулар мен телеметрия жоқ.",
  },
  languages: { kk: "Қазақша", ru: "Русский", en: "English" },
};

export const RESOURCES = { en, ru, kk } as const;

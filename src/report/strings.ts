import {
  ADVANCED_TRAINING_AFTER_UNSATISFACTORY,
  ADVANCED_TRAINING_HOURS,
  ADVANCED_TRAINING_PERIOD,
  ADVANCED_VENUES_CERTIFIED,
  ADVANCED_VENUES_CORPS_A,
  ADVANCED_VENUES_CORPS_B,
  DUE_SOON_DAYS,
  countOf,
  fillTemplate,
  UNITS,
  paragraphText,
  REPORT_DEADLINE,
  RETRAINING_COMPLETE_WITHIN,
  RETRAINING_MIN_HOURS,
  RETRAINING_SEND_WITHIN,
  RETRAINING_VENUE_PARAGRAPH,
  type Lang,
  type Paragraph,
} from "../rules";
import { REPORT_TITLE } from "../workbook/outputTitles";

/** Every text of the annual report sheet, in the three languages. */
export const REPORT_STRINGS = {
  sheetName: { en: "Report", ru: "Отчёт", kk: "Есеп" },
  title: REPORT_TITLE,
  subtitle: {
    en: "Rules {report}: submitted to the authorised body for civil service affairs by {reportDay} of the following year",
    ru: "{report} Правил: представляется в уполномоченный орган по делам государственной службы до {reportDay} следующего года",
    kk: "Қағидалар, {report}: келесі жылдың {reportDay} дейін мемлекеттік қызмет істері жөніндегі уәкілетті органға беріледі",
  },
  organisation: { en: "Organisation", ru: "Организация", kk: "Ұйым" },
  year: { en: "Reporting year", ru: "Отчётный год", kk: "Есепті жыл" },
  deadline: {
    en: "Submission deadline (Rules {report})",
    ru: "Срок представления ({report} Правил)",
    kk: "Ұсыну мерзімі ({report})",
  },
  builtOn: { en: "Built on", ru: "Дата составления", kk: "Құрылған күні" },
  employees: { en: "Employees in the register", ru: "Сотрудников в списке", kk: "Тізімдегі қызметкерлер" },
  notStated: { en: "(not stated)", ru: "(не указано)", kk: "(көрсетілмеген)" },
  none: { en: "None.", ru: "Нет.", kk: "Жоқ." },
  notChecked: { en: "not checked", ru: "не проверено", kk: "тексерілмеді" },
  notCheckedHeading: {
    en: "Not checked: the register lacks the columns these checks need",
    ru: "Не проверено: в списке нет столбцов, нужных для этих проверок",
    kk: "Тексерілмеді: тізімде осы тексерулерге қажет бағандар жоқ",
  },
  notCheckedPart: {
    en: "Partly not checked (see «Not checked» at the top): what follows leaves out what could not be read.",
    ru: "Проверено не полностью (см. «Не проверено» вверху): ниже нет того, что не удалось прочитать.",
    kk: "Толық тексерілмеді (жоғарыдағы «Тексерілмеді» бөлімін қараңыз): төменде оқылмағандар жоқ.",
  },
  notCheckedHere: {
    en: "Not checked (see «Not checked» at the top): this list would be incomplete.",
    ru: "Не проверено (см. «Не проверено» вверху): список был бы неполным.",
    kk: "Тексерілмеді (жоғарыдағы «Тексерілмеді» бөлімін қараңыз): тізім толық болмас еді.",
  },
  total: { en: "Total", ru: "Итого", kk: "Барлығы" },

  totalsHeading: {
    en: "1. Completed in the year: totals",
    ru: "1. Завершено за год: итоги",
    kk: "1. Жыл ішінде аяқталғандар: қорытынды",
  },
  byVenue: { en: "Venue / organisation", ru: "Место обучения / организация", kk: "Оқу орны / ұйым" },
  byCorps: { en: "Corps", ru: "Корпус", kk: "Корпус" },
  byGroup: { en: "Category group", ru: "Группа категорий", kk: "Санаттар тобы" },
  retrainingCount: { en: "Retraining, courses", ru: "Переподготовка, курсов", kk: "Қайта даярлау, курс" },
  retrainingHours: { en: "Retraining, ac. hours", ru: "Переподготовка, ак. часов", kk: "Қайта даярлау, ак. сағат" },
  advancedCount: {
    en: "Advanced training, courses",
    ru: "Повышение квалификации, курсов",
    kk: "Біліктілікті арттыру, курс",
  },
  advancedHours: {
    en: "Advanced training, ac. hours",
    ru: "Повышение квалификации, ак. часов",
    kk: "Біліктілікті арттыру, ак. сағат",
  },
  corpsA: { en: "Corps A", ru: "Корпус «А»", kk: "«А» корпусы" },
  corpsB: { en: "Corps B", ru: "Корпус «Б»", kk: "«Б» корпусы" },
  political: { en: "Political", ru: "Политические", kk: "Саяси" },

  coursesHeading: { en: "2. Courses completed in", ru: "2. Курсы, завершённые в", kk: "2. Аяқталған курстар," },
  number: { en: "No.", ru: "№", kk: "№" },
  fullName: { en: "Full name", ru: "ФИО", kk: "Т.А.Ә." },
  position: { en: "Position", ru: "Должность", kk: "Лауазымы" },
  category: { en: "Category", ru: "Категория", kk: "Санаты" },
  type: { en: "Type", ru: "Вид", kk: "Түрі" },
  venue: { en: "Venue", ru: "Место обучения", kk: "Оқу орны" },
  start: { en: "Start", ru: "Начало", kk: "Басталуы" },
  end: { en: "End", ru: "Окончание", kk: "Аяқталуы" },
  hours: { en: "Ac. hours", ru: "Ак. часов", kk: "Ак. сағат" },
  document: { en: "Document", ru: "Документ", kk: "Құжат" },
  retraining: { en: "Retraining", ru: "Переподготовка", kk: "Қайта даярлау" },
  advancedTraining: { en: "Advanced training", ru: "Повышение квалификации", kk: "Біліктілікті арттыру" },

  complianceHeading: { en: "3. Compliance as of", ru: "3. Соблюдение сроков на", kk: "3. Мерзімдердің сақталуы," },
  overdueRetraining: {
    en: "Overdue retraining (not sent within {sendMonths} of appointment, Rules {send})",
    ru: "Просрочена переподготовка (не направлены в течение {sendMonths} с назначения, {send})",
    kk: "Қайта даярлау мерзімі өтті (тағайындалғаннан кейін {sendMonths} ішінде жіберілмеген, {send})",
  },
  overdueAdvanced: {
    en: "Overdue advanced training (Rules {advanced})",
    ru: "Просрочено повышение квалификации ({advanced})",
    kk: "Біліктілікті арттыру мерзімі өтті ({advanced})",
  },
  dueSoon: {
    en: "Due within {dueSoon}",
    ru: "Срок в ближайшие {dueSoon}",
    kk: "Мерзімі {dueSoon} ішінде",
  },
  hourViolations: {
    en: "Hour violations (retraining ≥ {minHours} h, Rules {minHoursAt}; advanced training {advFrom}–{advTo} h, {advHoursAt})",
    ru: "Нарушения объёма (переподготовка ≥ {minHours} ч, {minHoursAt}; повышение квалификации {advFrom}–{advTo} ч, {advHoursAt})",
    kk: "Көлем бұзушылықтары (қайта даярлау ≥ {minHours} сағ, {minHoursAt}; біліктілікті арттыру {advFrom}–{advTo} сағ, {advHoursAt})",
  },
  practice: {
    en: "Training done against the Rules (venue {venues}; start {send}; duration {complete})",
    ru: "Обучение с нарушением Правил (место — {venues}; начало — {send}; срок — {complete})",
    kk: "Қағидаларды бұза өткен оқыту (орны — {venues}; басталуы — {send}; мерзімі — {complete})",
  },
  reason: { en: "Reason", ru: "Основание", kk: "Негіздеме" },
  problems: { en: "Rows that could not be read", ru: "Строки, которые не удалось прочитать", kk: "Оқылмаған жолдар" },
  appointment: { en: "Appointed", ru: "Назначен", kk: "Тағайындалған" },
  lastTraining: { en: "Last training", ru: "Последнее обучение", kk: "Соңғы оқыту" },
  due: { en: "Deadline", ru: "Срок", kk: "Мерзімі" },
  what: { en: "What", ru: "Что", kk: "Не" },
  sheet: { en: "Sheet", ru: "Лист", kk: "Парақ" },
  cell: { en: "Cell", ru: "Ячейка", kk: "Ұяшық" },
  problem: { en: "Problem", ru: "Проблема", kk: "Мәселе" },
  chartTitle: {
    en: "Completions by month and type",
    ru: "Завершения по месяцам и видам",
    kk: "Айлар мен түрлер бойынша аяқталғандар",
  },
  months: {
    en: "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    ru: "янв фев мар апр май июн июл авг сен окт ноя дек",
    kk: "қаң ақп нау сәу мам мау шіл там қыр қаз қар жел",
  },
} as const satisfies Record<string, Record<Lang, string>>;

export type ReportText = keyof typeof REPORT_STRINGS;

/**
 * The Rules' numbers the texts cite, from the data modules (never typed into a text): each `{name}`
 * of a text is filled from here, paragraphs in the language's own citation form.
 */
function facts(lang: Lang): Readonly<Record<string, string>> {
  const p = (paragraph: Paragraph) => paragraphText(paragraph, lang);
  const two = (n: number) => String(n).padStart(2, "0");
  return {
    report: p(REPORT_DEADLINE.paragraph),
    reportDay: `${two(REPORT_DEADLINE.day)}.${two(REPORT_DEADLINE.month)}`,
    sendMonths: countOf(RETRAINING_SEND_WITHIN.months, lang, UNITS.monthsWithin),
    send: p(RETRAINING_SEND_WITHIN.paragraph),
    complete: p(RETRAINING_COMPLETE_WITHIN.paragraph),
    advanced: [
      ADVANCED_TRAINING_PERIOD.corpsA,
      ADVANCED_TRAINING_AFTER_UNSATISFACTORY.corpsA,
      ADVANCED_TRAINING_PERIOD.paragraph,
      ADVANCED_TRAINING_AFTER_UNSATISFACTORY.paragraph,
    ]
      .map(p)
      .join(", "),
    dueSoon: countOf(DUE_SOON_DAYS, lang, UNITS.days),
    minHours: String(RETRAINING_MIN_HOURS.hours),
    minHoursAt: p(RETRAINING_MIN_HOURS.paragraph),
    advFrom: String(ADVANCED_TRAINING_HOURS.min),
    advTo: String(ADVANCED_TRAINING_HOURS.max),
    advHoursAt: p(ADVANCED_TRAINING_HOURS.paragraph),
    venues: [
      RETRAINING_VENUE_PARAGRAPH,
      ADVANCED_VENUES_CORPS_A.paragraph,
      ADVANCED_VENUES_CORPS_B.paragraph,
      ADVANCED_VENUES_CERTIFIED.paragraph,
    ]
      .map(p)
      .join(", "),
  };
}

/** A count as the officer reads it: the number, or "not checked" when its column was missing. */
export function countText(value: number | null, lang: Lang): string | number {
  return value === null ? reportText("notChecked", lang) : value;
}

export function reportText(key: ReportText, lang: Lang): string {
  const text: string = REPORT_STRINGS[key][lang];
  return text.includes("{") ? fillTemplate(text, facts(lang)) : text;
}

import type { Lang } from "../rules";

/** Every text of the annual report sheet, in the three languages. */
export const REPORT_STRINGS = {
  sheetName: { en: "Report", ru: "Отчёт", kk: "Есеп" },
  title: {
    en: "Report on retraining and advanced training of civil servants",
    ru: "Отчёт о переподготовке и повышении квалификации государственных служащих",
    kk: "Мемлекеттік қызметшілерді қайта даярлау және біліктілігін арттыру туралы есеп",
  },
  subtitle: {
    en: "Rules §30: submitted to the authorised body for civil service affairs by 10 January of the following year",
    ru: "п. 30 Правил: представляется в уполномоченный орган по делам государственной службы до 10 января следующего года",
    kk: "Қағидалардың 30-тармағы: келесі жылдың 10 қаңтарына дейін мемлекеттік қызмет істері жөніндегі уәкілетті органға беріледі",
  },
  organisation: { en: "Organisation", ru: "Организация", kk: "Ұйым" },
  year: { en: "Reporting year", ru: "Отчётный год", kk: "Есепті жыл" },
  deadline: {
    en: "Submission deadline (Rules §30)",
    ru: "Срок представления (п. 30 Правил)",
    kk: "Ұсыну мерзімі (30-тармақ)",
  },
  builtOn: { en: "Built on", ru: "Дата составления", kk: "Құрылған күні" },
  employees: { en: "Employees in the register", ru: "Сотрудников в списке", kk: "Тізімдегі қызметкерлер" },
  notStated: { en: "(not stated)", ru: "(не указано)", kk: "(көрсетілмеген)" },
  none: { en: "None.", ru: "Нет.", kk: "Жоқ." },
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
    en: "Overdue retraining (not sent within 6 months of appointment, Rules §14)",
    ru: "Просрочена переподготовка (не направлены в течение 6 месяцев с назначения, п. 14)",
    kk: "Қайта даярлау мерзімі өтті (тағайындалғаннан кейін 6 ай ішінде жіберілмеген, 14-тармақ)",
  },
  overdueAdvanced: {
    en: "Overdue advanced training (Rules §20, §24)",
    ru: "Просрочено повышение квалификации (пп. 20, 24)",
    kk: "Біліктілікті арттыру мерзімі өтті (20, 24-тармақтар)",
  },
  dueSoon: { en: "Due within 90 days", ru: "Срок в ближайшие 90 дней", kk: "Мерзімі 90 күн ішінде" },
  hourViolations: {
    en: "Hour violations (retraining ≥ 120 h, Rules §16; advanced training 24–80 h, §25)",
    ru: "Нарушения объёма (переподготовка ≥ 120 ч, п. 16; повышение квалификации 24–80 ч, п. 25)",
    kk: "Көлем бұзушылықтары (қайта даярлау ≥ 120 сағ, 16-тармақ; біліктілікті арттыру 24–80 сағ, 25-тармақ)",
  },
  practice: {
    en: "Training done against the Rules (venue §13, §18, §22, §23; start §14; duration §16)",
    ru: "Обучение с нарушением Правил (место — пп. 13, 18, 22, 23; начало — п. 14; срок — п. 16)",
    kk: "Қағидаларды бұза өткен оқыту (орны — 13, 18, 22, 23-тармақтар; басталуы — 14; мерзімі — 16)",
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

export function reportText(key: ReportText, lang: Lang): string {
  return REPORT_STRINGS[key][lang];
}

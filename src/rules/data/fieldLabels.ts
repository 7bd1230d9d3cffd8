import type { Lang } from "./labels";

/**
 * The names of the columns the reader knows, as officers read them (the Sheet section's pickers,
 * the *not checked* entries, problems about columns): one table for the pane, the CLI and the report.
 */
export const FIELD_LABELS = {
  fullName: { en: "Full name", ru: "ФИО", kk: "Т.А.Ә." },
  firstName: {
    en: "First name (when the name is split over columns)",
    ru: "Имя (если ФИО в разных столбцах)",
    kk: "Аты (Т.А.Ә. бөлек бағандарда болса)",
  },
  patronymic: {
    en: "Patronymic (when the name is split over columns)",
    ru: "Отчество (если ФИО в разных столбцах)",
    kk: "Әкесінің аты (Т.А.Ә. бөлек бағандарда болса)",
  },
  position: { en: "Position", ru: "Должность", kk: "Лауазымы" },
  corps: { en: "Corps", ru: "Корпус", kk: "Корпус" },
  category: { en: "Category", ru: "Категория", kk: "Санаты" },
  appointmentDate: { en: "Appointment date", ru: "Дата назначения", kk: "Тағайындалған күні" },
  firstEntry: { en: "First entry", ru: "Впервые поступивший", kk: "Алғаш кірген" },
  firstLeadership: { en: "First leadership post", ru: "Впервые на руководящей", kk: "Алғаш басшы лауазымда" },
  retrainingStart: { en: "Retraining start", ru: "Начало переподготовки", kk: "Қайта даярлау басы" },
  retrainingEnd: { en: "Retraining end", ru: "Окончание переподготовки", kk: "Қайта даярлау соңы" },
  retrainingHours: { en: "Retraining hours", ru: "Часы переподготовки", kk: "Қайта даярлау сағаттары" },
  lastAdvancedTraining: { en: "Last advanced training", ru: "Последнее ПК", kk: "Соңғы БА" },
  advancedTrainingHours: { en: "Advanced training hours", ru: "Часы ПК", kk: "БА сағаттары" },
  certifiedPosition: { en: "Certified position", ru: "Сертификация", kk: "Сертификаттау" },
  careerPlan: { en: "Career plan", ru: "Карьерный план", kk: "Мансаптық жоспар" },
  rating: {
    en: "Annual evaluation (a column per year)",
    ru: "Оценка (столбец на год)",
    kk: "Бағалау (әр жылға баған)",
  },
  trainingType: { en: "Training type", ru: "Вид обучения", kk: "Оқыту түрі" },
  venue: { en: "Venue", ru: "Место обучения", kk: "Оқу орны" },
  start: { en: "Start", ru: "Начало", kk: "Басталуы" },
  end: { en: "End", ru: "Окончание", kk: "Аяқталуы" },
  hours: { en: "Hours", ru: "Часы", kk: "Сағат" },
  document: { en: "Document number", ru: "Номер документа", kk: "Құжат нөмірі" },
  form: { en: "Form of study", ru: "Форма обучения", kk: "Оқу нысаны" },
  birthDate: { en: "Date of birth", ru: "Дата рождения", kk: "Туған күні" },
  education: { en: "Education", ru: "Образование", kk: "Білімі" },
  speciality: { en: "Speciality", ru: "Специальность", kk: "Мамандығы" },
  rank: { en: "Special rank", ru: "Специальное звание", kk: "Арнаулы атағы" },
  commission: { en: "Commission", ru: "Комиссия", kk: "Комиссия" },
  attestationStart: { en: "Attestation start", ru: "Начало аттестации", kk: "Аттестаттаудың басталуы" },
  meetingDate: { en: "Meeting date", ru: "Дата заседания", kk: "Отырыс күні" },
  standardsPassed: { en: "Fitness standards", ru: "Нормативы", kk: "Нормативтер" },
  testPassed: { en: "Test", ru: "Тестирование", kk: "Тестілеу" },
  excusedAbsence: {
    en: "Absent for a valid reason",
    ru: "Отсутствовал по уважительной причине",
    kk: "Дәлелді себеппен болмады",
  },
  unexcusedAbsences: {
    en: "Absences without a valid reason",
    ru: "Неявки без уважительной причины",
    kk: "Дәлелсіз себеппен келмеуі",
  },
  exemption: {
    en: "Not attested now (pregnancy, leave)",
    ru: "Не подлежит аттестации (беременность, отпуск)",
    kk: "Аттестатталмайды (жүктілік, демалыс)",
  },
  decision: { en: "Decision", ru: "Решение", kk: "Шешім" },
  otherInfo: { en: "Other information", ru: "Иные сведения", kk: "Өзге де мәліметтер" },
  noticeGiven: { en: "Notice given (date)", ru: "Дата уведомления", kk: "Хабарланған күні" },
  characteristicReceived: {
    en: "Characteristic received (date)",
    ru: "Дата поступления характеристики",
    kk: "Мінездеме келіп түскен күн",
  },
  materialsSent: { en: "Materials sent (date)", ru: "Материалы направлены (дата)", kk: "Материалдар жіберілген күн" },
  protocolDate: { en: "Protocol date", ru: "Дата протокола", kk: "Хаттама күні" },
  sheetSigned: {
    en: "Sheet signed by the officer (date)",
    ru: "Ознакомлен с листом (дата)",
    kk: "Парақпен танысқан күні",
  },
  refusedPost: {
    en: "Refused offered post",
    ru: "Отказ от предложенной должности",
    kk: "Ұсынылған лауазымнан бас тартты",
  },
} as const satisfies Record<string, Readonly<Record<Lang, string>>>;

export type FieldLabelKey = keyof typeof FIELD_LABELS;

/**
 * Every field the officer may map to a column (`--map`, `--mapping`, the Sheet section, the Sheets
 * sidebar): the fields of the register, the log and the attestation list — each has its name
 * above (a test checks both lists agree); the year columns of ratings are found by their headers.
 */
export const MAPPABLE_FIELDS: readonly string[] = Object.keys(FIELD_LABELS).filter((field) => field !== "rating");

/** A field's name in a language; the key itself for a field this table does not know. */
export function fieldLabel(field: string, lang: Lang): string {
  return (FIELD_LABELS as Readonly<Record<string, Readonly<Record<Lang, string>>>>)[field]?.[lang] ?? field;
}

/** Every field's name in one language, for i18n resources. */
export function fieldLabels(lang: Lang): Record<FieldLabelKey, string> {
  return Object.fromEntries(Object.entries(FIELD_LABELS).map(([k, v]) => [k, v[lang]])) as Record<
    FieldLabelKey,
    string
  >;
}

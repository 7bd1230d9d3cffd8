/**
 * Header names of staff sheets, as officers write them in Kazakh, Russian and English. Matching is
 * on `compactKey` (case, punctuation, spaces and Kazakh-vs-Russian letters ignored), so `Ф.И.О.`,
 * `ФИО` and `ф и о` are one entry. Add a spelling here, nowhere else.
 */

export type RegisterField =
  | "fullName"
  | "position"
  | "corps"
  | "category"
  | "appointmentDate"
  | "firstEntry"
  | "firstLeadership"
  | "retrainingStart"
  | "retrainingEnd"
  | "retrainingHours"
  | "lastAdvancedTraining"
  | "advancedTrainingHours"
  | "certifiedPosition";

export type LogField = "fullName" | "trainingType" | "venue" | "start" | "end" | "hours" | "document";

export type Field = RegisterField | LogField;

export const HEADER_SYNONYMS: Readonly<Record<Field, readonly string[]>> = {
  fullName: [
    "ФИО",
    "Ф.И.О.",
    "Фамилия, имя, отчество",
    "Фамилия имя отчество (при наличии)",
    "Сотрудник",
    "Работник",
    "Т.А.Ә.",
    "Тегі, аты, әкесінің аты",
    "Аты-жөні",
    "Қызметкер",
    "Full name",
    "Name",
    "Employee",
  ],
  position: [
    "Должность",
    "Занимаемая должность",
    "Лауазым",
    "Лауазымы",
    "Атқаратын лауазымы",
    "Position",
    "Post",
    "Job title",
  ],
  corps: ["Корпус", "Корпусы", "Corps"],
  category: ["Категория", "Категория должности", "Санат", "Санаты", "Лауазым санаты", "Category", "Position category"],
  appointmentDate: [
    "Дата назначения",
    "Дата назначения на должность",
    "Назначен",
    "Тағайындалған күні",
    "Тағайындау күні",
    "Лауазымға тағайындалған күні",
    "Appointment date",
    "Date of appointment",
    "Appointed",
  ],
  firstEntry: [
    "Впервые поступивший",
    "Впервые поступил на госслужбу",
    "Впервые на госслужбе",
    "Впервые",
    "Алғаш кірген",
    "Мемлекеттік қызметке алғаш кірген",
    "Алғаш",
    "First entry",
    "First entry into service",
    "First time",
  ],
  firstLeadership: [
    "Впервые назначен на руководящую должность",
    "Первое назначение на руководящую должность",
    "Руководящая впервые",
    "Басшы лауазымға алғаш тағайындалған",
    "Алғаш басшы лауазым",
    "First leadership",
    "First leadership appointment",
  ],
  retrainingStart: [
    "Дата начала переподготовки",
    "Қайта даярлаудың басталған күні",
    "Начало переподготовки",
    "Переподготовка начало",
    "Переподготовка с",
    "Қайта даярлаудың басталуы",
    "Қайта даярлау басталуы",
    "Retraining start",
  ],
  retrainingEnd: [
    "Дата окончания переподготовки",
    "Қайта даярлаудың аяқталған күні",
    "Окончание переподготовки",
    "Переподготовка окончание",
    "Переподготовка по",
    "Қайта даярлаудың аяқталуы",
    "Қайта даярлау аяқталуы",
    "Retraining end",
  ],
  retrainingHours: [
    "Количество часов переподготовки",
    "Объём переподготовки, ак. часов",
    "Часы переподготовки",
    "Переподготовка часы",
    "Қайта даярлау сағаттары",
    "Retraining hours",
  ],
  lastAdvancedTraining: [
    "Дата окончания последнего повышения квалификации",
    "Дата последнего ПК",
    "Последнее повышение квалификации",
    "Дата последнего повышения квалификации",
    "Последнее ПК",
    "Соңғы біліктілікті арттыру",
    "Біліктілікті соңғы арттыру",
    "Last advanced training",
  ],
  advancedTrainingHours: [
    "Количество часов повышения квалификации",
    "Часы повышения квалификации",
    "Часы ПК",
    "Біліктілікті арттыру сағаттары",
    "Advanced training hours",
  ],
  certifiedPosition: [
    "Профессиональная сертификация",
    "Требуется сертификация",
    "Сертификация",
    "Кәсіби сертификаттау",
    "Сертификаттау",
    "Certified position",
    "Professional certification",
  ],
  trainingType: ["Вид обучения", "Вид подготовки", "Тип обучения", "Оқыту түрі", "Оқу түрі", "Training type", "Type"],
  venue: [
    "Место обучения",
    "Организация",
    "Организация образования",
    "Учебное заведение",
    "Оқу орны",
    "Оқыған жері",
    "Ұйым",
    "Білім беру ұйымы",
    "Venue",
    "Organisation",
    "Organization",
    "Provider",
  ],
  start: ["Начало", "Дата начала", "Басталуы", "Басталған күні", "Start", "Start date", "From"],
  end: ["Окончание", "Дата окончания", "Аяқталуы", "Аяқталған күні", "End", "End date", "To"],
  hours: [
    "Часы",
    "Академические часы",
    "Количество часов",
    "Объём, ак. часов",
    "Сағат",
    "Сағаттар",
    "Академиялық сағат",
    "Hours",
    "Academic hours",
  ],
  document: [
    "Документ",
    "Номер документа",
    "№ документа",
    "Сертификат",
    "Свидетельство",
    "Құжат",
    "Құжат нөмірі",
    "Document",
    "Document no",
    "Certificate",
  ],
};

/**
 * Word stems that mark an annual evaluation column (with a year: `Оценка 2023`, `Дата оценки 2023`,
 * `Бағалау 2023`, `Rating 2023`): stems, because Russian and Kazakh inflect them.
 */
export const RATING_HEADER_WORDS = ["оценк", "бағала", "rating", "evaluat"];
/** Words that mark the date of an evaluation (`Дата оценки 2023`, `Бағалау күні 2023`). */
export const RATING_DATE_WORDS = ["дата", "күні", "date"];

/**
 * Training types as written in a log (RULES.md glossary): word stems, so that "Курсы повышения
 * квалификации" and "қайта даярлау курсы" are read too; and short forms that must match whole.
 */
export const TRAINING_TYPE_WORDS: Readonly<
  Record<"retraining" | "advancedTraining", { readonly stems: readonly string[]; readonly whole: readonly string[] }>
> = {
  retraining: { stems: ["переподготов", "қайта даяр", "retrain"], whole: [] },
  advancedTraining: { stems: ["повышени", "квалификац", "біліктілік", "advanced"], whole: ["ПК", "БА"] },
};

/** Fields that make a sheet a staff register or a training log (besides the full name). */
export const REGISTER_MARKERS: readonly Field[] = ["category", "appointmentDate", "corps", "position"];
export const LOG_MARKERS: readonly Field[] = ["trainingType"];

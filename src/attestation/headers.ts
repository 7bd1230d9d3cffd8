/**
 * Header names of the list of officers subject to extraordinary attestation, as HR units write
 * them in Kazakh, Russian and English (matched on `compactKey`, like the staff register's headers).
 * Add a spelling here, nowhere else.
 */
export type AttestationField =
  | "fullName"
  | "birthDate"
  | "education"
  | "speciality"
  | "position"
  | "rank"
  | "appointmentDate"
  | "commission"
  | "attestationStart"
  | "meetingDate"
  | "standardsPassed"
  | "testPassed"
  | "excusedAbsence"
  | "unexcusedAbsences"
  | "exemption"
  | "decision"
  | "otherInfo";

export const ATTESTATION_HEADERS: Readonly<Record<AttestationField, readonly string[]>> = {
  fullName: [
    "ФИО",
    "Ф.И.О.",
    "Фамилия, имя, отчество",
    "Сотрудник",
    "Т.А.Ә.",
    "Тегі, аты, әкесінің аты",
    "Аты-жөні",
    "Қызметкер",
    "Full name",
    "Officer",
  ],
  birthDate: ["Дата рождения", "Туған күні", "Туған жылы, күні", "Date of birth", "Born"],
  education: ["Образование", "Білімі", "Education"],
  speciality: ["Специальность", "Мамандығы", "Мамандық", "Speciality", "Specialty"],
  position: ["Должность", "Занимаемая должность", "Лауазымы", "Атқаратын лауазымы", "Position"],
  rank: ["Звание", "Специальное звание", "Атағы", "Арнаулы атағы", "Rank"],
  appointmentDate: ["Дата назначения", "Тағайындалған күні", "Appointment date", "Appointed"],
  commission: ["Комиссия", "Аттестационная комиссия", "Комиссиясы", "Аттестаттау комиссиясы", "Commission"],
  attestationStart: [
    "Начало аттестации",
    "Дата начала аттестации",
    "Аттестаттаудың басталуы",
    "Аттестаттау басталатын күн",
    "Attestation start",
  ],
  meetingDate: [
    "Дата заседания",
    "Заседание комиссии",
    "Дата заседания комиссии",
    "Отырыс күні",
    "Комиссия отырысы",
    "Meeting date",
    "Meeting",
  ],
  standardsPassed: [
    "Нормативы",
    "Нормативы сданы",
    "Физическая подготовка",
    "Нормативтер",
    "Нормативтерді тапсырды",
    "Fitness standards",
    "Standards passed",
  ],
  testPassed: ["Тестирование", "Тест сдан", "Тест", "Тестілеу", "Test passed", "Test"],
  excusedAbsence: [
    "Отсутствовал по уважительной причине",
    "Уважительная причина",
    "Дәлелді себеппен болмады",
    "Дәлелді себеп",
    "Absent with valid reason",
    "Excused absence",
  ],
  unexcusedAbsences: [
    "Неявки без уважительной причины",
    "Неявки",
    "Дәлелсіз себеппен келмеуі",
    "Келмеу саны",
    "Absences without valid reason",
    "Unexcused absences",
  ],
  exemption: ["Освобождение", "Не подлежит (основание)", "Босату", "Босатылу негізі", "Exemption", "Exempt"],
  decision: ["Решение", "Решение комиссии", "Шешім", "Комиссия шешімі", "Decision"],
  otherInfo: ["Иные сведения", "Примечание", "Өзге де мәліметтер", "Ескертпе", "Other information", "Notes"],
};

/**
 * A header must name the officer and one of these dates to be an attestation list: a staff register
 * may well have a "Решение" or "Комиссия" column, but not the attestation's start or meeting.
 */
export const ATTESTATION_MARKERS: readonly AttestationField[] = ["meetingDate", "attestationStart"];

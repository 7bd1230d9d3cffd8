import {
  APPOINTMENT_DATE,
  DATE_WORDS,
  FIRST_NAME,
  FULL_NAME,
  PATRONYMIC,
  PERSONAL_NOT_FIELDS,
  POSITION,
} from "../reader/headers/commonTerms";
import type { ListTerms } from "../reader/headers/scoreHeader";

/**
 * What the columns of a list of officers subject to extraordinary attestation are called, by
 * meaning (see `FieldTerms` in src/reader/headers). A spelling that is not read is added here as a
 * pattern or stem, and to the header corpus (test/reader/headerCorpus.ts).
 */
export type AttestationField =
  | "fullName"
  | "firstName"
  | "patronymic"
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
  | "otherInfo"
  | "noticeGiven"
  | "characteristicReceived"
  | "materialsSent"
  | "protocolDate"
  | "sheetSigned"
  | "refusedPost";

const DATES = DATE_WORDS.split("|");
const MEETING = ["заседан", "отырыс", "meeting"];
/** Another attestation than this one: the next, the last. */
const OTHER_TIME = ["следующ", "последн", "келесі", "соңғы", "next", "last"];
const NOTICE = ["уведом", "хабарла", "notice"];
const WITHOUT = "=без|дәлелсіз|себепсіз|without|unexcus|invalid|неуважит";
/** A deadline, not the day it was kept: «Срок уведомления» is the timetable's, not the list's. */
const DEADLINE = ["срок", "мерзім", "deadline", "due", "не позднее", "кешіктірілмей"];
const CHARACTERISTIC = ["характер", "мінездем", "characteristic"];
/** Seen, signed or acquainted with: the officer's acknowledgement (§6 of the characteristic, §21 of the sheet). */
const ACKNOWLEDGED = "ознаком|таныс|acknowledg|signed|подпис|қол";
const ABSENCE =
  "неявк|явк|отсутств|пропуск|келме|келмеу|болма|қатыспа|absen|missed|уважит|причин|reason|себеп|себепсіз";

export const ATTESTATION_TERMS: ListTerms<AttestationField> = {
  // Notes are the HR unit's own: they never reach a field, least of all field 8 of the sheet.
  veto: [...PERSONAL_NOT_FIELDS, "уволь", "dismissal", "адрес", "мекенжай"],
  fields: {
    fullName: FULL_NAME,
    firstName: FIRST_NAME,
    patronymic: PATRONYMIC,
    birthDate: { patterns: ["рожд|туған|birth|born"] },
    education: {
      patterns: ["образован|білім|educat", ["учебн|оқу заведен|орн|орны", 0.85], ["окончил|бітір", 0.8]],
      veto: ["специальн", "мамандық", "мамандығ", "speciali", ...DATES],
    },
    speciality: {
      patterns: ["специальн|мамандық|мамандығ|speciali|specialt|profession"],
      veto: ["звани", "атақ", "атағ", "rank"],
    },
    // «Отказ от предложенной должности» is the §22 refusal, not the officer's position.
    position: { ...POSITION, veto: [...(POSITION.veto ?? []), "отказ", "тарт", "refus", "declin"] },
    rank: { patterns: ["звани|атақ|атағ|rank"], veto: [...DATES, "присвоен", "берілген"] },
    appointmentDate: APPOINTMENT_DATE,
    commission: {
      patterns: ["комисс|commission|board"],
      veto: [...DATES, "заседан", "отырыс", "meeting", "решен", "шешім", "decision", "состав", "құрам", "член", "мүше"]
        // The materials sent to the commission (§7) and its protocol (§20) are dates, not the commission.
        .concat(["материал", "направ", "жібер", "sent", "протокол", "хаттам", "protocol"]),
    },
    attestationStart: {
      patterns: ["аттест|attest нач|бастал|басталу|start|begin|=с", [`${DATE_WORDS} нач|бастал|start`, 0.6]],
      veto: [...MEETING, ...OTHER_TIME, "оконч", "аяқт", "end", ...NOTICE, "отпуск", "демалыс", "leave"]
        // «Дата ознакомления с аттестационным листом» and the other steps' dates are not the start.
        .concat(["лист", "парақ", "парағ", "sheet", ...CHARACTERISTIC, "материал", "протокол", "хаттам", "protocol"])
        .concat(ACKNOWLEDGED.split("|")),
    },
    meetingDate: {
      patterns: [
        "засед|отырыс|meeting|session|sitting",
        [`${DATE_WORDS} провед|өткіз|өтет|өтк|held`, 0.85],
        ["рассмотр|қарал|considered", 0.8],
        [`${DATE_WORDS} аттест|attest`, 0.75],
      ],
      // Other dates of the attestation (§5 notice, §6 characteristic, §7 materials, §20 protocol, the
      // sheet) and the absences from the meeting are not the meeting's date.
      veto: ["нач", "бастал", "start", ...NOTICE, "характер", "мінездем", "protocol", "протокол", "хаттам"]
        .concat(["материал", "лист", "парақ", ...OTHER_TIME, "решен", "предыдущ", "алдыңғы", "previous", "прошл"])
        .concat(ABSENCE.split("|"), ["саны", "колич", "count", "число"]),
    },
    standardsPassed: {
      patterns: ["норматив|стандарт|standard|fitness", ["физич|физ|дене|physical", 0.85]],
      veto: [...DATES, "тест", "test"],
    },
    testPassed: {
      patterns: ["тест|testing|=test", ["компьютерн|компьютер|computer", 0.8]],
      veto: [...DATES, "норматив", "standard", "fitness"],
    },
    excusedAbsence: {
      patterns: ["уважит|дәлелді|valid|excus"],
      veto: WITHOUT.split("|").concat(["колич", "саны", "count", "number", "число", "кол"]),
    },
    unexcusedAbsences: {
      patterns: [`${WITHOUT} ${ABSENCE}`, [`неявк|келме|келмеу|absences|пропуск`, 0.8]],
      veto: ["дата", "датасы", "date"],
    },
    exemption: {
      patterns: [
        "освобожд|босат|exempt",
        ["подлеж|жатпа|жатпайт", 0.9],
        ["=not subject", 0.9],
        ["беремен|жүкті|pregnan|декрет", 0.9],
        ["отпуск|демалыс|leave", 0.7],
        ["основан|негіз|ground", 0.6],
        ["=не|=not аттест|attest", 0.85],
        ["отсроч|кейінге|postpon|deferr", 0.8],
        ["непроведен|жүргізілмеу|өткізілмеу", 0.8],
        ["аттестатталмай|жатпай", 0.85],
      ],
      veto: [...DATES, "колич", "дней", "саны", "days", "начал", "оконч", "аяқт"],
    },
    decision: {
      patterns: [
        "решен|шешім|decision",
        ["результат|нәтиже|итог|outcome аттест|attest", 0.85],
        ["вывод|қорытынды|conclusion", 0.75],
      ],
      veto: [...DATES],
    },
    // The dates the list says each step was kept (§5, §6, §7, §20, §21): compared with the timetable.
    noticeGiven: {
      patterns: ["уведом|хабарла|notice|notif дата|күн|date|given|вручен|берілг|получ|алған"],
      veto: [...DEADLINE, "способ", "тәсіл", "form", "номер", "нөмір", "number"],
    },
    characteristicReceived: {
      patterns: [
        `${CHARACTERISTIC.join("|")} поступ|түск|келіп|келген|received|представ|ұсынылған|submitted|направ|жібер|sent|дата|күн|date`,
      ],
      veto: [...DEADLINE, ...ACKNOWLEDGED.split("|"), "номер", "нөмір", "number", "оценк", "баға"],
    },
    materialsSent: {
      patterns: ["материал|materials направ|жібер|sent|передан|берілг|представ|submitted|дата|күн|date"],
      veto: [...DEADLINE, "номер", "нөмір", "number"],
    },
    protocolDate: {
      patterns: ["протокол|хаттам|protocol|minutes дата|күн|date|оформ|ресімдел|составл|drawn|signed|подпис"],
      veto: [...DEADLINE, "номер", "нөмір", "number", "=no"],
    },
    sheetSigned: {
      patterns: [`${ACKNOWLEDGED} лист|парақ|парағ|sheet`],
      veto: [...DEADLINE, ...CHARACTERISTIC, "уведом", "хабарла", "notice", "протокол", "хаттам", "protocol"],
    },
    // §22: refused to go on serving in another (a lower) post that decision 3 or 4 offers.
    refusedPost: {
      patterns: [
        "отказ|тарт|refus|declin должност|лауазым|post|position|перевод|ауыстыр|transfer|предлож|ұсын|offer|служб|қызмет",
      ],
      veto: [...DATES, "аттест", "attest"],
    },
    otherInfo: {
      patterns: [
        "иные|иных|иное|друг|проч|өзге|басқа|other|дополнит|қосымша|additional сведен|мәлімет|ақпарат|информац|information|info|данн|details",
      ],
    },
  },
};

/**
 * A header must name the officer and one of these dates to be an attestation list: a staff register
 * may well have a «Решение» or «Комиссия» column, but not the attestation's start or meeting.
 */
export const ATTESTATION_MARKERS: readonly AttestationField[] = ["meetingDate", "attestationStart"];

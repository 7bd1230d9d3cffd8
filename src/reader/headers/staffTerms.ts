import {
  APPOINTMENT_DATE,
  DATE_WORDS,
  FIRST_NAME,
  FULL_NAME,
  PATRONYMIC,
  PERSONAL_NOT_FIELDS,
  POSITION,
} from "./commonTerms";
import type { ListTerms } from "./scoreHeader";

/**
 * What the columns of a staff register and a training log are called, by meaning (see
 * `FieldTerms`). A new spelling that is not read is added here as a pattern or a stem — and to the
 * header corpus (test/reader/headerCorpus.ts), which measures recall and precision.
 */

export type RegisterField =
  | "fullName"
  | "firstName"
  | "patronymic"
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
  | "certifiedPosition"
  | "careerPlan";

export type LogField =
  "fullName" | "firstName" | "patronymic" | "trainingType" | "venue" | "start" | "end" | "hours" | "document" | "form";

export type Field = RegisterField | LogField;

const RETRAINING = "переподгот|қайта|retrain|переподг";
// «біліктілігін»: Kazakh voices к to г before a vowel, so the stem stops before it.
const ADVANCED = "квалиф|біліктіл|=пк|=ба|advanced|cpd";
const START = "нач|бастал|басталу|=басы|start|from|=с|begin";
const END = "оконч|аяқт|=соңы|end|заверш|бітір|бітк|=по|=to|=до|finish|complet";
const HOURS = "час|сағат|hour|=ч|=ак";
const VOLUME = "объем|объём|көлем|volume|продолжит|ұзақтығ|duration";
// Rules §3, §4: the document issued on completion («құжат»): a certificate, свидетельство, удостоверение.
const DOCUMENT = "документ|құжат|сертиф|certif|свидетел|удостовер|куәлік|диплом|diploma|document|=док|=cert";
/** An order («приказ», «бұйрық») sends a servant to training: its number is not the completion document's. */
const ORDER = "приказ|бұйрық|order|распоряж|өкім";
const FIRST = "впервые|впервы|алғаш|бірінші|first|первое|первич|перв";
const LEADERSHIP = "руковод|=рук|басшы|leader|manag|управл|executive";

/** Columns of a register or a log that no rule reads, and that must never be taken for one that does. */
const NOT_A_FIELD = [
  ...PERSONAL_NOT_FIELDS,
  "experience",
  "=пол",
  "жыныс",
  "gender",
  "national",
  "ұлт",
  "ұлты",
  "рожд",
  "туған",
  "birth",
  "уволь",
  "dismiss",
  "контракт",
  "contract",
  "отпуск",
  "демалыс",
  "аттестац",
  "аттестат",
  "attestat",
  "финанс",
  "қаржы",
  "стоим",
  "cost",
  "бюджет",
  "budget",
  "подраздел",
  "бөлім",
  "department",
  "division",
  "отдел",
  "почт",
  "адрес",
  "мекенжай",
];

export const REGISTER_TERMS: ListTerms<RegisterField> = {
  // A register's education column is the servant's degree; a log's «организация образования» is its venue.
  veto: [...NOT_A_FIELD, "образован", "білім", "educat"],
  fields: {
    fullName: FULL_NAME,
    firstName: FIRST_NAME,
    patronymic: PATRONYMIC,
    position: POSITION,
    corps: { patterns: ["корпус", "corps"] },
    category: {
      patterns: ["категор", "санат", "category", "=кат", ["grade", 0.8]],
      veto: ["корпус", "corps", "сертиф"],
    },
    appointmentDate: APPOINTMENT_DATE,
    firstEntry: {
      patterns: [
        `${FIRST} поступ|кір|кірді|entr|принят|joined`,
        `${FIRST} госслуж|служб|қызмет|service`,
        [`${FIRST} назнач|тағайын`, 0.7],
        [FIRST, 0.8],
        ["new entrant|newcom|новичок", 0.8],
      ],
      veto: [LEADERSHIP, ...DATE_WORDS.split("|"), RETRAINING, ADVANCED].flatMap((s) => s.split("|")),
    },
    firstLeadership: {
      patterns: [`${FIRST} ${LEADERSHIP}`, [`${LEADERSHIP} назнач|тағайын|appoint`, 0.75]],
      veto: [...DATE_WORDS.split("|"), RETRAINING, ADVANCED].flatMap((s) => s.split("|")),
    },
    retrainingStart: {
      patterns: [`${RETRAINING} ${START}`],
      veto: [END, HOURS, VOLUME].flatMap((s) => s.split("|")),
    },
    retrainingEnd: {
      // Not «Переподготовка пройдена (да/нет)»: a yes/no, not a date.
      patterns: [`${RETRAINING} ${END}`, [`${RETRAINING} ${DATE_WORDS}`, 0.7]],
      veto: [START, HOURS, VOLUME].flatMap((s) => s.split("|")),
    },
    retrainingHours: {
      patterns: [`${RETRAINING} ${HOURS}`, [`${RETRAINING} ${VOLUME}`, 0.9]],
      veto: [START, ...DATE_WORDS.split("|")].flatMap((s) => s.split("|")),
    },
    lastAdvancedTraining: {
      patterns: [
        `${ADVANCED} последн|соңғы|last|latest|recent`,
        [`${ADVANCED} ${DATE_WORDS}`, 0.9],
        [`${ADVANCED} ${END}|пройден|өткен|өту`, 0.85],
        [`повыш ${ADVANCED}`, 0.6],
        ["last|latest training|курс", 0.8],
        [ADVANCED, 0.55],
      ],
      veto: [
        HOURS,
        VOLUME,
        RETRAINING,
        "следующ|келесі|next|план|жоспар|plan|due|срок|мерзім",
        START,
        "место|орн|ұйым|организац",
      ].flatMap((s) => s.split("|")),
    },
    advancedTrainingHours: {
      patterns: [`${ADVANCED} ${HOURS}`, [`${ADVANCED} ${VOLUME}`, 0.9]],
      veto: [RETRAINING, ...DATE_WORDS.split("|")].flatMap((s) => s.split("|")),
    },
    certifiedPosition: {
      patterns: ["сертиф", "certif"],
      veto: ["номер", "нөмір", "number", "=no", ...DATE_WORDS.split("|"), "срок", "мерзім", "valid"],
    },
    careerPlan: {
      patterns: ["карьер|мансап|career план|жоспар|plan", ["индивидуал план", 0.8]],
    },
  },
};

export const LOG_TERMS: ListTerms<LogField> = {
  veto: NOT_A_FIELD,
  fields: {
    fullName: FULL_NAME,
    firstName: FIRST_NAME,
    patronymic: PATRONYMIC,
    trainingType: {
      patterns: [
        "вид|тип|type|түр|түрі|kind обуч|оқыт|оқу|подгот|даярл|training|course|курс|повыш",
        [`${RETRAINING} ${ADVANCED}`, 0.85],
        ["вид|тип|type|түрі", 0.7],
      ],
      veto: ["форм", "нысан", "form", "mode", "документ", "құжат", "document"],
    },
    venue: {
      patterns: [
        "мест|орн|орны|орын|жер|жері|где|where|place|location обуч|оқ|training|проведен|прохожд|өткен|проход",
        ["организац|ұйым|мекеме|учрежд|заведен|institution|organi|provider|venue|академ|центр|орталық", 0.9],
      ],
      veto: ["финанс", "қаржы", "стоим", "cost", "направ", "жолда", ...DATE_WORDS.split("|")],
    },
    start: {
      patterns: [START],
      veto: [END, HOURS, DOCUMENT, "контракт", "отпуск", "демалыс"].flatMap((s) => s.split("|")),
    },
    end: {
      patterns: [END],
      veto: [START, HOURS, DOCUMENT, "контракт", "отпуск", "демалыс"].flatMap((s) => s.split("|")),
    },
    hours: {
      patterns: [HOURS, [VOLUME, 0.85]],
      veto: ["стоим", "cost", "тенге", "сумм", "amount"],
    },
    document: {
      patterns: [DOCUMENT],
      veto: [...DATE_WORDS.split("|"), "срок", "мерзім", "valid", ...ORDER.split("|")],
    },
    // Rules §15: full-time («күндізгі», «очная») or distance learning («қашықтан», «дистанционная»).
    form: {
      patterns: [
        "форм|нысан|form|mode обуч|оқ|study|training|провед|өткіз",
        ["форм|нысан|form|mode", 0.7],
        ["очн|дистанц|онлайн|online|distance|күндіз|қашықт", 0.7],
      ],
      veto: [...ORDER.split("|")],
    },
  },
};

/**
 * Stems that mark an annual evaluation column, with a year in its header («Оценка 2023»,
 * «2023 жылғы бағалау», «Rating 2023»); with a date word it holds the dates of the results.
 */
export const RATING_STEMS = [
  "оценк",
  "бағала",
  "бағалау",
  "рейтинг",
  "rating",
  "evaluat",
  "apprais",
  "нәтиже",
  "результат",
];
export const RATING_DATE_STEMS = DATE_WORDS.split("|");

/** Training types as written in a log (RULES.md glossary): word stems, and short forms that must match whole. */
export const TRAINING_TYPE_WORDS: Readonly<
  Record<"retraining" | "advancedTraining", { readonly stems: readonly string[]; readonly whole: readonly string[] }>
> = {
  retraining: { stems: ["переподготов", "қайта даяр", "retrain"], whole: [] },
  advancedTraining: { stems: ["повышени", "квалификац", "біліктілік", "advanced"], whole: ["ПК", "БА"] },
};

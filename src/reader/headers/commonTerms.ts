import type { FieldTerms } from "./scoreHeader";

/**
 * Terms shared by the staff register, the training log and the attestation list: the same column
 * is named the same way in all three, so it is described once (see `FieldTerms` for the syntax).
 */

/** Words that name somebody other than the servant: the supervisor, a mentor. */
const SOMEONE_ELSE = ["руководител", "басшы", "начальник", "supervisor", "наставник", "тәлімгер", "mentor"];

export const FULL_NAME: FieldTerms = {
  patterns: [
    "фамил имя|имени|аты",
    ["фамил", 0.9],
    "=фио",
    "=таа",
    "=таж",
    "тег аты",
    "аты жөн|жөні",
    "full name",
    ["name", 0.8],
    ["surname", 0.9],
    ["trainee|слушател|тыңдаушы|participant", 0.75],
    ["сотрудник|работник|служащ|қызметкер|қызметші|employee|officer|servant", 0.75],
  ],
  veto: [...SOMEONE_ELSE, "должн", "лауазым", "категор", "санат", "дата", "күн", "date", "организац", "ұйым"],
};

/**
 * A name split over columns (Фамилия | Имя | Отчество, as 1C exports it): the surname column is
 * the full-name field, and these two complete it.
 */
export const FIRST_NAME: FieldTerms = {
  patterns: ["=имя", "=аты", "forename", "given name", "first name"],
  veto: ["фамил", "тег", "жөн", "surname", "отчеств", "әкесі", "patronym", "middle", "full", "полност", "толық"],
};
export const PATRONYMIC: FieldTerms = {
  patterns: ["отчеств", "әкесі аты", "patronym", "middle name"],
  veto: ["фамил", "тег", "surname", "=имя", "full"],
};

/** A date: the words that say a column holds one. */
const DATE = "дата|датасы|күн|күні|date|число|when";

export const POSITION: FieldTerms = {
  patterns: ["должн", "лауазым", "position", "post", "job title", ["title", 0.6]],
  veto: [
    ...SOMEONE_ELSE,
    ...DATE.split("|"),
    "назнач",
    "тағайын",
    "категор",
    "санат",
    "впервые",
    "алғаш",
    "руковод",
    "сертиф",
    "category",
    "appoint",
    "first",
    "перечен",
    "тізбе",
    "вакант",
    "корпус",
    "corps",
    "certif",
    "оклад",
    "salary",
    "жалақы",
    "айлық",
    "=кат",
    "=с",
    "since",
    "қашан",
    "бері",
    "времен",
    "срок",
  ],
};

export const APPOINTMENT_DATE: FieldTerms = {
  patterns: [
    `${DATE} назнач|тағайын|appoint`,
    [`${DATE} вступ|кіріс должн|лауазым|office|post`, 0.85],
    ["назнач|тағайын|appointed", 0.9],
    [`${DATE} приказ|бұйрық|order`, 0.8],
    ["appointment", 0.8],
    ["должн|лауазым|post|position =с|since|қашан|бері|времен", 0.85],
  ],
  veto: [
    "рожд",
    "туған",
    "birth",
    "уволь",
    "освобожд",
    "босат",
    "dismiss",
    "оконч",
    "аяқт",
    "контракт",
    "аттест",
    "оценк",
    "бағала",
    "переподгот",
    "қайта",
    "квалиф",
    "біліктілік",
    "отпуск",
    "демалыс",
    "leave",
    "=пк",
    "=ба",
    "впервые",
    "алғаш",
    "first",
    "руковод",
    "басшы",
    "следующ",
    "келесі",
    "next",
  ],
};

export { DATE as DATE_WORDS };

/**
 * Columns every kind of list may carry that no rule reads and that must never be taken for a field:
 * personal numbers, service length, notes (the HR unit's own: never "other information" on a form),
 * contacts, row numbers.
 */
export const PERSONAL_NOT_FIELDS: readonly string[] = [
  "иин",
  "жсн",
  "iin",
  "стаж",
  "өтіл",
  "примечан",
  "ескертп",
  "note",
  "remark",
  "comment",
  "телефон",
  "phone",
  "=пп",
  "=рс",
  "порядк",
  "e-mail",
  "email",
];

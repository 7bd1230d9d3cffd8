import { fieldLabel } from "./data/fieldLabels";
import type { Lang } from "./data/labels";
import {
  ADVANCED_TRAINING_AFTER_UNSATISFACTORY,
  ADVANCED_TRAINING_PERIOD,
  DISTANCE_LEARNING_PARAGRAPH,
  type Paragraph,
} from "./data/rules";
import { paragraphText } from "./explain/paragraphs";
import { ATTESTATION_SUBJECT_TO_DISMISSAL } from "./data/rules";
import { attestationCite } from "./explain/explainAttestation";
import { ATTESTATION_POSITIONS } from "./data/attestationPositions";
import { appendixItemsText } from "./explain/explainPositions";

/** Appendix 1's items a position fits, in both parts, and §2 that makes the list apply (issue #12 item 11). */
const appendix = (e: { central: readonly number[]; regional: readonly number[] }, lang: Lang) => ({
  central: appendixItemsText(1, e.central, lang),
  regional: appendixItemsText(2, e.regional, lang),
});
const onList = (lang: Lang) => ({
  p: attestationCite(ATTESTATION_POSITIONS.paragraph, lang),
  n: ATTESTATION_POSITIONS.appendix,
});

/** Attestation Rules §22 and the decisions that offer another post (3, 4), for the refusal notes. */
const offered = (lang: Lang) => ({
  p: attestationCite(ATTESTATION_SUBJECT_TO_DISMISSAL.paragraph, lang),
  decisions: ATTESTATION_SUBJECT_TO_DISMISSAL.otherPostOffered.join(
    lang === "en" ? " or " : lang === "ru" ? " или " : " немесе ",
  ),
});

/** A paragraph a message cites, in the language's citation form (never typed into a text). */
const cite = (paragraph: string, lang: Lang) => paragraphText(paragraph as Paragraph, lang);
/** §20 (corps A) and §24 (corps B), the periodic advanced-training paragraphs, without their items. */
const periodic = (lang: Lang) => ({
  a: cite(ADVANCED_TRAINING_PERIOD.corpsA.replace(/\(\d+\)$/u, ""), lang),
  b: cite(ADVANCED_TRAINING_PERIOD.paragraph.replace(/\(\d+\)$/u, ""), lang),
});
/** §24(2) (corps B), §20(1) and §20(2) (corps A), in the language's citation form. */
const items = (lang: Lang) => ({
  b2: cite(ADVANCED_TRAINING_AFTER_UNSATISFACTORY.paragraph, lang),
  a1: cite(ADVANCED_TRAINING_PERIOD.corpsA, lang),
  a2: cite(ADVANCED_TRAINING_AFTER_UNSATISFACTORY.corpsA, lang),
});

/**
 * Every way input data can be wrong, as data. `value` is the offending input as the user typed it;
 * `arg` (set by the edges) names the argument or cell it came from.
 */
export type RuleError = { arg?: string } & (
  | { code: "blank" }
  | { code: "notADate"; value: unknown }
  | { code: "phantomLeapDay"; value: unknown }
  | { code: "dateOutOfRange"; value: unknown }
  | { code: "notANumber"; value: unknown }
  | { code: "negative"; value: unknown }
  | { code: "notAnInteger"; value: unknown }
  | { code: "notYesNo"; value: unknown }
  | { code: "notACategory"; value: unknown }
  | { code: "categoryNotInRules"; value: unknown; category: string }
  | { code: "unknownCorps"; value: unknown }
  | { code: "politicalNotRetrained"; value: unknown }
  | { code: "unknownRating"; value: unknown }
  | { code: "ratingDatesShape"; ratings: number; dates: number }
  | { code: "ratingDateMissing"; value: unknown; position: number }
  | { code: "noLastTraining" }
  | { code: "careerPlanNoTraining" }
  | { code: "politicalNoPeriodicTraining"; value: unknown }
  | { code: "unknownLang"; value: unknown }
  | { code: "yearOutOfRange"; value: unknown }
  | { code: "outsideHolidayCalendar"; value: unknown; from: number; to: number }
  /** `days` (dd.mm.yyyy, comma-separated) are listed both as extra days off and as extra working days. */
  | { code: "dayOffAndWorking"; days: string }
  | { code: "presentExceedsMembers"; present: number; members: number }
  | { code: "noMembers" }
  | { code: "nobodyPresent" }
  | { code: "votesExceedPresent"; votes: number; present: number }
  /** The secretary is marked present, but those present (secretary included, §12) are 0. */
  | { code: "secretaryNotCounted"; present: number }
  /** Only the secretary is present: nobody votes (§11). */
  | { code: "onlySecretaryPresent" }
  | { code: "votesCastExceedPresent"; votes: number; against: number; present: number }
  /** `against` is given when the votes against were counted (abstentions possible, §19). */
  | { code: "tieWithoutChair"; votes: number; present: number; against?: number }
  | { code: "decisionOutOfRange"; value: unknown }
  | { code: "cellError"; value: unknown }
  | { code: "noName" }
  | { code: "unknownTrainingType"; value: unknown }
  | { code: "noHeader"; seen?: string }
  | { code: "notCalculated" }
  | { code: "ambiguousColumn"; field: string; cells: string }
  | { code: "strayBelowTable"; blankRows: number }
  | { code: "requiredBlank"; field: string; paragraph: string }
  | { code: "notInRegister"; value: unknown }
  | { code: "repeatedCourse"; value: unknown; first: string }
  | { code: "unknownVenue"; value: unknown }
  /** Rules §15: a form-of-study cell that says neither full-time nor distance learning (or both). */
  | { code: "unknownStudyForm"; value: unknown }
  | { code: "duplicateName"; value: unknown; first: string }
  | { code: "notPassFail"; value: unknown }
  | { code: "unknownCommission"; value: unknown }
  | { code: "unknownExemption"; value: unknown }
  | { code: "unknownAttestationStep"; value: unknown }
  | { code: "refusalWithoutOffer"; decision: number | null }
  /** A position on no item of Appendix 1 of the Attestation Rules. */
  | { code: "positionNotOnList"; value: unknown }
  /** A position whose words fit items of both parts of Appendix 1 (central and regional). */
  | { code: "positionAmbiguous"; value: unknown; central: readonly number[]; regional: readonly number[] }
);

/** Shows a user's value the way they typed it, quoted in the language's style. */
/**
 * A user's words quoted in the language's style: "…" in English, «…» in Kazakh and Russian.
 *
 * @example
 * quoted("Ф-1", "ru") //=> "«Ф-1»"
 */
export function quoted(text: string, lang: Lang): string {
  return lang === "en" ? `"${text}"` : `«${text}»`;
}

function show(value: unknown, lang: Lang): string {
  return quoted(value === null || value === undefined ? "" : String(value), lang);
}

type Catalogue = { [C in RuleError["code"]]: (e: Extract<RuleError, { code: C }>) => string };

const DATE_FORMS = "dd.mm.yyyy, yyyy-mm-dd";

/** The message catalogue: one entry per error code and language. */
const CATALOGUE: Readonly<Record<Lang, Catalogue>> = {
  en: {
    blank: () => "is blank",
    notADate: (e) => `${show(e.value, "en")} is not a date (expected ${DATE_FORMS} or a date cell)`,
    phantomLeapDay: (e) =>
      `${show(e.value, "en")} is 29.02.1900, a day that never existed (Excel's 1900 leap-year bug)`,
    dateOutOfRange: (e) => `${show(e.value, "en")} is outside the dates Excel can show (01.01.1900–31.12.9999)`,
    notANumber: (e) => `${show(e.value, "en")} is not a number`,
    negative: (e) => `${show(e.value, "en")} is negative`,
    notAnInteger: (e) => `${show(e.value, "en")} is not a whole number`,
    notYesNo: (e) => `${show(e.value, "en")} is not yes/no (use TRUE/FALSE, 1/0, иә/жоқ, да/нет, yes/no)`,
    notACategory: (e) => `${show(e.value, "en")} is not a position category (e.g. C-O-3, D-2, E-R-1)`,
    categoryNotInRules: (e) =>
      `${e.category} (written ${show(e.value, "en")}) is in neither list of Rules §13 (Academy, regional centres)`,
    unknownCorps: (e) => `${show(e.value, "en")} is not a corps (use A, B or political)`,
    politicalNotRetrained: (e) => `${show(e.value, "en")}: political servants are not sent to retraining (Rules §3)`,
    unknownRating: (e) =>
      `${show(e.value, "en")} is not an evaluation result (e.g. unsatisfactory, satisfactory, effective, excellent)`,
    ratingDatesShape: (e) => `ratingDates has ${e.dates} cells but ratings has ${e.ratings}; pass parallel ranges`,
    ratingDateMissing: (e) =>
      `two unsatisfactory results apply Rules ${items("en").b2}, but result ${e.position} (${show(e.value, "en")}) has no date: give the dates of the results (ratingDates, or a "Rating date YYYY" column)`,
    noLastTraining: () => `no last advanced training date, and Rules ${items("en").b2} does not apply`,
    careerPlanNoTraining: () =>
      `the career plan does not provide for advanced training, so Rules ${items("en").a1} sets no three-year deadline, and ${items("en").a2} does not apply`,
    politicalNoPeriodicTraining: (e) =>
      `${show(e.value, "en")}: the Rules set no periodic advanced training for political servants (${periodic("en").a} is for corps A, ${periodic("en").b} for corps B)`,
    unknownLang: (e) => `${show(e.value, "en")} is not a language (use kk, ru or en)`,
    yearOutOfRange: (e) => `${show(e.value, "en")} is not a year between 1900 and 9998`,
    outsideHolidayCalendar: (e) =>
      `${show(e.value, "en")} is outside the Kazakhstan holiday calendar (${e.from}–${e.to})`,
    dayOffAndWorking: (e) => `${e.days} is in both holidays and workDays: a day is either off or working`,
    presentExceedsMembers: (e) => `${e.present} present is more than the ${e.members} members`,
    noMembers: () => "the commission has no members",
    nobodyPresent: () => "nobody was present: there is no vote to count",
    votesExceedPresent: (e) => `${e.votes} votes for is more than the ${e.present} members present`,
    secretaryNotCounted: (e) =>
      `${e.present} present, but the secretary is marked present: count those present with the secretary (Attestation Rules §12)`,
    onlySecretaryPresent: () =>
      "only the secretary is present, and the secretary does not vote (Attestation Rules §11): there is no vote to count",
    votesCastExceedPresent: (e) =>
      `${e.votes} votes for and ${e.against} against make ${e.votes + e.against}, more than the ${e.present} members present`,
    tieWithoutChair: (e) =>
      `a tie (${e.against === undefined ? `${e.votes} of ${e.present}` : `${e.votes} for, ${e.against} against, ${e.present} present`}) is decided by the chair's vote (Attestation Rules §19): pass chairVotedFor`,
    decisionOutOfRange: (e) => `${show(e.value, "en")} is not a decision 1–5 (Attestation Rules §15)`,
    cellError: (e) => `the cell shows the error ${String(e.value)}`,
    noName: () => "the row has data but no full name",
    unknownTrainingType: (e) =>
      `${show(e.value, "en")} is not a training type (retraining / advanced training, переподготовка / повышение квалификации, қайта даярлау / біліктілікті арттыру)`,
    noHeader: (e) =>
      `no header row found (e.g. full name, category, appointment date; or full name, training type, end)${e.seen ? `; the first cells are ${e.seen}` : ""}`,
    notCalculated: () =>
      "the formula has no calculated value (the file was written by a program): open the file in Excel and save it",
    ambiguousColumn: (e) =>
      `more than one column could be "${fieldLabel(e.field, "en")}" (${e.cells}): choose one in the Sheet section or with --map`,
    strayBelowTable: (e) => `a value ${e.blankRows} blank rows below the table: not read as an employee`,
    requiredBlank: (e) => `is blank, but ${fieldLabel(e.field, "en")} is needed for Rules ${e.paragraph}`,
    repeatedCourse: (e) =>
      `${show(e.value, "en")}: the same course (type, start, end) is already in row ${e.first}: counted once`,
    notInRegister: (e) =>
      `${show(e.value, "en")} is in the training log but in no register: the course counts in the year's totals, but no servant's check stands on it (write the name as the register does)`,
    unknownVenue: (e) =>
      `${show(e.value, "en")} does not say what kind of venue it is (Academy, regional centre, departmental or other organisation, abroad)`,
    unknownStudyForm: (e) =>
      `${show(e.value, "en")} is not a form of study ${cite(DISTANCE_LEARNING_PARAGRAPH, "en")} reads: full-time (күндізгі, очная) or distance learning (қашықтан, дистанционно, онлайн)`,
    notPassFail: (e) =>
      `${show(e.value, "en")} is not passed/failed (use passed/failed, сдал/не сдал, тапсырды/тапсырмады, yes/no)`,
    unknownCommission: (e) => `${show(e.value, "en")} is not a commission (use central or regional)`,
    unknownExemption: (e) =>
      `${show(e.value, "en")} is not a ground of Attestation Rules §2 (pregnancy, or leave under Art. 77)`,
    unknownAttestationStep: (e) =>
      `${show(e.value, "en")} is not a step of the attestation (notice, characteristic, materials, protocol, sheet)`,
    refusalWithoutOffer: (e) =>
      `a refusal of the offered post is recorded, but ${e.decision === null ? "there is no decision" : `decision ${e.decision}`} offers no other post (${offered("en").p}: a refusal after decision ${offered("en").decisions})`,
    positionNotOnList: (e) =>
      `${show(e.value, "en")} is not found on Appendix ${onList("en").n} of the Attestation Rules, the positions subject to the extraordinary attestation (${onList("en").p})`,
    positionAmbiguous: (e) =>
      `${show(e.value, "en")} fits ${appendix(e, "en").central} (central commission) and ${appendix(e, "en").regional} (regional commission): the words do not say which — write the unit and the body in full`,
    duplicateName: (e) =>
      `${show(e.value, "en")} is in the register twice (also in cell ${e.first}): a training log cannot tell them apart, so each keeps only the training on its own row — tell them apart (e.g. add an initial)`,
  },
  ru: {
    blank: () => "не заполнено",
    notADate: (e) => `${show(e.value, "ru")} — не дата (ожидается ${DATE_FORMS} или ячейка с датой)`,
    phantomLeapDay: (e) => `${show(e.value, "ru")} — 29.02.1900, несуществующий день (ошибка Excel с 1900 годом)`,
    dateOutOfRange: (e) => `${show(e.value, "ru")} вне дат Excel (01.01.1900–31.12.9999)`,
    notANumber: (e) => `${show(e.value, "ru")} — не число`,
    negative: (e) => `${show(e.value, "ru")} — отрицательное число`,
    notAnInteger: (e) => `${show(e.value, "ru")} — не целое число`,
    notYesNo: (e) => `${show(e.value, "ru")} — не да/нет (ИСТИНА/ЛОЖЬ, 1/0, иә/жоқ, да/нет, yes/no)`,
    notACategory: (e) => `${show(e.value, "ru")} — не категория должности (например, C-O-3, D-2, E-R-1)`,
    categoryNotInRules: (e) =>
      `${e.category} (записано ${show(e.value, "ru")}) нет ни в одном списке п. 13 Правил (Академия, региональные центры)`,
    unknownCorps: (e) => `${show(e.value, "ru")} — не корпус (А, Б или политический)`,
    politicalNotRetrained: (e) =>
      `${show(e.value, "ru")}: политические служащие не направляются на переподготовку (п. 3 Правил)`,
    unknownRating: (e) =>
      `${show(e.value, "ru")} — не результат оценки (неудовлетворительно, удовлетворительно, эффективно, превосходно)`,
    ratingDatesShape: (e) => `в ratingDates ${e.dates} ячеек, а в ratings ${e.ratings}; диапазоны должны совпадать`,
    ratingDateMissing: (e) =>
      `две неудовлетворительные оценки — применяется ${items("ru").b2}, но у оценки ${e.position} (${show(e.value, "ru")}) нет даты: укажите даты оценок (ratingDates или столбец «Дата оценки ГГГГ»)`,
    noLastTraining: () => `нет даты последнего повышения квалификации, а ${items("ru").b2} не применяется`,
    careerPlanNoTraining: () =>
      `карьерным планом повышение квалификации не предусмотрено, поэтому ${items("ru").a1} Правил не устанавливает трёхлетнего срока, а ${items("ru").a2} не применяется`,
    politicalNoPeriodicTraining: (e) =>
      `${show(e.value, "ru")}: Правила не устанавливают периодического повышения квалификации для политических служащих (${periodic("ru").a} — для корпуса «А», ${periodic("ru").b} — для корпуса «Б»)`,
    unknownLang: (e) => `${show(e.value, "ru")} — не язык (kk, ru или en)`,
    yearOutOfRange: (e) => `${show(e.value, "ru")} — не год от 1900 до 9998`,
    outsideHolidayCalendar: (e) => `${show(e.value, "ru")} вне календаря праздников Казахстана (${e.from}–${e.to})`,
    dayOffAndWorking: (e) => `${e.days} — и в holidays, и в workDays: день либо выходной, либо рабочий`,
    presentExceedsMembers: (e) => `присутствующих (${e.present}) больше, чем членов комиссии (${e.members})`,
    noMembers: () => "в комиссии нет членов",
    nobodyPresent: () => "никто не присутствовал: голосов нет",
    votesExceedPresent: (e) => `голосов «за» (${e.votes}) больше, чем присутствующих (${e.present})`,
    secretaryNotCounted: (e) =>
      `присутствует ${e.present}, но секретарь отмечен присутствующим: считайте присутствующих вместе с секретарём (п. 12 Правил аттестации)`,
    onlySecretaryPresent: () =>
      "присутствует только секретарь, а он не голосует (п. 11 Правил аттестации): голосов нет",
    votesCastExceedPresent: (e) =>
      `голосов «за» (${e.votes}) и «против» (${e.against}) вместе ${e.votes + e.against} — больше, чем присутствующих (${e.present})`,
    tieWithoutChair: (e) =>
      `равенство голосов (${e.against === undefined ? `${e.votes} из ${e.present}` : `«за» ${e.votes}, «против» ${e.against}, присутствует ${e.present}`}) решает голос председателя (п. 19 Правил аттестации): укажите chairVotedFor`,
    decisionOutOfRange: (e) => `${show(e.value, "ru")} — не решение 1–5 (п. 15 Правил аттестации)`,
    cellError: (e) => `в ячейке ошибка ${String(e.value)}`,
    noName: () => "в строке есть данные, но нет ФИО",
    unknownTrainingType: (e) =>
      `${show(e.value, "ru")} — не вид обучения (переподготовка / повышение квалификации, қайта даярлау / біліктілікті арттыру, retraining / advanced training)`,
    noHeader: (e) =>
      `не найдена строка заголовков (например, ФИО, категория, дата назначения; или ФИО, вид обучения, окончание)${e.seen ? `; первые ячейки: ${e.seen}` : ""}`,
    notCalculated: () =>
      "у формулы нет вычисленного значения (файл записан программой): откройте файл в Excel и сохраните его",
    ambiguousColumn: (e) =>
      `«${fieldLabel(e.field, "ru")}» может быть в нескольких столбцах (${e.cells}): выберите один в разделе «Лист» или через --map`,
    strayBelowTable: (e) => `значение через ${e.blankRows} пустых строк под таблицей: не прочитано как сотрудник`,
    requiredBlank: (e) => `не заполнено, а «${fieldLabel(e.field, "ru")}» нужно для ${cite(e.paragraph, "ru")} Правил`,
    repeatedCourse: (e) =>
      `${show(e.value, "ru")}: тот же курс (вид, начало, окончание) уже есть в строке ${e.first}: учтён один раз`,
    notInRegister: (e) =>
      `${show(e.value, "ru")} есть в журнале обучения, но нет в списке сотрудников: курс учтён в итогах года, но ни к чьей проверке не относится (запишите ФИО как в списке)`,
    unknownVenue: (e) =>
      `${show(e.value, "ru")} — непонятно, что это за место обучения (Академия, региональный центр, ведомственная или иная организация, за рубежом)`,
    unknownStudyForm: (e) =>
      `${show(e.value, "ru")} — не форма обучения из ${cite(DISTANCE_LEARNING_PARAGRAPH, "ru")} Правил: очная (күндізгі, full-time) или дистанционная (қашықтан, онлайн)`,
    notPassFail: (e) => `${show(e.value, "ru")} — не «сдал/не сдал» (сдал/не сдал, тапсырды/тапсырмады, да/нет)`,
    unknownCommission: (e) => `${show(e.value, "ru")} — не комиссия (центральная или региональная)`,
    unknownExemption: (e) =>
      `${show(e.value, "ru")} — не основание п. 2 Правил аттестации (беременность или отпуск по ст. 77)`,
    unknownAttestationStep: (e) =>
      `${show(e.value, "ru")} — не этап аттестации (уведомление, характеристика, материалы, протокол, лист)`,
    refusalWithoutOffer: (e) =>
      `записан отказ от предложенной должности, но ${e.decision === null ? "решения нет" : `решение ${e.decision}`} другой должности не предлагает (${offered("ru").p}: отказ после решения ${offered("ru").decisions})`,
    positionNotOnList: (e) =>
      `${show(e.value, "ru")} не найдена в приложении ${onList("ru").n} к Правилам аттестации — перечне должностей, подлежащих внеочередной аттестации (${onList("ru").p})`,
    positionAmbiguous: (e) =>
      `${show(e.value, "ru")} подходит и под ${appendix(e, "ru").central} (центральная комиссия), и под ${appendix(e, "ru").regional} (региональная комиссия): по словам не понять, под какой — запишите подразделение и орган полностью`,
    duplicateName: (e) =>
      `${show(e.value, "ru")} встречается в списке дважды (также в ячейке ${e.first}): журнал обучения их не различает, поэтому у каждого учтено только обучение из его строки — различите их (например, добавьте инициал)`,
  },
  kk: {
    blank: () => "толтырылмаған",
    notADate: (e) => `${show(e.value, "kk")} — күн емес (${DATE_FORMS} немесе күн ұяшығы күтіледі)`,
    phantomLeapDay: (e) => `${show(e.value, "kk")} — 29.02.1900, болмаған күн (Excel-дің 1900 жылғы қатесі)`,
    dateOutOfRange: (e) => `${show(e.value, "kk")} Excel күндерінен тыс (01.01.1900–31.12.9999)`,
    notANumber: (e) => `${show(e.value, "kk")} — сан емес`,
    negative: (e) => `${show(e.value, "kk")} — теріс сан`,
    notAnInteger: (e) => `${show(e.value, "kk")} — бүтін сан емес`,
    notYesNo: (e) => `${show(e.value, "kk")} — иә/жоқ емес (TRUE/FALSE, 1/0, иә/жоқ, да/нет, yes/no)`,
    notACategory: (e) => `${show(e.value, "kk")} — лауазым санаты емес (мысалы, C-O-3, D-2, E-R-1)`,
    categoryNotInRules: (e) =>
      `${e.category} санаты (${show(e.value, "kk")} деп жазылған) Қағидалардың 13-тармағының тізімдерінде жоқ`,
    unknownCorps: (e) => `${show(e.value, "kk")} — корпус емес (А, Б немесе саяси)`,
    politicalNotRetrained: (e) =>
      `${show(e.value, "kk")}: саяси қызметшілер қайта даярлауға жіберілмейді (Қағидалардың 3-тармағы)`,
    unknownRating: (e) =>
      `${show(e.value, "kk")} — бағалау нәтижесі емес (қанағаттанарлықсыз, қанағаттанарлық, тиімді, үздік)`,
    ratingDatesShape: (e) => `ratingDates ${e.dates} ұяшық, ratings ${e.ratings} ұяшық; ауқымдар сәйкес болуы керек`,
    ratingDateMissing: (e) =>
      `екі рет «қанағаттанарлықсыз» — ${items("kk").b2} қолданылады, бірақ ${e.position}-бағаның (${show(e.value, "kk")}) күні жоқ: бағалау күндерін көрсетіңіз (ratingDates немесе «Бағалау күні ЖЖЖЖ» бағаны)`,
    noLastTraining: () => `соңғы біліктілікті арттыру күні жоқ, ал ${items("kk").b2} қолданылмайды`,
    careerPlanNoTraining: () =>
      `мансаптық жоспарда біліктілікті арттыру көзделмеген, сондықтан ${items("kk").a1} үш жылдық мерзім белгілемейді, ал ${items("kk").a2} қолданылмайды`,
    politicalNoPeriodicTraining: (e) =>
      `${show(e.value, "kk")}: Қағидаларда саяси қызметшілер үшін мерзімді біліктілікті арттыру белгіленбеген (${periodic("kk").a} — «А» корпусы, ${periodic("kk").b} — «Б» корпусы үшін)`,
    unknownLang: (e) => `${show(e.value, "kk")} — тіл емес (kk, ru немесе en)`,
    yearOutOfRange: (e) => `${show(e.value, "kk")} — 1900 бен 9998 аралығындағы жыл емес`,
    outsideHolidayCalendar: (e) => `${show(e.value, "kk")} Қазақстан мерекелер күнтізбесінен тыс (${e.from}–${e.to})`,
    dayOffAndWorking: (e) => `${e.days} holidays-та да, workDays-те де бар: күн не демалыс, не жұмыс күні`,
    presentExceedsMembers: (e) => `қатысушылар (${e.present}) комиссия мүшелерінен (${e.members}) көп`,
    noMembers: () => "комиссияда мүшелер жоқ",
    nobodyPresent: () => "ешкім қатыспады: дауыс жоқ",
    votesExceedPresent: (e) => `«жақтап» дауыстар (${e.votes}) қатысушылардан (${e.present}) көп`,
    secretaryNotCounted: (e) =>
      `${e.present} қатысты, бірақ хатшы қатысты деп белгіленген: қатысушыларды хатшыны қоса санаңыз (аттестаттау қағидаларының 12-тармағы)`,
    onlySecretaryPresent: () =>
      "тек хатшы қатысты, ал хатшы дауыс беруге қатыспайды (аттестаттау қағидаларының 11-тармағы): дауыс жоқ",
    votesCastExceedPresent: (e) =>
      `«жақтап» (${e.votes}) және «қарсы» (${e.against}) дауыстар бірге ${e.votes + e.against}, қатысушылардан (${e.present}) көп`,
    tieWithoutChair: (e) =>
      `дауыстар тең (${e.against === undefined ? `${e.present} ішінен ${e.votes}` : `«жақтап» ${e.votes}, «қарсы» ${e.against}, қатысқаны ${e.present}`}): төрағаның дауысы шешеді (аттестаттау қағидаларының 19-тармағы), chairVotedFor көрсетіңіз`,
    decisionOutOfRange: (e) => `${show(e.value, "kk")} — 1–5 шешім емес (аттестаттау қағидаларының 15-тармағы)`,
    cellError: (e) => `ұяшықта ${String(e.value)} қатесі`,
    noName: () => "жолда деректер бар, бірақ Т.А.Ә. жоқ",
    unknownTrainingType: (e) =>
      `${show(e.value, "kk")} — оқыту түрі емес (қайта даярлау / біліктілікті арттыру, переподготовка / повышение квалификации, retraining / advanced training)`,
    noHeader: (e) =>
      `тақырып жолы табылмады (мысалы, Т.А.Ә., санат, тағайындалған күні; немесе Т.А.Ә., оқыту түрі, аяқталуы)${e.seen ? `; алғашқы ұяшықтар: ${e.seen}` : ""}`,
    notCalculated: () => "формуланың есептелген мәні жоқ (файлды бағдарлама жазған): файлды Excel-де ашып, сақтаңыз",
    ambiguousColumn: (e) =>
      `«${fieldLabel(e.field, "kk")}» бірнеше бағанда болуы мүмкін (${e.cells}): «Парақ» бөлімінде немесе --map арқылы біреуін таңдаңыз`,
    strayBelowTable: (e) => `кестеден ${e.blankRows} бос жолдан кейінгі мән: қызметкер ретінде оқылмады`,
    requiredBlank: (e) =>
      `толтырылмаған, ал «${fieldLabel(e.field, "kk")}» керек (Қағидалар, ${cite(e.paragraph, "kk")})`,
    repeatedCourse: (e) =>
      `${show(e.value, "kk")}: дәл осы курс (түрі, басталуы, аяқталуы) ${e.first} жолында бар: бір рет есептелді`,
    notInRegister: (e) =>
      `${show(e.value, "kk")} оқыту журналында бар, бірақ қызметкерлер тізімінде жоқ: курс жыл қорытындысында есептелді, бірақ ешкімнің тексеруіне қатысы жоқ (Т.А.Ә.-ні тізімдегідей жазыңыз)`,
    unknownVenue: (e) =>
      `${show(e.value, "kk")} — оқу орнының түрі анық емес (Академия, өңірлік орталық, ведомстволық немесе басқа ұйым, шетел)`,
    unknownStudyForm: (e) =>
      `${show(e.value, "kk")} — оқу нысаны емес (Қағидалар, ${cite(DISTANCE_LEARNING_PARAGRAPH, "kk")}): күндізгі (очная, full-time) немесе қашықтан (дистанционно, онлайн)`,
    notPassFail: (e) =>
      `${show(e.value, "kk")} — «тапсырды/тапсырмады» емес (тапсырды/тапсырмады, сдал/не сдал, иә/жоқ)`,
    unknownCommission: (e) => `${show(e.value, "kk")} — комиссия емес (орталық немесе өңірлік)`,
    unknownExemption: (e) =>
      `${show(e.value, "kk")} — аттестаттау қағидаларының 2-тармағының негізі емес (жүктілік немесе 77-бап бойынша демалыс)`,
    unknownAttestationStep: (e) =>
      `${show(e.value, "kk")} — аттестаттау кезеңі емес (хабарлау, мінездеме, материалдар, хаттама, парақ)`,
    refusalWithoutOffer: (e) =>
      `ұсынылған лауазымнан бас тарту жазылған, бірақ ${e.decision === null ? "шешім жоқ" : `${e.decision} шешім`} басқа лауазым ұсынбайды (${offered("kk").p}: ${offered("kk").decisions} шешімнен кейінгі бас тарту)`,
    positionNotOnList: (e) =>
      `${show(e.value, "kk")} аттестаттау қағидаларының ${onList("kk").n}-қосымшасында — кезектен тыс аттестаттауға жататын лауазымдар тізбесінде табылмады (${onList("kk").p})`,
    positionAmbiguous: (e) =>
      `${show(e.value, "kk")} ${appendix(e, "kk").central} (орталық комиссия) және ${appendix(e, "kk").regional} (өңірлік комиссия) бойынша да сәйкес келеді: сөздерінен қайсысы екені анық емес — бөлімше мен органды толық жазыңыз`,
    duplicateName: (e) =>
      `${show(e.value, "kk")} тізімде екі рет бар (${e.first} ұяшығында да): оқу журналы оларды ажырата алмайды, сондықтан әрқайсысына тек өз жолындағы оқу есептеледі — оларды ажыратыңыз`,
  },
};

/**
 * The user-facing message for an error, in the user's language, prefixed with the argument or
 * cell it came from when the edge supplied one.
 *
 * @example
 * formatError({ code: "notACategory", value: "C 9", arg: "category" }, "en")
 * //=> 'category: "C 9" is not a position category (e.g. C-O-3, D-2, E-R-1)'
 */
export function formatError(error: RuleError, lang: Lang): string {
  // The cast is safe: CATALOGUE is keyed by code, so the entry takes exactly this error's shape.
  const text = (CATALOGUE[lang][error.code] as (e: RuleError) => string)(error);
  return error.arg ? `${error.arg}: ${text}` : text;
}

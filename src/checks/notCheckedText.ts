import { fieldLabel, paragraphText, quoted, type Lang } from "../rules";
import type { AttestationCheckId } from "../attestation/coverage";
import type { NotChecked, StaffCheckId } from "./coverage";

/** What each check looks at, in the officer's words (staff checks and attestation checks). */
// Every check has its name: the compiler says so when a check is added without one.
const CHECK_NAMES: Readonly<Record<StaffCheckId | AttestationCheckId, Readonly<Record<Lang, string>>>> = {
  retrainingFirstEntry: {
    en: "retraining of first entrants",
    ru: "переподготовка впервые поступивших",
    kk: "алғаш кіргендерді қайта даярлау",
  },
  retrainingFirstLeadership: {
    en: "retraining of first-time leaders",
    ru: "переподготовка впервые назначенных руководителей",
    kk: "басшы лауазымға алғаш тағайындалғандарды қайта даярлау",
  },
  retrainingDeadline: { en: "retraining deadline", ru: "срок переподготовки", kk: "қайта даярлау мерзімі" },
  retrainingTaken: { en: "retraining taken", ru: "пройденная переподготовка", kk: "өткен қайта даярлау" },
  retrainingCompleted: {
    en: "retraining completed in the year",
    ru: "переподготовка, завершённая за год",
    kk: "жыл ішінде аяқталған қайта даярлау",
  },
  advancedCareerPlan: {
    en: "corps A advanced training the career plan provides for",
    ru: "повышение квалификации корпуса «А» по карьерному плану",
    kk: "мансаптық жоспар көздеген «А» корпусының біліктілігін арттыру",
  },
  retrainingVenue: { en: "retraining venue", ru: "место переподготовки", kk: "қайта даярлау орны" },
  retrainingHours: { en: "retraining hours", ru: "часы переподготовки", kk: "қайта даярлау сағаттары" },
  advancedDue: {
    en: "advanced training every three years",
    ru: "повышение квалификации раз в три года",
    kk: "үш жылда бір рет біліктілікті арттыру",
  },
  advancedCorpsA: {
    en: "corps A rules (every servant read as corps B)",
    ru: "правила корпуса «А» (все считаются корпусом «Б»)",
    kk: "«А» корпусының қағидалары (бәрі «Б» корпусы деп саналады)",
  },
  advancedAfterUnsatisfactory: {
    en: "advanced training after two unsatisfactory evaluations",
    ru: "повышение квалификации после двух неудовлетворительных оценок",
    kk: "екі рет қанағаттанарлықсыз бағадан кейін біліктілікті арттыру",
  },
  advancedHours: {
    en: "advanced training hours",
    ru: "часы повышения квалификации",
    kk: "біліктілікті арттыру сағаттары",
  },
  advancedVenue: { en: "advanced training venue", ru: "место повышения квалификации", kk: "біліктілікті арттыру орны" },
  retrainingForm: {
    en: "full-time retraining (its form judged from the venue's words only)",
    ru: "очная переподготовка (форма определена только по словам места обучения)",
    kk: "күндізгі қайта даярлау (нысаны тек оқу орнының сөздерінен анықталды)",
  },
  completionDocument: {
    en: "document issued on completing retraining or advanced training",
    ru: "документ о завершении переподготовки или повышения квалификации",
    kk: "қайта даярлауды немесе біліктілікті арттыруды аяқтағанын растайтын құжат",
  },
  exempt: { en: "who is not attested now", ru: "кто не подлежит аттестации сейчас", kk: "қазір аттестатталмайтындар" },
  afterReturn: {
    en: "attestation after a valid absence",
    ru: "аттестация после отсутствия по уважительной причине",
    kk: "дәлелді себеппен болмағаннан кейінгі аттестаттау",
  },
  dismissal: {
    en: "two absences without a valid reason",
    ru: "две неявки без уважительной причины",
    kk: "дәлелсіз себеппен екі рет келмеу",
  },
  failedBoth: {
    en: "decisions after failed standards and test",
    ru: "решения при несданных нормативах и тесте",
    kk: "нормативтер мен тест тапсырылмағандағы шешімдер",
  },
  notice: { en: "notice date", ru: "срок уведомления", kk: "хабарлау мерзімі" },
  characteristic: {
    en: "characteristic and materials dates",
    ru: "сроки характеристики и материалов",
    kk: "мінездеме мен материалдар мерзімдері",
  },
  protocol: {
    en: "protocol and signing dates",
    ru: "сроки протокола и ознакомления",
    kk: "хаттама мен танысу мерзімдері",
  },
  noticeLate: { en: "notice given in time", ru: "своевременность уведомления", kk: "хабарлаудың уақтылығы" },
  characteristicLate: {
    en: "characteristic received in time",
    ru: "своевременность поступления характеристики",
    kk: "мінездеменің уақтылы келіп түсуі",
  },
  materialsLate: {
    en: "materials sent in time",
    ru: "своевременность направления материалов",
    kk: "материалдардың уақтылы жіберілуі",
  },
  protocolLate: {
    en: "protocol drawn up in time",
    ru: "своевременность оформления протокола",
    kk: "хаттаманың уақтылы ресімделуі",
  },
  sheetLate: {
    en: "attestation sheet signed in time",
    ru: "своевременность ознакомления с листом",
    kk: "парақпен уақтылы танысу",
  },
  stageOrder: {
    en: "decisions after the standards and the test",
    ru: "решение после нормативов и тестирования",
    kk: "нормативтер мен тестілеуден кейінгі шешім",
  },
  notPassed: {
    en: "dismissal of those who did not pass",
    ru: "увольнение не прошедших аттестацию",
    kk: "аттестаттаудан өтпегендерді жұмыстан шығару",
  },
  refusedPost: {
    en: "dismissal after refusing the offered post",
    ru: "увольнение при отказе от предложенной должности",
    kk: "ұсынылған лауазымнан бас тартқанда жұмыстан шығару",
  },
  positionListed: {
    en: "position on Appendix 1",
    ru: "должность в приложении 1",
    kk: "лауазым 1-қосымшада",
  },
  commissionMatches: {
    en: "commission of the position's part of Appendix 1",
    ru: "комиссия по части приложения 1",
    kk: "1-қосымшаның бөлімі бойынша комиссия",
  },
};

/** When the column is there twice: which cells could each be it. */
const IN_DOUBT: Readonly<Record<Lang, (columns: string, cells: string) => string>> = {
  en: (columns, cells) => `more than one column could be ${columns} (${cells}): choose one`,
  ru: (columns, cells) => `${columns} может быть в нескольких столбцах (${cells}): выберите один`,
  kk: (columns, cells) => `${columns} бірнеше бағанда болуы мүмкін (${cells}): біреуін таңдаңыз`,
};

const HEAD: Readonly<Record<Lang, (check: string, paragraph: string) => string>> = {
  en: (check, paragraph) => `Not checked: ${check} (${paragraph})`,
  ru: (check, paragraph) => `Не проверено: ${check} (${paragraph})`,
  kk: (check, paragraph) => `Тексерілмеді: ${check} (${paragraph})`,
};

const MISSING: Readonly<Record<Lang, (columns: string) => string>> = {
  en: (columns) => `no column ${columns}`,
  ru: (columns) => `нет столбца ${columns}`,
  kk: (columns) => `${columns} бағаны жоқ`,
};

/** The check's name in the officer's words. */
export function checkName(check: string, lang: Lang): string {
  return (CHECK_NAMES as Readonly<Record<string, Readonly<Record<Lang, string>> | undefined>>)[check]?.[lang] ?? check;
}

/**
 * A *not checked* entry as the officer reads it: the check, the paragraph, the missing column(s)
 * and the sheet.
 *
 * @example
 * notCheckedMessage({ paragraph: "§3(1)", check: "retrainingFirstEntry", missing: ["firstEntry"], sheet: "Реестр" }, "en")
 * //=> 'Not checked: retraining of first entrants (§3(1)) — Реестр: no column "First entry"'
 */
export function notCheckedMessage(entry: NotChecked, lang: Lang): string {
  const quote = (text: string) => quoted(text, lang);
  const columns = entry.missing.map((field) => quote(fieldLabel(field, lang))).join(", ");
  const paragraph = paragraphText(entry.paragraph, lang);
  const sheet = entry.sheet ? `${entry.sheet}: ` : "";
  const check = checkName(entry.check, lang);
  if (entry.inDoubt) return `${HEAD[lang](check, paragraph)} — ${sheet}${IN_DOUBT[lang](columns, entry.inDoubt)}`;
  return `${HEAD[lang](check, paragraph)} — ${sheet}${MISSING[lang](columns)}`;
}

/** The *not checked* entries as `--json` prints them: the data plus the message. */
export function notCheckedJson(entries: readonly NotChecked[], lang: Lang) {
  return entries.map((entry) => ({ ...entry, message: notCheckedMessage(entry, lang) }));
}

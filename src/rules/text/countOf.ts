import type { Lang } from "../data/labels";

/**
 * A unit's words after a number, by the plural category Unicode's rules give the number in the
 * language (Intl.PluralRules): English has one/other, Russian one/few/many (and other for
 * fractions), Kazakh does not inflect a noun after a number.
 */
export interface CountWords {
  readonly one: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}

/** A unit in the three languages, in the grammatical case its sentence needs. */
export type UnitWords = Readonly<Record<Lang, CountWords>>;

const same = (word: string): CountWords => ({ one: word, other: word });

/**
 * The units the texts count, each in the case its sentences use. Russian needs the genitive after
 * «в течение» and «за» with «до», the nominative (= accusative) after «раз в», «в ближайшие» and
 * in brackets.
 */
export const UNITS = {
  /** «в течение 6 месяцев», «в течение 1 месяца» */
  monthsWithin: {
    en: { one: "month", other: "months" },
    ru: { one: "месяца", few: "месяцев", many: "месяцев", other: "месяца" },
    kk: same("ай"),
  },
  /** «(6 месяцев)», «за 1 месяц до …», «3 месяца от начала» */
  months: {
    en: { one: "month", other: "months" },
    ru: { one: "месяц", few: "месяца", many: "месяцев", other: "месяца" },
    kk: same("ай"),
  },
  /** «раз в 3 года», «раз в 5 лет» */
  years: {
    en: { one: "year", other: "years" },
    ru: { one: "год", few: "года", many: "лет", other: "года" },
    kk: same("жыл"),
  },
  /** «в ближайшие 90 дней», «за 1 день до …» */
  days: {
    en: { one: "day", other: "days" },
    ru: { one: "день", few: "дня", many: "дней", other: "дня" },
    kk: same("күн"),
  },
  /** «за 3 недели до заседания» */
  weeks: {
    en: { one: "week", other: "weeks" },
    ru: { one: "неделю", few: "недели", many: "недель", other: "недели" },
    kk: same("апта"),
  },
  /** «в течение 3 рабочих дней» */
  workingDaysWithin: {
    en: { one: "working day", other: "working days" },
    ru: { one: "рабочего дня", few: "рабочих дней", many: "рабочих дней", other: "рабочего дня" },
    kk: same("жұмыс күні"),
  },
  /** «3 рабочих дня на протокол» */
  workingDays: {
    en: { one: "working day", other: "working days" },
    ru: { one: "рабочий день", few: "рабочих дня", many: "рабочих дней", other: "рабочего дня" },
    kk: same("жұмыс күні"),
  },
} as const satisfies Readonly<Record<string, UnitWords>>;

const RULES = new Map<Lang, Intl.PluralRules>();

/**
 * A number with its unit's word in the language, as a sentence of the Rules' texts needs it: the
 * numbers come from the data modules (and the officer's settings), so the word is never typed next
 * to a number that may change.
 *
 * @example
 * countOf(6, "ru", UNITS.monthsWithin) //=> "6 месяцев"
 * countOf(1, "ru", UNITS.monthsWithin) //=> "1 месяца"
 * countOf(3, "ru", UNITS.years) //=> "3 года"
 * countOf(21, "ru", UNITS.days) //=> "21 день"
 * countOf(1, "en", UNITS.days) //=> "1 day"
 */
export function countOf(n: number, lang: Lang, unit: UnitWords): string {
  let rules = RULES.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    RULES.set(lang, rules);
  }
  const words = unit[lang];
  const category = rules.select(n);
  const word =
    (category === "one" || category === "few" || category === "many" ? words[category] : undefined) ?? words.other;
  return `${n} ${word}`;
}

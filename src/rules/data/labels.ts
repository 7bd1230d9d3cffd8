/**
 * The exact strings of text results, in the three languages of the product (issue #2 catalogue).
 * One table: custom functions, the report and the task pane all read it.
 */

export type Lang = "kk" | "ru" | "en";
export const LANGS: readonly Lang[] = ["kk", "ru", "en"];

/** Each language in its own words, for language pickers and help pages. */
export const LANGUAGE_NAMES: Readonly<Record<Lang, string>> = { kk: "Қазақша", ru: "Русский", en: "English" };

/**
 * The language of a host's locale tag (Office's display language, a spreadsheet's locale, $LANG):
 * Kazakh or Russian when the tag says so, else English.
 *
 * @example
 * langOfLocale("kk-KZ") //=> "kk"
 * langOfLocale("ru_RU.UTF-8") //=> "ru"
 * langOfLocale("de") //=> "en"
 */
export function langOfLocale(tag: string): Lang {
  const prefix = tag.slice(0, 2).toLowerCase();
  return prefix === "kk" || prefix === "ru" ? prefix : "en";
}

export type LabelKey =
  | "academy"
  | "regionalCentre"
  | "departmental"
  | "abroad"
  | "overdue"
  | "dueSoon"
  | "onTrack"
  | "conditional"
  | "centralCommission"
  | "regionalCommission";

export const LABELS: Readonly<Record<LabelKey, Readonly<Record<Lang, string>>>> = {
  academy: { en: "Academy", ru: "Академия", kk: "Академия" },
  regionalCentre: { en: "Regional centre", ru: "Региональный центр", kk: "Өңірлік орталық" },
  departmental: {
    en: "Departmental or other educational organisation",
    ru: "Ведомственная или иная организация образования",
    kk: "Ведомстволық немесе басқа білім беру ұйымы",
  },
  abroad: { en: "Organisations abroad", ru: "Зарубежные организации", kk: "Шетелдегі ұйымдар" },
  overdue: { en: "Overdue", ru: "Просрочено", kk: "Мерзімі өтті" },
  dueSoon: { en: "Due soon", ru: "Скоро срок", kk: "Мерзімі жақын" },
  onTrack: { en: "On track", ru: "В срок", kk: "Мерзімінде" },
  /** Rules §20(1): a corps A date due only "in the cases the career plan provides for". */
  conditional: {
    en: "If the career plan provides",
    ru: "Если предусмотрено карьерным планом",
    kk: "Мансаптық жоспарда көзделсе",
  },
  /** Decree No. 490 §2; Attestation Rules Appendix 1 parts 1 and 2 (read back by parseCommission). */
  centralCommission: { en: "Central commission", ru: "Центральная комиссия", kk: "Орталық комиссия" },
  regionalCommission: { en: "Regional commission", ru: "Региональная комиссия", kk: "Өңірлік комиссия" },
};

import { APPENDIX_2, APPENDIX_3, type Lang } from "../rules";

/**
 * The first texts of the sheets this program writes, in the three languages. They live below both
 * jobs so that every reader can tell output from data without importing the job that wrote it: a
 * report built earlier must not count twice, and a timetable is never read as an attestation list.
 */
export const REPORT_TITLE: Readonly<Record<Lang, string>> = {
  en: "Report on retraining and advanced training of civil servants",
  ru: "Отчёт о переподготовке и повышении квалификации государственных служащих",
  kk: "Мемлекеттік қызметшілерді қайта даярлау және біліктілігін арттыру туралы есеп",
};

/** The attestation timetable's title (the forms are marked by the seed's appendix lines). */
export const TIMETABLE_TITLE: Readonly<Record<Lang, string>> = {
  kk: "Кезектен тыс аттестаттау кестесі",
  ru: "График внеочередной аттестации",
  en: "Extraordinary attestation timetable",
};

const REPORT_TITLES = Object.values(REPORT_TITLE);
const ATTESTATION_TITLES = [
  ...Object.values(TIMETABLE_TITLE),
  ...Object.values(APPENDIX_2.appendix),
  ...Object.values(APPENDIX_3.appendix),
];

/**
 * Which job wrote a sheet, judged by its first text (see reader's firstText); null for data.
 *
 * @example
 * programOutput("Отчёт о переподготовке и повышении квалификации государственных служащих за 2025 год") //=> "report"
 * programOutput("ФИО") //=> null
 */
export function programOutput(first: string | null): "report" | "attestation" | null {
  if (first === null) return null;
  if (REPORT_TITLES.some((title) => first.startsWith(title))) return "report";
  if (ATTESTATION_TITLES.some((title) => first.startsWith(title))) return "attestation";
  return null;
}

import { sheetsWorkbook } from "../adapters/sheets/sheetsWorkbook";
import { lastFullYear, makeReport } from "../report";
import { langOfLocale, LANGS, type Lang } from "../rules";
import { appsScript, sheetsFormatDate } from "./appsScript";
import { sheetsToday } from "./dates";
import { sidebarHtml } from "./sidebar";
import { gasText } from "./strings";

const ORGANISATION_KEY = "kadr.organisation";

function spreadsheetLang(): Lang {
  return langOfLocale(appsScript().SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale());
}

/** The "Kadr" menu, added when the spreadsheet opens (the `onOpen` trigger). */
export function onOpen(): void {
  const lang = spreadsheetLang();
  appsScript()
    .SpreadsheetApp.getUi()
    .createMenu(gasText("menu", lang))
    .addItem(gasText("buildReport", lang), "kadrBuildAnnualReport")
    .addItem(gasText("openPanel", lang), "kadrOpenPanel")
    .addToUi();
}

/** The sidebar's options, as google.script.run delivers them: year and lang are checked. */
export interface PanelOptions {
  /** An integer 1901–9998; absent → the last full year. */
  readonly year?: unknown;
  readonly organisation?: string;
  /** kk, ru or en; absent → the spreadsheet's language. */
  readonly lang?: unknown;
}

export interface BuiltReport {
  readonly ok: boolean;
  readonly message: string;
  readonly sheet: string | null;
  /** The report's figures, as `kadr report --json` prints them. */
  readonly summary: unknown;
}

/** The first and last reporting years the report takes, as the CLI's `--year`. */
const FIRST_YEAR = 1901;
const LAST_YEAR = 9998;

/** A value as a message shows it: text as written, anything else as JavaScript prints it. */
const shown = (value: unknown): string => (typeof value === "string" ? value : String(value));

/** The panel's language: kk, ru or en; absent → the spreadsheet's; anything else is not one. */
function reportLang(value: unknown): Lang | null {
  if (value === undefined) return spreadsheetLang();
  return (LANGS as readonly unknown[]).includes(value) ? (value as Lang) : null;
}

/** The panel's year: an integer 1901–9998 (a number, or its digits as text); absent → `fallback`. */
function reportYear(value: unknown, fallback: () => number): number | null {
  if (value === undefined) return fallback();
  const year = typeof value === "string" && /^\s*\d+\s*$/u.test(value) ? Number(value) : value;
  return typeof year === "number" && Number.isInteger(year) && year >= FIRST_YEAR && year <= LAST_YEAR ? year : null;
}

const refused = (message: string): BuiltReport => ({ ok: false, message, sheet: null, summary: null });

/**
 * The annual-report job in Google Sheets: the same makeReport as the Excel ribbon, the task pane
 * and the CLI, over the Sheets adapter (bulk reads and writes). A new sheet; none is overwritten.
 * A year or language that is not one (the sidebar's input, or any google.script.run caller) is
 * refused with a message naming it, before anything is read, remembered or written.
 */
export function buildAnnualReport(options: PanelOptions = {}): BuiltReport {
  const { SpreadsheetApp, PropertiesService } = appsScript();
  const book = SpreadsheetApp.getActiveSpreadsheet();
  const lang = reportLang(options.lang);
  if (lang === null) return refused(gasText("badLang", spreadsheetLang(), { value: shown(options.lang) }));
  // Dates are read as Sheets reads them: by Utilities.formatDate, with Sheets' zone data.
  const formatDate = sheetsFormatDate();
  const builtOn = sheetsToday(book.getSpreadsheetTimeZone(), formatDate);
  const year = reportYear(options.year, () => lastFullYear(builtOn));
  if (year === null) return refused(gasText("badYear", lang, { value: shown(options.year) }));
  const properties = PropertiesService?.getDocumentProperties();
  const organisation = options.organisation ?? properties?.getProperty(ORGANISATION_KEY) ?? null;
  if (options.organisation !== undefined) properties?.setProperty(ORGANISATION_KEY, options.organisation);
  // Apps Script calls are synchronous and a menu item or google.script.run returns before any
  // promise settles: use the adapter's synchronous side (the port's async methods wrap it).
  const workbook = sheetsWorkbook(book, { formatDate });
  const made = makeReport(workbook.readSync(), {
    lang,
    builtOn,
    year,
    organisation: organisation?.trim() || null,
  });
  if (!made.ok) return refused(gasText("noStaff", lang));
  workbook.addSheetSync(made.layout);
  workbook.activateSync(made.layout.name);
  return {
    ok: true,
    message: gasText("built", lang, { sheet: made.layout.name }),
    sheet: made.layout.name,
    summary: made.summary,
  };
}

/** Menu item: builds the report for the last full year and says so in a toast. */
export function buildAnnualReportFromMenu(): BuiltReport {
  const result = buildAnnualReport();
  appsScript().SpreadsheetApp.getActiveSpreadsheet().toast(result.message, "Kadr Rules", 10);
  return result;
}

/** Menu item: the sidebar with the report's options. */
export function openPanel(): void {
  const { SpreadsheetApp, HtmlService, PropertiesService } = appsScript();
  const lang = spreadsheetLang();
  const book = SpreadsheetApp.getActiveSpreadsheet();
  const year = lastFullYear(sheetsToday(book.getSpreadsheetTimeZone(), sheetsFormatDate()));
  const organisation = PropertiesService?.getDocumentProperties().getProperty(ORGANISATION_KEY) ?? "";
  const html = HtmlService.createHtmlOutput(sidebarHtml(lang, year, organisation)).setTitle(
    gasText("panelTitle", lang),
  );
  SpreadsheetApp.getUi().showSidebar(html);
}

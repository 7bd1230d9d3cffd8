import { sheetsWorkbook } from "../adapters/sheets/sheetsWorkbook";
import { lastFullYear, makeReport } from "../report";
import { LANGS, type Lang } from "../rules";
import { appsScript } from "./appsScript";
import { sheetsToday } from "./dates";
import { sidebarHtml } from "./sidebar";
import { gasText } from "./strings";

const ORGANISATION_KEY = "kadr.organisation";

function spreadsheetLang(): Lang {
  const locale = appsScript().SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale().slice(0, 2).toLowerCase();
  return locale === "kk" || locale === "ru" ? locale : "en";
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

export interface PanelOptions {
  readonly year?: number;
  readonly organisation?: string;
  readonly lang?: string;
}

export interface BuiltReport {
  readonly ok: boolean;
  readonly message: string;
  readonly sheet: string | null;
  /** The report's figures, as `kadr report --json` prints them. */
  readonly summary: unknown;
}

/**
 * The annual-report job in Google Sheets: the same makeReport as the Excel ribbon, the task pane
 * and the CLI, over the Sheets adapter (bulk reads and writes). A new sheet; none is overwritten.
 */
export function buildAnnualReport(options: PanelOptions = {}): BuiltReport {
  const { SpreadsheetApp, PropertiesService } = appsScript();
  const book = SpreadsheetApp.getActiveSpreadsheet();
  const lang: Lang = (LANGS as readonly string[]).includes(options.lang ?? "")
    ? (options.lang as Lang)
    : spreadsheetLang();
  const builtOn = sheetsToday(book.getSpreadsheetTimeZone());
  const properties = PropertiesService?.getDocumentProperties();
  const organisation = options.organisation ?? properties?.getProperty(ORGANISATION_KEY) ?? null;
  if (options.organisation !== undefined) properties?.setProperty(ORGANISATION_KEY, options.organisation);
  // Apps Script calls are synchronous and a menu item or google.script.run returns before any
  // promise settles: use the adapter's synchronous side (the port's async methods wrap it).
  const workbook = sheetsWorkbook(book);
  const made = makeReport(workbook.readSync(), {
    lang,
    builtOn,
    year: options.year ?? lastFullYear(builtOn),
    organisation: organisation?.trim() || null,
  });
  if (!made.ok) return { ok: false, message: gasText("noStaff", lang), sheet: null, summary: null };
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
  const year = lastFullYear(sheetsToday(book.getSpreadsheetTimeZone()));
  const organisation = PropertiesService?.getDocumentProperties().getProperty(ORGANISATION_KEY) ?? "";
  const html = HtmlService.createHtmlOutput(sidebarHtml(lang, year, organisation)).setTitle(
    gasText("panelTitle", lang),
  );
  SpreadsheetApp.getUi().showSidebar(html);
}

import { sheetsWorkbook } from "../adapters/sheets/sheetsWorkbook";
import { lastFullYear, makeReport } from "../report";
import { langOfLocale, LANGS, type Lang } from "../rules";
import { appsScript, sheetsFormatDate, type AppsScriptGlobals } from "./appsScript";
import { panelSheets } from "./columns";
import { sheetsToday } from "./dates";
import {
  checkMapping,
  choiceCount,
  MAPPING_KEY,
  mergeMapping,
  overridesOf,
  readStoredMapping,
  shown,
  type MappingProblem,
  type StoredMapping,
} from "./mapping";
import { columnsHtml, sidebarHtml } from "./sidebar";
import { gasText } from "./strings";

const ORGANISATION_KEY = "kadr.organisation";

type DocumentProperties = ReturnType<NonNullable<AppsScriptGlobals["PropertiesService"]>["getDocumentProperties"]>;

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

/** The column mapping saved by the sidebar's "Columns" part (none without the properties service). */
const storedMapping = (properties: DocumentProperties | undefined): StoredMapping =>
  readStoredMapping(properties?.getProperty(MAPPING_KEY));

const problemText = (problem: MappingProblem, lang: Lang) => gasText(problem.key, lang, problem.values);

/** What the result message says of a stored mapping that could not be used; null when it was fine. */
function mappingNote(stored: StoredMapping, lang: Lang): string | null {
  if (stored.state === "notJson") return gasText("mappingNotJson", lang);
  if (stored.state === "invalid")
    return gasText("mappingIgnored", lang, { problem: problemText(stored.problem, lang) });
  return null;
}

const sentences = (...parts: (string | null)[]) => parts.filter((part) => part !== null).join(" ");

/**
 * The annual-report job in Google Sheets: the same makeReport as the Excel ribbon, the task pane
 * and the CLI, over the Sheets adapter (bulk reads and writes). A new sheet; none is overwritten.
 * A year or language that is not one (the sidebar's input, or any google.script.run caller) is
 * refused with a message naming it, before anything is read, remembered or written. The column
 * mapping saved by the sidebar ("kadr.mapping") is the readers' overrides; a stored value that is
 * not valid JSON, or not a mapping, is ignored and the message says so. When a missing column kept
 * checks from running, the message says how many, and that the report lists them at its top.
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
  // The officer's column mapping ("Columns" in the sidebar); one that cannot be used is ignored,
  // and the message says so: the columns are then recognised by their headers alone.
  const stored = storedMapping(properties);
  const note = mappingNote(stored, lang);
  // Apps Script calls are synchronous and a menu item or google.script.run returns before any
  // promise settles: use the adapter's synchronous side (the port's async methods wrap it).
  const workbook = sheetsWorkbook(book, { formatDate });
  const made = makeReport(workbook.readSync(), {
    lang,
    builtOn,
    year,
    organisation: organisation?.trim() || null,
    overrides: overridesOf(stored),
  });
  if (!made.ok) return refused(sentences(gasText("noStaff", lang), note));
  workbook.addSheetSync(made.layout);
  workbook.activateSync(made.layout.name);
  // Never a silent wrong answer: checks a missing column kept from running are counted here, and
  // listed at the top of the report.
  const notChecked = made.summary.notChecked.length;
  return {
    ok: true,
    message: sentences(
      gasText("built", lang, { sheet: made.layout.name }),
      notChecked > 0 ? gasText("notChecked", lang, { count: String(notChecked) }) : null,
      note,
    ),
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

/** The spreadsheet's values, read as the report reads them. */
function readBook() {
  const book = appsScript().SpreadsheetApp.getActiveSpreadsheet();
  return sheetsWorkbook(book, { formatDate: sheetsFormatDate() }).readSync();
}

/** Menu item: the sidebar with the report's options and the sheets' columns. */
export function openPanel(): void {
  const { SpreadsheetApp, HtmlService, PropertiesService } = appsScript();
  const lang = spreadsheetLang();
  const book = SpreadsheetApp.getActiveSpreadsheet();
  const year = lastFullYear(sheetsToday(book.getSpreadsheetTimeZone(), sheetsFormatDate()));
  const properties = PropertiesService?.getDocumentProperties();
  const organisation = properties?.getProperty(ORGANISATION_KEY) ?? "";
  const stored = storedMapping(properties);
  const sheets = panelSheets(readBook(), overridesOf(stored));
  const html = HtmlService.createHtmlOutput(
    sidebarHtml(lang, year, organisation, sheets, mappingNote(stored, lang)),
  ).setTitle(gasText("panelTitle", lang));
  SpreadsheetApp.getUi().showSidebar(html);
}

/** What "Save columns" and "Detect again" answer: the message, and the "Columns" part redrawn. */
export interface SavedColumns {
  readonly ok: boolean;
  readonly message: string;
  /** The "Columns" part's new content (HTML); null when nothing was stored. */
  readonly columns: string | null;
}

function documentProperties(): DocumentProperties {
  const service = appsScript().PropertiesService;
  if (!service) throw new Error("Kadr: PropertiesService is not available (run this in Google Sheets' Apps Script).");
  return service.getDocumentProperties();
}

/**
 * The sidebar's "Save columns": the fields the officer changed (sheet → field → 0-based column,
 * -1 for "not in this sheet"), laid over the mapping already saved and stored as JSON in the
 * document properties under "kadr.mapping" — the key and shape the Excel task pane uses. Every
 * sheet must be one of the spreadsheet's, every field a register's, a log's or an attestation
 * list's, every column a whole number from -1 to the sheet's last column; the first value that is
 * not is named in the message and nothing is stored. A stored mapping that is not valid is replaced.
 */
export function saveColumns(mapping: unknown): SavedColumns {
  const lang = spreadsheetLang();
  const book = appsScript().SpreadsheetApp.getActiveSpreadsheet();
  const properties = documentProperties();
  const sheets = new Map(book.getSheets().map((sheet) => [sheet.getName(), sheet.getMaxColumns()]));
  const checked = checkMapping(mapping, sheets);
  if (!checked.ok) {
    return {
      ok: false,
      message: gasText("mappingRefused", lang, { problem: problemText(checked.problem, lang) }),
      columns: null,
    };
  }
  const changed = choiceCount(checked.mapping);
  if (changed === 0) return { ok: true, message: gasText("columnsUnchanged", lang), columns: null };
  const stored = storedMapping(properties);
  const saved = mergeMapping(stored.state === "ok" ? stored.mapping : {}, checked.mapping);
  properties.setProperty(MAPPING_KEY, JSON.stringify(saved));
  return {
    ok: true,
    message: gasText("columnsSaved", lang, { count: String(changed) }),
    columns: columnsHtml(panelSheets(readBook(), saved), lang),
  };
}

/** The sidebar's "Detect again": the saved mapping forgotten, every column recognised by its header. */
export function forgetColumns(): SavedColumns {
  const lang = spreadsheetLang();
  documentProperties().setProperty(MAPPING_KEY, "{}");
  return {
    ok: true,
    message: gasText("columnsForgotten", lang),
    columns: columnsHtml(panelSheets(readBook(), undefined), lang),
  };
}

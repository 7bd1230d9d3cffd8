import * as catalogue from "../functions/catalogue";
import { useFunctionHost } from "../functions/host";
import { langOfLocale, type Lang } from "../rules";
import { appsScript, sheetsFormatDate, type AppsScriptGlobals } from "./appsScript";
import { fromSheets, type SheetsZone } from "./dates";

type Catalogue = Record<string, (...args: unknown[]) => unknown>;
const FUNCTIONS = catalogue as unknown as Catalogue;

type ActiveSpreadsheet = ReturnType<AppsScriptGlobals["SpreadsheetApp"]["getActiveSpreadsheet"]>;

/*
 * What a cell may need of the spreadsheet, each asked for at most once per script run and only
 * when needed: every custom-function cell is an Apps Script execution of its own, and each of
 * these is a service call. Most cells need none (numbers, yes/no, text without a message); a date
 * argument needs the zone; a blank `lang` or a message for bad input needs the locale.
 */
let book: ActiveSpreadsheet | null = null;
let lang: Lang | null = null;
let zone: SheetsZone | null = null;

function activeBook(): ActiveSpreadsheet {
  book ??= appsScript().SpreadsheetApp.getActiveSpreadsheet();
  return book;
}

/** The spreadsheet's language: kk or ru by its locale, else English. */
function spreadsheetLang(): Lang {
  if (lang) return lang;
  lang = langOfLocale(activeBook().getSpreadsheetLocale());
  return lang;
}

/** The zone date arguments are read in, and `Utilities.formatDate` to read them with. */
function spreadsheetZone(): SheetsZone {
  zone ??= { timeZone: activeBook().getSpreadsheetTimeZone(), formatDate: sheetsFormatDate() };
  return zone;
}

/** Google Sheets as the functions' host: the spreadsheet's language, errors as plain Error. */
export function installSheetsHost(): void {
  useFunctionHost({ language: spreadsheetLang, invalidValue: (message) => new Error(message) });
}

/**
 * Calls a KADR function for a Sheets cell: the arguments converted from Sheets' shapes (dates,
 * ranges), then exactly the catalogue the Excel functions run. Bad input throws an Error with
 * the message Excel shows.
 */
export function callFunction(name: string, args: readonly unknown[]): unknown {
  const fn = FUNCTIONS[name];
  if (typeof fn !== "function") throw new Error(`Kadr: no function ${name}`);
  // Sheets passes omitted trailing arguments as undefined, Excel as null: the catalogue takes both.
  return fn(...args.map((value) => fromSheets(value, spreadsheetZone)));
}

/** The catalogue's function names (the generated wrappers in Code.js call these). */
export function functionNames(): string[] {
  return Object.keys(FUNCTIONS).filter((key) => typeof FUNCTIONS[key] === "function");
}

import * as catalogue from "../functions/catalogue";
import { useFunctionHost } from "../functions/host";
import type { Lang } from "../rules";
import { appsScript } from "./appsScript";
import { fromSheets } from "./dates";

type Catalogue = Record<string, (...args: unknown[]) => unknown>;
const FUNCTIONS = catalogue as unknown as Catalogue;

/** The spreadsheet's language and zone, read once per script run (every cell would ask again). */
let spreadsheet: { lang: Lang; timeZone: string } | null = null;

function active(): { lang: Lang; timeZone: string } {
  if (spreadsheet) return spreadsheet;
  const book = appsScript().SpreadsheetApp.getActiveSpreadsheet();
  const locale = book.getSpreadsheetLocale().slice(0, 2).toLowerCase();
  spreadsheet = {
    lang: locale === "kk" || locale === "ru" ? locale : "en",
    timeZone: book.getSpreadsheetTimeZone(),
  };
  return spreadsheet;
}

/** Google Sheets as the functions' host: the spreadsheet's language, errors as plain Error. */
export function installSheetsHost(): void {
  useFunctionHost({ language: () => active().lang, invalidValue: (message) => new Error(message) });
}

/**
 * Calls a KADR function for a Sheets cell: the arguments converted from Sheets' shapes (dates,
 * ranges), then exactly the catalogue the Excel functions run. Bad input throws an Error with
 * the message Excel shows.
 */
export function callFunction(name: string, args: readonly unknown[]): unknown {
  const fn = FUNCTIONS[name];
  if (typeof fn !== "function") throw new Error(`Kadr: no function ${name}`);
  const { timeZone } = active();
  // Sheets passes omitted trailing arguments as undefined, Excel as null: the catalogue takes both.
  return fn(...args.map((value) => fromSheets(value, timeZone)));
}

/** The catalogue's function names (the generated wrappers in Code.js call these). */
export function functionNames(): string[] {
  return Object.keys(FUNCTIONS).filter((key) => typeof FUNCTIONS[key] === "function");
}

/**
 * The Apps Script globals the Sheets bundle uses, declared structurally (no @types package: the
 * surface is small, and tests provide fakes of exactly this). Read through `appsScript()` so a
 * missing global is a clear error, not a ReferenceError at load time.
 */
import type { SpreadsheetLike } from "../adapters/sheets/gasTypes";
import type { FormatDate } from "../adapters/sheets/sheetsWorkbook";

export interface HtmlOutputLike {
  setTitle(title: string): HtmlOutputLike;
}

export interface UiLike {
  createMenu(caption: string): MenuLike;
  showSidebar(html: HtmlOutputLike): void;
  alert(message: string): unknown;
}

export interface MenuLike {
  addItem(caption: string, functionName: string): MenuLike;
  addToUi(): void;
}

export interface AppsScriptGlobals {
  readonly SpreadsheetApp: {
    getActiveSpreadsheet(): SpreadsheetLike & {
      getSpreadsheetLocale(): string;
      toast(message: string, title?: string, seconds?: number): void;
    };
    getUi(): UiLike;
  };
  readonly HtmlService: { createHtmlOutput(html: string): HtmlOutputLike };
  /**
   * `Utilities.formatDate` formats a date in a zone with the zone data Sheets itself uses (V8's
   * ICU data may differ: Asia/Almaty moved from UTC+6 to UTC+5 on 1.03.2024). Always there in Apps
   * Script; optional so that a runtime without it falls back to Intl.
   */
  readonly Utilities?: { formatDate(date: Date, timeZone: string, pattern: string): string };
  readonly PropertiesService?: {
    getDocumentProperties(): {
      getProperty(key: string): string | null;
      setProperty(key: string, value: string): unknown;
    };
  };
}

export function appsScript(): AppsScriptGlobals {
  const g = globalThis as unknown as Partial<AppsScriptGlobals>;
  if (!g.SpreadsheetApp || !g.HtmlService) {
    throw new Error("Kadr: SpreadsheetApp and HtmlService are not available (run this in Google Sheets' Apps Script).");
  }
  return g as AppsScriptGlobals;
}

let formatter: { readonly utilities: object; readonly formatDate: FormatDate } | null = null;

/**
 * Apps Script's `Utilities.formatDate` as the Sheets adapter's FormatDate (called as a method:
 * a service's method is not promised to work detached), or undefined where there is no
 * `Utilities` (dates are then read with Intl). The same function for the same service, so that the
 * readers built on it are kept.
 */
export function sheetsFormatDate(): FormatDate | undefined {
  const utilities = (globalThis as unknown as Partial<AppsScriptGlobals>).Utilities;
  if (!utilities || typeof utilities.formatDate !== "function") return undefined;
  if (formatter?.utilities !== utilities) {
    formatter = { utilities, formatDate: (date, timeZone, pattern) => utilities.formatDate(date, timeZone, pattern) };
  }
  return formatter.formatDate;
}

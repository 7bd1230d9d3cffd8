/**
 * The Apps Script globals the Sheets bundle uses, declared structurally (no @types package: the
 * surface is small, and tests provide fakes of exactly this). Read through `appsScript()` so a
 * missing global is a clear error, not a ReferenceError at load time.
 */
import type { SpreadsheetLike } from "../adapters/sheets/gasTypes";

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

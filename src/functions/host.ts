import type { Lang } from "../rules";
import { EXCEL_FUNCTION_HOST } from "../adapters/office/functionHost";

/**
 * Where the KADR functions run, as the catalogue needs to know it: the default language of text
 * results, and how bad input is raised. Excel by default; the Google Sheets bundle installs its own
 * (the spreadsheet's locale; a plain Error, which Sheets shows as #ERROR! with its message).
 */
export interface FunctionHost {
  /**
   * The default language: asked for only when a function needs it (a blank `lang`, a message for
   * bad input), since a host may pay for it — Google Sheets reads the spreadsheet's locale, once
   * per cell's execution.
   */
  readonly language: () => Lang;
  /** What to throw for bad input (Excel's CustomFunctions.Error is not an Error subclass). */
  readonly invalidValue: (message: string) => unknown;
}

/** Excel by default (adapters/office/functionHost.ts). */
let current: FunctionHost = EXCEL_FUNCTION_HOST;

export function functionHost(): FunctionHost {
  return current;
}

/** Called once by a bundle's entry for another host (Google Sheets). */
export function useFunctionHost(host: FunctionHost): void {
  current = host;
}

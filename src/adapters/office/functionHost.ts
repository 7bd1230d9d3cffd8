import type { FunctionHost } from "../../functions/host";
import { officeLanguage } from "./language";

/**
 * Excel as the KADR functions' host: Office's display language; bad input as #VALUE! with the
 * message (only #VALUE! and #N/A show one). CustomFunctions.Error is not an Error subclass.
 */
export const EXCEL_FUNCTION_HOST: FunctionHost = {
  language: officeLanguage,
  invalidValue: (message) => new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message),
};

/**
 * The exceljs adapter: reads .xlsx files into the port's WorkbookData and writes a copy with a
 * report sheet (SheetLayout) and its chart added. Used by the CLI; Node only.
 */
export {
  readWorkbookBuffer,
  readWorkbookFile,
  type ReadFailure,
  type ReadFailureReason,
  type ReadOutcome,
  type ReadSuccess,
} from "./readXlsx";
export { addLayoutSheet, saveWorkbook, type SaveOutcome } from "./writeXlsx";

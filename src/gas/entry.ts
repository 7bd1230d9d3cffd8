/*
 * Entry of the Google Sheets bundle (dist/gas/Code.js, built by src/tools/build-gas.ts): the same
 * rules core, catalogue and report job as Excel, exposed as the global `KadrGas`. Code.js adds the
 * global functions Apps Script calls — one per KADR function with its @customfunction JSDoc, the
 * onOpen trigger and the menu items — each a one-line call into this object.
 */
import { installSheetsHost } from "./customFunctions";

installSheetsHost();

export { callFunction, functionNames } from "./customFunctions";
export { buildAnnualReport, buildAnnualReportFromMenu, forgetColumns, onOpen, openPanel, saveColumns } from "./menu";

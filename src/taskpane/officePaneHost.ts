import { officeWorkbook } from "../adapters/office/officeWorkbook";
import { officeLanguage } from "../functions/officeLanguage";
import { serialFromParts } from "../rules";
import type { PaneHost } from "./host";

/** The task pane's host inside Excel: Office.js for the workbook, document settings, selection. */
export function officePaneHost(): PaneHost {
  const settings = Office.context.document.settings;
  return {
    workbook: officeWorkbook((batch) => Excel.run(batch)),
    officeLanguage: officeLanguage(),
    today() {
      const now = new Date();
      return serialFromParts(now.getFullYear(), now.getMonth() + 1, now.getDate());
    },
    settings: {
      get: (key) => {
        const value: unknown = settings.get(key);
        return typeof value === "string" ? value : null;
      },
      set: (key, value) =>
        new Promise<void>((resolve, reject) => {
          settings.set(key, value);
          // Settings live in the workbook and are saved with it; saveAsync makes them stick now.
          settings.saveAsync((result) =>
            result.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(new Error(result.error.message)),
          );
        }),
    },
    // One batch, one sync: headers, formulas and formats of every row at once.
    addColumns: (plan) =>
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem(plan.sheet);
        const width = plan.headers.length;
        const head = sheet.getRangeByIndexes(plan.headerRow, plan.col, 1, width);
        head.values = [[...plan.headers]];
        head.format.font.bold = true;
        const body = sheet.getRangeByIndexes(plan.firstRow, plan.col, plan.formulas.length, width);
        body.numberFormat = plan.formulas.map(() => [...plan.numberFormats]);
        body.formulas = plan.formulas.map((row) => [...row]);
        const asOf = sheet.getRangeByIndexes(plan.asOf.row, plan.asOf.col, 1, 1);
        asOf.numberFormat = [[plan.asOf.numberFormat]];
        asOf.values = [[plan.asOf.value]];
        asOf.format.font.bold = true;
        sheet.getRangeByIndexes(plan.headerRow, plan.col, 1, width + 1).format.autofitColumns();
        await context.sync();
      }),
    selectRow: (sheet, row) =>
      Excel.run(async (context) => {
        const worksheet = context.workbook.worksheets.getItem(sheet);
        worksheet.activate();
        worksheet.getRangeByIndexes(row, 0, 1, 1).select();
        await context.sync();
      }),
  };
}

import { dateToSerial } from "../../rules";
import type { HighlightPlan } from "../../sheet/highlight";
import type { RuleColumnsPlan } from "../../sheet/ruleColumns";
import type { PaneHost } from "../../taskpane/host";
import { themeOfBackground } from "../../ui/theme";
import { officeLanguage } from "./language";
import { officeWorkbook } from "./officeWorkbook";

/** Document setting holding the conditional-format rules "Highlight in sheet" added. */
const HIGHLIGHTS_KEY = "kadr.highlights";

/** A conditional-format rule "Highlight in sheet" added, as remembered in HIGHLIGHTS_KEY. */
interface HighlightRule {
  sheet: string;
  id: string;
}

/** The task pane's host inside Excel: Office.js for the workbook, document settings, selection. */
export function officePaneHost(): PaneHost {
  const settings = Office.context.document.settings;
  return {
    workbook: officeWorkbook((batch) => Excel.run(batch)),
    officeLanguage: officeLanguage(),
    // officeTheme is undefined where the host has no theme API (older Excel): Office's light default.
    theme: themeOfBackground(Office.context.officeTheme?.bodyBackgroundColor),
    today() {
      return dateToSerial(new Date());
    },
    settings: documentSettings(settings),
    addColumns,
    async highlight(plans) {
      const added = await addHighlightRules(plans);
      const earlier = JSON.parse(settings.get(HIGHLIGHTS_KEY) ?? "[]") as HighlightRule[];
      await this.settings.set(HIGHLIGHTS_KEY, JSON.stringify([...earlier, ...added]));
    },
    async clearHighlights() {
      const rules = JSON.parse(settings.get(HIGHLIGHTS_KEY) ?? "[]") as HighlightRule[];
      await deleteHighlightRules(rules);
      await this.settings.set(HIGHLIGHTS_KEY, "[]");
    },
    selectRow,
  };
}

/** The pane's settings over the document's: text values only, each set saved at once. */
function documentSettings(settings: Office.Settings): PaneHost["settings"] {
  return {
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
  };
}

/** Rule columns in one batch, one sync: headers, formulas and formats of every row at once. */
function addColumns(plan: RuleColumnsPlan): Promise<void> {
  return Excel.run(async (context) => {
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
  });
}

/**
 * The conditional formats of every plan in one batch, one sync; returns their ids, which Excel
 * gives only after the sync, so that clearHighlights can remove exactly these rules.
 */
function addHighlightRules(plans: readonly HighlightPlan[]): Promise<HighlightRule[]> {
  return Excel.run(async (context) => {
    const rules = plans.flatMap((plan) => {
      const range = context.workbook.worksheets.getItem(plan.sheet).getRange(plan.range);
      return plan.formulas.map((formula) => {
        const format = range.conditionalFormats.add(Excel.ConditionalFormatType.custom);
        format.custom.rule.formula = formula;
        format.custom.format.fill.color = plan.fill;
        format.load("id");
        return { sheet: plan.sheet, format };
      });
    });
    await context.sync();
    return rules.map(({ sheet, format }) => ({ sheet, id: format.id }));
  });
}

/** Deletes the remembered rules in one batch, one sync; a rule already gone is skipped. */
function deleteHighlightRules(rules: readonly HighlightRule[]): Promise<void> {
  return Excel.run(async (context) => {
    for (const { sheet, id } of rules) {
      // getItemOrNullObject: the officer may have deleted a rule by hand already.
      context.workbook.worksheets.getItem(sheet).getRange().conditionalFormats.getItemOrNullObject(id).delete();
    }
    await context.sync();
  });
}

/** Activates the sheet and selects the row's first cell, in one batch, one sync. */
function selectRow(sheet: string, row: number): Promise<void> {
  return Excel.run(async (context) => {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    worksheet.activate();
    worksheet.getRangeByIndexes(row, 0, 1, 1).select();
    await context.sync();
  });
}

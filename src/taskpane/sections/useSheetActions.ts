import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { StaffCheck } from "../../checks/checkStaff";
import type { Lang } from "../../rules";
import { highlightPlans } from "../../sheet/highlight";
import { describePlan, ruleColumns } from "../../sheet/ruleColumns";
import { onlyStaffSheets } from "../../survey/staffSheets";
import { officeErrorText } from "../../ui/officeErrors";
import type { WorkbookData } from "../../workbook/port";
import type { PaneHost } from "../host";
import { registerExtent } from "./checkItems";

/** What the Checks section's message bar says after a sheet action. */
export interface ActionMessage {
  readonly intent: "success" | "warning" | "error";
  readonly text: string;
}

/** The Checks section's sheet actions, each safe to fire from a click: none of them ever rejects. */
export interface SheetActions {
  /** How the last action went; null until one has. */
  readonly message: ActionMessage | null;
  highlight(): void;
  clearHighlights(): void;
  addColumns(): void;
  selectRow(sheet: string, row: number): void;
}

/**
 * The Checks section's writes to the sheet and its "go to row", with their outcome. Every host
 * call runs through one catch that puts the failure in the section's message bar, so a click
 * whose Office call fails (a protected sheet, a lost connection) is never silently lost.
 */
export function useSheetActions(host: PaneHost, checks: StaffCheck, data: WorkbookData, lang: Lang): SheetActions {
  const { t } = useTranslation();
  const [message, setMessage] = useState<ActionMessage | null>(null);

  /** Runs a host call and shows what it returns (nothing, for a plain selection) or why it failed. */
  async function attempt(action: () => Promise<ActionMessage | null>): Promise<void> {
    try {
      const outcome = await action();
      if (outcome) setMessage(outcome);
    } catch (error) {
      setMessage({ intent: "error", text: t("common.error", { message: officeErrorText(error, lang) }) });
    }
  }
  // attempt catches everything its action throws, so the promise dropped here cannot reject.
  const run = (action: () => Promise<ActionMessage | null>): void => void attempt(action);
  const done = (text: string): ActionMessage => ({ intent: "success", text });

  return {
    message,
    // Conditional formats on the flagged rows of each register: no cell value changes.
    highlight: () =>
      run(async () => {
        await host.highlight(highlightPlans(checks, registerExtent(checks, data)));
        return done(t("checks.highlighted"));
      }),
    clearHighlights: () =>
      run(async () => {
        await host.clearHighlights();
        return done(t("checks.cleared"));
      }),
    // The explicit action that writes to the sheet: formula columns in empty cells beside the register.
    addColumns: () =>
      run(async () => {
        const plan = onlyStaffSheets(data)
          .sheets.map((grid) => ruleColumns(grid, host.today(), lang))
          .find((candidate) => candidate !== null);
        if (!plan) return { intent: "warning", text: t("checks.noRegister") };
        await host.addColumns(plan);
        return done(t("checks.columnsAdded", { where: describePlan(plan) }));
      }),
    // A successful selection says nothing (the sheet shows it); only a failure reaches the bar.
    selectRow: (sheet, row) =>
      run(async () => {
        await host.selectRow(sheet, row);
        return null;
      }),
  };
}

import type { Lang, Serial } from "../rules";
import type { PaneTheme } from "../ui/theme";
import type { HighlightPlan } from "../sheet/highlight";
import type { RuleColumnsPlan } from "../sheet/ruleColumns";
import type { WorkbookPort } from "../workbook/port";

/**
 * What the task pane needs from where it runs: the Excel adapter inside Office, the in-memory
 * workbook in the browser preview and in tests. The pane never touches Office.js directly.
 */
export interface PaneHost {
  readonly workbook: WorkbookPort & {
    activate(name: string): Promise<void>;
  };
  /** Office's display language (kk/ru when Office speaks them, else en). */
  readonly officeLanguage: Lang;
  /** Office's theme (light or dark), which the pane follows. */
  readonly theme: PaneTheme;
  /** Today on the officer's computer (frozen in tests). */
  today(): Serial;
  /** Settings kept with the workbook (Office document settings; memory in the preview). */
  readonly settings: {
    get(key: string): string | null;
    set(key: string, value: string): Promise<void>;
  };
  /** Brings a sheet's row into view and selects it (the row of an employee in the list). */
  selectRow(sheet: string, row: number): Promise<void>;
  /** Writes KADR formula columns beside the register (cells that were empty; nothing else changes). */
  addColumns(plan: RuleColumnsPlan): Promise<void>;
  /** Marks rows with conditional formats (no cell value changes) and remembers which rules it added. */
  highlight(plans: readonly HighlightPlan[]): Promise<void>;
  /** Removes exactly the rules `highlight` added. */
  clearHighlights(): Promise<void>;
}

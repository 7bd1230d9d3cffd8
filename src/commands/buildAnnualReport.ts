import type { Lang } from "../rules";
import { uiText } from "../ui/strings";

/** What the command needs from its host; Office.js in the add-in, fakes in tests. */
export interface CommandHost {
  readonly lang: Lang;
  /** Shows a message in the task pane (the shared runtime keeps its page alive). */
  showNotice(text: string): void;
  /** Opens the task pane so the message is seen. */
  showTaskpane(): Promise<void>;
}

/**
 * The ribbon button "Build annual report" (Rules §30). Until the annual-report feature lands it
 * tells the user plainly that the report is not available, and changes nothing in the workbook.
 */
export async function buildAnnualReport(host: CommandHost): Promise<void> {
  host.showNotice(uiText("reportNotAvailable", host.lang));
  await host.showTaskpane();
}

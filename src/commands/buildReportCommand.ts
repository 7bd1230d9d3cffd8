import { countText, makeReport } from "../report";
import { formatSerial, paragraphText, REPORT_DEADLINE, type Lang, type Serial } from "../rules";
import { uiText } from "../ui/strings";
import type { WorkbookPort } from "../workbook/port";

/** What the command needs from its host; Office.js in the add-in, fakes in tests. */
export interface CommandHost {
  readonly lang: Lang;
  /** Today, as the officer's computer sees it. */
  today(): Serial;
  readonly workbook: WorkbookPort & { activate(name: string): Promise<void> };
  /** Shows a message in the task pane (the shared runtime keeps its page alive). */
  showNotice(text: string): void;
  /** Opens the task pane so the message is seen. */
  showTaskpane(): Promise<void>;
}

/**
 * The ribbon button "Build annual report" (Rules §30): reads every sheet of the active workbook,
 * builds the report for the last full year on a new sheet (never over an existing one) and brings
 * it to the front. Progress and the outcome are shown in the task pane; nothing is changed when no
 * staff sheet is found.
 */
export async function buildReportCommand(host: CommandHost): Promise<void> {
  const { lang } = host;
  host.showNotice(uiText("reportBuilding", lang, { report: paragraphText(REPORT_DEADLINE.paragraph, lang) }));
  await host.showTaskpane();
  const data = await host.workbook.read();
  const made = makeReport(data, { lang, builtOn: host.today() });
  if (!made.ok) {
    const lists = made.attestationLists.join("», «");
    host.showNotice(
      uiText("noStaffSheet", lang, { sheets: made.sheets.join(", ") }) +
        (lists ? uiText("attestationOnly", lang, { sheets: lists }) : ""),
    );
    return;
  }
  await host.workbook.addSheet(made.layout);
  await host.workbook.activate(made.layout.name);
  const { summary } = made;
  host.showNotice(
    uiText("reportBuilt", lang, {
      sheet: made.layout.name,
      year: summary.year,
      retraining: countText(summary.completed.retraining, lang),
      advanced: countText(summary.completed.advancedTraining, lang),
      overdue:
        summary.overdue.retraining === null || summary.overdue.advancedTraining === null
          ? countText(null, lang)
          : summary.overdue.retraining + summary.overdue.advancedTraining,
      problems: summary.problems.length,
      deadline: formatSerial(made.report.deadline),
    }) + (summary.notChecked.length ? uiText("reportNotChecked", lang, { count: summary.notChecked.length }) : ""),
  );
}

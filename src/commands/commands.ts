/* Entry: wires the ribbon's function commands (manifest.xml <Action xsi:type="ExecuteFunction">). */
import { buildReportCommand } from "./buildReportCommand";
import { officeCommandHost } from "./officeHost";
import { runCommand } from "./runCommand";

Office.onReady(() => {
  Office.actions.associate("buildAnnualReport", (event: Office.AddinCommands.Event) =>
    runCommand(officeCommandHost(document), buildReportCommand, () => event.completed()),
  );
});

/* Entry: wires the ribbon's function commands (manifest.xml <Action xsi:type="ExecuteFunction">). */
import { buildAnnualReport } from "./buildAnnualReport";
import { officeCommandHost } from "./officeHost";

Office.onReady(() => {
  Office.actions.associate("buildAnnualReport", (event: Office.AddinCommands.Event) => {
    buildAnnualReport(officeCommandHost(document)).finally(() => event.completed());
  });
});

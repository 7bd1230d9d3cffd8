/* Entry: wires the ribbon's function commands (manifest.xml <Action xsi:type="ExecuteFunction">). */
import { officeCommandHost } from "../adapters/office/commandHost";
import { onRibbonCommand, whenOfficeReady } from "../adapters/office/ready";
import { buildReportCommand } from "./buildReportCommand";
import { runCommand } from "./runCommand";

whenOfficeReady(() => {
  onRibbonCommand("buildAnnualReport", (completed) =>
    runCommand(officeCommandHost(document), buildReportCommand, completed),
  );
});

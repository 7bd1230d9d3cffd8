import { officeErrorText } from "../ui/officeErrors";
import { uiText } from "../ui/strings";
import type { CommandHost } from "./buildReportCommand";

/**
 * Runs a ribbon command so that Office always learns it finished (`event.completed()`, or the
 * ribbon stays busy) and a failure reaches the user in the task pane instead of the console.
 */
export async function runCommand(
  host: CommandHost,
  command: (host: CommandHost) => Promise<void>,
  completed: () => void,
): Promise<void> {
  try {
    await command(host);
  } catch (error) {
    host.showNotice(`${uiText("commandFailed", host.lang)} ${officeErrorText(error, host.lang)}`);
  } finally {
    completed();
  }
}

/**
 * The entry points' two contacts with Office, kept here so that every Office.js call lives under
 * adapters/office: start when Office is ready, and tie a ribbon command (manifest.xml
 * `<Action xsi:type="ExecuteFunction">`) to its handler.
 */

/** Runs `start` once Office has loaded the add-in. */
export function whenOfficeReady(start: () => void): void {
  void Office.onReady(() => start());
}

/** Ties the ribbon's function command `id` to `run`, which calls `completed` when done (Office requires it). */
export function onRibbonCommand(id: string, run: (completed: () => void) => void): void {
  Office.actions.associate(id, (event: Office.AddinCommands.Event) => run(() => event.completed()));
}

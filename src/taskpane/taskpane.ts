/* Entry: mounts the task pane in Office (shared runtime; the ribbon commands use #notice). */
import { officePaneHost } from "../adapters/office/paneHost";
import { whenOfficeReady } from "../adapters/office/ready";
import { renderPane } from "./renderPane";

whenOfficeReady(() => {
  const root = document.getElementById("root");
  if (root) renderPane(root, officePaneHost());
});

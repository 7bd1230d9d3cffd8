/* Entry: mounts the task pane in Office (shared runtime; the ribbon commands use #notice). */
import { officePaneHost } from "./officePaneHost";
import { renderPane } from "./renderPane";

Office.onReady(() => {
  const root = document.getElementById("root");
  if (root) renderPane(root, officePaneHost());
});

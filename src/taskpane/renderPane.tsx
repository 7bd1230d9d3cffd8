import { createRoot } from "react-dom/client";
import { App } from "./App";
import type { PaneHost } from "./host";

/**
 * Mounts the Kadr task pane into `root` over a host (Excel in Office, the in-memory workbook in the
 * browser preview and tests). Returns a function that unmounts it.
 */
export function renderPane(root: HTMLElement, host: PaneHost): () => void {
  const reactRoot = createRoot(root);
  reactRoot.render(<App host={host} />);
  return () => reactRoot.unmount();
}

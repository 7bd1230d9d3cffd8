/*
 * Entry of preview.html: the real task pane (renderPane) over the in-memory workbook of
 * assets/sample-staff.xlsx, converted at build time to sample-workbook.json beside this page. The one
 * request it makes is for that file, on its own origin.
 */
import { renderPane } from "../taskpane/renderPane";
import { memoryHost, type MemoryHost } from "./memoryHost";
import { parsePreviewWorkbook } from "./sampleWorkbook";

/** What the browser tests read back (test/browser/harness.ts). */
export interface KadrPreview {
  readonly added: MemoryHost["added"];
  readonly selected: MemoryHost["selected"];
  readonly active: MemoryHost["active"];
  readonly highlights: MemoryHost["highlights"];
  readonly columns: MemoryHost["columns"];
}

declare global {
  interface Window {
    __kadrPreview?: KadrPreview;
  }
}

async function start(root: HTMLElement): Promise<void> {
  const response = await fetch("./sample-workbook.json");
  if (!response.ok) {
    throw new Error(`sample-workbook.json: HTTP ${response.status}; run \`npm run build\`, which writes it.`);
  }
  const host = memoryHost(parsePreviewWorkbook(await response.json()), window.location.search);
  window.__kadrPreview = {
    added: host.added,
    selected: host.selected,
    active: host.active,
    highlights: host.highlights,
    columns: host.columns,
  };
  renderPane(root, host);
}

const root = document.getElementById("root");
if (root) {
  start(root).catch((error: unknown) => {
    // A developer page: say what went wrong in English, where the pane would have been.
    const message = document.createElement("p");
    message.className = "preview-error";
    message.setAttribute("role", "alert");
    message.textContent = `Preview: ${error instanceof Error ? error.message : String(error)}`;
    root.replaceChildren(message);
  });
}

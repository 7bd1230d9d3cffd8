/**
 * `npm run bench` (task pane part): the pane's bundle size, and its time to interactive in Chromium
 * on the preview host (the production bundle over the in-memory sample workbook of 200 employees).
 *
 * - Size: dist/taskpane.js (what Excel loads; the ribbon commands and functions bundles are beside
 *   it) and dist/preview.js, raw and gzip (level 6, what web servers use), plus any split chunks.
 * - Time, from navigation start, median of cold loads (fresh browser context, empty cache), served
 *   from localhost so the network costs nothing and the numbers are parse, render and checks:
 *   "pane visible": the main landmark is laid out (tabs usable);
 *   "checks ready": the sample is read and checked (no spinner left in the pane).
 * Needs `npm run build` (the bench script runs it) and Chromium (see test/browser/harness.ts).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { CHROMIUM, DIST, launchChromium, openPreview, startServer } from "../browser/harness";

const RUNS = Number(process.env["KADR_BENCH_PANE_RUNS"] ?? 7);
const ENTRIES = ["taskpane.js", "preview.js"];
// Bundles of other pages; everything else ending in .js is a chunk split off the pane.
const OTHER_PAGES = new Set(["functions.js", "commands.js"]);

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

function sizes(): void {
  console.log("\nTask pane bundle (production build)");
  console.log("file".padEnd(26) + "raw".padStart(11) + "gzip".padStart(11));
  const chunks = readdirSync(DIST).filter(
    (file) => file.endsWith(".js") && !ENTRIES.includes(file) && !OTHER_PAGES.has(file),
  );
  for (const file of [...ENTRIES, ...chunks]) {
    const bytes = readFileSync(`${DIST}/${file}`);
    console.log(file.padEnd(26) + kb(bytes.length).padStart(11) + kb(gzipSync(bytes).length).padStart(11));
  }
}

interface Marks {
  pane?: number;
  ready?: number;
}

declare global {
  interface Window {
    __kadrMarks?: Marks;
  }
}

/**
 * In the page before its scripts: checks at every animation frame (a frame is when the user sees
 * it) whether the pane is laid out and whether it is done loading, in ms since navigation start.
 * Plain JavaScript text: tsx would wrap a TypeScript function's inner functions in a `__name` helper
 * that does not exist in the page.
 */
const RECORD_MARKS = `{
  const marks = {};
  window.__kadrMarks = marks;
  const frame = () => {
    const main = document.querySelector("main");
    const now = performance.now();
    if (main !== null && main.getBoundingClientRect().height > 0) marks.pane ??= now;
    if (main !== null && main.querySelector('[role="progressbar"]') === null) marks.ready ??= now;
    if (marks.pane === undefined || marks.ready === undefined) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}`;

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};

async function timeToInteractive(): Promise<void> {
  const server = await startServer();
  const browser = await launchChromium();
  const pane: number[] = [];
  const ready: number[] = [];
  try {
    // One load first: Chromium's own start-up (profile, compositor) is not the pane's cost.
    for (let run = -1; run < RUNS; run++) {
      const opened = await openPreview(browser, server, {
        query: "?today=2026-01-15",
        waitForPane: false,
        initScript: RECORD_MARKS,
      });
      try {
        const handle = await opened.page.waitForFunction(() => {
          const marks = window.__kadrMarks;
          return marks?.pane !== undefined && marks.ready !== undefined ? marks : undefined;
        });
        const marks = (await handle.jsonValue()) as Required<Marks>;
        if (opened.external.length > 0) throw new Error(`requests left localhost: ${opened.external.join(", ")}`);
        if (opened.errors.length > 0) throw new Error(`the page failed: ${opened.errors.join("; ")}`);
        if (run >= 0) {
          pane.push(marks.pane);
          ready.push(marks.ready);
        }
      } finally {
        await opened.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const ms = (values: number[]): string =>
    `${median(values).toFixed(0)} ms`.padStart(8) +
    `   (${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)})`;
  console.log(`\nTask pane in Chromium on the preview host (200 employees), median of ${RUNS} cold loads`);
  console.log(`pane visible (main landmark)  ${ms(pane)}`);
  console.log(`checks ready (no spinner)     ${ms(ready)}`);
}

async function run(): Promise<void> {
  sizes();
  if (!existsSync(CHROMIUM)) {
    console.log(`\n${CHROMIUM} not found: time to interactive skipped (apt-get install -y chromium).`);
    return;
  }
  await timeToInteractive();
}

void run();

/**
 * Real-browser harness for the task pane: serves dist/ (built by `npm run build`, which also writes
 * sample-workbook.json) on a random loopback port, drives Debian's Chromium with playwright-core
 * (never a downloaded browser), opens the preview host, records every request that would leave the
 * machine, runs axe-core and saves screenshots under test-output/. Used by test/browser/*.browser.test.ts
 * and test/bench/pane.bench.ts.
 */
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type axe from "axe-core";
import type { Result as AxeResult, RunOptions as AxeRunOptions } from "axe-core";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import type { KadrPreview } from "../../src/preview/preview";
import { serveStatic, type StaticServer } from "../../src/tools/staticServer.mjs";

const repo = (path: string): string => fileURLToPath(new URL(`../../${path}`, import.meta.url));

export const DIST = repo("dist");
export const TEST_OUTPUT = repo("test-output");
/** Debian's package; KADR_CHROMIUM points elsewhere (another distribution's Chromium or Chrome). */
export const CHROMIUM = process.env["KADR_CHROMIUM"] ?? "/usr/bin/chromium";
/**
 * Headless without a sandbox (CI runs as root in a container), without a GPU, and without
 * Chromium's own background traffic (component updates, safe-browsing lists), which would otherwise
 * show up as requests leaving the machine.
 */
export const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"];

/**
 * Why the browser tests cannot run here, or null when they can. A developer without Chromium gets a
 * skip with the command to fix it; CI (CI set) never skips: .ci/run installs chromium, and a CI that
 * silently skipped would prove nothing.
 */
export function browserSkipReason(): string | null {
  if (existsSync(CHROMIUM) || process.env["CI"]) return null;
  return `${CHROMIUM} not found: browser tests skipped (install it with: apt-get install -y chromium, or set KADR_CHROMIUM)`;
}

/** Serves dist/ on http://127.0.0.1:<random port>; fails with what to do when the build is missing. */
/** How long a browser step may wait: generous, so a loaded machine never fails a test. */
export const BROWSER_WAIT = 120_000;

export async function startServer(): Promise<StaticServer> {
  for (const file of ["preview.html", "preview.js", "sample-workbook.json"]) {
    if (!existsSync(`${DIST}/${file}`)) throw new Error(`dist/${file} is missing: run \`npm run build\` first.`);
  }
  return serveStatic(DIST, 0);
}

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} not found: install it with \`apt-get install -y chromium\` (never download a browser).`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/** Loopback only: what the static server answers on (and Chromium's own data:/blob: URLs, which are not requests). */
export function isLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === "data:" || protocol === "blob:" || protocol === "about:") return true;
  return ["localhost", "127.0.0.1", "[::1]"].includes(hostname);
}

export interface PreviewPage {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Every URL the page tried to reach outside localhost (aborted), or CSP blocked. */
  readonly external: string[];
  /** Uncaught exceptions and console errors of the page. */
  readonly errors: string[];
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Query string of preview.html, e.g. "?today=2026-01-15&lang=kk". */
  readonly query?: string;
  /** The task pane's width in Excel desktop by default (the preview draws the pane 350 px wide). */
  readonly viewport?: { readonly width: number; readonly height: number };
  /** Wait for the main landmark (default true). */
  readonly waitForPane?: boolean;
  /**
   * Runs in the page before any of its scripts (e.g. to time the first frames). Prefer JavaScript
   * text when run by tsx: it wraps inner functions of a TypeScript function in a `__name` helper that
   * the page does not have.
   */
  readonly initScript?: string | (() => void);
}

/**
 * Opens preview.html in a fresh context (empty cache, no service workers). Every request goes
 * through a route: loopback ones continue, anything else is recorded and aborted, so a test can
 * assert that nothing left the machine — and nothing does even when it would have.
 */
export async function openPreview(
  browser: Browser,
  server: StaticServer,
  options: OpenOptions = {},
): Promise<PreviewPage> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 350, height: 900 },
    serviceWorkers: "block",
  });
  const external: string[] = [];
  const errors: string[] = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    external.push(url);
    return route.abort("blockedbyclient");
  });
  // The page's CSP blocks outside requests before the route sees them; count those too.
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`CSP blocked ${event.blockedURI} (${event.violatedDirective})`);
    });
  });
  if (options.initScript !== undefined) await context.addInitScript(options.initScript);
  const page = await context.newPage();
  // A waiting step fails on what the page shows, not on how busy the machine is (Playwright's 30 s default).
  page.setDefaultTimeout(BROWSER_WAIT);
  page.on("websocket", (socket) => {
    if (!isLocal(socket.url().replace(/^ws/u, "http"))) external.push(socket.url());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    const blocked = /^CSP blocked (\S+)/u.exec(message.text());
    if (blocked?.[1] !== undefined && !isLocalOrInline(blocked[1])) external.push(blocked[1]);
    errors.push(message.text());
  });
  await page.goto(`${server.url}/preview.html${options.query ?? ""}`);
  if (options.waitForPane ?? true) await page.getByRole("main").waitFor({ state: "visible" });
  return { context, page, external, errors, close: () => context.close() };
}

/** A CSP blockedURI that is not a URL ("inline", "eval") is not a request. */
function isLocalOrInline(blockedUri: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:/iu.test(blockedUri) || isLocal(blockedUri);
}

/**
 * Runs axe-core on the page and returns the serious and critical violations. axe is evaluated as
 * a DevTools script, not a <script> tag: the preview's CSP rightly refuses inline scripts.
 */
export async function seriousViolations(page: Page, options: AxeRunOptions = {}): Promise<AxeResult[]> {
  const source = readFileSync(repo("node_modules/axe-core/axe.min.js"), "utf8");
  await page.evaluate(source);
  const violations = await page.evaluate(
    // window.axe is the injected axe-core; its types come from the package, not the page's globals.
    (runOptions) => (window as unknown as { axe: typeof axe }).axe.run(document, runOptions),
    { resultTypes: ["violations"], ...options } as AxeRunOptions,
  );
  return violations.violations
    .map((v) => (v.id === "aria-hidden-focus" ? { ...v, nodes: v.nodes.filter((n) => !isTabsterDummy(n.html)) } : v))
    .filter((v) => v.nodes.length > 0 && (v.impact === "serious" || v.impact === "critical"));
}

/**
 * Fluent UI's focus manager (Tabster) puts `<i tabindex="0" aria-hidden="true" data-tabster-dummy>`
 * at the edges of the page and of arrow-key groups: focusable on purpose, to hand focus on at once,
 * and hidden so screen readers do not announce them. axe reports them under aria-hidden-focus; it
 * is a known false positive (microsoft/tabster#288, Accessibility Insights suppresses it the same way).
 * Only those exact elements are excused; any other aria-hidden focusable still fails.
 */
function isTabsterDummy(html: string): boolean {
  return /^<i [^>]*data-tabster-dummy=""[^>]*><\/i>$/u.test(html);
}

/** axe violations as lines a failing test can print: rule, impact, help and the offending nodes. */
export function describeViolations(violations: readonly AxeResult[]): string {
  return violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(" ")}`).join("\n")}`)
    .join("\n");
}

/** Saves a full-page screenshot as test-output/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(TEST_OUTPUT, { recursive: true });
  const path = `${TEST_OUTPUT}/${name}.png`;
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** The preview host's record: sheets added, the last row selected, the active sheet. */
export async function previewState(page: Page): Promise<{
  added: ReturnType<KadrPreview["added"]>;
  selected: ReturnType<KadrPreview["selected"]>;
  active: ReturnType<KadrPreview["active"]>;
  highlights: ReturnType<KadrPreview["highlights"]>;
  columns: ReturnType<KadrPreview["columns"]>;
}> {
  return page.evaluate(() => {
    const preview = window.__kadrPreview;
    if (preview === undefined) throw new Error("window.__kadrPreview is not set: the preview did not start.");
    return {
      added: preview.added(),
      selected: preview.selected(),
      active: preview.active(),
      highlights: preview.highlights(),
      columns: preview.columns(),
    };
  });
}

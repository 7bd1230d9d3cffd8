/**
 * The task pane in a real browser: Debian's Chromium (playwright-core) on the preview host — the
 * production bundle in dist/ over the in-memory sample workbook. Needs `npm run build` first (`npm
 * test` builds). Skipped, with a message, only where Chromium is missing and CI is not set.
 *
 * Kept to what holds whatever the sections become (the pane mounts, speaks the asked language,
 * stays on this machine, passes axe); the flows of issue 4 build on the harness.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import type { StaticServer } from "../../src/tools/staticServer.mjs";
import {
  browserSkipReason,
  describeViolations,
  launchChromium,
  openPreview,
  previewState,
  screenshot,
  seriousViolations,
  startServer,
  type PreviewPage,
} from "./harness";

const skip = browserSkipReason();
if (skip !== null) console.warn(skip);

describe.skipIf(skip !== null)("task pane in Chromium (preview host)", { timeout: 60_000 }, () => {
  let server: StaticServer;
  let browser: Browser;
  let pane: PreviewPage;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
    pane = await openPreview(browser, server, { query: "?today=2026-01-15" });
  }, 60_000);

  afterAll(async () => {
    await pane?.close();
    await browser?.close();
    await server?.close();
  });

  it("mounts the pane in Office's language (Russian by default) over the sample workbook", async () => {
    const { page } = pane;
    await expect(page.getByRole("main").count()).resolves.toBe(1);
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe("ru");
    // The sample read without error: the pane leaves its loading state and shows no alert.
    await page.getByRole("progressbar").waitFor({ state: "detached" });
    await expect(page.getByRole("alert").count()).resolves.toBe(0);
    const state = await previewState(page);
    expect(state.added).toEqual([]);
    expect(state.active).toBe("Сотрудники");
    await screenshot(page, "pane-ru");
  });

  it("follows ?lang=kk", async () => {
    const kk = await openPreview(browser, server, { query: "?today=2026-01-15&lang=kk" });
    try {
      await expect(kk.page.evaluate(() => document.documentElement.lang)).resolves.toBe("kk");
      await kk.page.getByRole("progressbar").waitFor({ state: "detached" });
      await screenshot(kk.page, "pane-kk");
      expect(kk.external).toEqual([]);
      expect(kk.errors).toEqual([]);
    } finally {
      await kk.close();
    }
  });

  it("has no serious or critical accessibility violations (axe-core)", async () => {
    const violations = await seriousViolations(pane.page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it("makes no request outside localhost and throws nothing", () => {
    expect(pane.external).toEqual([]);
    expect(pane.errors).toEqual([]);
  });

  it("says what is wrong with a malformed ?today instead of using the real date", async () => {
    const bad = await openPreview(browser, server, { query: "?today=2026-02-30", waitForPane: false });
    try {
      await expect(bad.page.getByRole("alert").textContent()).resolves.toMatch(/\?today=2026-02-30 is not a date/u);
    } finally {
      await bad.close();
    }
  });
});

/**
 * The task pane in a real browser: Debian's Chromium (playwright-core) on the preview host — the
 * production bundle in dist/ over the in-memory sample workbook. Needs `npm run build` first (`npm
 * test` builds). Skipped, with a message, only where Chromium is missing and CI is not set.
 *
 * Kept to what holds whatever the sections become (the pane mounts, speaks the asked language,
 * stays on this machine, passes axe); the flows of issue 4 build on the harness.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parsePreviewWorkbook } from "../../src/preview/sampleWorkbook";
import { makeReport } from "../../src/report/makeReport";
import { serialFromParts } from "../../src/rules";
import type { SheetLayout } from "../../src/workbook/layout";
import type { Browser } from "playwright-core";
import type { StaticServer } from "../../src/tools/staticServer.mjs";
import {
  DIST,
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

  it("builds the annual report in the browser: a new sheet whose totals are the engine's own", async () => {
    const report = await openPreview(browser, server, { query: "?today=2026-01-15" });
    try {
      const { page } = report;
      await page.getByRole("progressbar").waitFor({ state: "detached" });
      await page.getByRole("tab", { name: "Годовой отчёт" }).click();
      await page.getByRole("button", { name: "Составить годовой отчёт" }).click();
      await page.getByText("Добавлен лист «Отчёт 2025».").waitFor();
      const { added, active } = await previewState(page);
      expect(added.map((layout) => layout.name)).toEqual(["Отчёт 2025"]);
      expect(active).toBe("Отчёт 2025");
      // The same workbook through the engine in Node gives the same totals.
      const data = parsePreviewWorkbook(JSON.parse(readFileSync(join(DIST, "sample-workbook.json"), "utf8")));
      const made = makeReport(data, { lang: "ru", builtOn: serialFromParts(2026, 1, 15) });
      if (!made.ok) throw new Error("the sample has no staff sheet");
      const venue = (layout: SheetLayout) => layout.tables.find((t) => t.name.endsWith("_Venue"))?.rows;
      expect(venue(added[0] as SheetLayout)).toEqual(venue(made.layout));
      expect(report.external).toEqual([]);
    } finally {
      await report.close();
    }
  });

  it("switches to Kazakh from the settings, and can be walked by keyboard", async () => {
    const walk = await openPreview(browser, server, { query: "?today=2026-01-15" });
    try {
      const { page } = walk;
      await page.getByRole("progressbar").waitFor({ state: "detached" });
      // Keyboard only: focus the first tab, arrow to the last (Settings), open it with Enter.
      await page.getByRole("tab", { name: "Проверки" }).focus();
      for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowRight");
      await page.keyboard.press("Enter");
      await page.getByRole("combobox", { name: "Язык интерфейса" }).selectOption("kk");
      await page.getByRole("tab", { name: "Тексерулер" }).waitFor();
      await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe("kk");
      await expect(page.getByRole("tab", { name: "Жылдық есеп" }).count()).resolves.toBe(1);
    } finally {
      await walk.close();
    }
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

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
  BROWSER_WAIT,
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

describe.skipIf(skip !== null)("task pane in Chromium (preview host)", { timeout: 4 * BROWSER_WAIT }, () => {
  let server: StaticServer;
  let browser: Browser;
  let pane: PreviewPage;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
    pane = await openPreview(browser, server, { query: "?today=2026-01-15" });
  }, 4 * BROWSER_WAIT);

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

  it("follows Office's dark theme (?theme=dark) and stays accessible in it", async () => {
    const dark = await openPreview(browser, server, { query: "?today=2026-01-15&theme=dark" });
    try {
      await dark.page.getByRole("progressbar").waitFor({ state: "detached" });
      const background = await dark.page
        .locator(".fui-FluentProvider")
        .first()
        .evaluate((el) => getComputedStyle(el).backgroundColor);
      const [r = 255, g = 255, b = 255] = (background.match(/\d+/gu) ?? []).map(Number);
      expect(r + g + b).toBeLessThan(3 * 96);
      const violations = await seriousViolations(dark.page);
      expect(violations, describeViolations(violations)).toEqual([]);
      await screenshot(dark.page, "pane-dark");
    } finally {
      await dark.close();
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
      for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowRight");
      await page.keyboard.press("Enter");
      await page.getByRole("combobox", { name: "Язык интерфейса" }).selectOption("kk");
      await page.getByRole("tab", { name: "Тексерулер" }).waitFor();
      await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe("kk");
      await expect(page.getByRole("tab", { name: "Жылдық есеп" }).count()).resolves.toBe(1);
    } finally {
      await walk.close();
    }
  });

  it("Checks: a click on a name selects its row; highlight, clear and rule columns reach the workbook", async () => {
    const checks = await openPreview(browser, server, { query: "?today=2026-01-15" });
    try {
      const { page } = checks;
      await page.getByRole("progressbar").waitFor({ state: "detached" });
      const first = page.getByRole("listitem").first().getByRole("button");
      const label = (await first.getAttribute("aria-label")) ?? "";
      const [, row, sheet] = /строке (\d+) листа (.+)$/u.exec(label) ?? [];
      await first.click();
      await expect
        .poll(async () => (await previewState(page)).selected)
        .toEqual({
          sheet,
          row: Number(row) - 1,
        });
      await page.getByRole("button", { name: "Выделить на листе" }).click();
      await page.getByText("Строки с нарушениями выделены", { exact: false }).waitFor();
      const highlighted = (await previewState(page)).highlights;
      expect(highlighted.length).toBeGreaterThan(0);
      expect(highlighted.map((plan) => plan.sheet)).toContain("Сотрудники");
      for (const plan of highlighted) expect(plan.formulas.length * 1000).toBeGreaterThanOrEqual(plan.rows.length);
      await page.getByRole("button", { name: "Снять выделение" }).click();
      await page.getByText("Выделение снято.").waitFor();
      expect((await previewState(page)).highlights).toEqual([]);
      await page.getByRole("button", { name: "Добавить столбцы с формулами" }).click();
      await page.getByText("Столбцы с формулами добавлены", { exact: false }).waitFor();
      const [plan] = (await previewState(page)).columns;
      expect(plan?.sheet).toBe("Сотрудники");
      expect(JSON.stringify(plan)).toContain("KADR.RETRAINING_VENUE(");
      await screenshot(page, "section-checks");
      expect(checks.external).toEqual([]);
      expect(checks.errors).toEqual([]);
    } finally {
      await checks.close();
    }
  });

  it("Sheet: shows the columns the reader found in the sample; Report and Settings render (screenshots)", async () => {
    const sections = await openPreview(browser, server, { query: "?today=2026-01-15" });
    try {
      const { page } = sections;
      await page.getByRole("progressbar").waitFor({ state: "detached" });
      await page.getByRole("tab", { name: "Лист" }).click();
      await page.getByText("Найденные листы").waitFor();
      // The register's header row (row 4) has "Ф.И.О." in column B and "Категория" in column E.
      const register = page.getByText("Сотрудники: список сотрудников", { exact: false });
      await register.waitFor();
      const selects = page.getByRole("combobox");
      const chosen = await selects.evaluateAll((all) =>
        all.map((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent ?? ""),
      );
      expect(chosen).toContain("B: Ф.И.О.");
      expect(chosen).toContain("E: Категория");
      await screenshot(page, "section-sheet");
      await page.getByRole("tab", { name: "Годовой отчёт" }).click();
      await page.getByRole("button", { name: "Составить годовой отчёт" }).waitFor();
      await screenshot(page, "section-report");
      await page.getByRole("tab", { name: "Настройки" }).click();
      await page.getByRole("textbox", { name: "Дополнительные нерабочие дни" }).fill("04.05.2026");
      await page.getByRole("combobox", { name: "Язык интерфейса" }).focus();
      await page.getByText("1 дополнительный выходной сохранён в книге.").waitFor();
      await screenshot(page, "section-settings");
      // A 320 px pane (Excel's narrowest): nothing wider than the viewport.
      await page.setViewportSize({ width: 320, height: 700 });
      await page.getByRole("tab", { name: "Проверки" }).click();
      await page.getByRole("list").waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await screenshot(page, "section-checks-320");
      expect(sections.external).toEqual([]);
      expect(sections.errors).toEqual([]);
    } finally {
      await sections.close();
    }
  });

  it("Attestation: the sample list's findings, the forms on a new sheet one page per officer, axe clean", async () => {
    const att = await openPreview(browser, server, { query: "?today=2024-12-01" });
    try {
      const { page } = att;
      await page.getByRole("progressbar").waitFor({ state: "detached" });
      await page.getByRole("tab", { name: "Аттестация" }).click();
      await page.getByText("49 сотрудников").waitFor();
      await expect(page.getByText("2 недопустимых решения").count()).resolves.toBe(1);
      await expect(page.getByText(/^п\. 18 Правил аттестации: не сдал нормативы/u).count()).resolves.toBe(1);
      const violations = await seriousViolations(page);
      expect(violations, describeViolations(violations)).toEqual([]);
      await screenshot(page, "section-attestation");
      await page.getByRole("button", { name: "Сформировать аттестационные листы" }).click();
      await page.getByText("Добавлено: Аттестационные листы.").waitFor();
      const { added, active } = await previewState(page);
      expect(added.map((layout) => layout.name)).toEqual(["Аттестационные листы"]);
      expect(active).toBe("Аттестационные листы");
      // 49 officers read, 2 exempt under §2: 47 pages, 46 breaks.
      expect(added[0]?.page.rowBreaks).toHaveLength(46);
      expect(att.external).toEqual([]);
      expect(att.errors).toEqual([]);
    } finally {
      await att.close();
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

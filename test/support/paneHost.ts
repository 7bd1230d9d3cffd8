import { vi } from "vitest";
import type { Lang } from "../../src/rules";
import type { PaneHost } from "../../src/taskpane/host";
import { memoryWorkbook } from "../../src/workbook/memoryWorkbook";
import type { CellValue } from "../../src/workbook/port";
import { serial } from "../cases/functionCases";

/**
 * The task pane's host over an in-memory workbook, for jsdom tests: Office's language, a frozen
 * "today", workbook settings in a Map (what the pane saves can be read back), and every sheet
 * action a spy.
 */
export function paneHost(
  sheets: Record<string, CellValue[][]>,
  options: { readonly lang?: Lang; readonly today?: string; readonly settings?: Record<string, string> } = {},
) {
  const workbook = memoryWorkbook(sheets);
  const settings = new Map<string, string>(Object.entries(options.settings ?? {}));
  const activate = vi.fn(async () => undefined);
  const host: PaneHost = {
    workbook: Object.assign(workbook, { activate }),
    officeLanguage: options.lang ?? "en",
    theme: "light",
    today: () => serial(options.today ?? "15.01.2026"),
    settings: { get: (key) => settings.get(key) ?? null, set: async (key, value) => void settings.set(key, value) },
    selectRow: vi.fn(async () => undefined),
    addColumns: vi.fn(async () => undefined),
    highlight: vi.fn(async () => undefined),
    clearHighlights: vi.fn(async () => undefined),
  };
  return { paneHost: host, workbook, settings, activate };
}

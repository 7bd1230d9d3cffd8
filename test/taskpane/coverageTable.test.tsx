// @vitest-environment jsdom
/**
 * The pane leg of issue #11's removal table (test/checks/coverageCases.ts): the staff sample without
 * each column in turn, in the real task pane over an in-memory copy. The Checks banner must carry
 * every *not checked* entry the core gives, and no counter built on it may show a number.
 */
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { checkStaff } from "../../src/checks/checkStaff";
import { notCheckedMessage } from "../../src/checks/notCheckedText";
import { readStaff } from "../../src/reader/readStaff";
import { withoutReports } from "../../src/report";
import { App } from "../../src/taskpane/App";
import type { PaneHost } from "../../src/taskpane/host";
import { memoryWorkbook } from "../../src/workbook/memoryWorkbook";
import type { CellValue } from "../../src/workbook/port";
import { serial } from "../cases/functionCases";
import { stubResizeObserver } from "../support/dom";
import { data, SLOW, STAFF_CASES, staffWithout } from "../checks/coverageCases";

stubResizeObserver();
afterEach(cleanup);

function paneHost(sheets: Record<string, CellValue[][]>): PaneHost {
  const settings = new Map<string, string>();
  return {
    workbook: Object.assign(memoryWorkbook(sheets), { activate: vi.fn(async () => undefined) }),
    officeLanguage: "en",
    theme: "light",
    today: () => serial("15.01.2026"),
    settings: { get: (key) => settings.get(key) ?? null, set: async (key, value) => void settings.set(key, value) },
    selectRow: vi.fn(async () => undefined),
    addColumns: vi.fn(async () => undefined),
    highlight: vi.fn(async () => undefined),
    clearHighlights: vi.fn(async () => undefined),
  };
}

describe("task pane: the removal table", () => {
  it.each(STAFF_CASES.map((c) => [c.name, c] as const))(
    "without %s: the Checks banner names every check not run",
    async (name, c) => {
      const workbook = await data(await staffWithout(c, `pane-${name}`));
      const sheets = Object.fromEntries(workbook.sheets.map((s) => [s.name, s.rows.map((row) => [...row])]));
      const expected = checkStaff(readStaff(withoutReports(workbook)), serial("15.01.2026")).coverage.notChecked;
      expect(expected.map((n) => n.check)).toEqual(c.notChecked.map((n) => n.check));
      render(<App host={paneHost(sheets)} />);
      const banner = await screen.findByRole("group", { name: "Not checked" }, { timeout: SLOW });
      for (const entry of expected) expect(within(banner).getByText(notCheckedMessage(entry, "en"))).toBeTruthy();
    },
    SLOW,
  );
});

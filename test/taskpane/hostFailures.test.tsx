// @vitest-environment jsdom
/**
 * Host calls the pane starts and does not wait for (issue #17: "Pane promises dropped silently"):
 * a row that Excel could not select is said once, in the section; a setting it could not save is said
 * in the pane's error bar — in the officer's words, never only in the console.
 */
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { App } from "../../src/taskpane/App";
import type { PaneHost } from "../../src/taskpane/host";
import { memoryWorkbook } from "../../src/workbook/memoryWorkbook";
import { serial } from "../cases/functionCases";
import { stubResizeObserver } from "../support/dom";

stubResizeObserver();
afterEach(cleanup);

/** A register of one employee; `fail` names the host calls that reject. */
function host(fail: { selectRow?: unknown; settings?: unknown } = {}) {
  const settings = new Map<string, string>();
  const workbook = memoryWorkbook({
    Сотрудники: [
      ["ФИО", "Категория", "Корпус", "Дата назначения", "Впервые поступивший", "Последнее повышение квалификации"],
      ["Петров Олег", "C-9", "Б", "01.02.2024", "нет", "01.06.2024"],
    ],
  });
  const paneHost: PaneHost = {
    workbook: Object.assign(workbook, { activate: vi.fn(async () => undefined) }),
    officeLanguage: "en",
    theme: "light",
    today: () => serial("15.01.2026"),
    settings: {
      get: (key) => settings.get(key) ?? null,
      set: async (key, value) => {
        if (fail.settings !== undefined) throw fail.settings;
        settings.set(key, value);
      },
    },
    selectRow: vi.fn(async () => {
      if (fail.selectRow !== undefined) throw fail.selectRow;
    }),
    addColumns: vi.fn(async () => undefined),
    highlight: vi.fn(async () => undefined),
    clearHighlights: vi.fn(async () => undefined),
  };
  return { paneHost, settings };
}

describe("task pane: host calls that fail", () => {
  it("says once, in Checks, when Excel cannot select an employee's row", async () => {
    const { paneHost } = host({ selectRow: Object.assign(new Error("denied"), { code: "AccessDenied" }) });
    render(<App host={paneHost} />);
    await screen.findByText("As of 15.01.2026");
    fireEvent.click(within(screen.getByRole("list")).getAllByRole("button", { name: /^Петров Олег\./u })[0]!);
    const said = await screen.findAllByText(/The workbook or sheet is protected\./u);
    expect(said).toHaveLength(1);
    expect(paneHost.selectRow).toHaveBeenCalledWith("Сотрудники", 1);
  });

  it("says so when a setting is not saved in the workbook, and still uses it now", async () => {
    const { paneHost, settings } = host({ settings: new Error("The document settings could not be saved.") });
    render(<App host={paneHost} />);
    fireEvent.click(await screen.findByRole("tab", { name: "Settings" }));
    const days = await screen.findByRole("spinbutton");
    fireEvent.change(days, { target: { value: "30" } });
    fireEvent.blur(days);
    expect((await screen.findByRole("alert")).textContent).toBe(
      "Something went wrong: The document settings could not be saved.",
    );
    expect(settings.get("kadr.dueSoonDays")).toBeUndefined();
    fireEvent.click(screen.getByRole("tab", { name: "Checks" }));
    expect(await screen.findByText("Due within 30 days: not checked")).toBeTruthy();
  });

  it("says so when the language is not remembered", async () => {
    const { paneHost } = host({ settings: new Error("Not saved.") });
    render(<App host={paneHost} />);
    fireEvent.click(await screen.findByRole("tab", { name: "Settings" }));
    fireEvent.change(await screen.findByLabelText("Interface language"), { target: { value: "ru" } });
    expect(await screen.findByRole("tab", { name: "Проверки" })).toBeTruthy();
    expect((await screen.findByRole("alert")).textContent).toBe("Что-то пошло не так: Not saved.");
  });

  it("says in the report's status when Excel cannot open the sheet it wrote", async () => {
    const { paneHost } = host();
    const activate = vi
      .fn(async (_sheet: string) => undefined)
      .mockResolvedValueOnce(undefined)
      .mockRejectedValueOnce(Object.assign(new Error("busy"), { code: "InvalidOperationInCellEditMode" }));
    paneHost.workbook.activate = activate;
    render(<App host={paneHost} />);
    fireEvent.click(await screen.findByRole("tab", { name: "Annual report" }));
    fireEvent.click(await screen.findByRole("button", { name: "Build annual report" }));
    fireEvent.click(await screen.findByText(/^Open «/u));
    const status = await screen.findByText(/^Something went wrong: /u);
    expect(status.textContent).toMatch(/cell/iu);
    expect(activate).toHaveBeenCalledTimes(2);
  });
});

// @vitest-environment jsdom
/**
 * The task pane's components in jsdom with @testing-library/react, over an in-memory workbook: the
 * checks are read and explained, the annual report is built on a new sheet, the language changes.
 * (The same pane runs in Chromium in test/browser/.)
 */
import { act, cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { App } from "../../src/taskpane/App";
import type { HighlightPlan } from "../../src/sheet/highlight";
import type { RuleColumnsPlan } from "../../src/sheet/ruleColumns";
import type { PaneHost } from "../../src/taskpane/host";
import { memoryWorkbook } from "../../src/workbook/memoryWorkbook";
import type { CellValue } from "../../src/workbook/port";
import { serial } from "../cases/functionCases";
import { stubResizeObserver } from "../support/dom";

const REGISTER: CellValue[][] = [
  ["ГУ «Тест»"],
  ["ФИО", "Категория", "Корпус", "Дата назначения", "Впервые поступивший", "Последнее повышение квалификации"],
  ["Иванова Мария", "С-О-3", "Б", "01.02.2025", "да", "01.06.2022"],
  ["Петров Олег", "C-9", "Б", "01.02.2024", "нет", "01.06.2024"],
];
const LOG: CellValue[][] = [
  ["ФИО", "Вид обучения", "Место обучения", "Начало", "Окончание", "Часы"],
  ["Петров Олег", "повышение квалификации", "Академия", "01.06.2024", "01.06.2024", 16],
];

function host(lang: "kk" | "ru" | "en" = "en") {
  const workbook = memoryWorkbook({ Сотрудники: REGISTER, Журнал: LOG });
  const settings = new Map<string, string>();
  const selected = vi.fn(async () => undefined);
  const activated = vi.fn(async () => undefined);
  const addColumns = vi.fn(async (_plan: RuleColumnsPlan) => undefined);
  const highlight = vi.fn(async (_plans: readonly HighlightPlan[]) => undefined);
  const clearHighlights = vi.fn(async () => undefined);
  const paneHost: PaneHost = {
    workbook: Object.assign(workbook, { activate: activated }),
    officeLanguage: lang,
    theme: "light",
    today: () => serial("15.01.2026"),
    settings: { get: (key) => settings.get(key) ?? null, set: async (key, value) => void settings.set(key, value) },
    selectRow: selected,
    addColumns,
    highlight,
    clearHighlights,
  };
  return { paneHost, workbook, settings, selected, activated, addColumns, highlight, clearHighlights };
}

stubResizeObserver();

afterEach(cleanup);

describe("task pane", () => {
  it("shows the checks as of today, with reasons and paragraphs, and selects an employee's row", async () => {
    const { paneHost, selected } = host("en");
    render(<App host={paneHost} />);
    await screen.findByText("As of 15.01.2026");
    expect(screen.getByText("1 advanced training overdue")).toBeTruthy();
    expect(screen.getByText("1 hour violation")).toBeTruthy();
    expect(screen.getByText("1 row not read")).toBeTruthy();
    const list = screen.getByRole("list");
    expect(within(list).getByText(/^§25: advanced training of 16 academic hours; 24 to 80 required$/u)).toBeTruthy();
    expect(
      within(list).getByText(
        /^§13: category C-O-3 is retrained at a regional centre|^§3\(1\), §14: appointed 01\.02\.2025/u,
      ),
    ).toBeTruthy();
    // His flag and the unreadable category of his row are two items; the first is the flag.
    fireEvent.click(within(list).getAllByRole("button", { name: /^Петров Олег\./u })[0]!);
    expect(selected).toHaveBeenCalledWith("Сотрудники", 3);
  });

  it("says why an employee's row could not be selected, instead of losing the failure", async () => {
    const { paneHost, selected } = host("en");
    selected.mockRejectedValueOnce({ code: "AccessDenied", message: "denied" });
    render(<App host={paneHost} />);
    const list = await screen.findByRole("list");
    await act(async () => {
      fireEvent.click(within(list).getAllByRole("button", { name: /^Петров Олег\./u })[0]!);
    });
    expect(selected).toHaveBeenCalledWith("Сотрудники", 3);
    expect(await screen.findByText(/The workbook or sheet is protected/u)).toBeTruthy();
  });

  it("adds the rule formula columns beside the register, only when asked", async () => {
    const { paneHost, addColumns } = host("en");
    render(<App host={paneHost} />);
    const button = await screen.findByRole("button", { name: "Add rule columns" });
    expect(addColumns).not.toHaveBeenCalled();
    await act(async () => {
      fireEvent.click(button);
    });
    expect(addColumns).toHaveBeenCalledOnce();
    const plan = addColumns.mock.calls[0]?.[0];
    expect(plan).toMatchObject({ sheet: "Сотрудники", headerRow: 1, firstRow: 2, lastRow: 3, col: 6 });
    expect(await screen.findByText(/^Formula columns added at Сотрудники!G2:K4 \(15\.01\.2026\)/u)).toBeTruthy();
  });

  it("highlights flagged rows with conditional formats, and clears exactly those", async () => {
    const { paneHost, highlight, clearHighlights, workbook } = host("en");
    const before = JSON.stringify(await workbook.read());
    render(<App host={paneHost} />);
    const button = await screen.findByRole("button", { name: "Highlight in sheet" });
    await act(async () => {
      fireEvent.click(button);
    });
    expect(highlight).toHaveBeenCalledOnce();
    expect(highlight.mock.calls[0]?.[0]).toEqual([
      {
        sheet: "Сотрудники",
        range: "A3:F4",
        formulas: ["=ISNUMBER(MATCH(ROW(),{3,4},0))"],
        fill: "#FDE7E9",
        rows: [3, 4],
      },
    ]);
    expect(await screen.findByText(/^Flagged rows highlighted/u)).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Clear highlights" }));
    });
    expect(clearHighlights).toHaveBeenCalledOnce();
    // No cell value changed.
    expect(JSON.stringify(await workbook.read())).toBe(before);
  });

  it("filters the list by name or reason", async () => {
    const { paneHost } = host("en");
    render(<App host={paneHost} />);
    const filter = await screen.findByLabelText("Filter by name or reason");
    fireEvent.change(filter, { target: { value: "иванова" } });
    expect(screen.getByText("Showing 1 of 3")).toBeTruthy();
    fireEvent.change(filter, { target: { value: "24 to 80" } });
    expect(screen.getByText("Showing 1 of 3")).toBeTruthy();
  });

  it("builds the annual report on a new sheet and remembers the organisation", async () => {
    const { paneHost, workbook, settings, activated } = host("ru");
    render(<App host={paneHost} />);
    fireEvent.click(await screen.findByRole("tab", { name: "Годовой отчёт" }));
    fireEvent.change(await screen.findByLabelText("Организация"), { target: { value: "ГУ «Тест»" } });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Составить годовой отчёт" }));
    });
    await waitFor(() => expect(workbook.added.map((layout) => layout.name)).toEqual(["Отчёт 2025"]));
    expect(activated).toHaveBeenCalledWith("Отчёт 2025");
    expect(settings.get("kadr.organisation")).toBe("ГУ «Тест»");
    expect(await screen.findByText(/Добавлен лист «Отчёт 2025»/u)).toBeTruthy();
    // Again: a new sheet beside the first, never over it.
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Составить годовой отчёт" }));
    });
    await waitFor(() => expect(workbook.added.map((layout) => layout.name)).toEqual(["Отчёт 2025", "Отчёт 2025 (2)"]));
  });

  it("speaks Kazakh when asked, and remembers it", async () => {
    const { paneHost, settings } = host("ru");
    render(<App host={paneHost} />);
    fireEvent.click(await screen.findByRole("tab", { name: "Настройки" }));
    fireEvent.change(await screen.findByLabelText("Язык интерфейса"), { target: { value: "kk" } });
    expect(await screen.findByRole("tab", { name: "Тексерулер" })).toBeTruthy();
    expect(settings.get("kadr.lang")).toBe("kk");
    expect(document.documentElement.lang).toBe("kk");
  });
});

describe("task pane settings", () => {
  it("a different 'due soon' window is used by the checks and remembered", async () => {
    const { paneHost, settings } = host("en");
    render(<App host={paneHost} />);
    // The register has no first-leadership column: the due-soon count is "not checked", with the window.
    await screen.findByText("Due within 90 days: not checked");
    fireEvent.click(screen.getByRole("tab", { name: "Settings" }));
    const days = await screen.findByRole("spinbutton");
    fireEvent.change(days, { target: { value: "400" } });
    fireEvent.blur(days);
    await waitFor(() => expect(settings.get("kadr.dueSoonDays")).toBeUndefined());
    fireEvent.change(days, { target: { value: "365" } });
    fireEvent.blur(days);
    await waitFor(() => expect(settings.get("kadr.dueSoonDays")).toBe("365"));
    fireEvent.click(screen.getByRole("tab", { name: "Checks" }));
    expect(await screen.findByText("Due within 365 days: not checked")).toBeTruthy();
  });

  it("extra non-working days: a typo is named and not saved; good dates are saved in the workbook", async () => {
    const { paneHost, settings } = host("en");
    render(<App host={paneHost} />);
    fireEvent.click(await screen.findByRole("tab", { name: "Settings" }));
    const box = await screen.findByRole("textbox", { name: "Extra non-working days" });
    fireEvent.change(box, { target: { value: "04.05.2026\n31.02.2026" } });
    fireEvent.blur(box);
    expect(screen.getByText("Not a date, not saved: 31.02.2026. Write dates as dd.mm.yyyy.")).toBeTruthy();
    expect(settings.get("kadr.extraDaysOff")).toBeUndefined();
    fireEvent.change(box, { target: { value: "2026-05-04, 02.01.2026" } });
    fireEvent.blur(box);
    await waitFor(() => expect(settings.get("kadr.extraDaysOff")).toBe("02.01.2026\n04.05.2026"));
    expect(screen.getByText("2 extra days off saved in this workbook.")).toBeTruthy();
    expect(screen.getByRole("link", { name: "Help: functions, sections and the Rules" }).getAttribute("href")).toBe(
      "help.html#en",
    );
  });
});

describe("task pane: the column mapping", () => {
  it("shows the column each field was read from, and a correction is saved and used", async () => {
    const { paneHost, settings } = host("en");
    render(<App host={paneHost} />);
    await screen.findByText("1 row not read");
    fireEvent.click(screen.getByRole("tab", { name: "Sheet" }));
    const category = await screen.findByRole("combobox", { name: "Category" });
    expect((category as HTMLSelectElement).value).toBe("1");
    fireEvent.change(category, { target: { value: "-1" } });
    fireEvent.click(screen.getByRole("button", { name: "Save mapping" }));
    expect(JSON.parse(settings.get("kadr.mapping") ?? "{}")).toEqual({ Сотрудники: { category: -1 } });
    fireEvent.click(screen.getByRole("tab", { name: "Checks" }));
    // Without a category column the unknown "C-9" is no longer read, so no row is reported.
    expect(await screen.findByText("0 rows not read")).toBeTruthy();
    fireEvent.click(screen.getByRole("tab", { name: "Sheet" }));
    fireEvent.click(await screen.findByRole("button", { name: "Detect again" }));
    expect(settings.get("kadr.mapping")).toBe("{}");
  });
});

// @vitest-environment jsdom
/**
 * Never a silent wrong answer, in the task pane: a sheet that lacks a column the checks stand on
 * shows a "Not checked" banner with the core's sentence (check, paragraph, sheet, column), counts
 * that depend on it read "not checked" instead of a number, and the banner leads to the Sheet
 * section, where the column is mapped by hand (registers, logs and attestation lists alike) and
 * the mapping is saved and used by the checks and the attestation forms.
 */
import { act, cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { fieldLabel } from "../../src/rules";
import { ATTESTATION_TERMS } from "../../src/attestation/headers";
import { App } from "../../src/taskpane/App";
import type { CellValue } from "../../src/workbook/port";
import { stubResizeObserver } from "../support/dom";
import { paneHost } from "../support/paneHost";

/** A register without a first-entry column; "Признак А" is that column under a name nobody reads. */
const REGISTER: CellValue[][] = [
  ["ГУ «Тест»"],
  [
    "ФИО",
    "Категория",
    "Корпус",
    "Дата назначения",
    "Впервые на руководящей должности",
    "Последнее повышение квалификации",
    "Признак А",
  ],
  ["Иванова Мария", "С-О-3", "Б", "01.02.2025", "нет", "01.06.2024", "да"],
  ["Петров Олег", "С-О-4", "Б", "01.02.2020", "да", "01.06.2024", "нет"],
];
const LOG: CellValue[][] = [
  ["ФИО", "Вид обучения", "Место обучения", "Начало", "Окончание", "Часы"],
  ["Петров Олег", "повышение квалификации", "Академия", "01.06.2024", "01.06.2024", 40],
];
/** An attestation list whose exemption column is called «Отметка», which the reader does not take. */
const LIST: CellValue[][] = [
  ["ДП области"],
  ["ФИО", "Должность", "Звание", "Дата заседания", "Нормативы", "Тестирование", "Неявки", "Отметка", "Решение"],
  ["Аманов Асхат", "инспектор", "капитан полиции", "13.12.2024", "сдал", "сдал", 0, "", 2],
  ["Беков Берик", "инспектор", "майор полиции", "10.06.2024", "не сдал", "не сдал", 0, "", 2],
  ["Серикова Сауле", "инспектор", "майор полиции", "", "", "", null, "беременность", null],
];

const host = (sheets: Record<string, CellValue[][]>, lang: "en" | "ru" | "kk", today: string, saved = {}) =>
  paneHost(sheets, { lang, today, settings: saved });

const staffHost = (lang: "en" | "ru" | "kk" = "en") => host({ Сотрудники: REGISTER, Журнал: LOG }, lang, "15.01.2026");
const listHost = (saved = {}) =>
  host({ Сотрудники: REGISTER.slice(1, 3), Аттестация: LIST }, "en", "01.12.2024", saved);

/** The sheet's block in the Sheet section. */
const sheetBlock = (name: string) => within(screen.getByRole("group", { name }));

stubResizeObserver();
afterEach(cleanup);

describe("task pane: not checked (Checks)", () => {
  it("a register without the first-entry column: the banner names it, counts say 'not checked', nobody looks fine", async () => {
    const { paneHost } = staffHost("en");
    render(<App host={paneHost} />);
    const banner = await screen.findByRole("group", { name: "Not checked" });
    expect(
      within(banner).getByText(
        'Not checked: retraining of first entrants (§3(1)) — Сотрудники: no column "First entry"',
      ),
    ).toBeTruthy();
    // The log has the venues, dates and hours: only what neither sheet has is reported.
    expect(within(banner).queryByText(/no column "Venue"/u)).toBeNull();
    // Overdue retraining stands on the first-entry ground: not a number, not a 0.
    expect(screen.getByText("Retraining overdue: not checked")).toBeTruthy();
    expect(screen.queryByText(/^\d+ retraining overdue$/u)).toBeNull();
    expect(screen.getByText("0 advanced trainings overdue")).toBeTruthy();
    // Иванова is not a first leader, and whether she entered the service first is unknown.
    expect(screen.getByText("1 employee: retraining not checked")).toBeTruthy();
    fireEvent.change(screen.getByLabelText("Filter by name or reason"), { target: { value: "иванова" } });
    const list = screen.getByRole("list");
    expect(within(list).getByRole("button", { name: /^Иванова Мария\./u })).toBeTruthy();
    expect(within(list).getByText('Retraining not checked: no column "First entry"')).toBeTruthy();
  });

  it("the banner's button opens the Sheet section, where the column is mapped, saved and then checked", async () => {
    const { paneHost, settings } = staffHost("en");
    render(<App host={paneHost} />);
    const banner = await screen.findByRole("group", { name: "Not checked" });
    fireEvent.click(within(banner).getByRole("button", { name: "Map the columns in the Sheet section" }));
    expect(await screen.findByText("Sheets found")).toBeTruthy();
    const sheetTab = screen.getByRole("tab", { name: "Sheet" });
    expect(sheetTab.getAttribute("aria-selected")).toBe("true");
    expect(document.activeElement).toBe(sheetTab);
    const register = sheetBlock("Сотрудники");
    expect(register.getByText("Сотрудники: staff register, header in row 2")).toBeTruthy();
    expect(register.getByText(/^Not found: .*First entry/u)).toBeTruthy();
    expect(register.getByText('Headers not used: G2 "Признак А"')).toBeTruthy();
    const firstEntry = register.getByRole("combobox", { name: "First entry" }) as HTMLSelectElement;
    expect(firstEntry.value).toBe("-1");
    expect(register.queryByText("mapped by hand")).toBeNull();

    fireEvent.change(firstEntry, { target: { value: "6" } });
    expect(register.getByText("mapped by hand")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Save mapping" }));
    expect(JSON.parse(settings.get("kadr.mapping") ?? "{}")).toEqual({ Сотрудники: { firstEntry: 6 } });
    // Read again with the mapping: the field is found, by hand, and its header is no longer unused.
    await waitFor(() =>
      expect((sheetBlock("Сотрудники").getByRole("combobox", { name: "First entry" }) as HTMLSelectElement).value).toBe(
        "6",
      ),
    );
    expect(sheetBlock("Сотрудники").getByText("mapped by hand")).toBeTruthy();
    expect(sheetBlock("Сотрудники").queryByText(/^Headers not used/u)).toBeNull();

    fireEvent.click(screen.getByRole("tab", { name: "Checks" }));
    // Иванова entered the service first (the mapped column says yes): both are overdue now, and counted.
    expect(await screen.findByText("2 retraining overdue")).toBeTruthy();
    expect(screen.queryByText(/no column "First entry"/u)).toBeNull();
    expect(screen.queryByText(/retraining not checked/u)).toBeNull();
  });

  it.each([
    [
      "ru",
      "Не проверено",
      "Не проверено: переподготовка впервые поступивших (п. 3(1)) — Сотрудники: нет столбца «Впервые поступивший»",
      "Сопоставить столбцы в разделе «Лист»",
      "Просрочки переподготовки: не проверено",
    ],
    [
      "kk",
      "Тексерілмеді",
      /^Тексерілмеді: алғаш кіргендерді қайта даярлау \(.+\) — Сотрудники: «Алғаш кірген» бағаны жоқ$/u,
      "Бағандарды «Парақ» бөлімінде сәйкестендіру",
      "Қайта даярлау мерзімі өткен: тексерілмеді",
    ],
  ] as const)(
    "speaks %s: the banner, its button and the unchecked counter",
    async (lang, title, line, button, counter) => {
      const { paneHost } = staffHost(lang);
      render(<App host={paneHost} />);
      const banner = await screen.findByRole("group", { name: title });
      expect(within(banner).getByText(line)).toBeTruthy();
      expect(within(banner).getByRole("button", { name: button })).toBeTruthy();
      expect(screen.getByText(counter)).toBeTruthy();
    },
  );
});

describe("task pane: not checked (Attestation) and the Sheet section's attestation lists", () => {
  const exemption = fieldLabel("exemption", "en");

  it("a list without the exemption column: its banner, and 'not checked' counters instead of numbers", async () => {
    const { paneHost } = listHost();
    render(<App host={paneHost} />);
    fireEvent.click(await screen.findByRole("tab", { name: "Attestation" }));
    const banner = await screen.findByRole("group", { name: "Not checked" });
    expect(
      within(banner).getByText(`Not checked: who is not attested now (§2) — Аттестация: no column "${exemption}"`),
    ).toBeTruthy();
    expect(screen.getByText("Exempt: not checked")).toBeTruthy();
    expect(screen.queryByText(/^\d+ exempt$/u)).toBeNull();
    // What the list could check is still counted.
    expect(screen.getByText("3 officers")).toBeTruthy();
    expect(screen.getByText("1 decision not allowed")).toBeTruthy();
    fireEvent.click(within(banner).getByRole("button", { name: "Map the columns in the Sheet section" }));
    expect(await screen.findByText("Sheets found")).toBeTruthy();
    expect(screen.getByRole("tab", { name: "Sheet" }).getAttribute("aria-selected")).toBe("true");
  });

  it("the Sheet section lists the attestation list with its fields, what is missing and what is unused", async () => {
    const { paneHost } = listHost();
    render(<App host={paneHost} />);
    fireEvent.click(await screen.findByRole("tab", { name: "Sheet" }));
    await screen.findByText("Sheets found");
    const list = sheetBlock("Аттестация");
    expect(list.getByText("Аттестация: attestation list, header in row 2")).toBeTruthy();
    const value = (name: string) => (list.getByRole("combobox", { name }) as HTMLSelectElement).value;
    expect(value(fieldLabel("fullName", "en"))).toBe("0");
    expect(value(fieldLabel("meetingDate", "en"))).toBe("3");
    expect(value(fieldLabel("decision", "en"))).toBe("8");
    expect(value(exemption)).toBe("-1");
    // Every attestation field has a picker, each offering the list's header cells.
    expect(list.getAllByRole("combobox")).toHaveLength(Object.keys(ATTESTATION_TERMS.fields).length);
    const options = Array.from((list.getByRole("combobox", { name: exemption }) as HTMLSelectElement).options);
    expect(options.map((option) => option.textContent)).toContain("H: Отметка");
    expect(list.getByText(new RegExp(`^Not found: .*${exemption.replace(/[()]/gu, "\\$&")}`, "u"))).toBeTruthy();
    expect(list.getByText('Headers not used: H2 "Отметка"')).toBeTruthy();
    // The register is listed beside it with its own fields.
    expect(sheetBlock("Сотрудники").getByRole("combobox", { name: "Category" })).toBeTruthy();
  });

  it("an exemption column mapped by hand is saved and used by the checks and the attestation sheets", async () => {
    const { paneHost, settings, workbook } = listHost();
    render(<App host={paneHost} />);
    fireEvent.click(await screen.findByRole("tab", { name: "Sheet" }));
    await screen.findByText("Sheets found");
    fireEvent.change(sheetBlock("Аттестация").getByRole("combobox", { name: exemption }), { target: { value: "7" } });
    fireEvent.click(screen.getByRole("button", { name: "Save mapping" }));
    expect(JSON.parse(settings.get("kadr.mapping") ?? "{}")).toEqual({ Аттестация: { exemption: 7 } });
    await waitFor(() => expect(sheetBlock("Аттестация").getByText("mapped by hand")).toBeTruthy());
    expect(sheetBlock("Аттестация").queryByText(/^Headers not used/u)).toBeNull();

    fireEvent.click(screen.getByRole("tab", { name: "Attestation" }));
    expect(await screen.findByText("1 exempt")).toBeTruthy();
    expect(screen.queryByText("Exempt: not checked")).toBeNull();
    expect(screen.queryByText(/who is not attested now/u)).toBeNull();
    expect(screen.getByText(/^Attestation Rules §2: pregnancy/u)).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Generate attestation sheets" }));
    });
    await screen.findByText(/^Added: Attestation sheets\./u);
    // Серикова is exempt under the mapped column: two officers, two pages, one break.
    expect(workbook.added[0]?.page.rowBreaks).toHaveLength(1);
  });

  it("a mapping already saved in the workbook is used when the Attestation section opens", async () => {
    const { paneHost } = listHost({ "kadr.mapping": JSON.stringify({ Аттестация: { exemption: 7 } }) });
    render(<App host={paneHost} />);
    fireEvent.click(await screen.findByRole("tab", { name: "Attestation" }));
    expect(await screen.findByText("1 exempt")).toBeTruthy();
    expect(screen.queryByText("Exempt: not checked")).toBeNull();
  });
});

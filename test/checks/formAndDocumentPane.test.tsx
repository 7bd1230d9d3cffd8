// @vitest-environment jsdom
/**
 * Issue #12 items 9 and 10 in the task pane: the §15 violation and the §3/§4 note stand in the
 * Checks section's list with the same words as `kadr check` (the core's `flagReason`), and a log
 * without a document column puts one *not checked* line in the banner.
 */
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { App } from "../../src/taskpane/App";
import type { CellValue } from "../../src/workbook/port";
import { stubResizeObserver } from "../support/dom";
import { paneHost } from "../support/paneHost";

const REGISTER: CellValue[][] = [
  ["ФИО", "Корпус", "Категория", "Дата назначения", "Впервые поступивший", "Впервые назначен на руководящую должность"],
  ["Басшыев Болат", "Б", "C-O-2", "01.02.2025", "нет", "да"],
  ["Алғашқы Айгерим", "Б", "D-4", "01.02.2025", "да", "нет"],
  ["Нөмірсіз Салтанат", "Б", "E-3", "01.06.2021", "нет", "нет"],
];
const row = (name: string, type: string, venue: string, end: string, document: string | null, form: string) => [
  name,
  type,
  venue,
  "03.03.2025",
  end,
  type === "переподготовка" ? 120 : 40,
  document,
  form,
];
const LOG: CellValue[][] = [
  ["ФИО", "Вид обучения", "Место обучения", "Начало", "Окончание", "Часы", "Номер сертификата", "Форма обучения"],
  row("Басшыев Болат", "переподготовка", "Академия государственного управления", "28.03.2025", "П-1", "онлайн"),
  row("Алғашқы Айгерим", "переподготовка", "Өңірлік орталық", "28.03.2025", "П-2", "қашықтан"),
  row("Нөмірсіз Салтанат", "повышение квалификации", "Региональный центр г. Алматы", "07.03.2025", null, "очно"),
];

stubResizeObserver();
afterEach(cleanup);

describe("task pane: §15 and §3/§4 in the Checks list", () => {
  it("lists the distance retraining of a first leader and the completed course with no document number", async () => {
    render(<App host={paneHost({ Сотрудники: REGISTER, Журнал: LOG }).paneHost} />);
    await screen.findByText("As of 15.01.2026");
    const list = screen.getByRole("list");
    expect(
      within(list).getByText(
        "§15: retraining is full-time; only persons entering corps B for the first time may take it by distance learning — this retraining was by distance learning (form of study «онлайн»)",
      ),
    ).toBeTruthy();
    expect(
      within(list).getByText(
        "§4: advanced training completed 07.03.2025, no document number in the log; a document confirming completion is issued to those who complete it (a note, not a violation)",
      ),
    ).toBeTruthy();
    // The first entrant to corps B may study remotely: not in the list.
    expect(within(list).queryByText("Алғашқы Айгерим")).toBeNull();
  });

  it("a log without a document column: one line in the banner, not one per course", async () => {
    const log = LOG.map((cells) => [...cells.slice(0, 6), cells[7] ?? null]);
    render(<App host={paneHost({ Сотрудники: REGISTER, Журнал: log }).paneHost} />);
    const banner = await screen.findByRole("group", { name: "Not checked" });
    const more = within(banner).queryByRole("button", { name: /^Show \d+ more/u });
    if (more) fireEvent.click(more);
    expect(
      within(banner).getAllByText(/^Not checked: document issued on completing retraining or advanced training/u),
    ).toHaveLength(1);
  });
});

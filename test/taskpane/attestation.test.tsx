// @vitest-environment jsdom
/**
 * The Attestation section in jsdom over an in-memory workbook holding a staff register and an
 * attestation list: findings with their paragraphs, the forms added as new sheets (one page per
 * officer), the meeting check, and the staff checks not mistaking the list for a register.
 */
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { App } from "../../src/taskpane/App";
import type { CellValue } from "../../src/workbook/port";
import { stubResizeObserver } from "../support/dom";
import { paneHost } from "../support/paneHost";

const REGISTER: CellValue[][] = [
  ["ФИО", "Категория", "Корпус", "Дата назначения"],
  ["Иванова Мария", "С-О-3", "Б", "01.02.2025"],
];
const LIST: CellValue[][] = [
  ["ДП области"],
  ["ФИО", "Должность", "Звание", "Дата заседания", "Нормативы", "Тестирование", "Неявки", "Освобождение", "Решение"],
  ["Аманов Асхат", "инспектор", "капитан полиции", "13.12.2024", "сдал", "сдал", 0, "", 2],
  ["Беков Берик", "инспектор", "майор полиции", "10.06.2024", "не сдал", "не сдал", 0, "", 2],
  ["Серикова Сауле", "инспектор", "майор полиции", "", "", "", null, "беременность", null],
];

const host = () =>
  paneHost(
    { Сотрудники: REGISTER, Аттестация: LIST },
    { today: "01.12.2024", settings: { "kadr.extraDaysOff": "18.12.2024" } },
  );

const paneHostOf = (lang: "ru" | "kk") =>
  paneHost({ Сотрудники: REGISTER, Аттестация: LIST }, { lang, today: "01.12.2024" });

/** Types a number into a spin button and leaves it, as a secretary does. */
function setNumber(spin: HTMLElement, value: number) {
  fireEvent.change(spin, { target: { value: String(value) } });
  fireEvent.blur(spin);
}

stubResizeObserver();
afterEach(cleanup);

describe("task pane: Attestation", () => {
  it("shows the list's findings with paragraphs and the timetable with the extra days off", async () => {
    const { paneHost } = host();
    render(<App host={paneHost} />);
    fireEvent.click(await screen.findByRole("tab", { name: "Attestation" }));
    expect(await screen.findByText("List «Аттестация»")).toBeTruthy();
    expect(screen.getByText("3 officers")).toBeTruthy();
    expect(screen.getByText("1 decision not allowed")).toBeTruthy();
    expect(screen.getByText(/^Attestation Rules §18: failed the fitness standards/u)).toBeTruthy();
    expect(screen.getByText(/^Attestation Rules §2: pregnancy/u)).toBeTruthy();
    // 13.12.2024 + 3 working days skipping 16.12 (holiday) and 18.12 (Settings) → 20.12.2024.
    expect(screen.getByText(/protocol 20\.12\.2024$/u)).toBeTruthy();
  });

  it("generates the attestation sheets on a new sheet, one page per attested officer", async () => {
    const { paneHost, workbook, activate } = host();
    render(<App host={paneHost} />);
    fireEvent.click(await screen.findByRole("tab", { name: "Attestation" }));
    fireEvent.click(await screen.findByRole("button", { name: "Generate attestation sheets" }));
    await screen.findByText(/^Added: Attestation sheets\./u);
    const [forms] = workbook.added;
    expect(forms?.name).toBe("Attestation sheets");
    // Two officers are attested (the third is exempt under §2): two pages, one break.
    expect(forms?.page.rowBreaks).toHaveLength(1);
    expect(activate).toHaveBeenCalledWith("Attestation sheets");
  });

  it("checks a meeting's quorum (§12) and vote (§19)", async () => {
    const { paneHost } = host();
    render(<App host={paneHost} />);
    fireEvent.click(await screen.findByRole("tab", { name: "Attestation" }));
    const present = await screen.findByRole("spinbutton", { name: "Members present" });
    expect(screen.getByText(/^Quorum: yes/u)).toBeTruthy();
    fireEvent.change(present, { target: { value: "5" } });
    fireEvent.blur(present);
    await waitFor(() => expect(screen.getByText(/^Quorum: no/u)).toBeTruthy());
    // 4 for and 1 against of 5 carry the vote, but without a quorum nothing is adopted.
    setNumber(screen.getByRole("spinbutton", { name: "Votes against" }), 1);
    await waitFor(() => expect(screen.getByText("Decision adopted: no")).toBeTruthy());
  });

  it("§19 with abstentions: asks for the votes against; a majority of those present adopts, equal votes go to the chair", async () => {
    const { paneHost } = host();
    render(<App host={paneHost} />);
    fireEvent.click(await screen.findByRole("tab", { name: "Attestation" }));
    const votesFor = await screen.findByRole("spinbutton", { name: "Votes for" });
    const against = screen.getByRole("spinbutton", { name: "Votes against" });
    // The defaults: everyone present voted, 4 for and 3 against of 7.
    expect((against as HTMLInputElement).value).toBe("3");
    expect(screen.getByText("Decision adopted: yes")).toBeTruthy();
    // 3 for, 2 against, 2 abstaining: a majority of those voting but not of the 7 present (§19): not adopted.
    setNumber(votesFor, 3);
    setNumber(against, 2);
    await waitFor(() => expect(screen.getByText("Decision adopted: no")).toBeTruthy());
    // 2 for, 2 against: a tie, decided by the chair — and said so while the chair's vote is unknown.
    setNumber(votesFor, 2);
    await waitFor(() =>
      expect(screen.getByText(/^Decision adopted: a tie \(2 for, 2 against, 7 present\)/u)).toBeTruthy(),
    );
    fireEvent.click(screen.getByRole("radio", { name: "no" }));
    await waitFor(() => expect(screen.getByText("Decision adopted: no")).toBeTruthy());
    fireEvent.click(screen.getByRole("radio", { name: "yes" }));
    await waitFor(() => expect(screen.getByText("Decision adopted: yes")).toBeTruthy());
    // More votes than members present: both counts named.
    setNumber(against, 6);
    await waitFor(() =>
      expect(
        screen.getByText("Decision adopted: 2 votes for and 6 against make 8, more than the 7 members present"),
      ).toBeTruthy(),
    );
  });

  it.each([
    ["ru", "Аттестация", "Голосов «против»"],
    ["kk", "Аттестаттау", "«Қарсы» дауыстар"],
  ] as const)("the votes-against field is labelled in %s", async (lang, tab, label) => {
    const { paneHost } = paneHostOf(lang);
    render(<App host={paneHost} />);
    fireEvent.click(await screen.findByRole("tab", { name: tab }));
    expect(await screen.findByRole("spinbutton", { name: label })).toBeTruthy();
  });

  it("the staff checks do not read the attestation list as a register", async () => {
    const { paneHost } = host();
    render(<App host={paneHost} />);
    await screen.findByText(/^As of/u);
    expect(screen.queryByText(/Аманов/u)).toBeNull();
  });
});

// @vitest-environment jsdom
/**
 * The Attestation section in jsdom over an in-memory workbook holding a staff register and an
 * attestation list: findings with their paragraphs, the forms added as new sheets (one page per
 * officer), the meeting check, and the staff checks not mistaking the list for a register.
 */
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
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

const hostWith = (settings: Record<string, string>) =>
  paneHost({ Сотрудники: REGISTER, Аттестация: LIST }, { today: "01.12.2024", settings });
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

  it("a Saturday made a working day in Settings counts in the §20 working days", async () => {
    const { paneHost } = hostWith({ "kadr.extraDaysOff": "18.12.2024", "kadr.extraWorkDays": "14.12.2024" });
    render(<App host={paneHost} />);
    fireEvent.click(await screen.findByRole("tab", { name: "Attestation" }));
    // 13.12.2024 + 3 working days: Sat 14.12 (working), 16.12 holiday, 17.12, 18.12 off, 19.12.
    expect(await screen.findByText(/protocol 19\.12\.2024$/u)).toBeTruthy();
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

  it("a jump to an officer's row or a new sheet that fails shows the error, not nothing", async () => {
    const { paneHost, activate } = host();
    vi.mocked(paneHost.selectRow).mockRejectedValueOnce(new Error("The row is gone"));
    render(<App host={paneHost} />);
    fireEvent.click(await screen.findByRole("tab", { name: "Attestation" }));
    fireEvent.click(await screen.findByRole("button", { name: "Аманов Асхат" }));
    expect(await screen.findByText(/The row is gone/u)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Generate attestation sheets" }));
    const open = await screen.findByRole("button", { name: "Open «Attestation sheets»" });
    activate.mockRejectedValueOnce(new Error("The sheet is gone"));
    fireEvent.click(open);
    expect(await screen.findByText(/The sheet is gone/u)).toBeTruthy();
  });

  it("checks a meeting's quorum (§12) and vote (§19)", async () => {
    const { paneHost } = host();
    render(<App host={paneHost} />);
    fireEvent.click(await screen.findByRole("tab", { name: "Attestation" }));
    const present = await screen.findByRole("spinbutton", { name: "Present (the secretary included)" });
    expect(screen.getByText(/^Quorum: yes/u)).toBeTruthy();
    setNumber(present, 5);
    await waitFor(() => expect(screen.getByText(/^Quorum: no/u)).toBeTruthy());
    // 4 for and none against of the 4 voting members present would carry the vote, but a meeting
    // without a quorum takes no decision (§12): that alone is said, not the vote.
    setNumber(screen.getByRole("spinbutton", { name: "Votes for" }), 4);
    setNumber(screen.getByRole("spinbutton", { name: "Votes against" }), 0);
    await waitFor(() =>
      expect(
        screen.getByText("Without a quorum the meeting is not valid and takes no decision (Attestation Rules §12)."),
      ).toBeTruthy(),
    );
    expect(screen.queryByText(/^Decision adopted/u)).toBeNull();
    expect(screen.queryByText(/voting members present/u)).toBeNull();
  });

  it("says only what is wrong when more are present than the commission has (§12)", async () => {
    const { paneHost } = host();
    render(<App host={paneHost} />);
    fireEvent.click(await screen.findByRole("tab", { name: "Attestation" }));
    setNumber(await screen.findByRole("spinbutton", { name: "Commission composition (the secretary included)" }), 9);
    setNumber(screen.getByRole("spinbutton", { name: "Present (the secretary included)" }), 12);
    await waitFor(() => expect(screen.getByText(/^Quorum: /u).textContent).toMatch(/12/u));
    expect(screen.queryByText(/^Decision adopted/u)).toBeNull();
    expect(screen.queryByText(/^Without a quorum/u)).toBeNull();
  });

  it("§12 counts the composition and those present with the secretary; §19 the voting members, without (§11)", async () => {
    const { paneHost } = host();
    render(<App host={paneHost} />);
    fireEvent.click(await screen.findByRole("tab", { name: "Attestation" }));
    const composition = await screen.findByRole("spinbutton", {
      name: "Commission composition (the secretary included)",
    });
    const present = screen.getByRole("spinbutton", { name: "Present (the secretary included)" });
    const secretary = screen.getByRole("checkbox", { name: "The secretary is present" });
    // The defaults: a regional commission of the decree, everyone present, the secretary too.
    expect((composition as HTMLInputElement).value).toBe("10");
    expect((secretary as HTMLInputElement).checked).toBe(true);
    expect(
      screen.getByText(
        "The quorum counts the composition and those present with the secretary: 10 present of 10; at least 7 are needed.",
      ),
    ).toBeTruthy();
    expect(
      screen.getByText(
        "The vote is counted without the secretary, who does not vote (Attestation Rules §11): 9 voting members present.",
      ),
    ).toBeTruthy();
    expect(screen.getByText("Decision adopted: yes")).toBeTruthy();
    // 6 voting members and the secretary: 7 of 10 is a quorum (7 × 3 ≥ 10 × 2); the vote is of 6.
    setNumber(present, 7);
    await waitFor(() => expect(screen.getByText(/^Quorum: yes/u)).toBeTruthy());
    expect(screen.getByText(/: 6 voting members present\.$/u)).toBeTruthy();
    // 5 for and 4 against make 9, more than the 6 voting members present.
    expect(
      screen.getByText("Decision adopted: 5 votes for and 4 against make 9, more than the 6 members present"),
    ).toBeTruthy();
    // 3 for, 3 against of the 6: a tie, decided by the chair (§19).
    setNumber(screen.getByRole("spinbutton", { name: "Votes for" }), 3);
    setNumber(screen.getByRole("spinbutton", { name: "Votes against" }), 3);
    await waitFor(() =>
      expect(screen.getByText(/^Decision adopted: a tie \(3 for, 3 against, 6 present\)/u)).toBeTruthy(),
    );
    // The secretary away: the same 7 present are 7 voting members; the tie is now of 7.
    fireEvent.click(secretary);
    await waitFor(() =>
      expect(
        screen.getByText("The vote is counted on the voting members present: 7 (the secretary is absent)."),
      ).toBeTruthy(),
    );
    expect(screen.getByText(/^Decision adopted: a tie \(3 for, 3 against, 7 present\)/u)).toBeTruthy();
    // 6 of 10 is no quorum, secretary or not.
    setNumber(present, 6);
    await waitFor(() => expect(screen.getByText(/^Quorum: no/u)).toBeTruthy());
    expect(screen.queryByText(/^The quorum counts/u)).toBeTruthy();
  });

  it("offers the decree's compositions as presets: central (8) and regional (10), the secretary included", async () => {
    const { paneHost } = host();
    render(<App host={paneHost} />);
    fireEvent.click(await screen.findByRole("tab", { name: "Attestation" }));
    const presets = await screen.findByRole("group", { name: "The decree's compositions" });
    const central = screen.getByRole("button", { name: "Central commission (8)" });
    const regional = screen.getByRole("button", { name: "Regional commission (10)" });
    expect(presets.contains(central) && presets.contains(regional)).toBe(true);
    expect(central.getAttribute("title")).toBe("Decree No. 490 §3(2)");
    expect(regional.getAttribute("aria-pressed")).toBe("true");
    const composition = screen.getByRole("spinbutton", { name: "Commission composition (the secretary included)" });
    // Everyone of 10 was present: the central preset keeps those present within its 8.
    fireEvent.click(central);
    await waitFor(() => expect((composition as HTMLInputElement).value).toBe("8"));
    expect(central.getAttribute("aria-pressed")).toBe("true");
    expect(screen.getByText(/: 8 present of 8; at least 6 are needed\.$/u)).toBeTruthy();
    // 6 of the central 8 (the secretary among them) is a quorum, 5 is not.
    const present = screen.getByRole("spinbutton", { name: "Present (the secretary included)" });
    setNumber(present, 6);
    await waitFor(() => expect(screen.getByText(/^Quorum: yes/u)).toBeTruthy());
    setNumber(present, 5);
    await waitFor(() => expect(screen.getByText(/^Quorum: no/u)).toBeTruthy());
    // Back to a regional commission: those present are kept, 5 of 10 is no quorum.
    fireEvent.click(regional);
    await waitFor(() => expect((composition as HTMLInputElement).value).toBe("10"));
    expect(screen.getByText(/: 5 present of 10; at least 7 are needed\.$/u)).toBeTruthy();
  });

  it("the secretary alone, or marked present with nobody present, gives no vote to count", async () => {
    const { paneHost } = host();
    render(<App host={paneHost} />);
    fireEvent.click(await screen.findByRole("tab", { name: "Attestation" }));
    const present = await screen.findByRole("spinbutton", { name: "Present (the secretary included)" });
    // A commission of one, the secretary: the quorum holds, and there is still no vote.
    setNumber(screen.getByRole("spinbutton", { name: "Commission composition (the secretary included)" }), 1);
    setNumber(screen.getByRole("spinbutton", { name: "Votes for" }), 0);
    setNumber(screen.getByRole("spinbutton", { name: "Votes against" }), 0);
    setNumber(present, 1);
    await waitFor(() =>
      expect(
        screen.getByText(
          "Decision adopted: only the secretary is present, and the secretary does not vote (Attestation Rules §11): there is no vote to count",
        ),
      ).toBeTruthy(),
    );
    setNumber(present, 0);
    await waitFor(() => expect(screen.getByText(/^0 present, but the secretary is marked present/u)).toBeTruthy());
    expect(screen.queryByText(/^Decision adopted/u)).toBeNull();
    expect(screen.queryByText(/voting members present/u)).toBeNull();
  });

  it("§19 with abstentions: asks for the votes against; a majority of those present adopts, equal votes go to the chair", async () => {
    const { paneHost } = host();
    render(<App host={paneHost} />);
    fireEvent.click(await screen.findByRole("tab", { name: "Attestation" }));
    const votesFor = await screen.findByRole("spinbutton", { name: "Votes for" });
    const against = screen.getByRole("spinbutton", { name: "Votes against" });
    // The defaults: every voting member present voted, 5 for and 4 against of 9.
    expect((against as HTMLInputElement).value).toBe("4");
    expect(screen.getByText("Decision adopted: yes")).toBeTruthy();
    // 8 present with the secretary: 7 voting members (§11).
    setNumber(screen.getByRole("spinbutton", { name: "Present (the secretary included)" }), 8);
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

  it.each([
    [
      "ru",
      "Аттестация",
      ["Состав комиссии (включая секретаря)", "Присутствует (включая секретаря)"],
      "Секретарь присутствует",
      ["Центральная комиссия (8)", "Региональная комиссия (10)"],
      "Кворум считается по составу и присутствующим вместе с секретарём: присутствует 10 из 10; нужно не менее 7.",
      /^Голоса считаются без секретаря, он не голосует \(п\. 11 Правил аттестации\): присутствует голосующих членов — 9\.$/u,
    ],
    [
      "kk",
      "Аттестаттау",
      ["Комиссия құрамы (хатшыны қоса)", "Қатысқандар (хатшыны қоса)"],
      "Хатшы қатысты",
      ["Орталық комиссия (8)", "Өңірлік комиссия (10)"],
      "Кворум құрам мен қатысқандар бойынша хатшыны қоса саналады: 10 адамнан 10 қатысты; кемінде 7 керек.",
      /^Дауыстар хатшысыз саналады, .*\(Аттестаттау қағидаларының 11-тармағы\): дауыс беретін 9 мүше қатысты\.$/u,
    ],
  ] as const)(
    "the meeting check asks with the secretary and says both counts in %s",
    async (lang, tab, spins, box, presets, quorum, vote) => {
      const { paneHost } = paneHostOf(lang);
      render(<App host={paneHost} />);
      fireEvent.click(await screen.findByRole("tab", { name: tab }));
      for (const name of spins) expect(await screen.findByRole("spinbutton", { name })).toBeTruthy();
      expect(screen.getByRole("checkbox", { name: box })).toBeTruthy();
      for (const name of presets) expect(screen.getByRole("button", { name })).toBeTruthy();
      expect(screen.getByText(quorum)).toBeTruthy();
      expect(screen.getByText(vote)).toBeTruthy();
    },
  );

  it("the staff checks do not read the attestation list as a register", async () => {
    const { paneHost } = host();
    render(<App host={paneHost} />);
    await screen.findByText(/^As of/u);
    expect(screen.queryByText(/Аманов/u)).toBeNull();
  });
});

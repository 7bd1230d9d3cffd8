/**
 * The ribbon's "Build annual report" function command, through the real entry (commands.ts):
 * Office.js mocked with office-addin-mock (Office.onReady, Office.actions.associate,
 * Office.addin.showAsTaskpane) and the Excel object model of test/adapters/office/excelMock.ts.
 * "Today" is frozen at 25.11.2026 (test/support/setup.ts), so the report is for 2025.
 */
import { OfficeMockObject } from "office-addin-mock";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { resetOfficeLanguage } from "../../src/adapters/office/language";
import { excelMock, type SheetFixture } from "../adapters/office/excelMock";

type Handler = (event: { completed: () => void }) => void;

const REGISTER: SheetFixture = {
  name: "Сотрудники",
  values: [
    ["ГУ «Тест»", "", "", "", ""],
    ["ФИО", "Категория", "Корпус", "Дата назначения", "Последнее повышение квалификации"],
    ["Иванова Мария", "С-О-3", "Б", 45300, 45600],
    ["Петров Олег", "C-9", "Б", 45300, 44000],
  ],
};

async function setUp(displayLanguage: string, sheets: SheetFixture[]) {
  const handlers: Record<string, Handler> = {};
  const shown = vi.fn(async () => undefined);
  const office = new OfficeMockObject({
    context: { displayLanguage, requirements: { isSetSupported: () => true } },
    onReady: async (callback?: () => void) => callback?.(),
    actions: { associate: (id: string, handler: Handler) => (handlers[id] = handler) },
    addin: { showAsTaskpane: shown },
  });
  // office-addin-mock serves properties once loaded, as Office.js proxies do.
  office.context.load("displayLanguage");
  await office.context.sync();
  const excel = excelMock(sheets);
  const notice = { textContent: "", hidden: true };
  vi.stubGlobal("Office", office);
  vi.stubGlobal("Excel", { run: excel.run });
  vi.stubGlobal("document", { getElementById: (id: string) => (id === "notice" ? notice : null) });
  await import("../../src/commands/commands");
  await Promise.resolve();
  const click = async () => {
    const completed = vi.fn();
    handlers["buildAnnualReport"]?.({ completed });
    await vi.waitFor(() => expect(completed).toHaveBeenCalledOnce());
  };
  return { excel, notice, shown, click };
}

describe("Build annual report (ribbon command)", () => {
  beforeEach(() => {
    resetOfficeLanguage();
    vi.resetModules();
  });
  afterEach(() => vi.unstubAllGlobals());

  it("builds the last full year's report on a new sheet, brings it to the front and says what it did", async () => {
    const { excel, notice, shown, click } = await setUp("ru-RU", [REGISTER, { name: "Отчёт 2025" }]);
    await click();
    expect(excel.added.map((s) => s.name)).toEqual(["Отчёт 2025 (2)"]);
    expect(excel.worksheets.getItem).toHaveBeenCalledWith("Отчёт 2025 (2)");
    expect(excel.activate).toHaveBeenCalledOnce();
    expect(shown).toHaveBeenCalled();
    expect(notice.hidden).toBe(false);
    expect(notice.textContent).toMatch(
      /^Добавлен лист «Отчёт 2025 \(2\)»: за 2025 год .* не прочитано строк: 1\. Срок представления — 10\.01\.2026\./u,
    );
    // The register has no first-entry, first-leadership, retraining, hours or rating columns and no
    // log: the overdue count is "not checked", not 0, and the notice says where the list is.
    expect(notice.textContent).toContain("просрочено: не проверено");
    // No log: no document numbers either (Rules §3, §4), the ninth.
    expect(notice.textContent).toMatch(/Не проверено из-за отсутствия столбцов: 9 — перечислено вверху отчёта\.$/u);
    // read (2) + write (1) + activate (1): a constant number of round trips.
    expect(excel.sync).toHaveBeenCalledTimes(4);
  });

  it.each([
    ["kk-KZ", /^«Есеп 2025» парағы қосылды/u],
    ["en-US", /^«Report 2025» added/u],
  ])("speaks %s", async (tag, pattern) => {
    const { notice, click } = await setUp(tag, [REGISTER]);
    await click();
    expect(notice.textContent).toMatch(pattern);
  });

  it("changes nothing and says why when no sheet is a staff register or a log", async () => {
    const { excel, notice, click } = await setUp("en-US", [{ name: "Notes", values: [["hello"]] }]);
    await click();
    expect(excel.added).toEqual([]);
    expect(notice.textContent).toMatch(/^No sheet of this workbook looks like a staff register .*looked at: Notes\)/u);
  });

  it("an attestation list alone: no report, and the notice points to the Attestation section", async () => {
    const list: SheetFixture = {
      name: "Аттестация",
      values: [
        ["ФИО", "Должность", "Дата заседания", "Решение"],
        ["Аманов Асхат", "инспектор", 45639, 2],
      ],
    };
    const { excel, notice, click } = await setUp("ru-RU", [list]);
    await click();
    expect(excel.added).toEqual([]);
    expect(notice.textContent).toContain("просмотрены: Аттестация");
    expect(notice.textContent).toMatch(/«Аттестация» — список на аттестацию: график и формы — в разделе «Аттестация»/u);
  });

  it("shows a failure to the user and still completes the event", async () => {
    const { notice, click } = await setUp("ru-RU", [REGISTER]);
    vi.stubGlobal("Excel", {
      run: async () => {
        throw new Error("Книга заблокирована");
      },
    });
    await click();
    expect(notice.textContent).toBe("Команда не выполнена: Книга заблокирована");
  });
});

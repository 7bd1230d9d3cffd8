/**
 * The Office host of the pane writing rule columns: one Excel.run batch with one context.sync(),
 * headers, formulas and number formats set for every row at once, nothing else touched.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { ruleColumns } from "../../src/sheet/ruleColumns";
import { officePaneHost } from "../../src/taskpane/officePaneHost";
import type { CellValue } from "../../src/workbook/port";
import { serial } from "../cases/functionCases";

interface FakeRange {
  at: [number, number, number, number];
  values?: unknown[][];
  formulas?: unknown[][];
  numberFormat?: unknown[][];
  format: { font: { bold?: boolean }; autofitColumns: () => void };
}

function fakeExcel() {
  const ranges: FakeRange[] = [];
  const sync = vi.fn(async () => undefined);
  const sheet = {
    getRangeByIndexes: (row: number, col: number, rows: number, cols: number) => {
      const range: FakeRange = { at: [row, col, rows, cols], format: { font: {}, autofitColumns: vi.fn() } };
      ranges.push(range);
      return range;
    },
  };
  const getItem = vi.fn(() => sheet);
  const context = { workbook: { worksheets: { getItem } }, sync };
  vi.stubGlobal("Excel", { run: async <T>(batch: (c: typeof context) => Promise<T>) => batch(context) });
  vi.stubGlobal("Office", { context: { document: { settings: { get: () => null } } } });
  return { ranges, sync, getItem };
}

afterEach(() => vi.unstubAllGlobals());

describe("officePaneHost().addColumns", () => {
  it("writes 1,000 rows of formulas in one sync", async () => {
    const rows: CellValue[][] = [["ФИО", "Категория", "Корпус", "Дата назначения"]];
    for (let i = 0; i < 1000; i++) rows.push([`Сотрудник ${i}`, "C-1", "Б", 45000 + i]);
    const plan = ruleColumns({ name: "Staff", rows }, serial("15.01.2026"), "en");
    if (!plan) throw new Error("no plan");
    const excel = fakeExcel();
    await officePaneHost().addColumns(plan);
    expect(excel.sync).toHaveBeenCalledOnce();
    expect(excel.getItem).toHaveBeenCalledWith("Staff");
    const body = excel.ranges.find((r) => r.formulas !== undefined);
    expect(body?.at).toEqual([1, 4, 1000, 4]);
    expect(body?.formulas?.[999]?.[0]).toBe('=IF(B1001="","",KADR.RETRAINING_VENUE(B1001,C1001,"en"))');
    expect(body?.numberFormat?.[0]).toEqual(["@", "dd.mm.yyyy", "dd.mm.yyyy", "@"]);
    const asOf = excel.ranges.find((r) => r.values?.[0]?.[0] === serial("15.01.2026"));
    expect(asOf?.at).toEqual([0, 8, 1, 1]);
    expect(asOf?.numberFormat).toEqual([['"As of "dd.mm.yyyy']]);
  });
});

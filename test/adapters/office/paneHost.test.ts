/**
 * The Office host of the pane writing rule columns: one Excel.run batch with one context.sync(),
 * headers, formulas and number formats set for every row at once, nothing else touched.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { ruleColumns } from "../../../src/sheet/ruleColumns";
import { officePaneHost } from "../../../src/adapters/office/paneHost";
import type { CellValue } from "../../../src/workbook/port";
import { serial } from "../../cases/functionCases";

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

describe("officePaneHost().highlight and clearHighlights", () => {
  it("adds one conditional-format rule per chunk in one sync, remembers their ids, and deletes exactly those", async () => {
    const sync = vi.fn(async () => undefined);
    let next = 0;
    const added: { formula?: string; fill?: string; id: string }[] = [];
    const deleted: string[] = [];
    const rangeOf = () => ({
      conditionalFormats: {
        add: () => {
          const rule = {
            formula: undefined as string | undefined,
            fill: undefined as string | undefined,
            id: `cf${++next}`,
          };
          added.push(rule);
          return {
            custom: {
              rule: {
                set formula(f: string) {
                  rule.formula = f;
                },
              },
              format: {
                fill: {
                  set color(c: string) {
                    rule.fill = c;
                  },
                },
              },
            },
            load: vi.fn(),
            get id() {
              return rule.id;
            },
          };
        },
        getItemOrNullObject: (id: string) => ({ delete: () => void deleted.push(id) }),
      },
    });
    const context = { workbook: { worksheets: { getItem: () => ({ getRange: rangeOf }) } }, sync };
    const store = new Map<string, string>();
    vi.stubGlobal("Excel", {
      run: async <T>(batch: (c: typeof context) => Promise<T>) => batch(context),
      ConditionalFormatType: { custom: "Custom" },
    });
    vi.stubGlobal("Office", {
      AsyncResultStatus: { Succeeded: "succeeded" },
      context: {
        document: {
          settings: {
            get: (key: string) => store.get(key) ?? null,
            set: (key: string, value: string) => void store.set(key, value),
            saveAsync: (done: (r: { status: string }) => void) => done({ status: "succeeded" }),
          },
        },
      },
    });
    const host = officePaneHost();
    const rows = Array.from({ length: 1500 }, (_, i) => i + 3);
    await host.highlight([
      {
        sheet: "Staff",
        range: "A3:F1502",
        formulas: ["=ISNUMBER(MATCH(ROW(),{3},0))", "=ISNUMBER(MATCH(ROW(),{4},0))"],
        fill: "#FDE7E9",
        rows,
      },
    ]);
    expect(sync).toHaveBeenCalledOnce();
    expect(added.map((r) => [r.formula, r.fill])).toEqual([
      ["=ISNUMBER(MATCH(ROW(),{3},0))", "#FDE7E9"],
      ["=ISNUMBER(MATCH(ROW(),{4},0))", "#FDE7E9"],
    ]);
    expect(JSON.parse(store.get("kadr.highlights") ?? "[]")).toEqual([
      { sheet: "Staff", id: "cf1" },
      { sheet: "Staff", id: "cf2" },
    ]);
    await host.clearHighlights();
    expect(sync).toHaveBeenCalledTimes(2);
    expect(deleted).toEqual(["cf1", "cf2"]);
    expect(store.get("kadr.highlights")).toBe("[]");
  });
});

describe("officePaneHost().theme follows Office's theme", () => {
  it.each([
    [{ bodyBackgroundColor: "#262626" }, "dark"],
    [{ bodyBackgroundColor: "#FFFFFF" }, "light"],
    [undefined, "light"], // Excel without the theme API
  ])("%j → %s", (officeTheme, theme) => {
    vi.stubGlobal("Office", { context: { officeTheme, displayLanguage: "ru-RU", document: { settings: {} } } });
    expect(officePaneHost().theme).toBe(theme);
  });
});

/**
 * An Excel object model for the Office.js adapter's tests, on office-addin-mock.
 *
 * Reads go through OfficeMockObject, so a scalar (`values`, `name`, `isNullObject`…) reads as an
 * error string until it has been `load`ed and then `context.sync()`ed, as with Office.js proxies.
 * Writes go to plain recording fakes (sheet, ranges, tables, charts): the adapter never reads
 * them back, and the fakes keep the order of property writes, which the mock does not.
 */
import { OfficeMockObject } from "office-addin-mock";
import { vi, type Mock } from "vitest";
import type { ExcelRun } from "../../../src/adapters/office/officeWorkbook";

/** A worksheet as Excel would report it; no `values` means an empty sheet (null used range). */
export interface SheetFixture {
  readonly name: string;
  readonly values?: readonly (readonly unknown[])[];
  readonly numberFormat?: readonly (readonly string[])[];
  readonly rowIndex?: number;
  readonly columnIndex?: number;
}

export interface FakeRange {
  readonly row: number;
  readonly col: number;
  readonly rowCount: number;
  readonly columnCount: number;
  /** Names of the value-like properties in the order they were set. */
  readonly writes: string[];
  values?: unknown[][];
  numberFormat?: string[][];
  formulas?: unknown[][];
  readonly format: {
    readonly font: { bold?: boolean; italic?: boolean; size?: number; color?: string };
    readonly fill: { color?: string };
    columnWidth?: number;
    rowHeight?: number;
    wrapText?: boolean;
    horizontalAlignment?: string;
    verticalAlignment?: string;
    readonly borders: { readonly getItem: Mock<(edge: string) => FakeBorder> };
  };
  /** The borders asked for by edge ("EdgeBottom"…), as set. */
  readonly edges: Record<string, FakeBorder>;
  readonly merge: Mock<(across?: boolean) => void>;
}

export interface FakeBorder {
  style?: string;
  weight?: string;
}

export interface FakeTable {
  name?: string;
  style?: string;
  showTotals?: boolean;
  readonly totalsRow: FakeRange;
  readonly getTotalRowRange: Mock<() => FakeRange>;
}

export interface FakeChart {
  readonly title: { text?: string };
  readonly legend: { visible?: boolean };
  readonly setPosition: Mock<(start: string, end?: string) => void>;
}

export interface FakeSheet {
  readonly name: string;
  /** Every range the adapter asked for, in order. */
  readonly ranges: FakeRange[];
  readonly getRangeByIndexes: Mock<(row: number, col: number, rowCount: number, columnCount: number) => FakeRange>;
  readonly tables: { readonly add: Mock<(address: FakeRange | string, hasHeaders: boolean) => FakeTable> };
  readonly charts: { readonly add: Mock<(type: string, source: FakeRange, seriesBy?: string) => FakeChart> };
  readonly freezePanes: { readonly freezeRows: Mock<(count?: number) => void> };
  /** setPrintArea is not enumerable, so `toEqual` on pageLayout sees only the properties set. */
  readonly pageLayout: {
    orientation?: string;
    paperSize?: string;
    zoom?: unknown;
    readonly setPrintArea: Mock<(area: FakeRange | string) => void>;
  };
  readonly horizontalPageBreaks: { readonly add: Mock<(pageBreakRange: FakeRange | string) => unknown> };
}

/** A range recording what is written to it; values, numberFormat and formulas log their order. */
export function fakeRange(row: number, col: number, rowCount: number, columnCount: number): FakeRange {
  const writes: string[] = [];
  const stored: Record<string, unknown> = {};
  const edges: Record<string, FakeBorder> = {};
  const borders = { getItem: vi.fn((edge: string) => (edges[edge] ??= {})) };
  const range = {
    row,
    col,
    rowCount,
    columnCount,
    writes,
    edges,
    format: { font: {}, fill: {}, borders },
    merge: vi.fn(),
  };
  for (const key of ["values", "numberFormat", "formulas"]) {
    Object.defineProperty(range, key, {
      enumerable: true,
      get: () => stored[key],
      set: (value: unknown) => {
        writes.push(key);
        stored[key] = value;
      },
    });
  }
  return range as FakeRange;
}

function fakeSheet(name: string): FakeSheet {
  const ranges: FakeRange[] = [];
  return {
    name,
    ranges,
    getRangeByIndexes: vi.fn((row: number, col: number, rowCount: number, columnCount: number) => {
      const range = fakeRange(row, col, rowCount, columnCount);
      ranges.push(range);
      return range;
    }),
    tables: {
      add: vi.fn(() => {
        const totalsRow = fakeRange(-1, -1, 1, 0);
        return { totalsRow, getTotalRowRange: vi.fn(() => totalsRow) };
      }),
    },
    charts: { add: vi.fn(() => ({ title: {}, legend: {}, setPosition: vi.fn() })) },
    freezePanes: { freezeRows: vi.fn() },
    pageLayout: Object.defineProperty({}, "setPrintArea", {
      value: vi.fn(),
      enumerable: false,
    }) as FakeSheet["pageLayout"],
    horizontalPageBreaks: { add: vi.fn(() => ({})) },
  };
}

/**
 * A workbook holding `sheets`, in the given date system.
 *
 * @returns the mock, its `run` (pass it where production passes `Excel.run`), a spy on
 * `context.sync`, and the recorders of what the adapter asked for.
 */
export function excelMock(sheets: readonly SheetFixture[], options: { dateSystem?: 1900 | 1904 } = {}) {
  const added: FakeSheet[] = [];
  const collectionLoads: string[] = [];
  const usedRangeCalls: { sheet: string; valuesOnly: boolean | undefined }[] = [];
  const activate = vi.fn();
  // The mock's functions reach back into its own tree, which exists only once it is built.
  const built: { mock?: OfficeMockObject } = {};
  const tree = (): OfficeMockObject => {
    if (!built.mock) throw new Error("mock not built yet");
    return built.mock;
  };
  const date = vi.fn((_year: number, _month: number, _day: number) => tree().context.workbook.functions.dateProbe);

  const mock = new OfficeMockObject({
    context: {
      workbook: {
        worksheets: {
          items: sheets.map((sheet, i) => ({
            name: sheet.name,
            getUsedRangeOrNullObject: (valuesOnly?: boolean) => {
              usedRangeCalls.push({ sheet: sheet.name, valuesOnly });
              return tree().context.usedRanges[`sheet${i}`];
            },
          })),
          // office-addin-mock keeps arrays as plain values, so it cannot follow "items/name" into
          // them: record what was asked and load the whole `items` array, which still reads as an
          // error until context.sync().
          load(this: OfficeMockObject, properties: string) {
            collectionLoads.push(properties);
            return OfficeMockObject.prototype.load.call(this, "items");
          },
          add: vi.fn((name: string) => {
            const sheet = fakeSheet(name);
            added.push(sheet);
            return sheet;
          }),
          getItem: vi.fn((name: string) => ({ name, activate })),
        },
        // DATE(1904;1;1) as Excel's calculation engine answers it in each system.
        functions: { dateProbe: { value: options.dateSystem === 1904 ? 0 : 1462 }, date },
      },
      // Used ranges live in the tree (under context) so that context.sync() fills them in.
      usedRanges: Object.fromEntries(sheets.map((sheet, i) => [`sheet${i}`, usedRange(sheet)])),
    },
    run: <T>(batch: (context: unknown) => Promise<T>) => batch(tree().context),
  });
  built.mock = mock;

  const run: ExcelRun = mock.run;
  const sync = vi.spyOn(mock.context, "sync");
  return {
    mock,
    run,
    sync,
    added,
    collectionLoads,
    usedRangeCalls,
    date,
    activate,
    worksheets: mock.context.workbook.worksheets,
  };
}

function usedRange(sheet: SheetFixture) {
  // A null object still has the properties, so that loading them is not what fails.
  if (!sheet.values) return { values: [], numberFormat: [], rowIndex: 0, columnIndex: 0, isNullObject: true };
  return {
    values: sheet.values,
    numberFormat: sheet.numberFormat ?? sheet.values.map((row) => row.map(() => "General")),
    rowIndex: sheet.rowIndex ?? 0,
    columnIndex: sheet.columnIndex ?? 0,
    isNullObject: false,
  };
}

/**
 * Stubs the `Office` global with a host supporting ExcelApi up to 1.`minor`. Unstub with
 * `vi.unstubAllGlobals()`.
 */
export function stubOffice(minor: number): Mock<(set: string, version: string) => boolean> {
  const isSetSupported = vi.fn(
    (set: string, version: string) => set === "ExcelApi" && Number(version.split(".")[1]) <= minor,
  );
  vi.stubGlobal("Office", { context: { requirements: { isSetSupported } } });
  return isSetSupported;
}

/**
 * An in-memory Google spreadsheet with the Apps Script surface of src/adapters/sheets/gasTypes.ts
 * (plus the few calls the Apps Script entry points make: getSpreadsheetLocale, toast), for tests of
 * the Sheets adapter and of the bundled Code.js run in a `vm` context. Plain objects with methods,
 * no classes: a script from another realm can call them as it calls Apps Script's.
 *
 * It behaves as Sheets does where the adapter depends on it:
 * - `getValues()` returns "" for an empty cell, a `Date` for a cell holding a date — one given as a
 *   Date in the fixture, or a number written under a date number format ("dd.mm.yyyy"), returned
 *   as that day's midnight (plus its time) in the spreadsheet's zone — and the result of a formula
 *   `=SUM(A1:B2)` (other formulas throw: the fake cannot evaluate them).
 * - A string written by `setValues` into a cell whose number format is "@" stays text; elsewhere a
 *   string starting with "=" is a formula and a string of digits a number, as if typed.
 * - A sheet has a grid, 1000 × 26 when inserted: a range outside it throws, and so does a 2-D
 *   array whose size is not the range's.
 * - `merge()` (and `mergeAcross()`, row by row) keeps the top-left value; merging across part of
 *   another merge throws.
 * - `insertSheet` refuses a name taken in any case, and the new sheet becomes the active one.
 *
 * Every call into the fake is recorded in `calls` as `Type.method` ("Range.setValues",
 * "Sheet.getRange", "RangeList.setBorder", "Spreadsheet.insertSheet", "ChartBuilder.setOption"…),
 * with the sheet's name and the arguments, so that tests can count them.
 */
import type {
  EmbeddedChartBuilderLike,
  GasCellValue,
  RangeLike,
  RangeListLike,
  SheetLike,
  SpreadsheetLike,
} from "../../src/adapters/sheets/gasTypes";

export interface FakeCall {
  /** `Type.method`, e.g. "Range.setValues". */
  readonly method: string;
  /** The sheet the call was on, or null for the spreadsheet's own calls. */
  readonly sheet: string | null;
  readonly args: readonly unknown[];
}

/** A border call on a range, as setBorder got it. */
export interface FakeBorder {
  readonly range: string;
  readonly top: boolean | null;
  readonly left: boolean | null;
  readonly bottom: boolean | null;
  readonly right: boolean | null;
  readonly vertical: boolean | null;
  readonly horizontal: boolean | null;
}

/** A chart as built: its type, data ranges (A1), header count, position and options. */
export interface FakeChart {
  readonly type: string | null;
  readonly ranges: readonly string[];
  readonly numHeaders: number | null;
  readonly position: {
    readonly row: number;
    readonly column: number;
    readonly offsetX: number;
    readonly offsetY: number;
  } | null;
  readonly options: Readonly<Record<string, unknown>>;
}

/** Per-cell formats the plural setters write. */
export const FORMAT_KINDS = [
  "numberFormats",
  "fontWeights",
  "fontStyles",
  "fontSizes",
  "fontColors",
  "backgrounds",
  "horizontalAlignments",
  "verticalAlignments",
  "wraps",
] as const;
export type FormatKind = (typeof FORMAT_KINDS)[number];

/** One cell's stored value and formats (undefined: never set). */
export interface FakeCell {
  /** As stored: a formula as its text, a date written as a number as that number. */
  readonly raw: unknown;
  /** The formula, when the cell holds one. */
  readonly formula: string | undefined;
  /** As `getValues()` returns it. */
  readonly value: unknown;
  readonly numberFormat: unknown;
  readonly fontWeight: unknown;
  readonly fontStyle: unknown;
  readonly fontSize: unknown;
  readonly fontColor: unknown;
  readonly background: unknown;
  readonly horizontalAlignment: unknown;
  readonly verticalAlignment: unknown;
  readonly wrap: unknown;
}

/** What a test can see of one sheet. Rows and columns are 1-based as in Apps Script; A1 strings too. */
export interface FakeSheetState {
  readonly name: string;
  /** Stored values, row by row from A1 (ragged; missing = empty); a formula as its text. */
  readonly values: unknown[][];
  /** Formulas where setValues wrote one ("=SUM(B5:B9)"), same layout. */
  readonly formulas: (string | undefined)[][];
  readonly formats: Record<FormatKind, unknown[][]>;
  /** Merged ranges, A1, in the order merged. */
  readonly merges: string[];
  readonly borders: FakeBorder[];
  /** Pixels by 1-based column / row. */
  readonly columnWidths: Map<number, number>;
  readonly rowHeights: Map<number, number>;
  frozenRows: number;
  readonly charts: FakeChart[];
  maxRows: number;
  maxColumns: number;
  /** The cell at "B3". */
  cell(a1: string): FakeCell;
  /** What getDataRange().getValues() returns, without recording a call. */
  read(): unknown[][];
}

export interface FakeSpreadsheetOptions {
  /** The spreadsheet's zone; Asia/Almaty by default. */
  readonly timeZone?: string;
  /** getSpreadsheetLocale(); "ru_RU" by default. */
  readonly locale?: string;
}

/** A range of the fake: Apps Script's Range methods the adapter calls, and a few more. */
export interface FakeRange extends RangeLike {
  getRow(): number;
  getColumn(): number;
  getNumRows(): number;
  getNumColumns(): number;
  getA1Notation(): string;
  setBorder(...sides: (boolean | null)[]): FakeRange;
}

export interface FakeRangeList extends RangeListLike {
  getRanges(): FakeRange[];
}

/** A sheet of the fake; `__state` is the test's view of it. */
export interface FakeSheet extends SheetLike {
  readonly __state: FakeSheetState;
  /** Also getRange("B3:D5"), as Apps Script has it. */
  getRange(row: number | string, column?: number, numRows?: number, numColumns?: number): FakeRange;
  getDataRange(): FakeRange;
  getRangeList(a1Notations: string[]): FakeRangeList;
  getLastRow(): number;
  getLastColumn(): number;
  setColumnWidth(column: number, width: number): FakeSheet;
  setRowHeight(row: number, height: number): FakeSheet;
}

/** The fake spreadsheet: Apps Script's methods and the test's helpers. */
export interface FakeSpreadsheet extends SpreadsheetLike {
  getSheets(): FakeSheet[];
  getSheetByName(name: string): FakeSheet | null;
  insertSheet(sheetName: string, sheetIndex?: number): FakeSheet;
  setActiveSheet(sheet: SheetLike): FakeSheet;
  getSpreadsheetLocale(): string;
  getActiveSheet(): FakeSheet;
  toast(message: string, title?: string, seconds?: number): void;
  /** Every call so far, in order. */
  readonly calls: FakeCall[];
  /** Calls of one `Type.method` (all calls without an argument). */
  count(method?: string): number;
  /** Forgets the calls so far. */
  resetCalls(): void;
  /** A sheet's state by name (exact); throws when there is none. */
  sheet(name: string): FakeSheetState;
  /** Sheet names in tab order. */
  sheetNames(): string[];
  activeSheetName(): string;
  /** Messages shown by toast(). */
  readonly toasts: string[];
}

const NEW_SHEET_ROWS = 1000;
const NEW_SHEET_COLUMNS = 26;
const MS_PER_DAY = 86_400_000;
/** Sheets' day 0, 30.12.1899, as a UTC instant. */
const SHEETS_EPOCH = Date.UTC(1899, 11, 30);

/** Column letters → 1-based number ("AA" → 27). */
function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

function columnLetters(column: number): string {
  let letters = "";
  for (let c = column; c > 0; c = Math.floor((c - 1) / 26))
    letters = String.fromCharCode(65 + ((c - 1) % 26)) + letters;
  return letters;
}

/** 1-based area of "B3" or "B3:D5". */
export function parseA1(a1: string): { row: number; column: number; numRows: number; numColumns: number } {
  const match = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/i.exec(a1.trim());
  if (!match) throw new Error(`Fake spreadsheet: cannot read the range "${a1}"`);
  const column = columnNumber(match[1] as string);
  const row = Number(match[2]);
  const toColumn = match[3] === undefined ? column : columnNumber(match[3]);
  const toRow = match[4] === undefined ? row : Number(match[4]);
  return { row, column, numRows: toRow - row + 1, numColumns: toColumn - column + 1 };
}

export function toA1(row: number, column: number, numRows = 1, numColumns = 1): string {
  const from = `${columnLetters(column)}${row}`;
  return numRows === 1 && numColumns === 1
    ? from
    : `${from}:${columnLetters(column + numColumns - 1)}${row + numRows - 1}`;
}

/** Offset of `timeZone` from UTC at `instant`, in ms. */
function zoneOffset(instant: number, timeZone: string): number {
  const parts: Record<string, number> = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    })
      .formatToParts(new Date(instant))
      .map((part) => [part.type, Number(part.value)]),
  );
  const part = (type: string) => parts[type] ?? 0;
  const local = Date.UTC(part("year"), part("month") - 1, part("day"), part("hour"), part("minute"), part("second"));
  return local - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant of a wall-clock time in `timeZone`: how Sheets hands a date cell to a script
 * (`dateInZone("Asia/Almaty", 2024, 8, 31)` is 2024-08-30T19:00:00Z).
 */
export function dateInZone(timeZone: string, year: number, month: number, day: number, seconds = 0): Date {
  const wall = Date.UTC(year, month - 1, day) + seconds * 1000;
  let instant = wall - zoneOffset(wall, timeZone);
  // Once more, in case the offset differs at the instant found (a daylight-saving change).
  instant = wall - zoneOffset(instant, timeZone);
  return new Date(instant);
}

/** A Sheets serial (days from 30.12.1899, with a time as the fraction) as Sheets hands it to a script. */
function serialToDate(serial: number, timeZone: string): Date {
  const days = Math.floor(serial);
  const day = new Date(SHEETS_EPOCH + days * MS_PER_DAY);
  const seconds = Math.round((serial - days) * 86_400);
  return dateInZone(timeZone, day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), seconds);
}

const isDateFormat = (format: unknown): boolean =>
  typeof format === "string" && format !== "@" && /dd|yy/i.test(format);

/**
 * A fake spreadsheet holding `sheets` (values as getValues would give them, from A1: "" for empty,
 * Date objects for dates, "#N/A" for errors), in that order; the first is active.
 */
export function fakeSpreadsheet(
  sheets: Record<string, unknown[][]>,
  options: FakeSpreadsheetOptions = {},
): FakeSpreadsheet {
  const timeZone = options.timeZone ?? "Asia/Almaty";
  const locale = options.locale ?? "ru_RU";
  const calls: FakeCall[] = [];
  const toasts: string[] = [];
  const all: FakeSheet[] = [];
  let active: FakeSheet | null = null;

  const record = (method: string, sheet: string | null, args: readonly unknown[]) => {
    calls.push({ method, sheet, args: [...args] });
  };

  function makeSheet(name: string, values: unknown[][]): FakeSheet {
    const width = values.reduce((max, row) => Math.max(max, row.length), 0);
    const state: FakeSheetState = {
      name,
      values: values.map((row) => [...row]),
      formulas: [],
      formats: Object.fromEntries(FORMAT_KINDS.map((kind) => [kind, []])) as unknown as Record<FormatKind, unknown[][]>,
      merges: [],
      borders: [],
      columnWidths: new Map(),
      rowHeights: new Map(),
      frozenRows: 0,
      charts: [],
      maxRows: Math.max(NEW_SHEET_ROWS, values.length),
      maxColumns: Math.max(NEW_SHEET_COLUMNS, width),
      cell: (a1) => {
        const { row, column } = parseA1(a1);
        const format = (kind: FormatKind) => state.formats[kind][row - 1]?.[column - 1];
        return {
          raw: rawAt(row, column),
          formula: state.formulas[row - 1]?.[column - 1],
          value: valueAt(row, column),
          numberFormat: format("numberFormats"),
          fontWeight: format("fontWeights"),
          fontStyle: format("fontStyles"),
          fontSize: format("fontSizes"),
          fontColor: format("fontColors"),
          background: format("backgrounds"),
          horizontalAlignment: format("horizontalAlignments"),
          verticalAlignment: format("verticalAlignments"),
          wrap: format("wraps"),
        };
      },
      read: () => {
        const { rows, columns } = extent();
        return valuesOf(Math.max(rows, 1), Math.max(columns, 1), 1, 1);
      },
    };

    const rawAt = (row: number, column: number): GasCellValue => {
      const value = state.values[row - 1]?.[column - 1];
      return value === undefined || value === null ? "" : (value as GasCellValue);
    };

    /** A cell as getValues returns it. */
    const valueAt = (row: number, column: number, depth = 0): GasCellValue => {
      const raw = rawAt(row, column);
      const formula = state.formulas[row - 1]?.[column - 1];
      if (formula !== undefined) {
        if (depth > 50) throw new Error(`Fake spreadsheet: circular formula at ${toA1(row, column)}`);
        const sum = /^=SUM\(([A-Z]+\d+:[A-Z]+\d+)\)$/i.exec(formula);
        if (!sum) throw new Error(`Fake spreadsheet: cannot evaluate ${formula} in ${name}!${toA1(row, column)}`);
        const area = parseA1(sum[1] as string);
        let total = 0;
        for (let r = area.row; r < area.row + area.numRows; r++) {
          for (let c = area.column; c < area.column + area.numColumns; c++) {
            const value = valueAt(r, c, depth + 1);
            if (typeof value === "number") total += value;
          }
        }
        return total;
      }
      if (typeof raw === "number" && isDateFormat(state.formats.numberFormats[row - 1]?.[column - 1])) {
        return serialToDate(raw, timeZone);
      }
      return raw;
    };

    const valuesOf = (numRows: number, numColumns: number, row: number, column: number): GasCellValue[][] =>
      Array.from({ length: numRows }, (_, r) =>
        Array.from({ length: numColumns }, (_, c) => valueAt(row + r, column + c)),
      );

    /** Last row and column holding a value (0 when none). */
    const extent = () => {
      let rows = 0;
      let columns = 0;
      state.values.forEach((row, r) =>
        row.forEach((value, c) => {
          if (value !== "" && value !== null && value !== undefined) {
            rows = Math.max(rows, r + 1);
            columns = Math.max(columns, c + 1);
          }
        }),
      );
      return { rows, columns };
    };

    const put = (grid: unknown[][], row: number, column: number, value: unknown) => {
      while (grid.length < row) grid.push([]);
      const line = grid[row - 1] as unknown[];
      while (line.length < column - 1) line.push(undefined);
      line[column - 1] = value;
    };

    /**
     * A value as setValues stores it: under "@" a string is text as given; elsewhere "=…" is a
     * formula and a string of digits a number, as if typed.
     */
    const write = (row: number, column: number, value: unknown) => {
      const text = state.formats.numberFormats[row - 1]?.[column - 1] === "@";
      const formula = typeof value === "string" && value.startsWith("=") && !text;
      put(state.formulas, row, column, formula ? value : undefined);
      const typed = typeof value === "string" && !text && /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
      put(state.values, row, column, typed === null || typed === undefined ? "" : typed);
    };

    /** Merges an area: only its top-left value survives; part of another merge is refused. */
    const mergeArea = (row: number, column: number, numRows: number, numColumns: number) => {
      const a1 = toA1(row, column, numRows, numColumns);
      for (const merged of state.merges) {
        const other = parseA1(merged);
        const overlaps =
          other.row <= row + numRows - 1 &&
          row <= other.row + other.numRows - 1 &&
          other.column <= column + numColumns - 1 &&
          column <= other.column + other.numColumns - 1;
        if (overlaps && merged !== a1) {
          throw new Error(
            `You must select all cells in a merged range to merge or unmerge them (${a1} and ${merged}).`,
          );
        }
      }
      for (let r = row; r < row + numRows; r++) {
        for (let c = column; c < column + numColumns; c++) {
          if ((r !== row || c !== column) && rawAt(r, c) !== "") write(r, c, "");
        }
      }
      if (!state.merges.includes(a1)) state.merges.push(a1);
    };

    function makeRange(row: number, column: number, numRows: number, numColumns: number): FakeRange {
      if (![row, column, numRows, numColumns].every(Number.isInteger) || row < 1 || column < 1) {
        throw new Error(`Fake spreadsheet: bad range (${row}, ${column}, ${numRows}, ${numColumns})`);
      }
      if (numRows < 1 || numColumns < 1)
        throw new Error("The number of rows and columns in the range must be at least 1.");
      if (row + numRows - 1 > state.maxRows || column + numColumns - 1 > state.maxColumns) {
        throw new Error(
          `The coordinates of the range are outside the dimensions of the sheet: ${toA1(row, column, numRows, numColumns)} in ${state.maxRows} × ${state.maxColumns}.`,
        );
      }
      const a1 = toA1(row, column, numRows, numColumns);
      const check = (grid: unknown, what: string): unknown[][] => {
        if (!Array.isArray(grid) || grid.length !== numRows) {
          throw new Error(
            `The number of rows in the ${what} does not match the number of rows in the range. The ${what} has ${Array.isArray(grid) ? grid.length : "no"} but the range has ${numRows}.`,
          );
        }
        for (const line of grid) {
          if (!Array.isArray(line) || line.length !== numColumns) {
            throw new Error(
              `The number of columns in the ${what} does not match the number of columns in the range. The ${what} has ${Array.isArray(line) ? line.length : "no"} but the range has ${numColumns}.`,
            );
          }
        }
        return grid as unknown[][];
      };
      const setFormats = (kind: FormatKind) =>
        function (this: FakeRange, grid: unknown[][]) {
          record(`Range.set${kind[0]?.toUpperCase()}${kind.slice(1)}`, name, [grid]);
          check(grid, "data").forEach((line, r) =>
            line.forEach((value, c) => put(state.formats[kind], row + r, column + c, value)),
          );
          return range;
        };
      const range: FakeRange = {
        getRow: () => row,
        getColumn: () => column,
        getNumRows: () => numRows,
        getNumColumns: () => numColumns,
        getA1Notation: () => a1,
        getValues: () => {
          record("Range.getValues", name, []);
          return valuesOf(numRows, numColumns, row, column);
        },
        setValues: (grid: unknown[][]) => {
          record("Range.setValues", name, [grid]);
          check(grid, "data").forEach((line, r) => line.forEach((value, c) => write(row + r, column + c, value)));
          return range;
        },
        setNumberFormats: setFormats("numberFormats"),
        setFontWeights: setFormats("fontWeights"),
        setFontStyles: setFormats("fontStyles"),
        setFontSizes: setFormats("fontSizes"),
        setFontColors: setFormats("fontColors"),
        setBackgrounds: setFormats("backgrounds"),
        setHorizontalAlignments: setFormats("horizontalAlignments"),
        setVerticalAlignments: setFormats("verticalAlignments"),
        setWraps: setFormats("wraps"),
        merge: () => {
          record("Range.merge", name, []);
          mergeArea(row, column, numRows, numColumns);
          return range;
        },
        mergeAcross: () => {
          record("Range.mergeAcross", name, []);
          for (let r = row; r < row + numRows; r++) mergeArea(r, column, 1, numColumns);
          return range;
        },
        setBorder: (...args: unknown[]) => {
          record("Range.setBorder", name, args);
          state.borders.push(border(a1, args));
          return range;
        },
      };
      return range;
    }

    const border = (a1: string, args: readonly unknown[]): FakeBorder => {
      const side = (i: number) => (args[i] === undefined ? null : (args[i] as boolean | null));
      return {
        range: a1,
        top: side(0),
        left: side(1),
        bottom: side(2),
        right: side(3),
        vertical: side(4),
        horizontal: side(5),
      };
    };

    const sheet: FakeSheet = {
      __state: state,
      getName: () => {
        record("Sheet.getName", name, []);
        return name;
      },
      getDataRange: () => {
        record("Sheet.getDataRange", name, []);
        const { rows, columns } = extent();
        return makeRange(1, 1, Math.max(rows, 1), Math.max(columns, 1));
      },
      getRange: (row: number, column: number, numRows = 1, numColumns = 1) => {
        record("Sheet.getRange", name, [row, column, numRows, numColumns]);
        if (typeof row === "string") {
          const area = parseA1(row);
          return makeRange(area.row, area.column, area.numRows, area.numColumns);
        }
        return makeRange(row, column, numRows, numColumns);
      },
      getRangeList: (a1s: string[]) => {
        record("Sheet.getRangeList", name, [a1s]);
        if (!Array.isArray(a1s) || a1s.length === 0) throw new Error("Fake spreadsheet: getRangeList needs ranges");
        const ranges = a1s.map((a1) => {
          const area = parseA1(a1);
          return makeRange(area.row, area.column, area.numRows, area.numColumns);
        });
        const list: FakeRangeList = {
          getRanges: () => ranges,
          setBorder: (...args: unknown[]) => {
            record("RangeList.setBorder", name, args);
            for (const range of ranges) state.borders.push(border(range.getA1Notation() as string, args));
            return list;
          },
        };
        return list;
      },
      getLastRow: () => {
        record("Sheet.getLastRow", name, []);
        return extent().rows;
      },
      getLastColumn: () => {
        record("Sheet.getLastColumn", name, []);
        return extent().columns;
      },
      getMaxRows: () => {
        record("Sheet.getMaxRows", name, []);
        return state.maxRows;
      },
      getMaxColumns: () => {
        record("Sheet.getMaxColumns", name, []);
        return state.maxColumns;
      },
      insertRowsAfter: (after: number, howMany: number) => {
        record("Sheet.insertRowsAfter", name, [after, howMany]);
        if (after !== state.maxRows) throw new Error("Fake spreadsheet: only appending rows is supported");
        state.maxRows += howMany;
        return sheet;
      },
      insertColumnsAfter: (after: number, howMany: number) => {
        record("Sheet.insertColumnsAfter", name, [after, howMany]);
        if (after !== state.maxColumns) throw new Error("Fake spreadsheet: only appending columns is supported");
        state.maxColumns += howMany;
        return sheet;
      },
      setColumnWidth: (column: number, width: number) => {
        record("Sheet.setColumnWidth", name, [column, width]);
        state.columnWidths.set(column, width);
        return sheet;
      },
      setColumnWidths: (start: number, count: number, width: number) => {
        record("Sheet.setColumnWidths", name, [start, count, width]);
        if (start + count - 1 > state.maxColumns) throw new Error("Those columns are out of bounds.");
        for (let c = start; c < start + count; c++) state.columnWidths.set(c, width);
        return sheet;
      },
      setRowHeight: (row: number, height: number) => {
        record("Sheet.setRowHeight", name, [row, height]);
        state.rowHeights.set(row, height);
        return sheet;
      },
      setRowHeights: (start: number, count: number, height: number) => {
        record("Sheet.setRowHeights", name, [start, count, height]);
        if (start + count - 1 > state.maxRows) throw new Error("Those rows are out of bounds.");
        for (let r = start; r < start + count; r++) state.rowHeights.set(r, height);
        return sheet;
      },
      setFrozenRows: (rows: number) => {
        record("Sheet.setFrozenRows", name, [rows]);
        state.frozenRows = rows;
      },
      newChart: () => {
        record("Sheet.newChart", name, []);
        const built: {
          type: string | null;
          ranges: string[];
          numHeaders: number | null;
          position: FakeChart["position"];
          options: Record<string, unknown>;
        } = { type: null, ranges: [], numHeaders: null, position: null, options: {} };
        const step =
          <A extends unknown[]>(method: string, apply: (...args: A) => void) =>
          (...args: A) => {
            record(`ChartBuilder.${method}`, name, args);
            apply(...args);
            return builder;
          };
        const builder: EmbeddedChartBuilderLike = {
          asColumnChart: step("asColumnChart", () => (built.type = "COLUMN")),
          addRange: step("addRange", (range: RangeLike) => {
            built.ranges.push((range as FakeRange).getA1Notation());
          }),
          setNumHeaders: step("setNumHeaders", (n: number) => (built.numHeaders = n)),
          setPosition: step("setPosition", (row: number, column: number, offsetX: number, offsetY: number) => {
            built.position = { row, column, offsetX, offsetY };
          }),
          setOption: step("setOption", (option: string, value: unknown) => (built.options[option] = value)),
          build: () => {
            record("ChartBuilder.build", name, []);
            return { ...built, ranges: [...built.ranges], options: { ...built.options } } satisfies FakeChart;
          },
        };
        return builder;
      },
      insertChart: (chart: FakeChart) => {
        record("Sheet.insertChart", name, [chart]);
        state.charts.push(chart);
      },
    };
    return sheet;
  }

  for (const [name, values] of Object.entries(sheets)) all.push(makeSheet(name, values));
  active = all[0] ?? null;

  const byName = (name: string) => all.find((sheet) => sheet.__state.name.toLowerCase() === String(name).toLowerCase());

  const book: FakeSpreadsheet = {
    calls,
    toasts,
    getSheets: () => {
      record("Spreadsheet.getSheets", null, []);
      return [...all];
    },
    getSheetByName: (name) => {
      record("Spreadsheet.getSheetByName", null, [name]);
      return byName(name) ?? null;
    },
    insertSheet: (sheetName, sheetIndex) => {
      record("Spreadsheet.insertSheet", null, sheetIndex === undefined ? [sheetName] : [sheetName, sheetIndex]);
      if (byName(sheetName)) {
        throw new Error(`A sheet with the name "${sheetName}" already exists. Please enter another name.`);
      }
      const sheet = makeSheet(sheetName, []);
      const index = sheetIndex === undefined ? all.length : Math.min(Math.max(sheetIndex, 0), all.length);
      all.splice(index, 0, sheet);
      active = sheet;
      return sheet;
    },
    getSpreadsheetTimeZone: () => {
      record("Spreadsheet.getSpreadsheetTimeZone", null, []);
      return timeZone;
    },
    getSpreadsheetLocale: () => {
      record("Spreadsheet.getSpreadsheetLocale", null, []);
      return locale;
    },
    setActiveSheet: (sheet) => {
      const found = all.find((own) => own === sheet);
      record("Spreadsheet.setActiveSheet", null, [found?.__state.name]);
      if (!found) throw new Error("Fake spreadsheet: not a sheet of this spreadsheet");
      active = found;
      return found;
    },
    getActiveSheet: () => {
      record("Spreadsheet.getActiveSheet", null, []);
      if (!active) throw new Error("Fake spreadsheet: no sheet");
      return active;
    },
    toast: (message, title, seconds) => {
      record("Spreadsheet.toast", null, [message, title, seconds]);
      toasts.push(message);
    },
    count: (method) => (method === undefined ? calls.length : calls.filter((call) => call.method === method).length),
    resetCalls: () => void calls.splice(0, calls.length),
    sheet: (name) => {
      const found = all.find((sheet) => sheet.__state.name === name);
      if (!found)
        throw new Error(`Fake spreadsheet: no sheet "${name}" (${all.map((s) => s.__state.name).join(", ")})`);
      return found.__state;
    },
    sheetNames: () => all.map((sheet) => sheet.__state.name),
    activeSheetName: () => active?.__state.name ?? "",
  };
  return book;
}

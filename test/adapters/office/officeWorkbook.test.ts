/**
 * The Office.js adapter against office-addin-mock: what read() returns and what addSheet() asks of
 * Excel, and above all how many round trips (context.sync calls) each takes — a constant, whether
 * a sheet has 10 rows or 10,000.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { officeWorkbook, type OfficeWorkbook } from "../../../src/adapters/office/officeWorkbook";
import { CELL_STYLES, NUMBER_FORMATS, type LayoutTable, type SheetLayout } from "../../../src/workbook/layout";
import { ERROR_VALUES } from "../../../src/workbook/port";
import { excelMock, stubOffice, type FakeRange, type FakeSheet, type SheetFixture } from "./excelMock";

// Compile-time check that production can pass Excel.run itself (never called here).
const _acceptsExcelRun: (run: typeof Excel.run) => OfficeWorkbook = officeWorkbook;
void _acceptsExcelRun;

const FORMATS = ["@", "dd.mm.yyyy", "0", "0.0", "@", "General", "@", "dd.mm.yyyy", "0", "General", "@", "0.00"];
const ERRORS = [
  "#N/A",
  "#VALUE!",
  "#DIV/0!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
];

/** A staff register of `rows` rows × 12 columns (FORMATS), values as Excel's Range.values delivers them. */
function register(rows: number): SheetFixture {
  const values = Array.from({ length: rows }, (_, r) => [
    `Сотрудник ${r}`,
    45000 + r, // a date serial
    r,
    r / 10,
    r % 2 === 0 ? "B" : "A",
    r % 3 === 0, // a boolean
    r % 7 === 0 ? (ERRORS[r % ERRORS.length] ?? "#N/A") : "ok",
    r % 5 === 0 ? "" : 45500 + r, // blank or date
    r * 2,
    "",
    "C-O-3",
    1.25,
  ]);
  return { name: "Кадры", values, numberFormat: values.map(() => FORMATS), rowIndex: 2, columnIndex: 1 };
}

const NOTES: SheetFixture = {
  name: "Notes",
  values: [
    ["Updated", 45292],
    ["Total", "#REF!"],
  ],
  numberFormat: [
    ["@", "dd.mm.yyyy"],
    ["@", "General"],
  ],
};
const EMPTY: SheetFixture = { name: "Пусто" };

describe("officeWorkbook().read()", () => {
  beforeEach(() => void stubOffice(16));
  afterEach(() => void vi.unstubAllGlobals());

  it("reads 10,000 rows × 12 columns and two other sheets in exactly 2 syncs", async () => {
    const excel = excelMock([register(10_000), NOTES, EMPTY]);
    const workbook = officeWorkbook(excel.run);

    const data = await workbook.read();

    expect(workbook.syncCount()).toBe(2);
    expect(excel.sync).toHaveBeenCalledTimes(2);
    expect(data.dateSystem).toBe(1900);
    expect(data.sheets.map((sheet) => sheet.name)).toEqual(["Кадры", "Notes", "Пусто"]);
    // What was asked: names in one load, each used range by values only (formatting ignored).
    expect(excel.collectionLoads).toEqual(["items/name"]);
    expect(excel.usedRangeCalls.map((call) => call.valuesOnly)).toEqual([true, true, true]);

    const [staff, notes, empty] = data.sheets;
    expect(staff?.origin).toEqual({ row: 2, col: 1 });
    expect(staff?.rows).toHaveLength(10_000);
    expect(staff?.rows[0]).toEqual([
      "Сотрудник 0",
      45000,
      0,
      0,
      "B",
      true,
      { error: "#N/A" },
      null,
      0,
      null,
      "C-O-3",
      1.25,
    ]);
    expect(staff?.rows[9_999]?.[0]).toBe("Сотрудник 9999");
    expect(staff?.rows[9_999]?.[1]).toBe(54999);
    expect(staff?.rows[9_999]?.[11]).toBe(1.25);
    expect(staff?.rows[1]?.[6]).toBe("ok");
    expect(staff?.rows[7]?.[6]).toEqual({ error: "#SPILL!" });
    expect(staff?.rows[14]?.[6]).toEqual({ error: "#NAME?" });
    expect(staff?.numberFormats?.[5]).toEqual(FORMATS);
    expect(staff?.numberFormats).toHaveLength(10_000);

    expect(notes?.rows).toEqual([
      ["Updated", 45292],
      ["Total", { error: "#REF!" }],
    ]);
    expect(notes?.origin).toEqual({ row: 0, col: 0 });
    expect(empty).toEqual({ name: "Пусто", rows: [], numberFormats: [], origin: { row: 0, col: 0 } });
  });

  it("turns every error value into { error } and blanks into null", async () => {
    const excel = excelMock([{ name: "Errors", values: [ERRORS, ["", 0, false, "#N/A text"]] }]);
    const data = await officeWorkbook(excel.run).read();
    expect(data.sheets[0]?.rows[0]).toEqual(ERRORS.map((error) => ({ error })));
    expect(data.sheets[0]?.rows[1]).toEqual([null, 0, false, "#N/A text"]);
  });

  it("reads every error value of the port's one list (the Sheets adapter reads the same list)", async () => {
    const errors = [...ERROR_VALUES];
    const excel = excelMock([{ name: "Errors", values: [errors] }]);
    const data = await officeWorkbook(excel.run).read();
    expect(data.sheets[0]?.rows[0]).toEqual(errors.map((error) => ({ error })));
  });

  it("makes the same 2 syncs for a 10-row sheet", async () => {
    const excel = excelMock([register(10)]);
    const workbook = officeWorkbook(excel.run);
    const data = await workbook.read();
    expect(data.sheets[0]?.rows).toHaveLength(10);
    expect(workbook.syncCount()).toBe(2);
    expect(excel.sync).toHaveBeenCalledTimes(2);
  });

  it("in a 1904 workbook: says so and leaves serials as Excel holds them (the reader converts)", async () => {
    const excel = excelMock([register(10), NOTES], { dateSystem: 1904 });
    const workbook = officeWorkbook(excel.run);
    const data = await workbook.read();
    expect(excel.date).toHaveBeenCalledWith(1904, 1, 1);
    expect(data.dateSystem).toBe(1904);
    expect(data.sheets[0]?.rows[1]?.[1]).toBe(45001);
    expect(data.sheets[1]?.rows[0]?.[1]).toBe(45292);
    expect(workbook.syncCount()).toBe(2);
  });

  it("on a host without ExcelApi 1.2 assumes the 1900 system without asking, still in 2 syncs", async () => {
    vi.unstubAllGlobals();
    stubOffice(1);
    const excel = excelMock([register(10)], { dateSystem: 1904 });
    const workbook = officeWorkbook(excel.run);
    const data = await workbook.read();
    expect(excel.date).not.toHaveBeenCalled();
    expect(data.dateSystem).toBe(1900);
    expect(data.sheets[0]?.rows[1]?.[1]).toBe(45001);
    expect(workbook.syncCount()).toBe(2);
  });
});

/** A table of `rows` rows: name, date, hours, score, category, count. */
function staffTable(rows: number): LayoutTable {
  return {
    name: "Staff",
    row: 4,
    col: 0,
    headers: ["ФИО", "Дата", "Часы [ак.]", "Балл", "Категория", "Кол-во"],
    formats: ["text", "date", "integer", "decimal", "text", "integer"],
    rows: Array.from({ length: rows }, (_, r) => [`Сотрудник ${r}`, 45000 + r, r, r / 10, r % 2 ? null : "C-O-3", 1]),
    totals: { label: "Итого", sumColumns: [2, 5] },
  };
}

function reportLayout(staffRows: number): SheetLayout {
  return {
    name: "Отчёт 2024",
    cells: [
      { row: 0, col: 0, value: "Годовой отчёт", style: "title" },
      { row: 1, col: 0, value: "по состоянию на", style: "subtitle" },
      { row: 1, col: 1, value: 45657, format: "date", style: "label" },
      { row: 2, col: 0, value: "Раздел 1", style: "sectionHeading" },
      { row: 3, col: 0, value: "1-2", style: "note" },
      { row: 3, col: 1, value: null, style: "sectionHeading" },
    ],
    tables: [
      staffTable(staffRows),
      {
        name: "Venues",
        row: 4,
        col: 8,
        headers: ["Место", "Человек"],
        formats: ["text", "integer"],
        rows: [
          ["Академия", 3],
          ["Региональный центр", 5],
        ],
      },
      {
        name: "Empty",
        row: 10,
        col: 8,
        headers: ["Нет данных"],
        formats: ["text"],
        rows: [],
      },
    ],
    merges: [
      { row: 0, col: 0, toRow: 0, toCol: 5 },
      { row: 2, col: 0, toRow: 2, toCol: 5 },
    ],
    columnWidths: [30, 12, 8.43],
    frozenRows: 4,
    chart: {
      title: "Обучение по годам",
      categories: ["2022", "2023", "2024"],
      series: [
        { name: "Переподготовка", values: [4, 6, 5] },
        { name: "Повышение", values: [10, 12, 9] },
      ],
      row: 14,
      col: 8,
      widthCols: 6,
      heightRows: 15,
    },
    page: { orientation: "landscape", paper: "A4", fitToWidth: true },
  };
}

/** The range the adapter asked for at exactly these coordinates (column-width ranges aside). */
function rangeAt(sheet: FakeSheet | undefined, row: number, col: number, rowCount: number, columnCount: number) {
  const found = sheet?.ranges.filter(
    (range) =>
      range.format.columnWidth === undefined &&
      range.row === row &&
      range.col === col &&
      range.rowCount === rowCount &&
      range.columnCount === columnCount,
  );
  expect(found, `range at ${row},${col} ${rowCount}×${columnCount}`).toHaveLength(1);
  return found?.[0] as FakeRange;
}

describe("officeWorkbook().addSheet()", () => {
  beforeEach(() => void stubOffice(16));
  afterEach(() => void vi.unstubAllGlobals());

  it("writes a 3-table layout with a 10,000-row table, merges, widths, frozen rows and a chart in 1 sync", async () => {
    const excel = excelMock([register(10)]);
    const workbook = officeWorkbook(excel.run);

    await workbook.addSheet(reportLayout(10_000));

    expect(workbook.syncCount()).toBe(1);
    expect(excel.sync).toHaveBeenCalledTimes(1);
    expect(excel.worksheets.add).toHaveBeenCalledWith("Отчёт 2024");
    const sheet = excel.added[0];

    // The big table: one range, header + 10,000 rows, formats first so text stays text.
    const table = rangeAt(sheet, 4, 0, 10_001, 6);
    expect(table.writes).toEqual(["numberFormat", "values"]);
    expect(table.values?.[0]).toEqual(["ФИО", "Дата", "Часы [ак.]", "Балл", "Категория", "Кол-во"]);
    expect(table.values?.[1]).toEqual(["Сотрудник 0", 45000, 0, 0, "C-O-3", 1]);
    expect(table.values?.[2]).toEqual(["Сотрудник 1", 45001, 1, 0.1, "", 1]);
    expect(table.values?.[10_000]).toEqual(["Сотрудник 9999", 54999, 9999, 999.9, "", 1]);
    expect(table.values).toHaveLength(10_001);
    expect(table.numberFormat?.[0]).toEqual(["@", "@", "@", "@", "@", "@"]);
    expect(table.numberFormat?.[10_000]).toEqual(["@", "dd.mm.yyyy", "0", NUMBER_FORMATS.decimal, "@", "0"]);
    expect(table.numberFormat).toHaveLength(10_001);

    // Three Excel tables over the written ranges; the first with a totals row of sums.
    expect(sheet?.tables.add).toHaveBeenCalledTimes(3);
    expect(sheet?.tables.add).toHaveBeenNthCalledWith(1, table, true);
    expect(sheet?.tables.add).toHaveBeenNthCalledWith(2, rangeAt(sheet, 4, 8, 3, 2), true);
    // An empty table still gets one (blank) data row: Excel requires it.
    const emptyTable = rangeAt(sheet, 10, 8, 2, 1);
    expect(emptyTable.values).toEqual([["Нет данных"], [""]]);
    expect(sheet?.tables.add).toHaveBeenNthCalledWith(3, emptyTable, true);
    const [staff, venues] = sheet?.tables.add.mock.results.map((result) => result.value) ?? [];
    expect(staff).toMatchObject({ name: "Staff", style: "TableStyleLight9", showTotals: true });
    expect(staff?.totalsRow.formulas).toEqual([
      ["Итого", "", "=SUBTOTAL(109,Staff[[Часы '[ак.']]])", "", "", "=SUBTOTAL(109,Staff[[Кол-во]])"],
    ]);
    expect(staff?.totalsRow.numberFormat).toEqual([["@", "dd.mm.yyyy", "0", NUMBER_FORMATS.decimal, "@", "0"]]);
    expect(venues).toMatchObject({ name: "Venues", style: "TableStyleLight9" });
    expect(venues?.showTotals).toBeUndefined();

    // Cells, with styles; text is formatted as text so "1-2" is not read as a date.
    const title = rangeAt(sheet, 0, 0, 1, 1);
    expect(title.values).toEqual([["Годовой отчёт"]]);
    expect(title.format.font).toEqual({ bold: true, size: CELL_STYLES.title.size });
    expect(rangeAt(sheet, 1, 1, 1, 1)).toMatchObject({ values: [[45657]], numberFormat: [["dd.mm.yyyy"]] });
    expect(rangeAt(sheet, 2, 0, 1, 1).format.fill).toEqual({ color: `#${CELL_STYLES.sectionHeading.fill}` });
    expect(rangeAt(sheet, 3, 0, 1, 1)).toMatchObject({ values: [["1-2"]], numberFormat: [["@"]] });
    expect(rangeAt(sheet, 3, 1, 1, 1).writes).toEqual([]); // a styled blank: fill only

    // Merges, widths (points), frozen heading, page.
    expect(rangeAt(sheet, 0, 0, 1, 6).merge).toHaveBeenCalledWith(false);
    expect(rangeAt(sheet, 2, 0, 1, 6).merge).toHaveBeenCalledWith(false);
    const widths = sheet?.ranges.filter((range) => range.format.columnWidth !== undefined);
    expect(widths?.map((range) => [range.col, range.format.columnWidth])).toEqual([
      [0, 161.25],
      [1, 66.75],
      [2, 48],
    ]);
    expect(sheet?.freezePanes.freezeRows).toHaveBeenCalledExactlyOnceWith(4);
    expect(sheet?.pageLayout).toEqual({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
    });
    // None of a printed form's parts: no page breaks, print area, borders, alignment or heights.
    expect(sheet?.horizontalPageBreaks.add).not.toHaveBeenCalled();
    expect(sheet?.pageLayout.setPrintArea).not.toHaveBeenCalled();
    const formatted = sheet?.ranges.filter(
      ({ edges, format }) =>
        Object.keys(edges).length > 0 ||
        format.wrapText !== undefined ||
        format.horizontalAlignment !== undefined ||
        format.verticalAlignment !== undefined ||
        format.rowHeight !== undefined,
    );
    expect(formatted).toEqual([]);

    // The chart: its data under it (4 × 3 fits in 15 × 6), then the chart over that block.
    const source = rangeAt(sheet, 14, 8, 4, 3);
    expect(source.values).toEqual([
      ["", "Переподготовка", "Повышение"],
      ["2022", 4, 10],
      ["2023", 6, 12],
      ["2024", 5, 9],
    ]);
    expect(source.numberFormat?.[1]).toEqual(["@", "General", "General"]);
    expect(sheet?.charts.add).toHaveBeenCalledExactlyOnceWith("ColumnClustered", source, "Columns");
    const chart = sheet?.charts.add.mock.results[0]?.value;
    expect(chart?.title.text).toBe("Обучение по годам");
    expect(chart?.legend.visible).toBe(true);
    expect(chart?.setPosition).toHaveBeenCalledExactlyOnceWith("I15", "N29");
  });

  it("makes the same single sync for a 10-row table", async () => {
    const excel = excelMock([]);
    const workbook = officeWorkbook(excel.run);
    await workbook.addSheet(reportLayout(10));
    expect(workbook.syncCount()).toBe(1);
    expect(excel.sync).toHaveBeenCalledTimes(1);
    expect(rangeAt(excel.added[0], 4, 0, 11, 6).values).toHaveLength(11);
  });

  it("writes dates in the workbook's own system once a read has found it is 1904", async () => {
    const excel = excelMock([register(10)], { dateSystem: 1904 });
    const workbook = officeWorkbook(excel.run);
    await workbook.read();
    await workbook.addSheet(reportLayout(3));
    expect(workbook.syncCount()).toBe(3);
    const sheet = excel.added[0];
    expect(rangeAt(sheet, 1, 1, 1, 1).values).toEqual([[45657 - 1462]]);
    expect(rangeAt(sheet, 4, 0, 4, 6).values?.[1]?.[1]).toBe(45000 - 1462);
    // Numbers that are not dates are left alone.
    expect(rangeAt(sheet, 4, 0, 4, 6).values?.[2]?.[2]).toBe(1);
  });

  it("leaves the page alone on a host without ExcelApi 1.9", async () => {
    vi.unstubAllGlobals();
    const isSetSupported = stubOffice(8);
    const excel = excelMock([]);
    await officeWorkbook(excel.run).addSheet(reportLayout(3));
    expect(isSetSupported).toHaveBeenCalledWith("ExcelApi", "1.9");
    expect(excel.added[0]?.pageLayout).toEqual({});
  });

  it("puts chart data that does not fit under the chart to the right of everything else", async () => {
    const excel = excelMock([]);
    const layout = reportLayout(3);
    const chart = layout.chart && { ...layout.chart, widthCols: 2, heightRows: 3 };
    await officeWorkbook(excel.run).addSheet({ ...layout, chart });
    const sheet = excel.added[0];
    // Rightmost used column: the chart ends at J (col 9); tables end at col 9 too; so col 11.
    const source = rangeAt(sheet, 14, 11, 4, 3);
    expect(sheet?.charts.add).toHaveBeenCalledWith("ColumnClustered", source, "Columns");
    expect(sheet?.charts.add.mock.results[0]?.value.setPosition).toHaveBeenCalledWith("I15", "J17");
  });
});

describe("sheetNames() and activate()", () => {
  it("each take one sync", async () => {
    const excel = excelMock([register(3), NOTES, EMPTY]);
    const workbook = officeWorkbook(excel.run);
    expect(await workbook.sheetNames()).toEqual(["Кадры", "Notes", "Пусто"]);
    expect(workbook.syncCount()).toBe(1);
    await workbook.activate("Notes");
    expect(excel.worksheets.getItem).toHaveBeenCalledWith("Notes");
    expect(excel.activate).toHaveBeenCalledOnce();
    expect(workbook.syncCount()).toBe(2);
    expect(excel.sync).toHaveBeenCalledTimes(2);
  });
});

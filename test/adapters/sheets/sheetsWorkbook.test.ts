/**
 * The Google Sheets adapter against an in-memory spreadsheet (test/support/fakeSpreadsheet.ts):
 * date cells read in the spreadsheet's zone whatever the machine's, and a report or forms written
 * with a number of Apps Script calls that does not grow with the data.
 */
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { readWorkbookBuffer, readWorkbookFile } from "../../../src/adapters/exceljs/readXlsx";
import { sheetsLacks, sheetsWorkbook, type FormatDate } from "../../../src/adapters/sheets/sheetsWorkbook";
import type { SpreadsheetLike } from "../../../src/adapters/sheets/gasTypes";
import { layoutForms } from "../../../src/attestation/forms";
import type { Officer } from "../../../src/attestation/model";
import { makeReport } from "../../../src/report/makeReport";
import { serialFromParts } from "../../../src/rules";
import { makeSample } from "../../../src/tools/sample";
import { a1, CELL_STYLES, NUMBER_FORMATS, TABLE_HEADER_FILL, type SheetLayout } from "../../../src/workbook/layout";
import { ERROR_VALUES, type WorkbookData } from "../../../src/workbook/port";
import { dateInZone, fakeSpreadsheet, type FakeSpreadsheet } from "../../support/fakeSpreadsheet";

const BUILT_ON = serialFromParts(2026, 1, 15);

/** What a report job does in Sheets: read, make the layout, write it. */
function reportLayout(data: WorkbookData): SheetLayout {
  const made = makeReport(data, { lang: "ru", builtOn: BUILT_ON });
  if (!made.ok) throw new Error(`no staff sheet among ${made.sheets.join(", ")}`);
  return made.layout;
}

/** The workbook's sheets as a Sheets fixture: serials stay numbers, blanks "", errors "#N/A". */
function asFixture(data: WorkbookData): Record<string, unknown[][]> {
  return Object.fromEntries(
    data.sheets.map((sheet) => [
      sheet.name,
      sheet.rows.map((row) =>
        row.map((value) => (value === null ? "" : typeof value === "object" ? value.error : value)),
      ),
    ]),
  );
}

async function sampleData(employees: number): Promise<WorkbookData> {
  const read = await readWorkbookBuffer(Buffer.from(await makeSample({ employees }).xlsx.writeBuffer()));
  if (!read.ok) throw new Error(read.message);
  return read.data;
}

/** Calls made by addSheet, by method. */
function callsByMethod(book: FakeSpreadsheet): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { method } of book.calls) counts[method] = (counts[method] ?? 0) + 1;
  return counts;
}

describe("sheetsWorkbook().read()", () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalTz;
  });

  it("reads date cells as serials of their day in the spreadsheet's zone (Almaty, UTC+5)", async () => {
    // Sheets hands 31.08.2024 in an Almaty spreadsheet as 30.08.2024 19:00 UTC.
    const midnight = new Date("2024-08-30T19:00:00Z");
    expect(dateInZone("Asia/Almaty", 2024, 8, 31)).toEqual(midnight);
    const book = fakeSpreadsheet(
      {
        Кадры: [
          ["ФИО", "Дата", "Часы", "Итог", "Флаг"],
          ["Иванов", midnight, 72, "#N/A", true],
          // Almaty kept local mean time (+05:07:48) until 1924: the zone's rules, not a fixed +5.
          ["Петров", dateInZone("Asia/Almaty", 1900, 3, 1), "", "#DIV/0!", false],
          ["", "", "", "", ""],
          // Until 01.03.2024 Almaty was UTC+6: 14:30 there is 08:30 UTC.
          ["Сидоров", new Date("2024-01-15T08:30:00Z"), 1.5, "#ERROR!", "текст"],
        ],
        Пусто: [],
      },
      { timeZone: "Asia/Almaty" },
    );
    const data = await sheetsWorkbook(book).read();

    expect(data.dateSystem).toBe(1900);
    expect(data.sheets.map((sheet) => [sheet.name, sheet.origin])).toEqual([
      ["Кадры", { row: 0, col: 0 }],
      ["Пусто", { row: 0, col: 0 }],
    ]);
    expect(data.sheets[0]?.rows).toEqual([
      ["ФИО", "Дата", "Часы", "Итог", "Флаг"],
      ["Иванов", 45535, 72, { error: "#N/A" }, true],
      ["Петров", 61, null, { error: "#DIV/0!" }, false],
      [null, null, null, null, null],
      // A date with a time: the day's serial plus the fraction, as Excel delivers it.
      ["Сидоров", serialFromParts(2024, 1, 15) + 14.5 / 24, 1.5, { error: "#ERROR!" }, "текст"],
    ]);
    expect(data.sheets[1]?.rows).toEqual([]);
    // One bulk read per sheet, and the zone asked once.
    expect(book.count("Range.getValues")).toBe(2);
    expect(book.count("Sheet.getDataRange")).toBe(2);
    expect(book.count("Spreadsheet.getSpreadsheetTimeZone")).toBe(1);
    expect(book.count("Sheet.getRange")).toBe(0);
  });

  it("reads every error value of the port's one list as an error, and text around one as text", async () => {
    const errors = [...ERROR_VALUES];
    const book = fakeSpreadsheet({ Ошибки: [errors, ["#N/A text", "#н/д", ...errors.slice(2).map(() => "")]] });
    const rows = (await sheetsWorkbook(book).read()).sheets[0]?.rows;
    expect(rows?.[0]).toEqual(errors.map((error) => ({ error })));
    expect(rows?.[1]?.slice(0, 2)).toEqual(["#N/A text", "#н/д"]);
  });

  it("reads the spreadsheet's day, not the machine's, when the zones differ", async () => {
    // The machine is in Almaty (vitest's TZ); the spreadsheets are in New York and Auckland.
    const newYork = fakeSpreadsheet(
      {
        Даты: [
          // Midnight EDT and EST (10.03.2024 is the day clocks go forward, at 2:00).
          [new Date("2024-07-04T00:00:00-04:00"), new Date("2024-03-10T00:00:00-05:00")],
          // 23:30 in New York is already the next day in Almaty.
          [new Date("2024-12-31T23:30:00-05:00"), dateInZone("America/New_York", 2024, 11, 3)],
        ],
      },
      { timeZone: "America/New_York" },
    );
    const rows = (await sheetsWorkbook(newYork).read()).sheets[0]?.rows;
    expect(rows).toEqual([
      [serialFromParts(2024, 7, 4), serialFromParts(2024, 3, 10)],
      [serialFromParts(2024, 12, 31) + 23.5 / 24, serialFromParts(2024, 11, 3)],
    ]);
    expect(new Date("2024-12-31T23:30:00-05:00").getDate()).toBe(1); // the machine's day differs

    // Auckland's midnight (UTC+12) is the previous afternoon in Almaty.
    const auckland = fakeSpreadsheet(
      { Даты: [[new Date("2024-08-31T00:00:00+12:00")]] },
      { timeZone: "Pacific/Auckland" },
    );
    expect((await sheetsWorkbook(auckland).read()).sheets[0]?.rows).toEqual([[45535]]);

    // And the same spreadsheet reads the same on a machine in another zone.
    process.env.TZ = "America/Los_Angeles";
    expect(new Date("2024-08-31T00:00:00+12:00").getDate()).toBe(30);
    expect((await sheetsWorkbook(auckland).read()).sheets[0]?.rows).toEqual([[45535]]);
  });

  it("takes an injected formatDate (Utilities.formatDate's signature) instead of Intl", async () => {
    const book = fakeSpreadsheet({ A: [[new Date("2024-08-30T19:00:00Z")]] }, { timeZone: "Asia/Almaty" });
    const seen: unknown[][] = [];
    const formatDate: FormatDate = (date, timeZone, pattern) => {
      seen.push([date.toISOString(), timeZone, pattern]);
      return "2024-08-31 00:00:00";
    };
    const data = await sheetsWorkbook(book, { formatDate }).read();
    expect(data.sheets[0]?.rows).toEqual([[45535]]);
    expect(seen).toEqual([["2024-08-30T19:00:00.000Z", "Asia/Almaty", "yyyy-MM-dd HH:mm:ss"]]);
  });
});

describe("sheetsWorkbook().addSheet() with the annual report", () => {
  let staff: WorkbookData;
  beforeAll(async () => {
    const read = await readWorkbookFile("assets/sample-staff.xlsx");
    if (!read.ok) throw new Error(read.message);
    staff = read.data;
  });

  it("writes the layout's cells and tables, the totals as SUM formulas, in a fixed set of bulk calls", async () => {
    const layout = reportLayout(staff);
    const book = fakeSpreadsheet(asFixture(staff));
    const workbook = sheetsWorkbook(book);
    await workbook.addSheet(layout);

    // A new sheet at the end; nothing else changed.
    expect(book.sheetNames()).toEqual([...staff.sheets.map((sheet) => sheet.name), layout.name]);
    const sheet = book.sheet(layout.name);

    for (const cell of layout.cells) {
      const at = sheet.cell(a1(cell.row, cell.col));
      expect(at.raw, a1(cell.row, cell.col)).toEqual(cell.value ?? "");
      expect(at.numberFormat).toBe(
        cell.format ? NUMBER_FORMATS[cell.format] : typeof cell.value === "string" ? "@" : "General",
      );
      if (cell.style) {
        const style = CELL_STYLES[cell.style];
        expect(at.fontWeight).toBe(style.bold ? "bold" : "normal");
        expect(at.fontStyle).toBe(style.italic ? "italic" : "normal");
        expect(at.fontSize).toBe(style.size);
        expect(at.fontColor).toBe(style.color ? `#${style.color}` : "#000000");
        expect(at.background).toBe(style.fill ? `#${style.fill}` : null);
      }
    }
    for (const table of layout.tables) {
      table.headers.forEach((header, c) => {
        const at = sheet.cell(a1(table.row, table.col + c));
        expect(at.raw).toBe(header);
        expect([at.fontWeight, at.background, at.numberFormat]).toEqual(["bold", `#${TABLE_HEADER_FILL}`, "@"]);
      });
      table.rows.forEach((row, r) =>
        table.headers.forEach((_, c) => {
          const at = sheet.cell(a1(table.row + 1 + r, table.col + c));
          expect(at.raw, `${table.name} ${a1(table.row + 1 + r, table.col + c)}`).toEqual(row[c] ?? "");
          expect(at.numberFormat).toBe(NUMBER_FORMATS[table.formats[c] ?? "text"]);
        }),
      );
    }

    // The venue table's totals row: the label, and a SUM over each summed column that Sheets
    // evaluates to the column's total.
    const venue = layout.tables.find((table) => table.name.endsWith("_Venue"));
    if (!venue?.totals) throw new Error("the report has no venue totals");
    const totalsRow = venue.row + 1 + venue.rows.length;
    expect(sheet.cell(a1(totalsRow, venue.col)).raw).toBe(venue.totals.label);
    expect(sheet.cell(a1(totalsRow, venue.col)).fontWeight).toBe("bold");
    for (const c of venue.totals.sumColumns) {
      const at = sheet.cell(a1(totalsRow, venue.col + c));
      const column = a1(0, venue.col + c).replace(/\d+$/, "");
      expect(at.formula).toBe(`=SUM(${column}${venue.row + 2}:${column}${totalsRow})`);
      const total = venue.rows.reduce((sum, row) => sum + (typeof row[c] === "number" ? (row[c] as number) : 0), 0);
      expect(at.value).toBe(total);
      expect(at.numberFormat).toBe(NUMBER_FORMATS[venue.formats[c] ?? "decimal"]);
    }
    expect(venue.totals.sumColumns.length).toBeGreaterThan(0);

    // Merges, frozen heading, widths in pixels (7 px a character + 5), the chart over its data.
    expect(sheet.merges).toEqual(layout.merges.map((m) => `${a1(m.row, m.col)}:${a1(m.toRow, m.toCol)}`));
    expect(sheet.frozenRows).toBe(layout.frozenRows);
    layout.columnWidths.forEach((chars, col) =>
      expect(sheet.columnWidths.get(col + 1)).toBe(Math.round(chars * 7 + 5)),
    );
    const chart = layout.chart;
    if (!chart) throw new Error("the report has no chart");
    expect(sheet.charts).toHaveLength(1);
    expect(sheet.charts[0]).toMatchObject({
      type: "COLUMN",
      ranges: [
        `${a1(chart.row, chart.col)}:${a1(chart.row + chart.categories.length, chart.col + chart.series.length)}`,
      ],
      numHeaders: 1,
      position: { row: chart.row + 1, column: chart.col + 1, offsetX: 0, offsetY: 0 },
      options: { title: chart.title, "legend.position": "right" },
    });
    expect(sheet.cell(a1(chart.row + 1, chart.col)).raw).toBe(chart.categories[0]);
    expect(sheet.cell(a1(chart.row, chart.col + 1)).raw).toBe(chart.series[0]?.name);

    // The same sheet read back through the adapter: the layout's values, dates as serials again.
    const back = (await workbook.read()).sheets.find((grid) => grid.name === layout.name)?.rows ?? [];
    for (const table of layout.tables) {
      table.rows.forEach((row, r) =>
        table.headers.forEach((_, c) =>
          expect(back[table.row + 1 + r]?.[table.col + c] ?? null).toEqual(row[c] ?? null),
        ),
      );
    }
    expect(sheetsLacks(layout)).toEqual([
      "page setup (landscape A4, one page wide)",
      `filter buttons and table style of ${layout.tables.length} tables (written as plain ranges)`,
    ]);
  });

  it("makes as many calls for 400 employees as for 40", async () => {
    const counts: Record<string, number>[] = [];
    const sizes: number[] = [];
    for (const employees of [40, 400]) {
      const data = await sampleData(employees);
      const layout = reportLayout(data);
      const book = fakeSpreadsheet(asFixture(data));
      book.resetCalls();
      sheetsWorkbook(book).addSheetSync(layout);
      counts.push(callsByMethod(book));
      sizes.push(book.sheet(layout.name).read().length);
    }
    const [small, large] = counts;
    // The report grows (its courses and compliance lists)…
    expect((sizes[1] ?? 0) / (sizes[0] ?? 1)).toBeGreaterThan(3);
    // …and the calls stay the same, one of each 2-D setter.
    expect(large).toEqual(small);
    for (const setter of [
      "Range.setValues",
      "Range.setNumberFormats",
      "Range.setFontWeights",
      "Range.setFontStyles",
      "Range.setFontSizes",
      "Range.setFontColors",
      "Range.setBackgrounds",
      "Range.setHorizontalAlignments",
      "Range.setVerticalAlignments",
      "Range.setWraps",
    ]) {
      expect(small?.[setter], setter).toBe(1);
    }
    expect(small?.["Range.setValue"]).toBeUndefined();
    expect(Object.values(small ?? {}).reduce((sum, n) => sum + n, 0)).toBeLessThan(80);
  });

  it("refuses a name that is taken, in any case, and writes nothing", async () => {
    const layout = reportLayout(staff);
    const book = fakeSpreadsheet({ ...asFixture(staff), [layout.name.toUpperCase()]: [["занято"]] });
    const before = book.sheetNames();
    await expect(sheetsWorkbook(book).addSheet(layout)).rejects.toThrow(`sheet named "${layout.name}"`);
    expect(() => sheetsWorkbook(book).addSheetSync(layout)).toThrow(/already has a sheet named/);
    expect(book.sheetNames()).toEqual(before);
    expect(book.count("Spreadsheet.insertSheet")).toBe(0);
    expect(book.sheet(layout.name.toUpperCase()).values).toEqual([["занято"]]);
  });

  it("activates a sheet by name, and says when there is none", async () => {
    const book = fakeSpreadsheet({ Первый: [["a"]], Второй: [["b"]] });
    const workbook = sheetsWorkbook(book);
    await workbook.activate("Второй");
    expect(book.activeSheetName()).toBe("Второй");
    await expect(workbook.activate("Нет")).rejects.toThrow(/no sheet named "Нет"/);
  });

  it("grows the grid past Sheets' 1000 rows for a long report", async () => {
    const cells = Array.from({ length: 1500 }, (_, row) => ({ row, col: 0, value: `Строка ${row + 1}` }));
    const layout: SheetLayout = {
      name: "Длинный",
      cells,
      tables: [],
      merges: [],
      columnWidths: [20],
      rowHeights: [{ row: 1499, height: 30 }],
      frozenRows: 0,
      chart: null,
      page: { orientation: "portrait", paper: "A4", fitToWidth: true },
    };
    const book = fakeSpreadsheet({});
    sheetsWorkbook(book).addSheetSync(layout);
    const sheet = book.sheet("Длинный");
    expect(sheet.maxRows).toBe(1500);
    expect(sheet.cell("A1500").raw).toBe("Строка 1500");
    expect(sheet.rowHeights.get(1500)).toBe(40); // 30 pt × 4/3
  });
});

describe("sheetsWorkbook().addSheet() with printable forms", () => {
  const officer = (n: number, decision: Officer["decision"]): Officer => ({
    sheet: "Список",
    row: n,
    fullName: `Қызметші ${n}`,
    birthDate: serialFromParts(1985, 4, n),
    education: "Высшее",
    speciality: "Юрист",
    position: "Главный специалист",
    rank: "C-O-4",
    appointmentDate: serialFromParts(2020, 2, n),
    commission: "regional",
    attestationStart: serialFromParts(2026, 3, 1),
    meetingDate: serialFromParts(2026, 3, 20),
    standardsPassed: true,
    testPassed: true,
    excusedAbsence: false,
    unexcusedAbsences: 0,
    exemption: null,
    exemptionUnread: false,
    decision,
    otherInfo: null,
    noticeGiven: null,
    characteristicReceived: null,
    materialsSent: null,
    protocolDate: null,
    sheetSigned: null,
    refusedPost: null,
    unread: [],
  });
  const officers = [officer(1, 1), officer(2, null), officer(3, 2)];

  for (const kind of ["characteristics", "attestationSheets"] as const) {
    it(`writes ${kind}: outlined boxes, lines under the fill cells, row heights; page breaks listed as lacking`, () => {
      const [layout] = layoutForms(kind, officers, "ru", []);
      if (!layout) throw new Error("no forms");
      const book = fakeSpreadsheet({ Список: [["ФИО"]] });
      sheetsWorkbook(book).addSheetSync(layout);
      const sheet = book.sheet(layout.name);
      const area = (m: { row: number; col: number; toRow: number; toCol: number }) =>
        m.row === m.toRow && m.col === m.toCol ? a1(m.row, m.col) : `${a1(m.row, m.col)}:${a1(m.toRow, m.toCol)}`;
      const sides = (top: boolean | null, left: boolean | null, bottom: boolean | null, right: boolean | null) => ({
        top,
        left,
        bottom,
        right,
        vertical: null,
        horizontal: null,
      });

      // Every box outlined whole, in one RangeList call.
      const boxes = layout.boxes ?? [];
      const outlined = sheet.borders.filter((b) => b.top && b.left && b.bottom && b.right);
      expect(outlined).toEqual(boxes.map((box) => ({ range: area(box), ...sides(true, true, true, true) })));
      if (kind === "characteristics") expect(boxes.length).toBe(6 * officers.length);

      // Every fill cell lined underneath: under its merged range when it starts one.
      const merges = new Map(layout.merges.map((m) => [`${m.row},${m.col}`, m]));
      const fills = layout.cells.filter((cell) => cell.style && CELL_STYLES[cell.style].borderBottom);
      expect(fills.length).toBeGreaterThan(officers.length);
      const under = sheet.borders.filter((b) => b.bottom && !b.top);
      expect(under).toEqual(
        fills.map((cell) => ({
          range: area(merges.get(`${cell.row},${cell.col}`) ?? { ...cell, toRow: cell.row, toCol: cell.col }),
          ...sides(null, null, true, null),
        })),
      );
      expect(book.count("RangeList.setBorder")).toBe(kind === "characteristics" ? 2 : 1);
      expect(book.count("Range.setBorder")).toBe(0);

      // Fill values and their look; dates as dd.mm.yyyy serials; labels wrapped from the top.
      const name = layout.cells.find((cell) => cell.value === "Қызметші 2");
      if (!name) throw new Error("no name cell");
      expect(sheet.cell(a1(name.row, name.col))).toMatchObject({
        raw: "Қызметші 2",
        fontSize: 10,
        wrap: true,
        verticalAlignment: "top",
      });
      const date = layout.cells.find((cell) => cell.format === "date" && typeof cell.value === "number");
      if (date)
        expect(sheet.cell(a1(date.row, date.col))).toMatchObject({ raw: date.value, numberFormat: "dd.mm.yyyy" });

      // Heights in pixels (points × 4/3), runs of equal rows in one call.
      for (const { row, height } of layout.rowHeights ?? []) {
        expect(sheet.rowHeights.get(row + 1), `row ${row + 1}`).toBe(Math.round((height * 4) / 3));
      }
      expect(book.count("Sheet.setRowHeights")).toBeLessThanOrEqual((layout.rowHeights ?? []).length);
      // Every merge, the section headings and boxes of a characteristic row by row in one call.
      expect(sheet.merges).toEqual(layout.merges.map(area));
      const mergeCalls = book.count("Range.merge") + book.count("Range.mergeAcross");
      if (kind === "characteristics") {
        expect(layout.merges.length).toBe(14 * officers.length);
        expect([book.count("Range.merge"), book.count("Range.mergeAcross")]).toEqual([
          2 * officers.length,
          officers.length,
        ]);
      } else {
        expect(mergeCalls).toBe(layout.merges.length);
      }

      // What Sheets cannot be told: the page breaks (one per officer after the first), the area.
      const last = layout.page.printArea;
      expect(sheetsLacks(layout)).toEqual([
        "page setup (portrait A4)",
        `${officers.length - 1} manual page breaks`,
        `print area A1:${a1(last?.toRow ?? 0, last?.toCol ?? 0)}`,
      ]);
    });
  }

  it("makes the same calls for 30 officers as for 3, but for merges and row heights", () => {
    const callsFor = (count: number) => {
      const many = Array.from({ length: count }, (_, i) => officer(i + 1, null));
      const [layout] = layoutForms("characteristics", many, "ru", []);
      if (!layout) throw new Error("no forms");
      const book = fakeSpreadsheet({});
      sheetsWorkbook(book).addSheetSync(layout);
      const counts = callsByMethod(book);
      return { counts, merges: layout.merges.length };
    };
    const three = callsFor(3);
    const thirty = callsFor(30);
    const perStructure = ["Range.merge", "Range.mergeAcross", "Sheet.getRange", "Sheet.setRowHeights"];
    const rest = (counts: Record<string, number>) =>
      Object.fromEntries(Object.entries(counts).filter(([method]) => !perStructure.includes(method)));
    expect(rest(thirty.counts)).toEqual(rest(three.counts));
    // Per officer: 3 merge calls for 14 merges, 16 runs of row heights.
    expect(thirty.counts["Range.merge"]).toBe(2 * 30);
    expect(thirty.counts["Range.mergeAcross"]).toBe(30);
    expect(thirty.counts["Sheet.setRowHeights"]).toBe(16 * 30);
  });

  it("satisfies the structural Apps Script types with a plain object", () => {
    const book: SpreadsheetLike = fakeSpreadsheet({});
    expect(typeof book.insertSheet).toBe("function");
  });
});

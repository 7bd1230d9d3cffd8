import { join } from "node:path";
import { UTCDate } from "@date-fns/utc";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readWorkbookBuffer, readWorkbookFile, type ReadOutcome } from "../../../src/adapters/exceljs/readXlsx";
import { dateToSerial, toSystem1900 } from "../../../src/rules";
import { NOT_CALCULATED, type CellValue } from "../../../src/workbook/port";
import { HEAVY } from "../../support/timeouts";
import { addPicture, PNG, registerWorkbook, tempDir, utcDay, writeWorkbook } from "./fixtures";

let dir: string;
let removeDir: () => Promise<void>;
beforeAll(async () => {
  ({ dir, remove: removeDir } = await tempDir());
});
afterAll(() => removeDir());

function assertRead(outcome: ReadOutcome): asserts outcome is Extract<ReadOutcome, { ok: true }> {
  if (!outcome.ok) throw new Error(`expected a workbook, got ${outcome.reason}: ${outcome.message}`);
}

async function registerBytes(): Promise<Buffer> {
  return Buffer.from(await registerWorkbook().xlsx.writeBuffer());
}

describe("readWorkbookFile: cell values", () => {
  it("reads a register with a title, merged cells, Cyrillic text, dates, formulas and booleans exactly", async () => {
    const read = await readWorkbookFile(await writeWorkbook(registerWorkbook(), join(dir, "register.xlsx")));
    assertRead(read);
    expect(read.data.dateSystem).toBe(1900);
    expect(read.data.sheets.map((s) => s.name)).toEqual(["Кадры", "Разное", "Пустой"]);
    const [register, other, empty] = read.data.sheets;

    const blank: CellValue[] = [null, null, null, null, null];
    expect(register?.rows).toEqual([
      ["Список государственных служащих", null, null, null, null], // B1:E1 merged into A1: blank
      blank,
      blank,
      ["ФИО", "Категория", "Дата назначения", "Впервые поступивший", "Срок переподготовки"],
      ["Иванов Иван", "С-О-3", 45535, true, 45716], // 31.08.2024, and the cached 28.02.2025
      ["Ахметова Айгерим", "D-O-2", "15.03.2023 г.", false, { error: "#VALUE!" }],
    ]);
    expect(register?.numberFormats?.[4]).toEqual(["General", "General", "dd.mm.yyyy", "General", "dd.mm.yyyy"]);
    expect(register?.numberFormats?.[5]?.[4]).toBe("dd.mm.yyyy");
    expect(register?.origin).toBeUndefined();

    expect(other?.rows).toEqual([
      // F1's formula was never calculated (no cached result): not a blank, a cell the reader names.
      ["Жирный текст", "Правила", { error: "#N/A" }, { error: "#N/A" }, 119.5, { error: NOT_CALCULATED }],
      // A formula's text and boolean results in date-formatted cells stay text and boolean; a
      // date-time keeps its time of day; serials before Excel's phantom 29.02.1900 stay as stored.
      ["текст", true, 45535.75, 59, 61, 0],
      // A3:C4 merged: only A3 has the value; row 4 and the formatted Z40 hold none, so rows end here.
      ["объединено", null, null, null, null, false],
    ]);
    expect(empty?.rows).toEqual([]);
  });

  it("gives the same serial as the core's dateToSerial of the UTC day for a date cell", async () => {
    const read = await readWorkbookFile(await writeWorkbook(registerWorkbook(), join(dir, "register-dates.xlsx")));
    assertRead(read);
    expect(read.data.sheets[0]?.rows[4]?.[2]).toBe(dateToSerial(new UTCDate(utcDay(2024, 8, 31).getTime())));
  });

  it("reports a 1904 workbook's date system and gives its dates as that system's serials", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.properties.date1904 = true;
    const sheet = workbook.addWorksheet("Mac");
    sheet.getCell("A1").value = utcDay(2024, 8, 31);
    sheet.getCell("A1").numFmt = "dd.mm.yyyy";
    sheet.getCell("B1").value = 7; // a plain number is never shifted
    const read = await readWorkbookFile(await writeWorkbook(workbook, join(dir, "mac.xlsx")));
    assertRead(read);
    expect(read.data.dateSystem).toBe(1904);
    expect(read.data.sheets[0]?.rows).toEqual([[45535 - 1462, 7]]);
    // The stored serial; the reader converts it with the core, as it does for Office.js values.
    expect(toSystem1900(45535 - 1462, 1904)).toBe(45535);
  });

  it(
    "reads a sheet whose last value is in row 1,048,576 without an array per blank row",
    async () => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet("Далеко");
      sheet.getCell("A1").value = "начало";
      sheet.getCell("B1").value = 1;
      sheet.getCell("A1048576").value = 5;
      const read = await readWorkbookFile(await writeWorkbook(workbook, join(dir, "far.xlsx")));
      assertRead(read);
      const rows = read.data.sheets[0]?.rows ?? [];
      expect(rows).toHaveLength(1_048_576);
      expect(rows[0]).toEqual(["начало", 1]);
      expect(rows[1_048_575]).toEqual([5, null]);
      expect(rows[500_000]).toEqual([null, null]);
      // Two rows with data, and every blank row is the same shared array.
      expect(new Set(rows).size).toBe(3);
      expect(new Set(read.data.sheets[0]?.numberFormats).size).toBe(3);
      // The memory this takes is measured by `npm run bench` (reader part), not asserted here.
    },
    HEAVY,
  );
});

describe("readWorkbookBuffer: files that are not readable workbooks", () => {
  const cfb = (streamName?: string): Buffer =>
    Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(504),
      streamName === undefined ? Buffer.alloc(0) : Buffer.from(streamName, "utf16le"),
      Buffer.alloc(512),
    ]);

  it("says a password-protected workbook must be saved without a password", async () => {
    const outcome = await readWorkbookBuffer(cfb("EncryptionInfo"));
    expect(outcome).toEqual({ ok: false, reason: "encrypted", message: expect.stringMatching(/password-protected/) });
  });

  it("says a legacy .xls (same container) must be saved as .xlsx", async () => {
    const outcome = await readWorkbookBuffer(cfb("Workbook"));
    expect(outcome).toEqual({ ok: false, reason: "encrypted", message: expect.stringMatching(/legacy \.xls/) });
  });

  it("names both possibilities when the container does not tell", async () => {
    const outcome = await readWorkbookBuffer(cfb());
    expect(outcome).toMatchObject({
      ok: false,
      reason: "encrypted",
      message: "The file is password-protected or a legacy .xls file; save it as .xlsx without a password.",
    });
  });

  it("rejects random bytes and an empty file as not .xlsx", async () => {
    // Deterministic noise (a linear congruential generator): never starts with "PK" or the CFB signature.
    let seed = 42;
    const noise = Buffer.from(Array.from({ length: 4096 }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % 256));
    expect(noise.subarray(0, 2).toString("latin1")).not.toBe("PK");
    expect(await readWorkbookBuffer(noise)).toMatchObject({ ok: false, reason: "notXlsx" });
    expect(await readWorkbookBuffer(Buffer.from("ФИО;Категория\nИванов;C-O-3\n"))).toMatchObject({ reason: "notXlsx" });
    expect(await readWorkbookBuffer(Buffer.alloc(0))).toEqual({
      ok: false,
      reason: "notXlsx",
      message: "The file is empty.",
    });
  });

  it("calls a truncated .xlsx damaged", async () => {
    const bytes = await registerBytes();
    const outcome = await readWorkbookBuffer(bytes.subarray(0, Math.floor(bytes.length / 2)));
    expect(outcome).toMatchObject({ ok: false, reason: "corrupt", message: expect.stringMatching(/damaged/) });
  });

  it("calls a package with an unreadable sheet damaged, without throwing", async () => {
    const zip = await JSZip.loadAsync(await registerBytes());
    zip.file("xl/worksheets/sheet1.xml", "<worksheet><sheetData><row r=");
    const outcome = await readWorkbookBuffer(await zip.generateAsync({ type: "nodebuffer" }));
    expect(outcome).toMatchObject({ ok: false, reason: "corrupt" });
  });

  it("tells other zip packages from workbooks", async () => {
    const docx = new JSZip();
    docx.file("[Content_Types].xml", "<Types/>");
    docx.file("word/document.xml", "<w:document/>");
    expect(await readWorkbookBuffer(await docx.generateAsync({ type: "nodebuffer" }))).toEqual({
      ok: false,
      reason: "notXlsx",
      message: "The file is a Word document, not an Excel workbook.",
    });
    const plain = new JSZip();
    plain.file("readme.txt", "hello");
    expect(await readWorkbookBuffer(await plain.generateAsync({ type: "nodebuffer" }))).toMatchObject({
      reason: "notXlsx",
    });
  });

  it("reports a file that is not there as missing", async () => {
    expect(await readWorkbookFile(join(dir, "нет такого.xlsx"))).toMatchObject({ ok: false, reason: "missing" });
    expect(await readWorkbookFile(dir)).toMatchObject({ ok: false, reason: "notXlsx" });
  });
});

describe("readWorkbookBuffer: what a copy lacks", () => {
  it("lacks nothing for a workbook of cells, notes and pictures (exceljs keeps them)", async () => {
    const workbook = registerWorkbook();
    const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
    sheet.getCell("A5").note = "проверить приказ";
    addPicture(workbook, sheet, "G2:H4");
    const read = await readWorkbookBuffer(Buffer.from(await workbook.xlsx.writeBuffer()));
    assertRead(read);
    expect(read.lacks).toEqual([]);
    // And they do survive a write.
    const copy = await JSZip.loadAsync(Buffer.from(await read.workbook.xlsx.writeBuffer()));
    expect(copy.file(/^xl\/media\//)).toHaveLength(1);
    expect(copy.file(/^xl\/comments\d+\.xml$/)).toHaveLength(1);
  });

  it("lists charts, pivot tables, slicers, shapes, lost images, macros and threaded comments", async () => {
    const zip = await JSZip.loadAsync(await registerBytes());
    zip.file("xl/charts/chart1.xml", "<c:chartSpace/>");
    zip.file("xl/charts/chart2.xml", "<c:chartSpace/>");
    zip.file("xl/chartsheets/sheet1.xml", "<chartsheet/>");
    zip.file("xl/pivotTables/pivotTable1.xml", "<pivotTableDefinition/>");
    zip.file("xl/slicers/slicer1.xml", '<slicers><slicer name="a" /><slicer name="b" /></slicers>');
    zip.file(
      "xl/drawings/drawing1.xml",
      "<xdr:wsDr>" +
        "<xdr:twoCellAnchor><xdr:from/><xdr:to/><xdr:sp><xdr:spPr/></xdr:sp><xdr:clientData/></xdr:twoCellAnchor>" +
        "<xdr:twoCellAnchor><xdr:from/><xdr:to/><xdr:graphicFrame/><xdr:clientData/></xdr:twoCellAnchor>" +
        '<xdr:oneCellAnchor><xdr:from/><xdr:ext/><xdr:pic><xdr:blipFill><a:blip r:embed="rId1"/></xdr:blipFill><xdr:spPr/></xdr:pic><xdr:clientData/></xdr:oneCellAnchor>' +
        "</xdr:wsDr>",
    );
    zip.file(
      "xl/drawings/_rels/drawing1.xml.rels",
      '<Relationships><Relationship Id="rId1" Type="image" Target="../media/image1.png"/></Relationships>',
    );
    zip.file("xl/media/image1.png", PNG); // a picture on a sheet: kept
    zip.file("xl/media/image2.png", PNG); // used only by a header: lost
    zip.file(
      "xl/threadedComments/threadedComment1.xml",
      '<ThreadedComments><threadedComment ref="A1" /></ThreadedComments>',
    );
    zip.file("xl/vbaProject.bin", Buffer.from([1, 2, 3]));
    const read = await readWorkbookBuffer(await zip.generateAsync({ type: "nodebuffer" }));
    assertRead(read);
    expect(read.lacks).toEqual([
      "2 charts",
      "1 chart sheet",
      "1 pivot table",
      "2 slicers",
      "1 shape or text box",
      "1 header, footer or chart image",
      "1 threaded comment (kept as a plain note)",
      "macros (VBA project)",
    ]);
  });
});

describe("readWorkbookFile: size", () => {
  it("ends each row at its last value when padding to a stray far column would be huge", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Шум");
    for (let i = 1; i <= 1500; i++) sheet.getCell(i, 1).value = i;
    sheet.getCell("XFD1").value = "x"; // 16,384 columns × 1,500 rows would be 24.6 million cells
    const read = await readWorkbookFile(await writeWorkbook(workbook, join(dir, "wide.xlsx")));
    assertRead(read);
    const rows = read.data.sheets[0]?.rows ?? [];
    expect(rows).toHaveLength(1500);
    expect(rows[0]).toHaveLength(16_384);
    expect(rows[0]?.[16_383]).toBe("x");
    expect(rows[1]).toEqual([2]);
    expect(read.data.sheets[0]?.numberFormats?.[1]).toEqual(["General"]);
  });

  it(
    "reads 210,000 rows of data",
    async () => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet("Большой");
      for (let i = 1; i <= 210_000; i++) sheet.getRow(i).values = [`Сотрудник ${i}`, i];
      const path = await writeWorkbook(workbook, join(dir, "big.xlsx"));
      const read = await readWorkbookFile(path);
      assertRead(read);
      const rows = read.data.sheets[0]?.rows ?? [];
      expect(rows).toHaveLength(210_000);
      expect(rows[209_999]).toEqual(["Сотрудник 210000", 210_000]);
    },
    HEAVY,
  );
});

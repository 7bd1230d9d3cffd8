import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readWorkbookBuffer, readWorkbookFile, type ReadOutcome } from "../../../src/adapters/exceljs/readXlsx";
import { addLayoutSheet, saveWorkbook } from "../../../src/adapters/exceljs/writeXlsx";
import { NUMBER_FORMATS, type SheetLayout } from "../../../src/workbook/layout";
import {
  addPicture,
  assertBalancedXml,
  registerWorkbook,
  reportLayout,
  tempDir,
  utcDay,
  writeWorkbook,
} from "./fixtures";

let dir: string;
let removeDir: () => Promise<void>;
beforeAll(async () => {
  ({ dir, remove: removeDir } = await tempDir());
});
afterAll(() => removeDir());

function assertRead(outcome: ReadOutcome): asserts outcome is Extract<ReadOutcome, { ok: true }> {
  if (!outcome.ok) throw new Error(`expected a workbook, got ${outcome.reason}: ${outcome.message}`);
}

async function openWithExcelJs(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

/** The part of the package holding the sheet named `name`, found through workbook.xml and its rels. */
async function sheetPart(zip: JSZip, name: string): Promise<string> {
  const workbookXml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const relId = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="(rId\\d+)"`).exec(workbookXml)?.[1];
  const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
  const target = new RegExp(`Id="${relId}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
  if (target === undefined) throw new Error(`no part for sheet ${name}`);
  return `xl/${target.replace(/^\/?xl\//, "")}`;
}

/** Reads the register fixture, adds the report layout and saves; returns the paths and the package. */
async function writeReport(layout: SheetLayout = reportLayout(), name = "report") {
  const input = await writeWorkbook(registerWorkbook(), join(dir, `${name}-input.xlsx`));
  const read = await readWorkbookFile(input);
  assertRead(read);
  addLayoutSheet(read.workbook, layout);
  const output = join(dir, `${name}-output.xlsx`);
  const saved = await saveWorkbook(read.workbook, layout, output);
  expect(saved).toEqual({ ok: true, path: output });
  const zip = await JSZip.loadAsync(await readFile(output));
  return { input, output, read, zip };
}

describe("addLayoutSheet + saveWorkbook", () => {
  it("writes the report sheet: values, formats, styles, merges, widths, frozen rows and page setup", async () => {
    const { output } = await writeReport();
    const workbook = await openWithExcelJs(output);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Кадры", "Разное", "Пустой", "Отчёт 2024"]);
    const sheet = workbook.getWorksheet("Отчёт 2024") as ExcelJS.Worksheet;

    expect(sheet.getCell("A1").value).toBe("Отчёт о переподготовке за 2024 год");
    expect(sheet.getCell("A1").font).toMatchObject({ bold: true, size: 16 });
    expect(sheet.getCell("A2").font).toMatchObject({ size: 11, color: { argb: "FF595959" } });
    expect(sheet.getCell("A4").font).toMatchObject({ bold: true, size: 12 });
    expect(sheet.getCell("A4").fill).toMatchObject({
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: "FFDDEBF7" },
    });
    expect(sheet.getCell("A11").font).toMatchObject({ bold: true });
    expect(sheet.getCell("A12").font).toMatchObject({ italic: true, color: { argb: "FF595959" } });
    // A date is a serial shown as dd.mm.yyyy (exceljs hands it back as a Date).
    expect(sheet.getCell("C2").numFmt).toBe("dd.mm.yyyy");
    expect(sheet.getCell("C2").value).toEqual(utcDay(2024, 8, 31));
    expect(sheet.getCell("B11").numFmt).toBe("0");

    expect(sheet.model.merges).toEqual(["A1:D1"]);
    expect([1, 2, 3, 4].map((c) => sheet.getColumn(c).width)).toEqual([32, 12, 14, 10]);
    expect(sheet.views).toEqual([expect.objectContaining({ state: "frozen", ySplit: 3 })]);
    expect(sheet.pageSetup).toMatchObject({
      orientation: "landscape",
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "1:3",
    });
  });

  it("writes the Excel table with its header, filter buttons, style, rows, formats and totals", async () => {
    const { output, zip } = await writeReport();
    const sheet = (await openWithExcelJs(output)).getWorksheet("Отчёт 2024") as ExcelJS.Worksheet;
    // exceljs's typings omit the model a read table keeps.
    type ReadTable = ExcelJS.TableProperties & { tableRef: string; autoFilterRef: string };
    const table = (sheet.getTable("Report_2024") as unknown as { table: ReadTable }).table;
    expect(table).toMatchObject({ name: "Report_2024", tableRef: "A5:D9", autoFilterRef: "A5:D8", totalsRow: true });
    expect(table.style).toMatchObject({ theme: "TableStyleLight9", showRowStripes: true });
    expect(table.columns.map((c) => [c.name, c.filterButton, c.totalsRowFunction ?? c.totalsRowLabel])).toEqual([
      ["Категория", true, "Итого"],
      ["Служащих", true, "sum"],
      ["Срок [дата]", true, "none"],
      ["Часы", true, "sum"],
    ]);
    const tableXml = (await zip.file(/^xl\/tables\/table\d+\.xml$/)[0]?.async("string")) ?? "";
    expect(tableXml).toContain('headerRowCount="1"');

    expect(sheet.getCell("C6").numFmt).toBe("dd.mm.yyyy");
    // exceljs reads "General" back as no format at all.
    expect(sheet.getCell("D7").numFmt ?? "General").toBe(NUMBER_FORMATS.decimal);
    expect(sheet.getCell("B9").value).toEqual({ formula: "SUBTOTAL(109,Report_2024[Служащих])", result: 12 });
    expect(sheet.getCell("D9").value).toEqual({ formula: "SUBTOTAL(109,Report_2024[Часы])", result: 319.5 });

    // Read back through the adapter: the report's values as CellValues.
    const reread = await readWorkbookFile(output);
    assertRead(reread);
    const report = reread.data.sheets.find((s) => s.name === "Отчёт 2024");
    expect(report?.rows.slice(4, 9)).toEqual([
      ["Категория", "Служащих", "Срок [дата]", "Часы"],
      ["C-O-3", 3, 45535, 120],
      ["D-O-2", 4, 45536, 119.5],
      ["A-1", 5, null, 80],
      ["Итого", 12, null, 319.5],
    ]);
  });

  it("injects a clustered column chart with its drawing, relationships and content types", async () => {
    const { output, zip } = await writeReport();
    const sheetPath = await sheetPart(zip, "Отчёт 2024");
    const sheetXml = (await zip.file(sheetPath)?.async("string")) ?? "";
    const drawingRelId = /<drawing [^>]*r:id="(rId\d+)"/.exec(sheetXml)?.[1];
    expect(drawingRelId).toBeDefined();
    // CT_Worksheet order: drawing after pageSetup, before tableParts.
    expect(sheetXml.indexOf("<pageSetup")).toBeLessThan(sheetXml.indexOf("<drawing "));
    expect(sheetXml.indexOf("<drawing ")).toBeLessThan(sheetXml.indexOf("<tableParts"));

    const sheetRels = (await zip.file(sheetPath.replace(/([^/]+)$/, "_rels/$1.rels"))?.async("string")) ?? "";
    expect(sheetRels).toMatch(
      new RegExp(`Id="${drawingRelId}" Type="[^"]+/relationships/drawing" Target="../drawings/drawing1.xml"`),
    );
    const drawingXml = (await zip.file("xl/drawings/drawing1.xml")?.async("string")) ?? "";
    expect(drawingXml).toContain("<xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>13</xdr:row>");
    expect(drawingXml).toContain("<xdr:to><xdr:col>6</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>28</xdr:row>");
    const drawingRels = (await zip.file("xl/drawings/_rels/drawing1.xml.rels")?.async("string")) ?? "";
    expect(drawingRels).toMatch(/Type="[^"]+\/relationships\/chart" Target="..\/charts\/chart1.xml"/);

    const chartXml = (await zip.file("xl/charts/chart1.xml")?.async("string")) ?? "";
    expect(chartXml).toContain('<c:barDir val="col"/><c:grouping val="clustered"/>');
    expect(chartXml).toContain("<a:t>Служащие по категориям</a:t>");
    expect(chartXml.match(/<c:ser>/g)).toHaveLength(2);
    expect(chartXml).toContain('<c:pt idx="1"><c:v>D-O-2</c:v></c:pt>');
    expect(chartXml).toContain(
      '<c:ptCount val="3"/><c:pt idx="0"><c:v>2</c:v></c:pt><c:pt idx="1"><c:v>6</c:v></c:pt><c:pt idx="2"><c:v>1</c:v></c:pt>',
    );

    const types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
    expect(types).toContain(
      '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>',
    );
    expect(types).toContain(
      '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>',
    );
    for (const part of [sheetPath, "xl/drawings/drawing1.xml", "xl/charts/chart1.xml", "[Content_Types].xml"]) {
      assertBalancedXml((await zip.file(part)?.async("string")) ?? "");
    }

    // The output opens, and the adapter knows a further exceljs copy would lose this chart.
    await expect(openWithExcelJs(output)).resolves.toBeInstanceOf(ExcelJS.Workbook);
    const reread = await readWorkbookFile(output);
    assertRead(reread);
    expect(reread.lacks).toEqual(["1 chart"]);
  });

  it("keeps the original sheets as they were", async () => {
    const { input, output } = await writeReport();
    const [before, after] = await Promise.all([readWorkbookFile(input), readWorkbookFile(output)]);
    assertRead(before);
    assertRead(after);
    expect(after.data.sheets.slice(0, 3)).toEqual(before.data.sheets);
    expect(after.data.dateSystem).toBe(1900);
  });

  it("refuses to overwrite the file it read, and leaves it untouched", async () => {
    const input = await writeWorkbook(registerWorkbook(), join(dir, "keep.xlsx"));
    const original = await readFile(input);
    const read = await readWorkbookFile(input);
    assertRead(read);
    addLayoutSheet(read.workbook, reportLayout());
    expect(await saveWorkbook(read.workbook, reportLayout(), join(dir, ".", "keep.xlsx"))).toMatchObject({
      ok: false,
      reason: "sameAsInput",
    });
    expect((await readFile(input)).equals(original)).toBe(true);
  });

  it("reports a failed write and leaves no temporary file behind", async () => {
    const read = await readWorkbookBuffer(Buffer.from(await registerWorkbook().xlsx.writeBuffer()));
    assertRead(read);
    const saved = await saveWorkbook(read.workbook, null, join(dir, "no such folder", "out.xlsx"));
    expect(saved).toMatchObject({ ok: false, reason: "writeFailed" });
    expect((await readdir(dir)).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("adds the chart to the drawing exceljs already wrote for the sheet's pictures", async () => {
    const read = await readWorkbookBuffer(Buffer.from(await registerWorkbook().xlsx.writeBuffer()));
    assertRead(read);
    const layout = reportLayout();
    addLayoutSheet(read.workbook, layout);
    const report = read.workbook.getWorksheet(layout.name) as ExcelJS.Worksheet;
    addPicture(read.workbook, report, "F1:G3");
    const output = join(dir, "with-picture.xlsx");
    expect(await saveWorkbook(read.workbook, layout, output)).toMatchObject({ ok: true });

    const zip = await JSZip.loadAsync(await readFile(output));
    const sheetXml = (await zip.file(await sheetPart(zip, layout.name))?.async("string")) ?? "";
    expect(sheetXml.match(/<drawing /g)).toHaveLength(1);
    expect(zip.file(/^xl\/drawings\/drawing\d+\.xml$/)).toHaveLength(1);
    const drawingXml = (await zip.file(/^xl\/drawings\/drawing\d+\.xml$/)[0]?.async("string")) ?? "";
    assertBalancedXml(drawingXml);
    expect(drawingXml).toContain("<xdr:pic>");
    expect(drawingXml).toContain("<xdr:graphicFrame");
    const ids = [...drawingXml.matchAll(/<xdr:cNvPr id="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    const drawingRels = (await zip.file(/^xl\/drawings\/_rels\/drawing\d+\.xml\.rels$/)[0]?.async("string")) ?? "";
    expect(drawingRels).toContain("/relationships/image");
    expect(drawingRels).toContain("/relationships/chart");

    const reopened = await openWithExcelJs(output);
    expect((reopened.getWorksheet(layout.name) as ExcelJS.Worksheet).getImages()).toHaveLength(1);
  });

  it("writes a layout without a chart, frozen rows or totals as given", async () => {
    const base = reportLayout();
    const [table] = base.tables;
    const layout: SheetLayout = {
      ...base,
      name: "Простой",
      chart: null,
      frozenRows: 0,
      page: { orientation: "portrait", paper: "A4", fitToWidth: false },
      // Duplicate and blank headers would make Excel repair the file; names with [ ] are escaped.
      tables: table === undefined ? [] : [{ ...table, headers: ["Код", "Код", "", "Часы"], totals: undefined }],
    };
    const { output, zip } = await writeReport(layout, "plain");
    expect(zip.file(/^xl\/(charts|drawings)\//)).toEqual([]);
    const sheet = (await openWithExcelJs(output)).getWorksheet("Простой") as ExcelJS.Worksheet;
    expect((sheet.views ?? []).filter((v) => v.state === "frozen")).toEqual([]);
    expect(sheet.pageSetup).toMatchObject({ orientation: "portrait", paperSize: 9 });
    expect(sheet.pageSetup.fitToPage).toBeFalsy();
    expect(sheet.pageSetup.printTitlesRow).toBeUndefined();
    expect([1, 2, 3, 4].map((c) => sheet.getCell(5, c).value)).toEqual(["Код", "Код 2", "Column3", "Часы"]);
    expect(sheet.getCell(9, 1).value).toBeNull();
  });

  it("writes layout dates as the serials of a 1904 workbook, so they show the same day", async () => {
    const mac = registerWorkbook();
    mac.properties.date1904 = true;
    const read = await readWorkbookBuffer(Buffer.from(await mac.xlsx.writeBuffer()));
    assertRead(read);
    addLayoutSheet(read.workbook, reportLayout());
    const output = join(dir, "mac-report.xlsx");
    expect(await saveWorkbook(read.workbook, reportLayout(), output)).toMatchObject({ ok: true });
    const sheet = (await openWithExcelJs(output)).getWorksheet("Отчёт 2024") as ExcelJS.Worksheet;
    // exceljs converts with the workbook's system: the same calendar days as the layout's serials.
    expect(sheet.getCell("C2").value).toEqual(utcDay(2024, 8, 31));
    expect(sheet.getCell("C7").value).toEqual(utcDay(2024, 9, 1));
    expect(sheet.getCell("B6").value).toBe(3); // not a date: unchanged
  });

  it("refuses a sheet or table name the workbook already has", async () => {
    const read = await readWorkbookBuffer(Buffer.from(await registerWorkbook().xlsx.writeBuffer()));
    assertRead(read);
    expect(() => addLayoutSheet(read.workbook, { ...reportLayout(), name: "кадры" })).toThrow(/already has a sheet/);
    addLayoutSheet(read.workbook, reportLayout());
    expect(() => addLayoutSheet(read.workbook, { ...reportLayout(), name: "Ещё" })).toThrow(/already has a table/);
  });
});

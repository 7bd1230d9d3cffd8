/**
 * Printable forms through the exceljs adapter: manual page breaks, print area, form styles,
 * outlined boxes and row heights, checked in the saved package (its XML) and read back with exceljs.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readWorkbookBuffer, type ReadOutcome } from "../../../src/adapters/exceljs/readXlsx";
import { addLayoutSheet, saveWorkbook } from "../../../src/adapters/exceljs/writeXlsx";
import { CELL_STYLES, MAX_ROW_BREAKS, type SheetLayout } from "../../../src/workbook/layout";
import { formLayout, formRows, FORM_ROWS } from "../formLayout";
import { registerWorkbook, reportLayout, tempDir } from "./fixtures";

let dir: string;
let removeDir: () => Promise<void>;
beforeAll(async () => {
  ({ dir, remove: removeDir } = await tempDir());
});
afterAll(() => removeDir());

function assertRead(outcome: ReadOutcome): asserts outcome is Extract<ReadOutcome, { ok: true }> {
  if (!outcome.ok) throw new Error(`expected a workbook, got ${outcome.reason}: ${outcome.message}`);
}

/** A copy of the register workbook with `layout` added, saved by saveWorkbook; its bytes. */
async function save(layout: SheetLayout, name: string): Promise<Buffer> {
  const read = await readWorkbookBuffer(Buffer.from(await registerWorkbook().xlsx.writeBuffer()));
  assertRead(read);
  addLayoutSheet(read.workbook, layout);
  const output = join(dir, `${name}.xlsx`);
  expect(await saveWorkbook(read.workbook, layout, output)).toEqual({ ok: true, path: output });
  return readFile(output);
}

async function reopen(bytes: Buffer, name: string): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const sheet = workbook.getWorksheet(name);
  if (sheet === undefined) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** The sides of a cell that have a thin border, sorted. */
function thinSides(cell: ExcelJS.Cell): string[] {
  return Object.entries(cell.border ?? {})
    .filter(([, border]) => (border as Partial<ExcelJS.Border> | undefined)?.style === "thin")
    .map(([side]) => side)
    .sort();
}

/** The sides each cell of a box of rows × 6 columns (A–F) should have, row by row. */
function outlineOf(rows: number): string[][][] {
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: 6 }, (_, c) =>
      [r === 0 ? "top" : "", r === rows - 1 ? "bottom" : "", c === 0 ? "left" : "", c === 5 ? "right" : ""]
        .filter(Boolean)
        .sort(),
    ),
  );
}

describe("addLayoutSheet with a printable form layout", () => {
  let bytes: Buffer;
  let sheet: ExcelJS.Worksheet;
  beforeAll(async () => {
    bytes = await save(formLayout(), "forms");
    sheet = await reopen(bytes, "Аттестаттау");
  });

  it("breaks the page above rows 10 and 20 (0-based): <brk id> is the 0-based row under the break", async () => {
    const zip = await JSZip.loadAsync(bytes);
    // The register's three sheets come first: the forms are sheet4.xml.
    const xml = (await zip.file("xl/worksheets/sheet4.xml")?.async("string")) ?? "";
    expect(xml).toContain('<sheetData><row r="1"');
    // OOXML: "breaks occur above the specified [zero-based] row", i.e. after 1-based row 10, so
    // sheet row 11 (0-based 10) starts the second page. Duplicates and row 0 are not written.
    expect(xml.match(/<rowBreaks\b.*<\/rowBreaks>/)?.[0]).toBe(
      '<rowBreaks count="2" manualBreakCount="2">' +
        '<brk id="10" max="16383" man="1"/><brk id="20" max="16383" man="1"/></rowBreaks>',
    );
  });

  it("sets the print area A1:F30 as an absolute sheet-local name, as Excel writes it", async () => {
    const zip = await JSZip.loadAsync(bytes);
    const workbookXml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
    expect(workbookXml).toContain(
      '<definedName name="_xlnm.Print_Area" localSheetId="3">&apos;Аттестаттау&apos;!$A$1:$F$30</definedName>',
    );
    expect(sheet.pageSetup).toMatchObject({ printArea: "A1:F30", orientation: "portrait", paperSize: 9 });
    expect(sheet.pageSetup.fitToPage).toBeFalsy();
  });

  it("writes the form styles: fonts, wrapping, alignment and the fill lines", () => {
    for (let form = 0; form < 3; form++) {
      const at = formRows(form * FORM_ROWS);
      const cell = (row: number, col: number) => sheet.getCell(row + 1, col + 1);

      expect(cell(at.appendix, 5).value).toBe("3-ҚОСЫМША");
      expect(cell(at.appendix, 5).font).toMatchObject({ size: 9 });
      expect(cell(at.appendix, 5).alignment).toEqual({ horizontal: "right" });
      expect(cell(at.title, 0).font).toMatchObject({ bold: true, size: 12 });
      expect(cell(at.title, 0).alignment).toEqual({ horizontal: "center", wrapText: true });
      expect(cell(at.name, 0).alignment).toEqual({ wrapText: true, vertical: "top" });
      expect(thinSides(cell(at.name, 0))).toEqual([]);
      expect(cell(at.caption, 3).font).toMatchObject({ italic: true, size: 9, color: { argb: "FF595959" } });
      expect(cell(at.caption, 3).alignment).toEqual({ horizontal: "center" });

      // A value written on its fill line; the line runs under the whole merged range C:F.
      expect(cell(at.name, 2).value).toBe(`Қызметші ${form + 1}`);
      expect(cell(at.name, 2).alignment).toEqual({ wrapText: true, vertical: "top" });
      expect([2, 3, 4, 5].map((col) => thinSides(cell(at.name, col)))).toEqual([
        ["bottom"],
        ["bottom"],
        ["bottom"],
        ["bottom"],
      ]);
      // An empty signature line D:F.
      expect(cell(at.signature, 3).value).toBeNull();
      expect([3, 4, 5].map((col) => thinSides(cell(at.signature, col)))).toEqual([["bottom"], ["bottom"], ["bottom"]]);
    }
  });

  it("outlines each box, merged or not, on its edge cells only", () => {
    for (const form of [0, 1, 2]) {
      const { box } = formRows(form * FORM_ROWS);
      const rows = box.toRow - box.row + 1;
      const sides = Array.from({ length: rows }, (_, r) =>
        Array.from({ length: 6 }, (_, c) => thinSides(sheet.getCell(box.row + 1 + r, c + 1))),
      );
      expect(sides, `box of form ${form}`).toEqual(outlineOf(rows));
      // Only the second form's box is left unmerged.
      expect(sheet.getCell(box.row + 2, 3).isMerged).toBe(form !== 1);
    }
  });

  it("sets the row heights in points and leaves the others to the host", () => {
    const at = formRows(FORM_ROWS);
    expect(sheet.getRow(at.title + 1).height).toBe(32);
    expect(sheet.getRow(at.box.row + 1).height).toBe(45);
    expect(sheet.getRow(at.name + 1).height).toBeUndefined();
  });
});

describe("addLayoutSheet: form edge cases", () => {
  it("keeps a fill line's bottom border when a box's top and sides are drawn round it", async () => {
    const layout: SheetLayout = {
      name: "Рамка",
      cells: [{ row: 1, col: 1, value: "Иванов", style: "fill" }],
      tables: [],
      merges: [],
      boxes: [{ row: 1, col: 1, toRow: 2, toCol: 2 }],
      columnWidths: [],
      frozenRows: 0,
      chart: null,
      page: { orientation: "portrait", paper: "A4", fitToWidth: false },
    };
    const sheet = await reopen(await save(layout, "box-fill"), "Рамка");
    expect(thinSides(sheet.getCell("B2"))).toEqual(["bottom", "left", "top"]);
    expect(thinSides(sheet.getCell("C2"))).toEqual(["right", "top"]);
    expect(thinSides(sheet.getCell("B3"))).toEqual(["bottom", "left"]);
    expect(thinSides(sheet.getCell("C3"))).toEqual(["bottom", "right"]);
    // No print area or page breaks unless the layout asks.
    expect(sheet.pageSetup.printArea).toBeUndefined();
  });

  it("refuses more page breaks than Excel keeps on a sheet, adding nothing", async () => {
    const read = await readWorkbookBuffer(Buffer.from(await registerWorkbook().xlsx.writeBuffer()));
    assertRead(read);
    const rowBreaks = Array.from({ length: MAX_ROW_BREAKS + 1 }, (_, i) => (i + 1) * FORM_ROWS);
    const layout = formLayout();
    expect(() => addLayoutSheet(read.workbook, { ...layout, page: { ...layout.page, rowBreaks } })).toThrow(
      /at most 1026 page breaks, not 1027/,
    );
    expect(read.workbook.getWorksheet(layout.name)).toBeUndefined();
    // Exactly the maximum is written.
    addLayoutSheet(read.workbook, { ...layout, page: { ...layout.page, rowBreaks: rowBreaks.slice(1) } });
    // rowBreaks is in exceljs's worksheets but not in its typings.
    const written = read.workbook.getWorksheet(layout.name) as unknown as { rowBreaks: unknown[] } | undefined;
    expect(written?.rowBreaks).toHaveLength(MAX_ROW_BREAKS);
  });

  it("leaves the report's styles as they were: no alignment or border on its cells", async () => {
    const { title, subtitle, label, sectionHeading, note } = CELL_STYLES;
    expect({ title, subtitle, label, sectionHeading, note }).toEqual({
      title: { bold: true, size: 16 },
      subtitle: { size: 11, color: "595959" },
      label: { bold: true, size: 11 },
      sectionHeading: { bold: true, size: 12, fill: "DDEBF7" },
      note: { italic: true, size: 10, color: "595959" },
    });
    const sheet = await reopen(await save(reportLayout(), "report-styles"), "Отчёт 2024");
    for (const address of ["A1", "A2", "A4", "A12"]) {
      expect(sheet.getCell(address).alignment, address).toBeUndefined();
      expect(thinSides(sheet.getCell(address)), address).toEqual([]);
    }
    expect(sheet.pageSetup.printArea).toBeUndefined();
  });
});

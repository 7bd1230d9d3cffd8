/**
 * Printable forms through the Office.js adapter against office-addin-mock: the page breaks, print
 * area, borders, alignment and row heights it asks of Excel — still in the one round trip.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { officeWorkbook } from "../../../src/adapters/office/officeWorkbook";
import { MAX_ROW_BREAKS } from "../../../src/workbook/layout";
import { formLayout, formRows, FORM_ROWS } from "../formLayout";
import { excelMock, stubOffice, type FakeRange, type FakeSheet } from "./excelMock";

const THIN = { style: "Continuous", weight: "Thin" };
const OUTLINE = { EdgeTop: THIN, EdgeBottom: THIN, EdgeLeft: THIN, EdgeRight: THIN };

/** The ranges asked for at exactly these coordinates, leaving out those that set a row height. */
function rangesAt(sheet: FakeSheet | undefined, row: number, col: number, rowCount: number, columnCount: number) {
  return (sheet?.ranges ?? []).filter(
    (range) =>
      range.format.rowHeight === undefined &&
      range.format.columnWidth === undefined &&
      range.row === row &&
      range.col === col &&
      range.rowCount === rowCount &&
      range.columnCount === columnCount,
  );
}

/** The one range at these coordinates. */
function rangeAt(sheet: FakeSheet | undefined, row: number, col: number, rowCount = 1, columnCount = 1): FakeRange {
  const found = rangesAt(sheet, row, col, rowCount, columnCount);
  expect(found, `range at ${row},${col} ${rowCount}×${columnCount}`).toHaveLength(1);
  return found[0] as FakeRange;
}

describe("officeWorkbook().addSheet() with a printable form layout", () => {
  beforeEach(() => void stubOffice(16));
  afterEach(() => void vi.unstubAllGlobals());

  it("asks for the page breaks, the print area, the borders and the row heights in 1 sync", async () => {
    const excel = excelMock([]);
    const workbook = officeWorkbook(excel.run);

    await workbook.addSheet(formLayout());

    expect(workbook.syncCount()).toBe(1);
    expect(excel.sync).toHaveBeenCalledTimes(1);
    const sheet = excel.added[0];

    // A break above sheet rows 11 and 21 (0-based 10 and 20): add() breaks above the cell given.
    // Row 0 and the duplicate 10 of the layout are not asked for.
    expect(sheet?.horizontalPageBreaks.add.mock.calls).toEqual([["A11"], ["A21"]]);
    expect(sheet?.pageLayout.setPrintArea).toHaveBeenCalledExactlyOnceWith("A1:F30");
    // Portrait A4, not scaled: no zoom.
    expect(sheet?.pageLayout).toEqual({ orientation: "Portrait", paperSize: "A4" });

    for (let form = 0; form < 3; form++) {
      const at = formRows(form * FORM_ROWS);

      const appendix = rangeAt(sheet, at.appendix, 5);
      expect(appendix.format).toMatchObject({ font: { size: 9 }, horizontalAlignment: "Right" });
      expect(appendix.format.wrapText).toBeUndefined();
      expect(rangeAt(sheet, at.title, 0).format).toMatchObject({
        font: { bold: true, size: 12 },
        horizontalAlignment: "Center",
        wrapText: true,
      });
      const label = rangeAt(sheet, at.name, 0);
      expect(label.format).toMatchObject({ font: { size: 10 }, wrapText: true, verticalAlignment: "Top" });
      expect(label.edges).toEqual({});
      expect(rangeAt(sheet, at.caption, 3).format).toMatchObject({
        font: { italic: true, size: 9, color: "#595959" },
        horizontalAlignment: "Center",
      });

      // The fill line: on its cell, and under the whole merged range C:F once merged.
      const fill = rangeAt(sheet, at.name, 2);
      expect(fill.values).toEqual([[`Қызметші ${form + 1}`]]);
      expect(fill.format).toMatchObject({ wrapText: true, verticalAlignment: "Top" });
      expect(fill.edges).toEqual({ EdgeBottom: THIN });
      const fillMerge = rangeAt(sheet, at.name, 2, 1, 4);
      expect(fillMerge.merge).toHaveBeenCalledWith(false);
      expect(fillMerge.edges).toEqual({ EdgeBottom: THIN });
      expect(rangeAt(sheet, at.signature, 3, 1, 3).edges).toEqual({ EdgeBottom: THIN });
      // A merge that is no fill line gets no border.
      expect(rangeAt(sheet, at.title, 0, 1, 6).edges).toEqual({});

      // The box: outlined whole. The second form's is not merged: one range, the outline only.
      const boxes = rangesAt(sheet, at.box.row, 0, 3, 6);
      const merged = boxes.filter((range) => range.merge.mock.calls.length > 0);
      expect(merged, `form ${form}`).toHaveLength(form === 1 ? 0 : 1);
      expect(boxes.filter((range) => Object.keys(range.edges).length > 0).map((range) => range.edges)).toEqual([
        OUTLINE,
      ]);
    }

    // Row heights, in points, one 1-cell range per row.
    const heights = sheet?.ranges.filter((range) => range.format.rowHeight !== undefined);
    expect(heights?.map((range) => [range.row, range.col, range.rowCount, range.format.rowHeight])).toEqual([
      [1, 0, 1, 32],
      [5, 0, 1, 45],
      [11, 0, 1, 32],
      [15, 0, 1, 45],
      [21, 0, 1, 32],
      [25, 0, 1, 45],
    ]);
  });

  it("on a host without ExcelApi 1.9 leaves page breaks and print area out, and still draws the form", async () => {
    vi.unstubAllGlobals();
    stubOffice(8);
    const excel = excelMock([]);
    const workbook = officeWorkbook(excel.run);
    await workbook.addSheet(formLayout());
    const sheet = excel.added[0];
    expect(sheet?.horizontalPageBreaks.add).not.toHaveBeenCalled();
    expect(sheet?.pageLayout.setPrintArea).not.toHaveBeenCalled();
    expect(sheet?.pageLayout).toEqual({});
    expect(rangesAt(sheet, 15, 0, 3, 6).map((range) => range.edges)).toEqual([OUTLINE]);
    expect(workbook.syncCount()).toBe(1);
  });

  it("refuses more page breaks than Excel keeps, before asking Excel for anything", async () => {
    const excel = excelMock([]);
    const workbook = officeWorkbook(excel.run);
    const layout = formLayout();
    const rowBreaks = Array.from({ length: MAX_ROW_BREAKS + 1 }, (_, i) => (i + 1) * FORM_ROWS);
    await expect(workbook.addSheet({ ...layout, page: { ...layout.page, rowBreaks } })).rejects.toThrow(
      /at most 1026 page breaks/,
    );
    expect(excel.worksheets.add).not.toHaveBeenCalled();
    expect(excel.sync).not.toHaveBeenCalled();
  });
});

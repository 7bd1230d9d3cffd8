/**
 * A printable form layout for the adapter tests: three one-page forms of 10 rows (rows 0–9, 10–19,
 * 20–29), each starting on a new page (rowBreaks [10, 20]), with a print area over the three, form
 * styles, outlined boxes (merged on the first form, unmerged on the second) and row heights.
 */
import type { LayoutCell, LayoutMerge, SheetLayout } from "../../src/workbook/layout";

export const FORM_ROWS = 10;
export const FORMS = 3;

/** Where things sit on the form starting at 0-based row `top`. */
export function formRows(top: number) {
  return {
    appendix: top,
    title: top + 1,
    name: top + 2,
    opinion: top + 4,
    box: { row: top + 5, col: 0, toRow: top + 7, toCol: 5 } satisfies LayoutMerge,
    signature: top + 8,
    caption: top + 9,
  };
}

export function formLayout(): SheetLayout {
  const cells: LayoutCell[] = [];
  const merges: LayoutMerge[] = [];
  const boxes: LayoutMerge[] = [];
  const rowHeights: { row: number; height: number }[] = [];
  for (let form = 0; form < FORMS; form++) {
    const at = formRows(form * FORM_ROWS);
    cells.push(
      { row: at.appendix, col: 5, value: "3-ҚОСЫМША", style: "appendix" },
      { row: at.title, col: 0, value: "Мемлекеттік қызметшінің аттестаттау парағы", style: "formTitle" },
      { row: at.name, col: 0, value: "1. Тегі, аты, әкесінің аты", style: "field" },
      { row: at.name, col: 2, value: `Қызметші ${form + 1}`, style: "fill" },
      { row: at.opinion, col: 0, value: "2. Тікелей басшының пікірі", style: "field" },
      // A signature line: an empty fill cell, with its caption under it.
      { row: at.signature, col: 3, value: null, style: "fill" },
      { row: at.caption, col: 3, value: "(қолы)", style: "caption" },
    );
    merges.push(
      { row: at.title, col: 0, toRow: at.title, toCol: 5 },
      { row: at.name, col: 2, toRow: at.name, toCol: 5 },
      { row: at.signature, col: 3, toRow: at.signature, toCol: 5 },
    );
    // The first form's box is one merged cell; the second's is left as separate cells.
    if (form !== 1) merges.push(at.box);
    boxes.push(at.box);
    rowHeights.push({ row: at.title, height: 32 }, { row: at.box.row, height: 45 });
  }
  return {
    name: "Аттестаттау",
    cells,
    tables: [],
    merges,
    boxes,
    rowHeights,
    columnWidths: [14, 14, 14, 14, 14, 14],
    frozenRows: 0,
    chart: null,
    page: {
      orientation: "portrait",
      paper: "A4",
      fitToWidth: false,
      // 0 and the duplicate are dropped: the first page starts at row 0 anyway.
      rowBreaks: [20, 10, 0, 10],
      printArea: { toRow: FORMS * FORM_ROWS - 1, toCol: 5 },
    },
  };
}

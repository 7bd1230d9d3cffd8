/**
 * What the sidebar's "Columns" part shows: every sheet the readers recognise, in the spreadsheet's
 * order — staff registers and training logs as the report reads them, attestation lists as the
 * attestation reader reads them — with the column each field was read from (the saved mapping
 * applied), the fields not found, the headers no field took, and the header cells to choose from.
 */
import { ATTESTATION_TERMS } from "../attestation/headers";
import { readAttestation } from "../attestation/readAttestation";
import { choicesFor, FIELDS_OF, type ColumnOverrides } from "../reader/findHeader";
import type { SheetColumns } from "../reader/model";
import { readStaff } from "../reader/readStaff";
import { withoutReports } from "../report/reportSheets";
import { a1 } from "../workbook/layout";
import { isCellError, type SheetGrid, type WorkbookData } from "../workbook/port";

const ATTESTATION_FIELDS: readonly string[] = Object.keys(ATTESTATION_TERMS.fields);

/** One header cell a field may be read from: its 0-based column, letter and text. */
export interface HeaderOption {
  readonly col: number;
  readonly letter: string;
  readonly header: string;
}

export interface PanelSheet {
  readonly sheet: string;
  readonly kind: "register" | "log" | "attestation";
  /** 0-based sheet row of the (last) header row. */
  readonly headerRow: number | null;
  /**
   * The fields of its kind, in the reader's order, each with its column (-1 when none) and whether
   * the officer chose it (a column, or "none") rather than the reader finding it by its header.
   */
  readonly fields: readonly { readonly field: string; readonly col: number; readonly byHand: boolean }[];
  /** Fields not found (a register's annual ratings among them, which have no picker). */
  readonly missing: readonly string[];
  readonly unused: SheetColumns["unused"];
  readonly options: readonly HeaderOption[];
}

const letterOf = (col: number) => a1(0, col).replace(/\d+$/u, "");

/** Every column of the header row: the reader's header text (two-row headers joined) or the cell. */
function headerOptions(grid: SheetGrid | undefined, columns: SheetColumns): HeaderOption[] {
  const originRow = grid?.origin?.row ?? 0;
  const originCol = grid?.origin?.col ?? 0;
  const raw = columns.headerRow === null ? [] : (grid?.rows[columns.headerRow - originRow] ?? []);
  const read = new Map<number, string>([
    ...columns.unused.map((u) => [u.col, u.header] as const),
    ...columns.found.map((f) => [f.col, f.header] as const),
  ]);
  const width = Math.max(raw.length, ...[...read.keys()].map((col) => col + 1));
  return Array.from({ length: width }, (_, col) => {
    const cell = raw[col];
    const text =
      read.get(col) ?? (cell === null || cell === undefined ? "" : isCellError(cell) ? cell.error : String(cell));
    return { col, letter: letterOf(originCol + col), header: text.trim() };
  });
}

function panelSheet(
  grid: SheetGrid | undefined,
  columns: SheetColumns,
  fields: readonly string[],
  overrides: ColumnOverrides | undefined,
): PanelSheet {
  const found = new Map(columns.found.map((f) => [f.field, f]));
  const own = choicesFor(overrides, columns.sheet);
  return {
    sheet: columns.sheet,
    kind: columns.kind === "attestation" ? "attestation" : columns.kind === "log" ? "log" : "register",
    headerRow: columns.headerRow,
    fields: fields.map((field) => ({
      field,
      col: found.get(field)?.col ?? -1,
      byHand: found.get(field)?.byHand === true || (!found.has(field) && own[field] === -1),
    })),
    missing: columns.missing,
    unused: columns.unused,
    options: headerOptions(grid, columns),
  };
}

/**
 * The recognised sheets with the saved mapping applied. An attestation list is shown once, as an
 * attestation list, even where its full-name and position columns also read as a register.
 */
export function panelSheets(data: WorkbookData, overrides: ColumnOverrides | undefined): PanelSheet[] {
  const staff = new Map(readStaff(withoutReports(data), undefined, overrides).columns.map((c) => [c.sheet, c]));
  const lists = new Map(readAttestation(data, overrides).columns.map((c) => [c.sheet, c]));
  return data.sheets.flatMap((grid): PanelSheet[] => {
    const list = lists.get(grid.name);
    if (list) return [panelSheet(grid, list, ATTESTATION_FIELDS, overrides)];
    const columns = staff.get(grid.name);
    if (!columns || columns.kind === "other" || columns.kind === "attestation") return [];
    return [panelSheet(grid, columns, FIELDS_OF[columns.kind], overrides)];
  });
}

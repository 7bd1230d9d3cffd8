/**
 * What the sidebar's "Columns" part shows: every sheet the readers recognise, in the spreadsheet's
 * order — staff registers and training logs as the report reads them, attestation lists as the
 * attestation reader reads them — with the column each field was read from (the saved mapping
 * applied), the fields not found, the headers no field took, and the header cells to choose from.
 */
import { choicesFor, type ColumnOverrides } from "../reader/findHeader";
import type { SheetColumns } from "../reader/model";
import { headerChoices, type HeaderChoice } from "../reader/sheetColumns";
import { workbookColumns } from "../survey/workbookColumns";
import type { SheetGrid, WorkbookData } from "../workbook/port";

/** One header cell a field may be read from: its 0-based column, letter and text. */
export type HeaderOption = HeaderChoice;

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
    options: headerChoices(grid, columns),
  };
}

/**
 * The recognised sheets with the saved mapping applied. An attestation list is shown once, as an
 * attestation list, even where its full-name and position columns also read as a register.
 */
export function panelSheets(data: WorkbookData, overrides: ColumnOverrides | undefined): PanelSheet[] {
  return workbookColumns(data, overrides).flatMap(({ sheet, columns, fields }) =>
    columns
      ? [
          panelSheet(
            data.sheets.find((grid) => grid.name === sheet),
            columns,
            fields,
            overrides,
          ),
        ]
      : [],
  );
}

import { ATTESTATION_TERMS } from "../attestation/headers";
import { readAttestation } from "../attestation/readAttestation";
import { FIELDS_OF, type ColumnOverrides } from "../reader/findHeader";
import type { SheetColumns, StaffData } from "../reader/model";
import { readStaff } from "../reader/readStaff";
import type { WorkbookData } from "../workbook/port";
import { onlyStaffSheets } from "./staffSheets";

/** One sheet of a workbook as the readers saw it: its kind, its columns, and the fields of its kind. */
export interface SheetReading {
  readonly sheet: string;
  readonly kind: SheetColumns["kind"];
  /** Null for a sheet with no recognisable header. */
  readonly columns: SheetColumns | null;
  /** The fields an officer may map on this sheet, in the readers' order. */
  readonly fields: readonly string[];
}

const ATTESTATION_FIELDS: readonly string[] = Object.keys(ATTESTATION_TERMS.fields);

/**
 * Every sheet of a workbook in order, with what it was read as — for `kadr columns`, the pane's
 * Sheet section and the Sheets panel alike. An attestation list is shown once, as an attestation
 * list, even where its full-name and position columns would also read as a register; reports and
 * forms this program wrote are left out. `staff` may be passed when already read with `overrides`.
 */
export function workbookColumns(
  data: WorkbookData,
  overrides: ColumnOverrides | undefined,
  staff: Pick<StaffData, "columns" | "sheets"> = readStaff(onlyStaffSheets(data), undefined, overrides),
): SheetReading[] {
  const lists = new Map(readAttestation(data, overrides).columns.map((c) => [c.sheet, c]));
  const registers = new Map(staff.columns.map((c) => [c.sheet, c]));
  const staffSheets = new Set(staff.sheets.map((s) => s.name));
  return data.sheets.flatMap((grid): SheetReading[] => {
    const list = lists.get(grid.name);
    if (list) return [{ sheet: grid.name, kind: "attestation", columns: list, fields: ATTESTATION_FIELDS }];
    const columns = registers.get(grid.name);
    if (columns && (columns.kind === "register" || columns.kind === "log"))
      return [{ sheet: grid.name, kind: columns.kind, columns, fields: FIELDS_OF[columns.kind] }];
    return staffSheets.has(grid.name) ? [{ sheet: grid.name, kind: "other", columns: null, fields: [] }] : [];
  });
}

import { useCallback, useEffect, useState } from "react";
import { checkStaff, type StaffCheck } from "../checks/checkStaff";
import type { ColumnOverrides } from "../reader/findHeader";
import { readStaff } from "../reader/readStaff";
import type { StaffData } from "../reader/model";
import { onlyStaffSheets } from "../survey/staffSheets";
import type { WorkbookData } from "../workbook/port";
import type { PaneHost } from "./host";

export type StaffState =
  | { readonly status: "loading" }
  | { readonly status: "error"; readonly message: string }
  | { readonly status: "ready"; readonly data: WorkbookData; readonly staff: StaffData; readonly checks: StaffCheck };

/**
 * Reads the workbook through the host and checks every employee as of today, with the officer's
 * "due soon" window; `reload` reads again.
 */
export function useStaff(
  host: PaneHost,
  dueSoonDays: number,
  overrides: ColumnOverrides = {},
): { state: StaffState; reload: () => void } {
  const [state, setState] = useState<StaffState>({ status: "loading" });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let live = true;
    setState({ status: "loading" });
    host.workbook
      .read()
      .then((data) => {
        const staff = readStaff(onlyStaffSheets(data), undefined, overrides);
        if (live) setState({ status: "ready", data, staff, checks: checkStaff(staff, host.today(), dueSoonDays) });
      })
      .catch((error: unknown) => {
        if (live) setState({ status: "error", message: error instanceof Error ? error.message : String(error) });
      });
    return () => {
      live = false;
    };
  }, [host, generation, dueSoonDays, overrides]);
  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  return { state, reload };
}

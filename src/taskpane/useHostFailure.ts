import { useCallback, useMemo, useState } from "react";
import type { PaneHost } from "./host";

/** The last host call that failed, kept until the officer changes section or another one fails. */
export type HostFailure = { readonly error: unknown } | null;

/**
 * The same host, but a failed `selectRow` or `workbook.activate` is also handed to `report`. The
 * sections start these calls from a click and do not wait for them, so without this an Excel error
 * (a renamed sheet, a cell being edited) was dropped and the click seemed to do nothing. The promise
 * given back is the host's own: a caller that awaits it still sees the rejection and can say more.
 */
export function reportingHost(host: PaneHost, report: (error: unknown) => void): PaneHost {
  const watched = <T>(promise: Promise<T>): Promise<T> => {
    promise.catch(report);
    return promise;
  };
  const { workbook } = host;
  return {
    workbook: {
      read: () => workbook.read(),
      addSheet: (layout) => workbook.addSheet(layout),
      activate: (name) => watched(workbook.activate(name)),
    },
    officeLanguage: host.officeLanguage,
    theme: host.theme,
    today: () => host.today(),
    settings: host.settings,
    selectRow: (sheet, row) => watched(host.selectRow(sheet, row)),
    addColumns: (plan) => host.addColumns(plan),
    highlight: (plans) => host.highlight(plans),
    clearHighlights: () => host.clearHighlights(),
  };
}

/**
 * Failures of the host calls the pane does not wait for, for the pane to show (never only the
 * console): `host` reports its own, `report` takes any other (a setting that was not saved).
 */
export function useHostFailure(host: PaneHost): {
  host: PaneHost;
  failure: HostFailure;
  report: (error: unknown) => void;
  dismiss: () => void;
} {
  const [failure, setFailure] = useState<HostFailure>(null);
  const report = useCallback((error: unknown) => setFailure({ error }), []);
  const dismiss = useCallback(() => setFailure(null), []);
  const reporting = useMemo(() => reportingHost(host, report), [host, report]);
  return { host: reporting, failure, report, dismiss };
}

import { useCallback, useState } from "react";

/** The last host call that failed, kept until the officer changes section or another one fails. */
export type HostFailure = { readonly error: unknown } | null;

/**
 * Failures the pane shows in its own bar (never only the console): the settings it saves without
 * waiting (language, due-soon days, extra days, the column mapping). The sections say their own
 * failures where they happened — a row Excel could not select in Checks or Attestation, a sheet it
 * could not open in the report's or the attestation job's status — so none is said twice.
 */
export function useHostFailure(): {
  failure: HostFailure;
  report: (error: unknown) => void;
  dismiss: () => void;
} {
  const [failure, setFailure] = useState<HostFailure>(null);
  const report = useCallback((error: unknown) => setFailure({ error }), []);
  const dismiss = useCallback(() => setFailure(null), []);
  return { failure, report, dismiss };
}

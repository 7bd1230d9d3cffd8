import { Link, MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";

/** A job that adds sheets to the workbook (the annual report, the attestation forms), as it goes. */
export type JobPhase =
  | { readonly kind: "idle" }
  | { readonly kind: "building" }
  | { readonly kind: "built"; readonly sheets: readonly string[] }
  | { readonly kind: "failed"; readonly message: string };

/**
 * The job's progress for screen readers and eyes alike: a spinner while it runs, then what was
 * added with a link to the first new sheet, or the error in words.
 */
export function JobStatus({
  phase,
  building,
  built,
  onOpen,
}: {
  phase: JobPhase;
  building: string;
  built: (sheets: readonly string[]) => string;
  onOpen: (sheet: string) => void;
}) {
  const { t } = useTranslation();
  const first = phase.kind === "built" ? phase.sheets[0] : undefined;
  return (
    <div role="status" aria-live="polite" style={{ marginTop: 12 }}>
      {phase.kind === "building" && <Spinner size="tiny" label={building} />}
      {phase.kind === "built" && (
        <MessageBar intent="success">
          <MessageBarBody>
            {built(phase.sheets)}{" "}
            {first !== undefined && <Link onClick={() => onOpen(first)}>{t("report.open", { sheet: first })}</Link>}
          </MessageBarBody>
        </MessageBar>
      )}
      {phase.kind === "failed" && (
        <MessageBar intent="error">
          <MessageBarBody>{phase.message}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}

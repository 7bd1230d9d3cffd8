/**
 * The Attestation section's state, as hooks: the list read from the workbook and checked, and the
 * job that adds the generated sheets and forms. The section itself only lays them out.
 */
import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { checkAttestation, type AttestationCheck } from "../../attestation/checkAttestation";
import type { FormKind } from "../../attestation/forms";
import { makeAttestation } from "../../attestation/makeAttestation";
import type { AttestationList } from "../../attestation/model";
import { readAttestation } from "../../attestation/readAttestation";
import type { ColumnOverrides } from "../../reader/findHeader";
import type { Lang, Serial } from "../../rules";
import { officeErrorText } from "../../ui/officeErrors";
import type { PaneHost } from "../host";
import type { JobPhase } from "./JobStatus";

/** The attestation list as read from the workbook. */
export type AttestationRead =
  { status: "loading" } | { status: "ready"; list: AttestationList } | { status: "error"; message: string };

/** What the section generates: the timetable sheet, or one of the forms. */
export type AttestationSheetKind = "timetable" | FormKind;

/**
 * Reads the attestation list with the officer's column mapping and checks it (Rules §2, §5–§7,
 * §16–§18, §20–§21). Why a hook: the read is asynchronous and must be dropped when the pane moves
 * on (another language, another mapping) before it ends; the check is null when there is no list.
 */
export function useAttestationCheck(
  host: PaneHost,
  lang: Lang,
  overrides: ColumnOverrides,
  daysOff: ReadonlySet<Serial>,
): { read: AttestationRead; check: AttestationCheck | null } {
  const [read, setRead] = useState<AttestationRead>({ status: "loading" });
  useEffect(() => {
    let live = true;
    host.workbook
      .read()
      .then((data) => live && setRead({ status: "ready", list: readAttestation(data, overrides) }))
      .catch((error: unknown) => live && setRead({ status: "error", message: officeErrorText(error, lang) }));
    return () => {
      live = false;
    };
  }, [host, lang, overrides]);
  const check = useMemo(
    () => (read.status === "ready" && read.list.sheets.length > 0 ? checkAttestation(read.list, daysOff) : null),
    [read, daysOff],
  );
  return { read, check };
}

/** The generating job's phase, how to start it, and where any other workbook call's failure goes. */
export interface AttestationJobs {
  readonly phase: JobPhase;
  /** Adds the sheets of one kind and opens the first; its failure shows in the job's status. */
  readonly generate: (kind: AttestationSheetKind) => Promise<void>;
  /** Shows a workbook call's failure in the job's status, so that no error is dropped. */
  readonly guard: (work: Promise<unknown>) => void;
}

/**
 * The job that adds the timetable or a set of forms as new sheets, in the forms' language. Why a
 * hook: the job reads the workbook again (sheets may have been added since the pane opened, and
 * names must stay free), and its phase is what the section's status shows — the same status that
 * shows a failed jump to a row or a sheet, so no workbook call fails silently.
 */
export function useAttestationJobs(options: {
  host: PaneHost;
  lang: Lang;
  formsLang: Lang;
  daysOff: ReadonlySet<Serial>;
  overrides: ColumnOverrides;
}): AttestationJobs {
  const { host, lang, formsLang, daysOff, overrides } = options;
  const { t } = useTranslation();
  const [phase, setPhase] = useState<JobPhase>({ kind: "idle" });
  const failed = (error: unknown) =>
    setPhase({ kind: "failed", message: t("common.error", { message: officeErrorText(error, lang) }) });
  async function generate(kind: AttestationSheetKind) {
    setPhase({ kind: "building" });
    try {
      const made = makeAttestation(await host.workbook.read(), {
        lang: formsLang,
        builtOn: host.today(),
        sheets: [kind],
        extraDaysOff: daysOff,
        overrides,
      });
      if (!made.ok) return setPhase({ kind: "failed", message: t("attestation.noList") });
      for (const layout of made.layouts) await host.workbook.addSheet(layout);
      const first = made.layouts[0];
      if (first) await host.workbook.activate(first.name);
      setPhase({ kind: "built", sheets: made.layouts.map((layout) => layout.name) });
    } catch (error) {
      failed(error);
    }
  }
  const guard = (work: Promise<unknown>) => {
    work.catch(failed);
  };
  return { phase, generate, guard };
}

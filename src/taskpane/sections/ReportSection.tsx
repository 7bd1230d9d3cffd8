import { Button, Field, Input } from "@fluentui/react-components";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { lastFullYear, makeReport } from "../../report";
import type { Lang } from "../../rules";
import { officeErrorText } from "../../ui/officeErrors";
import type { ColumnOverrides } from "../../reader/findHeader";
import type { PaneHost } from "../host";
import { JobStatus, type JobPhase } from "./JobStatus";
import { LanguageField } from "./LanguageField";

const ORGANISATION_KEY = "kadr.organisation";

interface ReportForm {
  readonly year: string;
  readonly organisation: string;
  readonly reportLang: Lang;
}

/**
 * The report job as the section runs it — the same makeReport as the ribbon button — and opening
 * the sheet it wrote; each failure is said in the section's status, in the officer's words.
 */
function useReportJob(host: PaneHost, lang: Lang, overrides: ColumnOverrides) {
  const { t } = useTranslation();
  const [phase, setPhase] = useState<JobPhase>({ kind: "idle" });
  const failed = (error: unknown) =>
    setPhase({ kind: "failed", message: t("common.error", { message: officeErrorText(error, lang) }) });

  async function build({ year, organisation, reportLang }: ReportForm) {
    setPhase({ kind: "building" });
    try {
      await host.settings.set(ORGANISATION_KEY, organisation);
      // Read the workbook as it is now: sheets may have been added since the pane opened.
      const data = await host.workbook.read();
      const made = makeReport(data, {
        lang: reportLang,
        builtOn: host.today(),
        year: Number(year),
        organisation: organisation.trim() || null,
        overrides,
      });
      if (!made.ok) {
        setPhase({ kind: "failed", message: t("checks.noStaff") });
        return;
      }
      await host.workbook.addSheet(made.layout);
      await host.workbook.activate(made.layout.name);
      setPhase({ kind: "built", sheets: [made.layout.name] });
    } catch (error) {
      failed(error);
    }
  }
  // A sheet Excel cannot open now (renamed, deleted, a cell being edited): said here, not dropped.
  const open = (sheet: string) => void host.workbook.activate(sheet).catch(failed);
  return { phase, build, open };
}

/**
 * The Annual report section: year (default the last full year), organisation (remembered in the
 * workbook), language; then the same job as the ribbon button — a new sheet, never an overwrite.
 */
export function ReportSection({ host, lang, overrides }: { host: PaneHost; lang: Lang; overrides: ColumnOverrides }) {
  const { t } = useTranslation();
  const [year, setYear] = useState(String(lastFullYear(host.today())));
  const [organisation, setOrganisation] = useState(host.settings.get(ORGANISATION_KEY) ?? "");
  const [reportLang, setReportLang] = useState<Lang>(lang);
  const { phase, build, open } = useReportJob(host, lang, overrides);

  const validYear = /^\d{4}$/u.test(year);
  return (
    <section aria-label={t("tabs.report")}>
      <Field label={t("report.year")} validationState={validYear ? "none" : "error"}>
        <Input value={year} onChange={(_, d) => setYear(d.value)} inputMode="numeric" />
      </Field>
      <Field label={t("report.organisation")}>
        <Input value={organisation} onChange={(_, d) => setOrganisation(d.value)} />
      </Field>
      <LanguageField label={t("report.language")} value={reportLang} onChange={setReportLang} />
      <Button
        appearance="primary"
        disabled={!validYear || phase.kind === "building"}
        onClick={() => void build({ year, organisation, reportLang })}
        style={{ marginTop: 12 }}
      >
        {t("report.build")}
      </Button>
      <JobStatus
        phase={phase}
        building={t("report.building")}
        built={(sheets) => t("report.built", { sheet: sheets[0] })}
        onOpen={open}
      />
    </section>
  );
}

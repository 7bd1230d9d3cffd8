import {
  Badge,
  Button,
  Checkbox,
  Field,
  Radio,
  RadioGroup,
  SpinButton,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { checkAttestation, type AttestationCheck } from "../../attestation/checkAttestation";
import type { FormKind } from "../../attestation/forms";
import { makeAttestation } from "../../attestation/makeAttestation";
import type { AttestationList } from "../../attestation/model";
import { readAttestation } from "../../attestation/readAttestation";
import type { ColumnOverrides } from "../../reader/findHeader";
import { problemMessage } from "../../reader/model";
import {
  attestationAdopted,
  attestationCite,
  attestationQuorum,
  attestationQuorumNeeded,
  attestationVotingPresent,
  ATTESTATION_COMMISSION_COMPOSITIONS,
  calendarChanges,
  ATTESTATION_QUORUM,
  explainAttestationFlag,
  formatError,
  formatSerial,
  type Lang,
  type Serial,
} from "../../rules";
import { officeErrorText } from "../../ui/officeErrors";
import type { PaneHost } from "../host";
import { JobStatus, type JobPhase } from "./JobStatus";
import { LanguageField } from "./LanguageField";
import { NotCheckedBar } from "./NotCheckedBar";

const useStyles = makeStyles({
  counters: { display: "flex", flexWrap: "wrap", gap: "6px", margin: "8px 0" },
  list: { maxHeight: "320px", overflowY: "auto", borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
  item: { padding: "6px 4px", borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  small: { display: "block", fontSize: tokens.fontSizeBase200 },
  actions: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: "6px", margin: "8px 0" },
  meeting: { marginTop: "16px", display: "grid", gap: "6px" },
  presets: { display: "flex", flexWrap: "wrap", gap: "6px" },
});

type Read = { status: "loading" } | { status: "ready"; list: AttestationList } | { status: "error"; message: string };

const COMPOSITIONS = ATTESTATION_COMMISSION_COMPOSITIONS;
const PRESETS = ["central", "regional"] as const;

/**
 * The §12 quorum and §19 vote of one meeting, from the numbers the secretary has. §12 counts the
 * composition («құрамының»), and the decree's composition lists include the secretary: the
 * composition and those present are asked for with the secretary, with the decree's two
 * compositions as presets. §11: the secretary does not vote, so the §19 vote is counted on those
 * present less the secretary when the secretary is present. The votes against are asked for too,
 * so that abstentions count (§19: a majority of those present; a tie is for = against).
 */
function MeetingCheck({ lang }: { lang: Lang }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const [composition, setComposition] = useState<number>(COMPOSITIONS.regional.composition);
  // Everyone attended, the secretary too, until the secretary says otherwise.
  const [present, setPresent] = useState<number>(COMPOSITIONS.regional.composition);
  const [secretary, setSecretary] = useState(true);
  const [votes, setVotes] = useState(5);
  // Every voting member present voted until the secretary says otherwise: 5 for, 4 against.
  const [against, setAgainst] = useState(4);
  // Unset until the secretary says: a tie must not look adopted before the chair's vote is known (§19).
  const [chair, setChair] = useState<"yes" | "no" | null>(null);
  const quorum = attestationQuorum(present, composition);
  const needed = attestationQuorumNeeded(composition);
  const voting = attestationVotingPresent(present, secretary);
  const adopted = voting.ok
    ? attestationAdopted(votes, voting.value, chair === null ? null : chair === "yes", against)
    : voting;
  // A preset sets the composition; those present are kept, but never more than the composition.
  const preset = (size: number) => {
    setComposition(size);
    setPresent((p) => Math.min(p, size));
  };
  const yesNo = (value: boolean) => t(value ? "attestation.yes" : "attestation.no");
  const number = (set: (n: number) => void) => (_: unknown, data: { value?: number | null; displayValue?: string }) => {
    const n = data.value ?? Number(data.displayValue);
    if (Number.isInteger(n) && n >= 0) set(n);
  };
  return (
    <section aria-labelledby="meeting-heading" className={styles.meeting}>
      <Text as="h3" id="meeting-heading" weight="semibold">
        {t("attestation.meeting")}
      </Text>
      <div role="group" aria-label={t("attestation.presets")} className={styles.presets}>
        {PRESETS.map((kind) => {
          const { composition: size, paragraph } = COMPOSITIONS[kind];
          return (
            <Button
              key={kind}
              size="small"
              appearance={composition === size ? "primary" : "secondary"}
              aria-pressed={composition === size}
              title={attestationCite(paragraph, lang, COMPOSITIONS.source)}
              onClick={() => preset(size)}
            >
              {t(kind === "central" ? "attestation.presetCentral" : "attestation.presetRegional", { size })}
            </Button>
          );
        })}
      </div>
      <Field label={t("attestation.composition")}>
        <SpinButton value={composition} min={1} max={99} onChange={number(setComposition)} />
      </Field>
      <Field label={t("attestation.present")}>
        <SpinButton value={present} min={0} max={99} onChange={number(setPresent)} />
      </Field>
      <Checkbox
        checked={secretary}
        label={t("attestation.secretaryPresent")}
        onChange={(_, data) => setSecretary(data.checked === true)}
      />
      <Field label={t("attestation.votesFor")}>
        <SpinButton value={votes} min={0} max={99} onChange={number(setVotes)} />
      </Field>
      <Field label={t("attestation.votesAgainst")}>
        <SpinButton value={against} min={0} max={99} onChange={number(setAgainst)} />
      </Field>
      <Field label={t("attestation.chair")}>
        <RadioGroup layout="horizontal" value={chair ?? ""} onChange={(_, d) => setChair(d.value as "yes" | "no")}>
          <Radio value="yes" label={t("attestation.chairYes")} />
          <Radio value="no" label={t("attestation.chairNo")} />
        </RadioGroup>
      </Field>
      <div role="status" aria-live="polite">
        <Text block>
          {t("attestation.quorum", {
            result: quorum.ok ? yesNo(quorum.value) : formatError(quorum.error, lang),
          })}{" "}
          ({attestationCite(ATTESTATION_QUORUM.paragraph, lang)})
        </Text>
        {quorum.ok && needed.ok && (
          <Text block className={styles.small}>
            {t("attestation.quorumCount", { present, composition, needed: needed.value })}
          </Text>
        )}
        {voting.ok && (
          <Text block className={styles.small}>
            {secretary
              ? t("attestation.votingCount", {
                  voting: voting.value,
                  cite: attestationCite(ATTESTATION_QUORUM.secretaryDoesNotVote, lang),
                })
              : t("attestation.votingCountNoSecretary", { voting: voting.value })}
          </Text>
        )}
        <Text block>
          {t("attestation.adopted", {
            result: adopted.ok ? yesNo(adopted.value && quorum.ok && quorum.value) : formatError(adopted.error, lang),
          })}
        </Text>
      </div>
    </section>
  );
}

/**
 * The Attestation section: the list's timetable and findings (Attestation Rules §2, §5–§7, §16–§18,
 * §20–§21, the decree's period), what its columns did not let be checked, the sheets and forms it
 * generates, and the meeting check. The list is read with the officer's column mapping (Sheet).
 */
export function AttestationSection({
  host,
  lang,
  extraDaysOff,
  extraWorkDays = [],
  overrides,
  onMapColumns,
}: {
  host: PaneHost;
  lang: Lang;
  extraDaysOff: readonly Serial[];
  /** Days made working (Settings): the §20–§21 working-day counts take them as working. */
  extraWorkDays?: readonly Serial[];
  /** The column mapping saved by the Sheet section ("kadr.mapping"). */
  overrides: ColumnOverrides;
  /** Opens the Sheet section, where a missing column is mapped. */
  onMapColumns: () => void;
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  const [read, setRead] = useState<Read>({ status: "loading" });
  const [formsLang, setFormsLang] = useState<Lang>(lang);
  const [phase, setPhase] = useState<JobPhase>({ kind: "idle" });
  // Settings never saves a day in both lists; were one there anyway, the days off alone are used.
  const daysOff = useMemo(() => {
    const changes = calendarChanges(extraDaysOff, extraWorkDays);
    return changes.ok ? changes.value : new Set(extraDaysOff);
  }, [extraDaysOff, extraWorkDays]);

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

  const check: AttestationCheck | null = useMemo(
    () => (read.status === "ready" && read.list.sheets.length > 0 ? checkAttestation(read.list, daysOff) : null),
    [read, daysOff],
  );

  async function generate(kind: "timetable" | FormKind) {
    setPhase({ kind: "building" });
    try {
      // Read again: sheets may have been added since the pane opened, and names must stay free.
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
      setPhase({ kind: "failed", message: t("common.error", { message: officeErrorText(error, lang) }) });
    }
  }

  if (read.status === "loading") return <Spinner size="small" label={t("common.loading")} />;
  if (read.status === "error") {
    return (
      <div role="alert">
        <Text block>{t("common.error", { message: read.message })}</Text>
      </div>
    );
  }
  const d = (serial: Serial | null) => (serial === null ? "—" : formatSerial(serial));
  return (
    <section aria-label={t("tabs.attestation")}>
      {check === null ? (
        <Text block>{t("attestation.noList")}</Text>
      ) : (
        <>
          <Text as="h2" size={400} weight="semibold">
            {t("attestation.sheet", { sheet: read.list.sheets.map((sheet) => sheet.name).join(", ") })}
          </Text>
          <NotCheckedBar entries={check.coverage.notChecked} lang={lang} onMapColumns={onMapColumns} />
          <div className={styles.counters}>
            {(
              [
                ["officers", check.counts.officers],
                ["exempt", check.counts.exempt],
                ["afterReturn", check.counts.afterReturn],
                ["dismissalRecommended", check.counts.dismissalRecommended],
                ["decisionNotAllowed", check.counts.decisionNotAllowed],
                ["outsidePeriod", check.counts.outsidePeriod],
                ["stageMissing", check.counts.stageMissing],
                ["late", check.counts.late],
                ["subjectToDismissal", check.counts.subjectToDismissal],
                ["problems", check.problems.length],
              ] as const
            ).map(([key, count]) =>
              // null: the list lacks the column this count stands on — "not checked", never a 0.
              count === null ? (
                <Badge key={key} appearance="outline" color="warning">
                  {t("notChecked.counter", { what: t(`attestation.counterNames.${key}`) })}
                </Badge>
              ) : (
                <Badge
                  key={key}
                  appearance="tint"
                  color={
                    count > 0 &&
                    (key === "decisionNotAllowed" ||
                      key === "outsidePeriod" ||
                      key === "stageMissing" ||
                      key === "late" ||
                      key === "problems")
                      ? "danger"
                      : "informative"
                  }
                >
                  {t(`attestation.counters.${key}`, { count })}
                </Badge>
              ),
            )}
          </div>
          <div className={styles.list} role="list">
            {check.officers.map(({ officer, timetable, flags }) => (
              <div key={officer.row} role="listitem" className={styles.item}>
                <Button
                  appearance="transparent"
                  size="small"
                  style={{ padding: 0, minWidth: 0, fontWeight: tokens.fontWeightSemibold }}
                  onClick={() => void host.selectRow(officer.sheet, officer.row)}
                >
                  {officer.fullName}
                </Button>
                {timetable.characteristicBy !== null && (
                  <span className={styles.small}>
                    {t("attestation.dates", {
                      notice: d(timetable.noticeBy),
                      characteristic: d(timetable.characteristicBy),
                      materials: d(timetable.materialsBy),
                      protocol: d(timetable.protocolBy),
                    })}
                  </span>
                )}
                {flags.map((flag, index) => (
                  <span
                    key={`${flag.code}-${index}`}
                    className={styles.small}
                    style={{ color: tokens.colorPaletteRedForeground1 }}
                  >
                    {explainAttestationFlag(flag, lang).text}
                  </span>
                ))}
              </div>
            ))}
            {check.problems.map((problem) => (
              <div key={`${problem.sheet}!${problem.cell}`} role="listitem" className={styles.item}>
                <span className={styles.small}>{problemMessage(problem, lang)}</span>
              </div>
            ))}
          </div>
          <LanguageField label={t("attestation.formsLanguage")} value={formsLang} onChange={setFormsLang} />
          <div className={styles.actions}>
            {(["timetable", "attestationSheets", "characteristics"] as const).map((kind) => (
              <Button
                key={kind}
                appearance={kind === "attestationSheets" ? "primary" : "secondary"}
                disabled={phase.kind === "building"}
                onClick={() => void generate(kind)}
              >
                {t(`attestation.${kind === "attestationSheets" ? "sheets" : kind}`)}
              </Button>
            ))}
          </div>
          <JobStatus
            phase={phase}
            building={t("attestation.building")}
            built={(sheets) => t("attestation.built", { sheets: sheets.join(", ") })}
            onOpen={(sheet) => void host.workbook.activate(sheet)}
          />
        </>
      )}
      <MeetingCheck lang={lang} />
    </section>
  );
}

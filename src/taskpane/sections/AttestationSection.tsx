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
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { AttestationCheck, OfficerCheck } from "../../attestation/checkAttestation";
import type { ColumnOverrides } from "../../reader/findHeader";
import { problemMessage } from "../../reader/model";
import {
  attestationCite,
  ATTESTATION_COMMISSION_COMPOSITIONS,
  ATTESTATION_QUORUM,
  explainAttestationFlag,
  formatError,
  type Lang,
  type Serial,
} from "../../rules";
import type { PaneHost } from "../host";
import { attestationCounters, attestationDaysOff, counterColor, dateOrDash, type CounterKey } from "./attestationView";
import { JobStatus } from "./JobStatus";
import { LanguageField } from "./LanguageField";
import { NotCheckedBar } from "./NotCheckedBar";
import {
  useAttestationCheck,
  useAttestationJobs,
  type AttestationJobs,
  type AttestationSheetKind,
} from "./useAttestation";
import { useMeeting, type Meeting } from "./useMeeting";

const useStyles = makeStyles({
  counters: { display: "flex", flexWrap: "wrap", gap: "6px", margin: "8px 0" },
  list: { maxHeight: "320px", overflowY: "auto", borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
  item: { padding: "6px 4px", borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  small: { display: "block", fontSize: tokens.fontSizeBase200 },
  actions: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: "6px", margin: "8px 0" },
  meeting: { marginTop: "16px", display: "grid", gap: "6px" },
  presets: { display: "flex", flexWrap: "wrap", gap: "6px" },
});

const COMPOSITIONS = ATTESTATION_COMMISSION_COMPOSITIONS;
const PRESETS = ["central", "regional"] as const;
const SHEET_KINDS = [
  "timetable",
  "attestationSheets",
  "characteristics",
] as const satisfies readonly AttestationSheetKind[];

/** The decree's two compositions as buttons; the one in use is pressed (the decree's §3(2), §3(3)). */
function PresetButtons({
  lang,
  composition,
  onPreset,
}: {
  lang: Lang;
  composition: number;
  onPreset: (size: number) => void;
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
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
            onClick={() => onPreset(size)}
          >
            {t(kind === "central" ? "attestation.presetCentral" : "attestation.presetRegional", { size })}
          </Button>
        );
      })}
    </div>
  );
}

/** The numbers the secretary enters: composition, those present, the secretary, the votes, the chair. */
function MeetingFields({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  return (
    <>
      <Field label={t("attestation.composition")}>
        <SpinButton value={meeting.composition} min={1} max={99} onChange={meeting.onComposition} />
      </Field>
      <Field label={t("attestation.present")}>
        <SpinButton value={meeting.present} min={0} max={99} onChange={meeting.onPresent} />
      </Field>
      <Checkbox
        checked={meeting.secretary}
        label={t("attestation.secretaryPresent")}
        onChange={(_, data) => meeting.setSecretary(data.checked === true)}
      />
      <Field label={t("attestation.votesFor")}>
        <SpinButton value={meeting.votes} min={0} max={99} onChange={meeting.onVotes} />
      </Field>
      <Field label={t("attestation.votesAgainst")}>
        <SpinButton value={meeting.against} min={0} max={99} onChange={meeting.onAgainst} />
      </Field>
      <Field label={t("attestation.chair")}>
        <RadioGroup
          layout="horizontal"
          value={meeting.chair ?? ""}
          onChange={(_, d) => meeting.setChair(d.value as "yes" | "no")}
        >
          <Radio value="yes" label={t("attestation.chairYes")} />
          <Radio value="no" label={t("attestation.chairNo")} />
        </RadioGroup>
      </Field>
    </>
  );
}

/** What the Rules make of the meeting: the §12 quorum, the §11 voting members and the §19 decision. */
function MeetingResult({ lang, meeting }: { lang: Lang; meeting: Meeting }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const { quorum, needed, present, composition } = meeting;
  const cite = attestationCite(ATTESTATION_QUORUM.paragraph, lang);
  return (
    <div role="status" aria-live="polite">
      <Text block>
        {t("attestation.quorum", {
          result: quorum.ok ? t(quorum.value ? "attestation.yes" : "attestation.no") : formatError(quorum.error, lang),
        })}{" "}
        ({cite})
      </Text>
      {quorum.ok && needed.ok && (
        <Text block className={styles.small}>
          {t("attestation.quorumCount", { present, composition, needed: needed.value })}
        </Text>
      )}
      {/* §12: a meeting without a quorum takes no decision — the vote is not counted, nor shown. */}
      {quorum.ok && quorum.value && <MeetingVote lang={lang} meeting={meeting} />}
      {quorum.ok && !quorum.value && <Text block>{t("attestation.noQuorum", { cite })}</Text>}
      {/* An entry that contradicts itself is said whatever the quorum: the secretary ticked, nobody present. */}
      {quorum.ok && !quorum.value && !meeting.voting.ok && meeting.voting.error.code === "secretaryNotCounted" && (
        <Text block>{formatError(meeting.voting.error, lang)}</Text>
      )}
    </div>
  );
}

/** The §19 vote of a meeting that has its quorum: who votes (§11) and whether the decision is adopted. */
function MeetingVote({ lang, meeting }: { lang: Lang; meeting: Meeting }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const { voting, decision, secretary } = meeting;
  const yesNo = (value: boolean) => t(value ? "attestation.yes" : "attestation.no");
  return (
    <>
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
        {t("attestation.adopted", { result: decision.ok ? yesNo(decision.value) : formatError(decision.error, lang) })}
      </Text>
    </>
  );
}

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
  const meeting = useMeeting();
  return (
    <section aria-labelledby="meeting-heading" className={styles.meeting}>
      <Text as="h3" id="meeting-heading" weight="semibold">
        {t("attestation.meeting")}
      </Text>
      <PresetButtons lang={lang} composition={meeting.composition} onPreset={meeting.preset} />
      <MeetingFields meeting={meeting} />
      <MeetingResult lang={lang} meeting={meeting} />
    </section>
  );
}

/** One counter: its count, or "not checked" when the list lacks the column it stands on. */
function Counter({ name, count }: { name: CounterKey; count: number | null }) {
  const { t } = useTranslation();
  // null: the list lacks the column this count stands on — "not checked", never a 0.
  if (count === null) {
    return (
      <Badge appearance="outline" color="warning">
        {t("notChecked.counter", { what: t(`attestation.counterNames.${name}`) })}
      </Badge>
    );
  }
  return (
    <Badge appearance="tint" color={counterColor(name, count)}>
      {t(`attestation.counters.${name}`, { count })}
    </Badge>
  );
}

/** The counters of the list's findings (Rules §4, §16–§18, §20–§22, the decree's period). */
function Counters({ check }: { check: AttestationCheck }) {
  const styles = useStyles();
  return (
    <div className={styles.counters}>
      {attestationCounters(check).map(([key, count]) => (
        <Counter key={key} name={key} count={count} />
      ))}
    </div>
  );
}

/** One officer: the name (a jump to the row), the timetable's dates and the officer's flags. */
function OfficerItem({ item, lang, onSelect }: { item: OfficerCheck; lang: Lang; onSelect: () => void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const { officer, timetable, flags } = item;
  return (
    <div role="listitem" className={styles.item}>
      <Button
        appearance="transparent"
        size="small"
        style={{ padding: 0, minWidth: 0, fontWeight: tokens.fontWeightSemibold }}
        onClick={onSelect}
      >
        {officer.fullName}
      </Button>
      {timetable.characteristicBy !== null && (
        <span className={styles.small}>
          {t("attestation.dates", {
            notice: dateOrDash(timetable.noticeBy),
            characteristic: dateOrDash(timetable.characteristicBy),
            materials: dateOrDash(timetable.materialsBy),
            protocol: dateOrDash(timetable.protocolBy),
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
  );
}

/** The officers with their timetables and flags, then the list's problems. */
function OfficerList({
  check,
  lang,
  onSelect,
}: {
  check: AttestationCheck;
  lang: Lang;
  onSelect: (sheet: string, row: number) => void;
}) {
  const styles = useStyles();
  return (
    <div className={styles.list} role="list">
      {check.officers.map((item) => (
        <OfficerItem
          key={item.officer.row}
          item={item}
          lang={lang}
          onSelect={() => onSelect(item.officer.sheet, item.officer.row)}
        />
      ))}
      {check.problems.map((problem) => (
        <div key={`${problem.sheet}!${problem.cell}`} role="listitem" className={styles.item}>
          <span className={styles.small}>{problemMessage(problem, lang)}</span>
        </div>
      ))}
    </div>
  );
}

/** The forms' language, a button per sheet the section generates, and the job's status. */
function FormsActions({
  formsLang,
  onFormsLang,
  jobs,
  onOpen,
}: {
  formsLang: Lang;
  onFormsLang: (lang: Lang) => void;
  jobs: AttestationJobs;
  onOpen: (sheet: string) => void;
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <>
      <LanguageField label={t("attestation.formsLanguage")} value={formsLang} onChange={onFormsLang} />
      <div className={styles.actions}>
        {SHEET_KINDS.map((kind) => (
          <Button
            key={kind}
            appearance={kind === "attestationSheets" ? "primary" : "secondary"}
            disabled={jobs.phase.kind === "building"}
            onClick={() => jobs.guard(jobs.generate(kind))}
          >
            {t(`attestation.${kind === "attestationSheets" ? "sheets" : kind}`)}
          </Button>
        ))}
      </div>
      <JobStatus
        phase={jobs.phase}
        building={t("attestation.building")}
        built={(sheets) => t("attestation.built", { sheets: sheets.join(", ") })}
        onOpen={onOpen}
      />
    </>
  );
}

/** The checked list: its sheets, what could not be checked, the counters, the officers, the forms. */
function AttestationFindings({
  host,
  lang,
  sheets,
  check,
  jobs,
  formsLang,
  onFormsLang,
  onMapColumns,
}: {
  host: PaneHost;
  lang: Lang;
  sheets: readonly string[];
  check: AttestationCheck;
  jobs: AttestationJobs;
  formsLang: Lang;
  onFormsLang: (lang: Lang) => void;
  onMapColumns: () => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Text as="h2" size={400} weight="semibold">
        {t("attestation.sheet", { sheet: sheets.join(", ") })}
      </Text>
      <NotCheckedBar entries={check.coverage.notChecked} lang={lang} onMapColumns={onMapColumns} />
      <Counters check={check} />
      <OfficerList check={check} lang={lang} onSelect={(sheet, row) => jobs.guard(host.selectRow(sheet, row))} />
      <FormsActions
        formsLang={formsLang}
        onFormsLang={onFormsLang}
        jobs={jobs}
        onOpen={(sheet) => jobs.guard(host.workbook.activate(sheet))}
      />
    </>
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
  const [formsLang, setFormsLang] = useState<Lang>(lang);
  const daysOff = useMemo(() => attestationDaysOff(extraDaysOff, extraWorkDays), [extraDaysOff, extraWorkDays]);
  const { read, check } = useAttestationCheck(host, lang, overrides, daysOff);
  const jobs = useAttestationJobs({ host, lang, formsLang, daysOff, overrides });
  if (read.status === "loading") return <Spinner size="small" label={t("common.loading")} />;
  if (read.status === "error") {
    return (
      <div role="alert">
        <Text block>{t("common.error", { message: read.message })}</Text>
      </div>
    );
  }
  return (
    <section aria-label={t("tabs.attestation")}>
      {check === null ? (
        <Text block>{t("attestation.noList")}</Text>
      ) : (
        <AttestationFindings
          host={host}
          lang={lang}
          sheets={read.list.sheets.map((sheet) => sheet.name)}
          check={check}
          jobs={jobs}
          formsLang={formsLang}
          onFormsLang={setFormsLang}
          onMapColumns={onMapColumns}
        />
      )}
      <MeetingCheck lang={lang} />
    </section>
  );
}

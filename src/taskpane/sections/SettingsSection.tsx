import { Field, Link, SpinButton, Text, Textarea } from "@fluentui/react-components";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { LanguageField } from "./LanguageField";
import {
  ATTESTATION_PROTOCOL_WITHIN,
  DUE_SOON_DAYS,
  alreadyWorkingDays,
  formatExtraDaysOff,
  formatSerial,
  parseExtraDaysOff,
  parseExtraWorkDays,
  type Lang,
  type Serial,
} from "../../rules";

/** The days of `days` that are also in `other`, as dd.mm.yyyy: a day cannot be both off and working. */
const inBoth = (days: readonly Serial[], other: readonly Serial[]) =>
  days.filter((day) => other.includes(day)).map(formatSerial);

/**
 * Settings: interface language, the "due soon" window, the extra non-working days and extra
 * working days of this year (the government's transfers), version, help and what stays private.
 * Everything is remembered in the workbook. The working-days field shows when its handler is given.
 */
export function SettingsSection({
  lang,
  onLang,
  dueSoonDays,
  onDueSoonDays,
  extraDaysOff,
  onExtraDaysOff,
  extraWorkDays = [],
  onExtraWorkDays,
  version,
}: {
  lang: Lang;
  onLang: (lang: Lang) => void;
  dueSoonDays: number;
  onDueSoonDays: (days: number) => void;
  extraDaysOff: readonly Serial[];
  onExtraDaysOff: (days: readonly Serial[]) => void;
  /** Saturdays or Sundays made working days, saved in the workbook ("kadr.extraWorkDays"). */
  extraWorkDays?: readonly Serial[];
  onExtraWorkDays?: (days: readonly Serial[]) => void;
  version: string;
}) {
  const { t } = useTranslation();
  const [daysText, setDaysText] = useState(() => formatExtraDaysOff(extraDaysOff));
  const read = parseExtraDaysOff(daysText);
  const offInBoth = inBoth(read.days, extraWorkDays);
  // Saved when the officer leaves the box, and only when every word is a date and no day is in
  // the other list too: a typo never silently drops a day the officer meant to add.
  const saveDays = () => {
    if (read.problems.length === 0 && offInBoth.length === 0) {
      onExtraDaysOff(read.days);
      setDaysText(formatExtraDaysOff(read.days));
    }
  };
  const [workText, setWorkText] = useState(() => formatExtraDaysOff(extraWorkDays));
  const work = parseExtraWorkDays(workText);
  const workInBoth = inBoth(work.days, extraDaysOff);
  const alreadyWorking = alreadyWorkingDays(work.days).map(formatSerial);
  const saveWorkDays = () => {
    if (onExtraWorkDays && work.problems.length === 0 && workInBoth.length === 0) {
      onExtraWorkDays(work.days);
      setWorkText(formatExtraDaysOff(work.days));
    }
  };
  return (
    <section aria-label={t("tabs.settings")}>
      <LanguageField label={t("settings.language")} value={lang} onChange={onLang} />
      <Field label={t("settings.dueSoon")} hint={t("settings.dueSoonValue", { days: DUE_SOON_DAYS })}>
        <SpinButton
          value={dueSoonDays}
          min={1}
          max={365}
          onChange={(_, data) => {
            const days = data.value ?? Number(data.displayValue);
            if (Number.isInteger(days) && days >= 1 && days <= 365) onDueSoonDays(days);
          }}
        />
      </Field>
      <DaysField
        label={t("settings.extraDaysOff")}
        hint={t("settings.extraDaysOffHint", { days: ATTESTATION_PROTOCOL_WITHIN.workingDays })}
        error={
          read.problems.length > 0
            ? t("settings.extraDaysOffBad", { words: read.problems.map((p) => p.text).join(", ") })
            : offInBoth.length > 0
              ? t("settings.daysInBoth", { days: offInBoth.join(", ") })
              : undefined
        }
        rows={3}
        placeholder="04.05.2026"
        value={daysText}
        onChange={setDaysText}
        onBlur={saveDays}
        saved={t("settings.extraDaysOffSaved", { count: extraDaysOff.length })}
      />
      {onExtraWorkDays && (
        <DaysField
          label={t("settings.extraWorkDays")}
          hint={t("settings.extraWorkDaysHint")}
          error={
            work.problems.length > 0
              ? t("settings.extraDaysOffBad", { words: work.problems.map((p) => p.text).join(", ") })
              : workInBoth.length > 0
                ? t("settings.daysInBoth", { days: workInBoth.join(", ") })
                : undefined
          }
          warning={
            alreadyWorking.length > 0
              ? t("settings.extraWorkDaysAlready", { days: alreadyWorking.join(", ") })
              : undefined
          }
          rows={2}
          placeholder="05.12.2026"
          value={workText}
          onChange={setWorkText}
          onBlur={saveWorkDays}
          saved={t("settings.extraWorkDaysSaved", { count: extraWorkDays.length })}
        />
      )}
      <Text block size={200} style={{ marginTop: 12 }}>
        {t("settings.privacy")}
      </Text>
      <Text block size={200}>
        {t("settings.version", { version })}
      </Text>
      {/* The help page ships with the add-in (same origin): opening it sends nothing anywhere. */}
      <Link href={`help.html#${lang}`} target="_blank" rel="noopener">
        {t("settings.help")}
      </Link>
    </section>
  );
}

/**
 * A list of days, one dd.mm.yyyy per line (the extra days off, the extra working days): saved when
 * the officer leaves the box; an error keeps it unsaved and says why, a warning only informs.
 */
function DaysField(props: {
  label: string;
  hint: string;
  error: string | undefined;
  warning?: string | undefined;
  rows: number;
  placeholder: string;
  value: string;
  onChange: (text: string) => void;
  onBlur: () => void;
  saved: string;
}) {
  const message = props.error ?? props.warning;
  return (
    <>
      <Field
        label={props.label}
        hint={props.hint}
        validationState={props.error ? "error" : props.warning ? "warning" : "none"}
        validationMessage={message}
      >
        <Textarea
          value={props.value}
          rows={props.rows}
          resize="vertical"
          placeholder={props.placeholder}
          onChange={(_, data) => props.onChange(data.value)}
          onBlur={props.onBlur}
        />
      </Field>
      <Text block size={200} role="status">
        {props.saved}
      </Text>
    </>
  );
}

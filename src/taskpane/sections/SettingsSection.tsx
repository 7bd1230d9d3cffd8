import { Field, Link, SpinButton, Text, Textarea } from "@fluentui/react-components";
import type { TFunction } from "i18next";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { LanguageField } from "./LanguageField";
import {
  ATTESTATION_PROTOCOL_WITHIN,
  countOf,
  UNITS,
  DUE_SOON_DAYS,
  alreadyWorkingDays,
  formatExtraDaysOff,
  formatSerial,
  parseExtraDaysOff,
  parseExtraWorkDays,
  type ExtraDaysOff,
  type Lang,
  type Serial,
} from "../../rules";

/** The days of `days` that are also in `other`, as dd.mm.yyyy: a day cannot be both off and working. */
const inBoth = (days: readonly Serial[], other: readonly Serial[]) =>
  days.filter((day) => other.includes(day)).map(formatSerial);

/** A list of days as the officer is typing it, read as they type, and saved only when it can be. */
interface DayList {
  readonly text: string;
  readonly setText: (text: string) => void;
  readonly read: ExtraDaysOff;
  /** Its days that are in the other list too (dd.mm.yyyy). */
  readonly inBoth: readonly string[];
  readonly save: () => void;
}

/**
 * One of the two day lists: saved (through `onSave`) when the officer leaves the box, and only when
 * every word is a date and no day is in the `other` list too: a typo never silently drops a day the
 * officer meant to add.
 */
function useDayList(
  saved: readonly Serial[],
  other: readonly Serial[],
  parse: (text: string) => ExtraDaysOff,
  onSave: ((days: readonly Serial[]) => void) | undefined,
): DayList {
  const [text, setText] = useState(() => formatExtraDaysOff(saved));
  const read = parse(text);
  const both = inBoth(read.days, other);
  const save = () => {
    if (onSave && read.problems.length === 0 && both.length === 0) {
      onSave(read.days);
      setText(formatExtraDaysOff(read.days));
    }
  };
  return { text, setText, read, inBoth: both, save };
}

/** Why a day list is not saved: the words that are not dates, else the days in both lists. */
function dayListError(list: DayList, t: TFunction): string | undefined {
  if (list.read.problems.length > 0) {
    return t("settings.extraDaysOffBad", { words: list.read.problems.map((p) => p.text).join(", ") });
  }
  return list.inBoth.length > 0 ? t("settings.daysInBoth", { days: list.inBoth.join(", ") }) : undefined;
}

/** The "due soon" window in days (1 to 365); what is typed outside it is not taken. */
function DueSoonField({ days, onChange }: { days: number; onChange: (days: number) => void }) {
  const { t } = useTranslation();
  return (
    <Field label={t("settings.dueSoon")} hint={t("settings.dueSoonValue", { days: DUE_SOON_DAYS })}>
      <SpinButton
        value={days}
        min={1}
        max={365}
        onChange={(_, data) => {
          const next = data.value ?? Number(data.displayValue);
          if (Number.isInteger(next) && next >= 1 && next <= 365) onChange(next);
        }}
      />
    </Field>
  );
}

/** The extra working days; a day that is a working day anyway is only a warning. */
function WorkDaysField({ list, savedCount }: { list: DayList; savedCount: number }) {
  const { t } = useTranslation();
  const alreadyWorking = alreadyWorkingDays(list.read.days).map(formatSerial);
  return (
    <DaysField
      label={t("settings.extraWorkDays")}
      hint={t("settings.extraWorkDaysHint")}
      error={dayListError(list, t)}
      warning={
        alreadyWorking.length > 0 ? t("settings.extraWorkDaysAlready", { days: alreadyWorking.join(", ") }) : undefined
      }
      rows={2}
      placeholder="05.12.2026"
      value={list.text}
      onChange={list.setText}
      onBlur={list.save}
      saved={t("settings.extraWorkDaysSaved", { count: savedCount })}
    />
  );
}

/** What stays private, the version and the help page. */
function About({ lang, version }: { lang: Lang; version: string }) {
  const { t } = useTranslation();
  return (
    <>
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
    </>
  );
}

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
  const off = useDayList(extraDaysOff, extraWorkDays, parseExtraDaysOff, onExtraDaysOff);
  const work = useDayList(extraWorkDays, extraDaysOff, parseExtraWorkDays, onExtraWorkDays);
  return (
    <section aria-label={t("tabs.settings")}>
      <LanguageField label={t("settings.language")} value={lang} onChange={onLang} />
      <DueSoonField days={dueSoonDays} onChange={onDueSoonDays} />
      <DaysField
        label={t("settings.extraDaysOff")}
        hint={t("settings.extraDaysOffHint", {
          days: countOf(ATTESTATION_PROTOCOL_WITHIN.workingDays, lang, UNITS.workingDays),
        })}
        error={dayListError(off, t)}
        rows={3}
        placeholder="04.05.2026"
        value={off.text}
        onChange={off.setText}
        onBlur={off.save}
        saved={t("settings.extraDaysOffSaved", { count: extraDaysOff.length })}
      />
      {onExtraWorkDays && <WorkDaysField list={work} savedCount={extraWorkDays.length} />}
      <About lang={lang} version={version} />
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

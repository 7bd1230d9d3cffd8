import { Field, Link, SpinButton, Text, Textarea } from "@fluentui/react-components";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { LanguageField } from "./LanguageField";
import {
  ATTESTATION_PROTOCOL_WITHIN,
  DUE_SOON_DAYS,
  formatExtraDaysOff,
  parseExtraDaysOff,
  type Lang,
  type Serial,
} from "../../rules";

/**
 * Settings: interface language, the "due soon" window, the extra non-working days of this year,
 * version, help and what stays private. Everything is remembered in the workbook.
 */
export function SettingsSection({
  lang,
  onLang,
  dueSoonDays,
  onDueSoonDays,
  extraDaysOff,
  onExtraDaysOff,
  version,
}: {
  lang: Lang;
  onLang: (lang: Lang) => void;
  dueSoonDays: number;
  onDueSoonDays: (days: number) => void;
  extraDaysOff: readonly Serial[];
  onExtraDaysOff: (days: readonly Serial[]) => void;
  version: string;
}) {
  const { t } = useTranslation();
  const [daysText, setDaysText] = useState(() => formatExtraDaysOff(extraDaysOff));
  const read = parseExtraDaysOff(daysText);
  // Saved when the officer leaves the box, and only when every word is a date: a typo never
  // silently drops a day the officer meant to add.
  const saveDays = () => {
    if (read.problems.length === 0) {
      onExtraDaysOff(read.days);
      setDaysText(formatExtraDaysOff(read.days));
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
      <Field
        label={t("settings.extraDaysOff")}
        hint={t("settings.extraDaysOffHint", { days: ATTESTATION_PROTOCOL_WITHIN.workingDays })}
        validationState={read.problems.length > 0 ? "error" : "none"}
        validationMessage={
          read.problems.length > 0
            ? t("settings.extraDaysOffBad", { words: read.problems.map((p) => p.text).join(", ") })
            : undefined
        }
      >
        <Textarea
          value={daysText}
          rows={3}
          resize="vertical"
          placeholder="04.05.2026"
          onChange={(_, data) => setDaysText(data.value)}
          onBlur={saveDays}
        />
      </Field>
      <Text block size={200} role="status">
        {t("settings.extraDaysOffSaved", { count: extraDaysOff.length })}
      </Text>
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

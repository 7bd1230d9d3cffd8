import { Field, SpinButton, Text } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { LanguageField } from "./LanguageField";
import { DUE_SOON_DAYS, type Lang } from "../../rules";

/** Settings: interface language (remembered), the "due soon" window, version, what stays private. */
export function SettingsSection({
  lang,
  onLang,
  dueSoonDays,
  onDueSoonDays,
  version,
}: {
  lang: Lang;
  onLang: (lang: Lang) => void;
  dueSoonDays: number;
  onDueSoonDays: (days: number) => void;
  version: string;
}) {
  const { t } = useTranslation();
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
      <Text block size={200} style={{ marginTop: 12 }}>
        {t("settings.privacy")}
      </Text>
      <Text block size={200}>
        {t("settings.version", { version })}
      </Text>
    </section>
  );
}

import { Field, Text } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { LanguageField } from "./LanguageField";
import { DUE_SOON_DAYS, type Lang } from "../../rules";

/** Settings: interface language (remembered), the "due soon" window, version, what stays private. */
export function SettingsSection({
  lang,
  onLang,
  version,
}: {
  lang: Lang;
  onLang: (lang: Lang) => void;
  version: string;
}) {
  const { t } = useTranslation();
  return (
    <section aria-label={t("tabs.settings")}>
      <LanguageField label={t("settings.language")} value={lang} onChange={onLang} />
      <Field label={t("settings.dueSoon")}>
        <Text>{t("settings.dueSoonValue", { days: DUE_SOON_DAYS })}</Text>
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

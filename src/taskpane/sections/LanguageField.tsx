import { Field, Select } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { LANGS, type Lang } from "../../rules";

/** A labelled choice of kk / ru / en, each language named in itself. */
export function LanguageField({
  label,
  value,
  onChange,
}: {
  label: string;
  value: Lang;
  onChange: (lang: Lang) => void;
}) {
  const { t } = useTranslation();
  return (
    <Field label={label}>
      <Select value={value} onChange={(_, d) => onChange(d.value as Lang)}>
        {LANGS.map((code) => (
          <option key={code} value={code}>
            {t(`languages.${code}`)}
          </option>
        ))}
      </Select>
    </Field>
  );
}

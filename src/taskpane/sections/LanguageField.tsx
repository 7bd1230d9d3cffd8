import { Field, Select } from "@fluentui/react-components";
import { LANGS, LANGUAGE_NAMES, type Lang } from "../../rules";

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
  return (
    <Field label={label}>
      <Select value={value} onChange={(_, d) => onChange(d.value as Lang)}>
        {LANGS.map((code) => (
          <option key={code} value={code}>
            {LANGUAGE_NAMES[code]}
          </option>
        ))}
      </Select>
    </Field>
  );
}

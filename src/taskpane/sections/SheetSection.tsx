import { Button, Field, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ColumnOverrides } from "../../reader/findHeader";
import type { StaffData } from "../../reader/model";
import { headerChoices } from "../../reader/sheetColumns";
import { workbookColumns } from "../../survey/workbookColumns";
import { fieldLabel, quoted, type Lang } from "../../rules";
import type { WorkbookData } from "../../workbook/port";

const useStyles = makeStyles({
  sheet: { marginBottom: "12px" },
  note: { display: "block", fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  missing: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

const quote = quoted;

/**
 * The Sheet section: which sheets were recognised (staff registers, training logs, attestation
 * lists), where their header is, the column each field was read from — every one editable, those
 * mapped by hand marked — and, per sheet, the fields not found and the headers no field took. The
 * corrections are saved in the workbook (sheet → field → column), so the next open reads the sheet
 * right away; "Detect again" forgets them.
 */
export function SheetSection({
  staff,
  data,
  overrides,
  lang,
  onSave,
}: {
  staff: StaffData;
  data: WorkbookData;
  overrides: ColumnOverrides;
  lang: Lang;
  onSave: (overrides: ColumnOverrides) => void;
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  const [draft, setDraft] = useState<ColumnOverrides>(overrides);
  // Attestation lists too, read with the same saved mapping the Attestation section uses.
  const entries = useMemo(() => workbookColumns(data, overrides, staff), [data, overrides, staff]);
  return (
    <section aria-label={t("tabs.sheet")}>
      <Text as="h2" size={400} weight="semibold">
        {t("sheet.detected")}
      </Text>
      {entries.map((sheet) => {
        const grid = data.sheets.find((g) => g.name === sheet.sheet);
        const columns = sheet.columns;
        const options = columns ? headerChoices(grid, columns) : [];
        const found = new Map(columns?.found.map((f) => [f.field, f]) ?? []);
        return (
          <div key={`${sheet.kind}:${sheet.sheet}`} className={styles.sheet} role="group" aria-label={sheet.sheet}>
            <Text block weight="semibold">
              {sheet.sheet}: {t(`sheet.${sheet.kind}`)}
              {columns?.headerRow != null && <>, {t("sheet.headerRow", { row: columns.headerRow + 1 })}</>}
            </Text>
            {columns && columns.missing.length > 0 && (
              <Text className={`${styles.note} ${styles.missing}`}>
                {t("sheet.missing", {
                  fields: columns.missing.map((field) => fieldLabel(field, lang)).join(", "),
                })}
              </Text>
            )}
            {columns && columns.unused.length > 0 && (
              <Text className={styles.note}>
                {t("sheet.unused", {
                  headers: columns.unused.map((u) => `${u.cell} ${quote(u.header, lang)}`).join(", "),
                })}
              </Text>
            )}
            {columns &&
              sheet.fields.map((field) => {
                const choice = draft[sheet.sheet]?.[field];
                const chosen = typeof choice === "number" ? choice : (found.get(field)?.col ?? -1);
                // Saved by hand (the reader says so), or chosen here and not saved yet.
                const byHand = found.get(field)?.byHand === true || choice !== undefined;
                return (
                  <Field
                    key={field}
                    label={t(`fields.${field}`)}
                    hint={byHand ? t("sheet.byHand") : undefined}
                    orientation="horizontal"
                    size="small"
                  >
                    <Select
                      size="small"
                      value={String(chosen)}
                      onChange={(_, d) =>
                        setDraft({ ...draft, [sheet.sheet]: { ...draft[sheet.sheet], [field]: Number(d.value) } })
                      }
                    >
                      <option value="-1">—</option>
                      {options.map(({ col, letter, header }) => (
                        <option key={col} value={col}>
                          {`${letter}: ${header}`}
                        </option>
                      ))}
                    </Select>
                  </Field>
                );
              })}
          </div>
        );
      })}
      <div style={{ display: "flex", gap: 8 }}>
        <Button appearance="primary" onClick={() => onSave(draft)}>
          {t("sheet.save")}
        </Button>
        <Button
          onClick={() => {
            setDraft({});
            onSave({});
          }}
        >
          {t("sheet.detectAgain")}
        </Button>
      </div>
    </section>
  );
}

import { Button, Field, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ColumnOverrides } from "../../reader/findHeader";
import type { SheetColumns, StaffData } from "../../reader/model";
import { headerChoices, type HeaderChoice } from "../../reader/sheetColumns";
import { workbookColumns, type SheetReading } from "../../survey/workbookColumns";
import { fieldLabel, quoted, type Lang } from "../../rules";
import type { WorkbookData } from "../../workbook/port";

const useStyles = makeStyles({
  sheet: { marginBottom: "12px" },
  note: { display: "block", fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  missing: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

const quote = quoted;

type Found = SheetColumns["found"][number];

/**
 * The column a field's picker shows, and whether to mark it "by hand": a choice made here (and not
 * saved yet) wins over the reader's column; -1 is "—", no column.
 */
function fieldChoice(
  draft: ColumnOverrides,
  sheet: string,
  field: string,
  found: Found | undefined,
): { readonly chosen: number; readonly byHand: boolean } {
  const choice = draft[sheet]?.[field];
  const chosen = typeof choice === "number" ? choice : (found?.col ?? -1);
  // Saved by hand (the reader says so), or chosen here and not saved yet.
  return { chosen, byHand: found?.byHand === true || choice !== undefined };
}

/** The draft with one field's column chosen, leaving the sheet's other choices and other sheets as they were. */
function withChoice(draft: ColumnOverrides, sheet: string, field: string, col: number): ColumnOverrides {
  return { ...draft, [sheet]: { ...draft[sheet], [field]: col } };
}

/** Per sheet, the fields the reader did not find and the headers no field took, so the officer knows what to map. */
function SheetNotes({ columns, lang }: { columns: SheetColumns; lang: Lang }) {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <>
      {columns.missing.length > 0 && (
        <Text className={`${styles.note} ${styles.missing}`}>
          {t("sheet.missing", {
            fields: columns.missing.map((field) => fieldLabel(field, lang)).join(", "),
          })}
        </Text>
      )}
      {columns.unused.length > 0 && (
        <Text className={styles.note}>
          {t("sheet.unused", {
            headers: columns.unused.map((u) => `${u.cell} ${quote(u.header, lang)}`).join(", "),
          })}
        </Text>
      )}
    </>
  );
}

/** One field's column picker: "—" or any column of the header row, shown as its letter and header. */
function FieldPicker({
  field,
  chosen,
  byHand,
  options,
  onChoose,
}: {
  field: string;
  chosen: number;
  byHand: boolean;
  options: readonly HeaderChoice[];
  onChoose: (col: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <Field
      label={t(`fields.${field}`)}
      hint={byHand ? t("sheet.byHand") : undefined}
      orientation="horizontal"
      size="small"
    >
      <Select size="small" value={String(chosen)} onChange={(_, d) => onChoose(Number(d.value))}>
        <option value="-1">—</option>
        {options.map(({ col, letter, header }) => (
          <option key={col} value={col}>
            {`${letter}: ${header}`}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** One recognised sheet: its kind and header row, the notes, and a picker per field (none without a header). */
function SheetGroup({
  sheet,
  data,
  draft,
  lang,
  onChoose,
}: {
  sheet: SheetReading;
  data: WorkbookData;
  draft: ColumnOverrides;
  lang: Lang;
  onChoose: (field: string, col: number) => void;
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  const columns = sheet.columns;
  const grid = data.sheets.find((g) => g.name === sheet.sheet);
  const options = columns ? headerChoices(grid, columns) : [];
  const found = new Map(columns?.found.map((f) => [f.field, f]) ?? []);
  return (
    <div className={styles.sheet} role="group" aria-label={sheet.sheet}>
      <Text block weight="semibold">
        {sheet.sheet}: {t(`sheet.${sheet.kind}`)}
        {columns?.headerRow != null && <>, {t("sheet.headerRow", { row: columns.headerRow + 1 })}</>}
      </Text>
      {columns && <SheetNotes columns={columns} lang={lang} />}
      {columns &&
        sheet.fields.map((field) => (
          <FieldPicker
            key={field}
            field={field}
            {...fieldChoice(draft, sheet.sheet, field, found.get(field))}
            options={options}
            onChoose={(col) => onChoose(field, col)}
          />
        ))}
    </div>
  );
}

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
  const [draft, setDraft] = useState<ColumnOverrides>(overrides);
  // Attestation lists too, read with the same saved mapping the Attestation section uses.
  const entries = useMemo(() => workbookColumns(data, overrides, staff), [data, overrides, staff]);
  return (
    <section aria-label={t("tabs.sheet")}>
      <Text as="h2" size={400} weight="semibold">
        {t("sheet.detected")}
      </Text>
      {entries.map((sheet) => (
        <SheetGroup
          key={`${sheet.kind}:${sheet.sheet}`}
          sheet={sheet}
          data={data}
          draft={draft}
          lang={lang}
          onChoose={(field, col) => setDraft((current) => withChoice(current, sheet.sheet, field, col))}
        />
      ))}
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

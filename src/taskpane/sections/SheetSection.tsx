import { Button, Field, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { ATTESTATION_TERMS } from "../../attestation/headers";
import { readAttestation } from "../../attestation/readAttestation";
import type { ColumnOverrides } from "../../reader/findHeader";
import { FIELDS_OF } from "../../reader/findHeader";
import type { SheetColumns, StaffData } from "../../reader/model";
import { fieldLabel, type Lang } from "../../rules";
import { a1 } from "../../workbook/layout";
import type { SheetGrid, WorkbookData } from "../../workbook/port";

const ATTESTATION_FIELDS: readonly string[] = Object.keys(ATTESTATION_TERMS.fields);

const useStyles = makeStyles({
  sheet: { marginBottom: "12px" },
  note: { display: "block", fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  missing: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

/** One sheet as the section shows it: its kind, header row, and (when it has a header) coverage. */
interface SheetEntry {
  readonly name: string;
  readonly kind: "register" | "log" | "attestation" | "other";
  readonly headerRow: number | null;
  readonly columns: SheetColumns | null;
  readonly fields: readonly string[];
}

/**
 * Every sheet in workbook order: staff registers and training logs as the staff reader saw them,
 * attestation lists as the attestation reader saw them (a list is "other" to the staff reader).
 */
function sheetEntries(staff: StaffData, lists: readonly SheetColumns[]): SheetEntry[] {
  const staffColumns = new Map(staff.columns.map((columns) => [columns.sheet, columns]));
  const listColumns = new Map(lists.map((columns) => [columns.sheet, columns]));
  const list = (columns: SheetColumns): SheetEntry => ({
    name: columns.sheet,
    kind: "attestation",
    headerRow: columns.headerRow,
    columns,
    fields: ATTESTATION_FIELDS,
  });
  const entries = staff.sheets.map((sheet): SheetEntry => {
    const asList = listColumns.get(sheet.name);
    if (sheet.kind === "other") {
      return asList ? list(asList) : { name: sheet.name, kind: "other", headerRow: null, columns: null, fields: [] };
    }
    return {
      name: sheet.name,
      kind: sheet.kind,
      headerRow: sheet.headerRow,
      columns: staffColumns.get(sheet.name) ?? null,
      fields: FIELDS_OF[sheet.kind],
    };
  });
  // A list the staff reader did not see (it skips report sheets) still gets its pickers.
  const shown = new Set(entries.filter((entry) => entry.kind === "attestation").map((entry) => entry.name));
  return [...entries, ...lists.filter((columns) => !shown.has(columns.sheet)).map(list)];
}

/** The choices of a picker: every column of the header row, named by its letter and header. */
function headerOptions(grid: SheetGrid | undefined, columns: SheetColumns): { col: number; label: string }[] {
  const originRow = grid?.origin?.row ?? 0;
  const originCol = grid?.origin?.col ?? 0;
  const raw = columns.headerRow === null ? [] : (grid?.rows[columns.headerRow - originRow] ?? []);
  // The reader's header text (two-row headers joined) where it has one, else the cell as typed.
  const read = new Map<number, string>([
    ...columns.unused.map((u) => [u.col, u.header] as const),
    ...columns.found.map((f) => [f.col, f.header] as const),
  ]);
  const width = Math.max(raw.length, ...[...read.keys()].map((col) => col + 1));
  return Array.from({ length: width }, (_, col) => {
    const cell = raw[col];
    const text = read.get(col) ?? (cell === null || cell === undefined ? "" : String(cell));
    return { col, label: `${a1(0, originCol + col).replace(/\d+$/u, "")}: ${text}` };
  });
}

const quote = (text: string, lang: Lang) => (lang === "en" ? `"${text}"` : `«${text}»`);

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
  // The attestation lists, read with the same saved mapping the Attestation section uses.
  const lists = useMemo(() => readAttestation(data, overrides).columns, [data, overrides]);
  const entries = useMemo(() => sheetEntries(staff, lists), [staff, lists]);
  return (
    <section aria-label={t("tabs.sheet")}>
      <Text as="h2" size={400} weight="semibold">
        {t("sheet.detected")}
      </Text>
      {entries.map((sheet) => {
        const grid = data.sheets.find((g) => g.name === sheet.name);
        const columns = sheet.columns;
        const options = columns ? headerOptions(grid, columns) : [];
        const found = new Map(columns?.found.map((f) => [f.field, f]) ?? []);
        return (
          <div key={`${sheet.kind}:${sheet.name}`} className={styles.sheet} role="group" aria-label={sheet.name}>
            <Text block weight="semibold">
              {sheet.name}: {t(`sheet.${sheet.kind}`)}
              {sheet.headerRow !== null && <>, {t("sheet.headerRow", { row: sheet.headerRow + 1 })}</>}
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
                const choice = draft[sheet.name]?.[field];
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
                        setDraft({ ...draft, [sheet.name]: { ...draft[sheet.name], [field]: Number(d.value) } })
                      }
                    >
                      <option value="-1">—</option>
                      {options.map(({ col, label }) => (
                        <option key={col} value={col}>
                          {label}
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

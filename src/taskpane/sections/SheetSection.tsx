import { Button, Field, Select, Text } from "@fluentui/react-components";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ColumnOverrides } from "../../reader/findHeader";
import type { Field as SheetField } from "../../reader/headers";
import type { StaffData } from "../../reader/model";
import { a1 } from "../../workbook/layout";
import type { WorkbookData } from "../../workbook/port";

const REGISTER_FIELDS: readonly SheetField[] = [
  "fullName",
  "position",
  "corps",
  "category",
  "appointmentDate",
  "firstEntry",
  "firstLeadership",
  "retrainingStart",
  "retrainingEnd",
  "retrainingHours",
  "lastAdvancedTraining",
  "advancedTrainingHours",
  "certifiedPosition",
];
const LOG_FIELDS: readonly SheetField[] = ["fullName", "trainingType", "venue", "start", "end", "hours", "document"];

/**
 * The Sheet section: which sheets were recognised, where their header is, and the column each
 * field was read from — every one editable. The corrections are saved in the workbook, so the next
 * open reads the sheet right away; "Detect again" forgets them.
 */
export function SheetSection({
  staff,
  data,
  overrides,
  onSave,
}: {
  staff: StaffData;
  data: WorkbookData;
  overrides: ColumnOverrides;
  onSave: (overrides: ColumnOverrides) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<ColumnOverrides>(overrides);
  return (
    <section aria-label={t("tabs.sheet")}>
      <Text as="h2" size={400} weight="semibold">
        {t("sheet.detected")}
      </Text>
      {staff.sheets.map((sheet) => {
        const grid = data.sheets.find((g) => g.name === sheet.name);
        const headerIndex = sheet.headerRow === null ? null : sheet.headerRow - (grid?.origin?.row ?? 0);
        const headerCells = headerIndex === null ? [] : (grid?.rows[headerIndex] ?? []);
        const mapped = staff.mappings[sheet.name] ?? {};
        const fields = sheet.kind === "log" ? LOG_FIELDS : sheet.kind === "register" ? REGISTER_FIELDS : [];
        return (
          <div key={sheet.name} style={{ marginBottom: 12 }}>
            <Text block weight="semibold">
              {sheet.name}: {t(`sheet.${sheet.kind}`)}
              {sheet.headerRow !== null && <>, {t("sheet.headerRow", { row: sheet.headerRow + 1 })}</>}
            </Text>
            {fields.map((field) => {
              const chosen = draft[sheet.name]?.[field] ?? mapped[field] ?? -1;
              return (
                <Field key={field} label={t(`fields.${field}`)} orientation="horizontal" size="small">
                  <Select
                    size="small"
                    value={String(chosen)}
                    onChange={(_, d) =>
                      setDraft({ ...draft, [sheet.name]: { ...draft[sheet.name], [field]: Number(d.value) } })
                    }
                  >
                    <option value="-1">—</option>
                    {headerCells.map((cell, col) => (
                      <option key={col} value={col}>
                        {`${a1(0, (grid?.origin?.col ?? 0) + col).replace(/\d+$/u, "")}: ${cell === null ? "" : String(cell)}`}
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

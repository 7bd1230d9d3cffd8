import { Button, Text } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { StaffData } from "../../reader/model";

/** The Sheet section: which sheets were recognised as register or log, and where their header is. */
export function SheetSection({ staff, onDetect }: { staff: StaffData; onDetect: () => void }) {
  const { t } = useTranslation();
  return (
    <section aria-label={t("tabs.sheet")}>
      <Text as="h2" size={400} weight="semibold">
        {t("sheet.detected")}
      </Text>
      <ul>
        {staff.sheets.map((sheet) => (
          <li key={sheet.name}>
            <strong>{sheet.name}</strong>: {t(`sheet.${sheet.kind}`)}
            {sheet.headerRow !== null && <>, {t("sheet.headerRow", { row: sheet.headerRow + 1 })}</>}
          </li>
        ))}
      </ul>
      <Button onClick={onDetect}>{t("sheet.detectAgain")}</Button>
    </section>
  );
}

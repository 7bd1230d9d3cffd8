import {
  ATTESTATION_ACKNOWLEDGE_WITHIN,
  ATTESTATION_CHARACTERISTIC_BEFORE,
  ATTESTATION_MATERIALS_BEFORE,
  ATTESTATION_NOTICE_BEFORE,
  ATTESTATION_PROTOCOL_WITHIN,
  attestationCite,
  explainAttestationFlag,
  formatSerial,
  type Lang,
  type Paragraph,
  type Serial,
} from "../rules";
import { problemMessage } from "../reader/model";
import { tablePrefix } from "../report/layoutReport";
import type { CellFormat, LayoutCell, LayoutTable, SheetLayout } from "../workbook/layout";
import { attestationText as text, type AttestationText } from "./strings";
import type { AttestationCheck } from "./checkAttestation";

/** A timetable column's heading with the paragraph that sets the date, from the Rules' data. */
function dated(key: AttestationText, paragraph: Paragraph, lang: Lang): string {
  return `${text(key, lang)} (${attestationCite(paragraph, lang)})`;
}

/**
 * The timetable sheet: every officer's dates (§5–§7, §20–§21), decision and findings with their
 * paragraphs, then the cells that could not be read. A table with filter buttons, so the HR unit
 * can sort by meeting or filter the findings.
 */
export function layoutTimetable(
  check: AttestationCheck,
  lang: Lang,
  sheetName: string,
  meta: { builtOn: Serial; source: string },
): SheetLayout {
  const prefix = tablePrefix(sheetName);
  const cells: LayoutCell[] = [
    { row: 0, col: 0, value: text("title", lang), style: "title" },
    {
      row: 1,
      col: 0,
      value: `${text("builtOn", lang)} ${formatSerial(meta.builtOn)} · ${text("source", lang)}: ${meta.source}`,
      style: "subtitle",
    },
  ];
  const headers = [
    text("fullName", lang),
    text("commission", lang),
    text("start", lang),
    text("meeting", lang),
    dated("noticeBy", ATTESTATION_NOTICE_BEFORE.paragraph, lang),
    dated("characteristicBy", ATTESTATION_CHARACTERISTIC_BEFORE.paragraph, lang),
    dated("materialsBy", ATTESTATION_MATERIALS_BEFORE.paragraph, lang),
    dated("protocolBy", ATTESTATION_PROTOCOL_WITHIN.paragraph, lang),
    dated("acknowledgeBy", ATTESTATION_ACKNOWLEDGE_WITHIN.paragraph, lang),
    text("decision", lang),
    text("findings", lang),
  ];
  const formats: CellFormat[] = [
    "text",
    "text",
    "date",
    "date",
    "date",
    "date",
    "date",
    "date",
    "date",
    "integer",
    "text",
  ];
  const rows = check.officers.map(({ officer, timetable, flags }) => [
    officer.fullName,
    officer.commission === null ? null : text(officer.commission, lang),
    officer.attestationStart,
    officer.meetingDate,
    timetable.noticeBy,
    timetable.characteristicBy,
    timetable.materialsBy,
    timetable.protocolBy,
    timetable.acknowledgeBy,
    officer.decision,
    flags.map((flag) => explainAttestationFlag(flag, lang).text).join("; ") || null,
  ]);
  const tables: LayoutTable[] = [{ name: `${prefix}_Timetable`, row: 3, col: 0, headers, formats, rows }];
  if (check.problems.length > 0) {
    const row = 3 + rows.length + 3;
    cells.push({ row: row - 1, col: 0, value: text("problems", lang), style: "sectionHeading" });
    tables.push({
      name: `${prefix}_Problems`,
      row,
      col: 0,
      headers: [text("problem", lang)],
      formats: ["text"],
      rows: check.problems.map((problem) => [problemMessage(problem, lang)]),
    });
  }
  return {
    name: sheetName,
    cells,
    tables,
    merges: [],
    columnWidths: [32, 14, 13, 13, 16, 16, 16, 16, 16, 9, 80],
    frozenRows: 4,
    chart: null,
    page: { orientation: "landscape", paper: "A4", fitToWidth: true },
  };
}

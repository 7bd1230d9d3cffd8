import {
  ATTESTATION_ACKNOWLEDGE_WITHIN,
  ATTESTATION_CHARACTERISTIC_BEFORE,
  ATTESTATION_MATERIALS_BEFORE,
  ATTESTATION_NOTICE_BEFORE,
  ATTESTATION_PROTOCOL_WITHIN,
  attestationCite,
  explainAttestationFlag,
  fieldLabel,
  formatSerial,
  type Lang,
  type Paragraph,
  type Serial,
} from "../rules";
import { problemMessage } from "../reader/model";
import { tablePrefix } from "../workbook/sheetNames";
import type { CellFormat, LayoutCell, LayoutTable, SheetLayout } from "../workbook/layout";
import { attestationText as text, type AttestationText } from "./strings";
import type { AttestationCheck, OfficerCheck, Timetable } from "./checkAttestation";

/** The list's fields of the dates kept, shown beside their deadlines. */
type KeptField = "noticeGiven" | "characteristicReceived" | "materialsSent" | "protocolDate" | "sheetSigned";

/** A timetable column's heading with the paragraph that sets the date, from the Rules' data. */
function dated(key: AttestationText, paragraph: Paragraph, lang: Lang): string {
  return `${text(key, lang)} (${attestationCite(paragraph, lang)})`;
}

/** A timetable column of dates: its heading and the officer's date in it. */
interface DateColumn {
  readonly header: string;
  readonly value: (c: OfficerCheck) => Serial | null;
}

/** Each deadline, and beside it the date the list says was kept where the list records it (§5–§7, §20–§21). */
const STEPS: readonly { key: AttestationText; paragraph: Paragraph; by: keyof Timetable; kept: KeptField }[] = [
  { key: "noticeBy", paragraph: ATTESTATION_NOTICE_BEFORE.paragraph, by: "noticeBy", kept: "noticeGiven" },
  {
    key: "characteristicBy",
    paragraph: ATTESTATION_CHARACTERISTIC_BEFORE.paragraph,
    by: "characteristicBy",
    kept: "characteristicReceived",
  },
  { key: "materialsBy", paragraph: ATTESTATION_MATERIALS_BEFORE.paragraph, by: "materialsBy", kept: "materialsSent" },
  { key: "protocolBy", paragraph: ATTESTATION_PROTOCOL_WITHIN.paragraph, by: "protocolBy", kept: "protocolDate" },
  {
    key: "acknowledgeBy",
    paragraph: ATTESTATION_ACKNOWLEDGE_WITHIN.paragraph,
    by: "acknowledgeBy",
    kept: "sheetSigned",
  },
];

/** The date columns: every deadline, and the kept date beside it when any officer has one. */
function dateColumns(check: AttestationCheck, lang: Lang): DateColumn[] {
  const recorded = (field: KeptField) => check.officers.some(({ officer }) => officer[field] !== null);
  return STEPS.flatMap((step) => [
    { header: dated(step.key, step.paragraph, lang), value: (c: OfficerCheck) => c.timetable[step.by] },
    ...(recorded(step.kept)
      ? [{ header: fieldLabel(step.kept, lang), value: (c: OfficerCheck) => c.officer[step.kept] }]
      : []),
  ]);
}

/** The timetable table: one row per officer, with the dates, the decision and the findings. */
function timetableTable(
  check: AttestationCheck,
  lang: Lang,
  columns: readonly DateColumn[],
  prefix: string,
): LayoutTable {
  const headers = [
    text("fullName", lang),
    text("commission", lang),
    text("start", lang),
    text("meeting", lang),
    ...columns.map((column) => column.header),
    text("decision", lang),
    text("findings", lang),
  ];
  const formats: CellFormat[] = [
    "text",
    "text",
    "date",
    "date",
    ...columns.map((): CellFormat => "date"),
    "integer",
    "text",
  ];
  const rows = check.officers.map((c) => [
    c.officer.fullName,
    c.officer.commission === null ? null : text(c.officer.commission, lang),
    c.officer.attestationStart,
    c.officer.meetingDate,
    ...columns.map((column) => column.value(c)),
    c.officer.decision,
    c.flags.map((flag) => explainAttestationFlag(flag, lang).text).join("; ") || null,
  ]);
  return { name: `${prefix}_Timetable`, row: 3, col: 0, headers, formats, rows };
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
  const columns = dateColumns(check, lang);
  const tables: LayoutTable[] = [timetableTable(check, lang, columns, prefix)];
  if (check.problems.length > 0) {
    const row = 3 + check.officers.length + 3;
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
    columnWidths: [32, 14, 13, 13, ...columns.map(() => 16), 9, 80],
    frozenRows: 4,
    chart: null,
    page: { orientation: "landscape", paper: "A4", fitToWidth: true },
  };
}

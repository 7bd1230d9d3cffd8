import {
  ATTESTATION_CHARACTERISTIC_BEFORE,
  parseCommission,
  parseDecision,
  parseExemption,
  parseInteger,
  parsePassFail,
  parseYesNo,
  type Outcome,
} from "../rules";
import { firstCellsSeen, firstText, isBlankCell } from "../reader/cells";
import { FieldRow } from "../reader/fieldRow";
import { choicesFor, findHeader, type ColumnOverrides } from "../reader/findHeader";
import { listSpec, overrideHeader, recognizeHeader, type RecognizedHeader } from "../reader/headers/recognizeHeader";
import type { Problem } from "../reader/model";
import { ambiguityProblems, sheetColumns } from "../reader/sheetColumns";
import { isCellError, type CellValue, type SheetGrid, type WorkbookData } from "../workbook/port";
import { programOutput } from "../workbook/outputTitles";
import { ATTESTATION_MARKERS, ATTESTATION_TERMS, type AttestationField } from "./headers";
import type { AttestationList, Officer } from "./model";

export const ATTESTATION_SPEC = listSpec(
  "attestation" as const,
  ATTESTATION_TERMS,
  (fields: ReadonlySet<AttestationField>) =>
    fields.has("fullName") && ATTESTATION_MARKERS.some((field) => fields.has(field)),
);
const FIELDS = Object.keys(ATTESTATION_TERMS.fields) as AttestationField[];

export type AttestationHeader = RecognizedHeader<"attestation", AttestationField>;

/**
 * The header of an attestation list (the officer's name and its start or meeting date), found by
 * meaning like the staff register's (src/reader/headers); null when the sheet is no such list.
 */
export function findAttestationHeader(grid: SheetGrid): AttestationHeader | null {
  return recognizeHeader(grid, [ATTESTATION_SPEC]);
}

/**
 * Whether a sheet is an attestation list rather than staff data: its header reads best as one. A
 * register or a training log may have a «Дата начала» or an evaluation date that also reads as an
 * attestation date; the kind whose fields the header names best, most surely, is what the sheet is
 * — and a sheet with a category or corps column is a register whatever else it holds. The staff
 * reader and the attestation reader both ask this, so a sheet is never read as both, nor dropped.
 */
export function attestationHeaderOf(grid: SheetGrid): AttestationHeader | null {
  const list = findAttestationHeader(grid);
  if (!list) return null;
  const staff = findHeader(grid);
  if (!staff || staff.kind === "other") return list;
  if (staff.columns.has("category") || staff.columns.has("corps")) return null;
  return staff.score >= list.score ? null : list;
}

export const isAttestationList = (grid: SheetGrid): boolean => attestationHeaderOf(grid) !== null;

/** The columns of a header, field by field. */
function columnsOf(header: AttestationHeader): Map<AttestationField, number> {
  return new Map([...header.found].map(([field, found]) => [field, found.col]));
}

/** One row of the list by field (FieldRow: every unreadable cell becomes a problem naming it). */
class OfficerRow extends FieldRow<AttestationField> {
  /** A coded cell: blank → null; an error value or a word the parser refuses → a problem. */
  private read<T>(field: AttestationField, parse: (value: CellValue) => Outcome<T>): T | null {
    const value = this.raw(field);
    if (value === undefined || isBlankCell(value)) return null;
    if (isCellError(value)) return this.cellError(field, value);
    return this.take(field, parse(value));
  }

  /** A yes/no or count column: blank means no (0); null only when the list has no such column. */
  private orNone<T>(field: AttestationField, parse: (value: CellValue) => Outcome<T>, none: T): T | null {
    if (this.column(field) === undefined) return null;
    return this.read(field, parse) ?? none;
  }

  officer(sheet: string, sheetRow: number): Officer | null {
    this.name = this.fullName("fullName", "firstName", "patronymic");
    const officer = {
      sheet,
      row: sheetRow,
      fullName: this.name ?? "",
      birthDate: this.date("birthDate"),
      education: this.text("education"),
      speciality: this.text("speciality"),
      position: this.text("position"),
      rank: this.text("rank"),
      appointmentDate: this.date("appointmentDate"),
      commission: this.read("commission", parseCommission),
      attestationStart: this.date("attestationStart"),
      meetingDate: this.date("meetingDate"),
      standardsPassed: this.read("standardsPassed", parsePassFail),
      testPassed: this.read("testPassed", parsePassFail),
      excusedAbsence: this.orNone("excusedAbsence", parseYesNo, false),
      unexcusedAbsences: this.orNone("unexcusedAbsences", parseInteger, 0),
      exemption: this.read("exemption", parseExemption),
      exemptionUnread: false,
      decision: this.read("decision", parseDecision),
      otherInfo: this.text("otherInfo"),
      noticeGiven: this.date("noticeGiven"),
      characteristicReceived: this.date("characteristicReceived"),
      materialsSent: this.date("materialsSent"),
      protocolDate: this.date("protocolDate"),
      sheetSigned: this.date("sheetSigned"),
      refusedPost: this.orNone("refusedPost", parseYesNo, false),
      unread: [] as AttestationField[],
    };
    const unreadCells = new Set(this.problems.map((p) => p.cell));
    officer.unread = FIELDS.filter((field) => this.column(field) !== undefined && unreadCells.has(this.cell(field)));
    officer.exemptionUnread =
      officer.exemption === null && this.problems.some((p) => p.cell === this.cell("exemption"));
    // A row with data but no name cannot be attested or put on a form: say so, keep the rest.
    if (this.name === null) {
      this.problem(this.cell("fullName"), { code: "noName" });
      return null;
    }
    // §6–§7 count back from the meeting: an officer to be attested with no meeting date has no timetable.
    if (officer.exemption === null && !officer.exemptionUnread && this.column("meetingDate") !== undefined)
      if (isBlankCell(this.raw("meetingDate")))
        this.problem(this.cell("meetingDate"), {
          code: "requiredBlank",
          field: "meetingDate",
          paragraph: ATTESTATION_CHARACTERISTIC_BEFORE.paragraph,
        });
    return officer;
  }
}

function readSheet(grid: SheetGrid, header: AttestationHeader, workbook: WorkbookData, into: AttestationListParts) {
  const origin = { row: grid.origin?.row ?? 0, col: grid.origin?.col ?? 0 };
  const columns = columnsOf(header);
  into.problems.push(...ambiguityProblems(grid, header));
  // With the officer's column in doubt (reported above), no row can be attested.
  for (let row = header.dataStart; columns.has("fullName") && row < grid.rows.length; row++) {
    const reader = new OfficerRow(grid, columns, row, workbook.dateSystem);
    if (reader.isBlank()) continue;
    const officer = reader.officer(grid.name, origin.row + row);
    if (officer) into.officers.push(officer);
    into.problems.push(...reader.problems);
  }
  into.sheets.push({
    name: grid.name,
    headerRow: origin.row + (header.rows[header.rows.length - 1] ?? 0),
    origin,
    mapping: Object.fromEntries(columns),
  });
  into.columns.push(sheetColumns(grid, "attestation", header, FIELDS, false));
}

type AttestationListParts = { -readonly [K in keyof AttestationList]: AttestationList[K][number][] };

/**
 * Reads the lists of officers subject to extraordinary attestation: every sheet whose header names
 * the officer and the attestation's start or meeting date (central and regional lists may be kept
 * apart). Every unreadable cell becomes a problem naming its cell; the rest of the row, and every
 * other row, is still read. Each sheet's coverage says which columns it has and which it lacks.
 */
export function readAttestation(workbook: WorkbookData, overrides?: ColumnOverrides): AttestationList {
  const into: AttestationListParts = { officers: [], problems: [], sheets: [], columns: [] };
  for (const grid of workbook.sheets) {
    // The timetable this job wrote names officers and meetings too: it is output, not a list.
    if (programOutput(firstText(grid)) === "attestation") continue;
    const detected = attestationHeaderOf(grid);
    if (!detected) continue;
    const header = {
      ...detected,
      ...overrideHeader(detected, choicesFor(overrides, grid.name), grid.origin?.col ?? 0),
    };
    readSheet(grid, header, workbook, into);
  }
  if (into.sheets.length === 0) {
    const seen = workbook.sheets.map((grid) => `${grid.name}: ${firstCellsSeen(grid) || "—"}`).join("; ");
    into.problems.push({ sheet: "", cell: "", error: { code: "noHeader", seen }, name: null } satisfies Problem);
  }
  return into;
}

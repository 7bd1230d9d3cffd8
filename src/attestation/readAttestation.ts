import {
  compactKey,
  parseCommission,
  parseDecision,
  parseExemption,
  parseInteger,
  parsePassFail,
  parseYesNo,
  type Outcome,
} from "../rules";
import { firstText, isBlankCell } from "../reader/cells";
import { FieldRow } from "../reader/fieldRow";
import type { Problem } from "../reader/model";
import { isCellError, type CellValue, type SheetGrid, type WorkbookData } from "../workbook/port";
import { isAttestationOutput } from "./outputSheets";
import { ATTESTATION_HEADERS, ATTESTATION_MARKERS, type AttestationField } from "./headers";
import type { AttestationList, ListSheet, Officer } from "./model";

const BY_KEY = new Map<string, AttestationField>(
  (Object.entries(ATTESTATION_HEADERS) as [AttestationField, readonly string[]][]).flatMap(([field, names]) =>
    names.map((name) => [compactKey(name), field] as const),
  ),
);
/** Titles and blank rows sit above the header; rarely more than a dozen. */
const HEADER_SCAN_ROWS = 40;

interface Header {
  readonly row: number;
  readonly columns: ReadonlyMap<AttestationField, number>;
}

/** The header row of an attestation list: the officer's name and at least one attestation column. */
export function findAttestationHeader(grid: SheetGrid): Header | null {
  let best: Header | null = null;
  const limit = Math.min(grid.rows.length, HEADER_SCAN_ROWS);
  for (let row = 0; row < limit; row++) {
    const columns = new Map<AttestationField, number>();
    (grid.rows[row] ?? []).forEach((cell, col) => {
      const field = typeof cell === "string" ? BY_KEY.get(compactKey(cell)) : undefined;
      if (field && !columns.has(field)) columns.set(field, col);
    });
    const isList = columns.has("fullName") && ATTESTATION_MARKERS.some((field) => columns.has(field));
    if (isList && columns.size > (best?.columns.size ?? 0)) best = { row, columns };
  }
  return best;
}

/** One row of the list by field (FieldRow: every unreadable cell becomes a problem naming it). */
class OfficerRow extends FieldRow<AttestationField> {
  /** A coded cell: blank → null; an error value or a word the parser refuses → a problem. */
  private read<T>(field: AttestationField, parse: (value: CellValue) => Outcome<T>): T | null {
    const value = this.raw(field);
    if (value === undefined || isBlankCell(value)) return null;
    if (isCellError(value)) return this.take(field, { ok: false, error: { code: "cellError", value: value.error } });
    return this.take(field, parse(value));
  }

  officer(sheet: string, sheetRow: number): Officer | null {
    this.name = this.text("fullName");
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
      excusedAbsence: this.read("excusedAbsence", parseYesNo) ?? false,
      unexcusedAbsences: this.read("unexcusedAbsences", parseInteger) ?? 0,
      exemption: this.read("exemption", parseExemption),
      exemptionUnread: false,
      decision: this.read("decision", parseDecision),
      otherInfo: this.text("otherInfo"),
    };
    officer.exemptionUnread =
      officer.exemption === null && this.problems.some((p) => p.cell === this.cell("exemption"));
    // A row with data but no name cannot be attested or put on a form: say so, keep the rest.
    if (this.name === null) {
      this.problem(this.cell("fullName"), { code: "noName" });
      return null;
    }
    return officer;
  }
}

/**
 * Reads the lists of officers subject to extraordinary attestation: every sheet whose header names
 * the officer and the attestation's start or meeting date (central and regional lists may be kept
 * apart). Every unreadable cell becomes a problem naming its cell; the rest of the row, and every
 * other row, is still read.
 */
export function readAttestation(workbook: WorkbookData): AttestationList {
  const officers: Officer[] = [];
  const problems: Problem[] = [];
  const sheets: ListSheet[] = [];
  for (const grid of workbook.sheets) {
    // The timetable this job wrote names officers and meetings too: it is output, not a list.
    if (isAttestationOutput(firstText(grid))) continue;
    const header = findAttestationHeader(grid);
    if (!header) continue;
    const origin = { row: grid.origin?.row ?? 0, col: grid.origin?.col ?? 0 };
    for (let row = header.row + 1; row < grid.rows.length; row++) {
      const reader = new OfficerRow(grid, header.columns, row, workbook.dateSystem);
      if (reader.isBlank()) continue;
      const officer = reader.officer(grid.name, origin.row + row);
      if (officer) officers.push(officer);
      problems.push(...reader.problems);
    }
    sheets.push({
      name: grid.name,
      headerRow: origin.row + header.row,
      origin,
      mapping: Object.fromEntries(header.columns),
    });
  }
  if (sheets.length === 0) problems.push({ sheet: "", cell: "", error: { code: "noHeader" }, name: null });
  return { officers, problems, sheets };
}

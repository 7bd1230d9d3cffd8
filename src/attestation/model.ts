import type { Serial } from "../rules";
import type { Problem, SheetColumns } from "../reader/model";
import type { AttestationField } from "./headers";

/** Attestation Rules §2: why an officer is not attested now. */
export type Exemption = "pregnancy" | "leave";

/** Decree §2: the central commission or a regional one (Appendix 1 parts 1 and 2). */
export type Commission = "central" | "regional";

/** One officer of the attestation list, as read; null where the cell was blank (or unreadable). */
export interface Officer {
  readonly sheet: string;
  /** 0-based sheet row. */
  readonly row: number;
  readonly fullName: string;
  readonly birthDate: Serial | null;
  readonly education: string | null;
  readonly speciality: string | null;
  readonly position: string | null;
  readonly rank: string | null;
  readonly appointmentDate: Serial | null;
  readonly commission: Commission | null;
  readonly attestationStart: Serial | null;
  readonly meetingDate: Serial | null;
  readonly standardsPassed: boolean | null;
  readonly testPassed: boolean | null;
  /** Absent for a valid reason (§16); null when the list has no such column. */
  readonly excusedAbsence: boolean | null;
  /** Absences without a valid reason (§17); null when the list has no such column. */
  readonly unexcusedAbsences: number | null;
  readonly exemption: Exemption | null;
  /**
   * The exemption cell holds something that is not a ground of §2 (reported as a problem): whether
   * the officer is exempt is unknown, so no form is made for them until it is fixed.
   */
  readonly exemptionUnread: boolean;
  /** Attestation Rules §15: 1–5. */
  readonly decision: 1 | 2 | 3 | 4 | 5 | null;
  readonly otherInfo: string | null;
  /** The dates the list says were kept (Attestation Rules §5, §6, §7, §20, §21); null where blank or no column. */
  readonly noticeGiven: Serial | null;
  readonly characteristicReceived: Serial | null;
  readonly materialsSent: Serial | null;
  readonly protocolDate: Serial | null;
  readonly sheetSigned: Serial | null;
  /** §22: refused the other post a decision 3 or 4 offers; blank is no; null when the list has no such column. */
  readonly refusedPost: boolean | null;
  /** The fields whose cell holds something unreadable (each reported as a problem): not blank, unknown. */
  readonly unread: readonly AttestationField[];
}

/** A sheet read as an attestation list. */
export interface ListSheet {
  readonly name: string;
  /** The header row, 0-based sheet row. */
  readonly headerRow: number;
  /** Where the sheet's used range starts: mapping columns count from here. */
  readonly origin: { readonly row: number; readonly col: number };
  /** The column each field was read from, 0-based within the used range. */
  readonly mapping: Readonly<Partial<Record<AttestationField, number>>>;
}

export interface AttestationList {
  /** Officers of every list sheet, sheet by sheet (central and regional lists may be apart). */
  readonly officers: readonly Officer[];
  readonly problems: readonly Problem[];
  /** The sheets read as lists; empty when no sheet is one. */
  readonly sheets: readonly ListSheet[];
  /** Per list sheet: the fields found, missing, and the headers not used. */
  readonly columns: readonly SheetColumns[];
}

import type { Serial } from "../rules";
import type { Problem } from "../reader/model";
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
  readonly excusedAbsence: boolean;
  readonly unexcusedAbsences: number;
  readonly exemption: Exemption | null;
  /** Attestation Rules §15: 1–5. */
  readonly decision: 1 | 2 | 3 | 4 | 5 | null;
  readonly otherInfo: string | null;
}

export interface AttestationList {
  readonly officers: readonly Officer[];
  readonly problems: readonly Problem[];
  /** The sheet read, and its header row (0-based sheet row); null when no sheet is a list. */
  readonly sheet: { readonly name: string; readonly headerRow: number } | null;
  readonly mapping: Readonly<Partial<Record<AttestationField, number>>>;
}

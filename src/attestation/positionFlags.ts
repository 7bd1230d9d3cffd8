import { isBlank, matchPosition, type AttestationFlag, type RuleError } from "../rules";
import type { AttestationCheckId } from "./coverage";
import type { Officer } from "./model";

const none: ReadonlySet<AttestationCheckId> = new Set();

/**
 * Attestation Rules §2 and Appendix 1: the officers subject to the extraordinary attestation hold
 * the positions of Appendix 1; part 1 is examined by the central commission, part 2 by the regional
 * ones. A position on no item → `positionNotListed` (a prompt to check, not a verdict on the
 * officer); a position on one part while the list's commission column names the other →
 * `wrongCommission`. A position that fits items of both parts says nothing here: `positionNote`
 * puts a note on its cell. Exempt officers (§2) are not attested now; blank cells and sheets
 * without the columns (`skipped`) give nothing — the *not checked* entry says it once per sheet.
 */
export function positionFlags(officer: Officer, skipped: ReadonlySet<AttestationCheckId> = none): AttestationFlag[] {
  if (officer.exemption !== null || skipped.has("positionListed")) return [];
  const position = officer.position;
  if (position === null || isBlank(position)) return [];
  const match = matchPosition(position);
  if (match.kind === "notListed") return [{ code: "positionNotListed", position }];
  if (match.kind === "ambiguous" || skipped.has("commissionMatches")) return [];
  if (officer.commission === null || officer.commission === match.commission) return [];
  return [{ code: "wrongCommission", position, part: match.part, items: match.items, recorded: officer.commission }];
}

/** A position that fits items of both parts of Appendix 1: a note on its cell naming both (null when none). */
export function positionNote(officer: Officer, skipped: ReadonlySet<AttestationCheckId> = none): RuleError | null {
  if (officer.exemption !== null || skipped.has("positionListed")) return null;
  const position = officer.position;
  if (position === null || isBlank(position)) return null;
  const match = matchPosition(position);
  if (match.kind !== "ambiguous") return null;
  return { code: "positionAmbiguous", value: position, central: match.central, regional: match.regional };
}

import {
  ATTESTATION_ABSENCES_FOR_DISMISSAL,
  ATTESTATION_AFTER_RETURN,
  ATTESTATION_CHARACTERISTIC_BEFORE,
  ATTESTATION_DECISIONS,
  ATTESTATION_EXEMPT,
  ATTESTATION_NOTICE_BEFORE,
  ATTESTATION_POSITIONS,
  ATTESTATION_PROTOCOL_WITHIN,
  ATTESTATION_STAGES,
  ATTESTATION_STEP_RULES,
  ATTESTATION_SUBJECT_TO_DISMISSAL,
  type AttestationStep,
  type Paragraph,
} from "../rules";
import { entry, type NotChecked } from "../checks/coverage";
import type { AttestationField } from "./headers";
import type { AttestationList } from "./model";

/**
 * The attestation checks and the list columns each stands on (never a silent wrong answer): a
 * list without one says *not checked* for that paragraph, and a decision the program could not
 * check against §17 and §18 is never printed into field 7 of the sheet the officer signs.
 */
export type AttestationCheckId =
  | "exempt"
  | "afterReturn"
  | "dismissal"
  | "failedBoth"
  | "notice"
  | "characteristic"
  | "protocol"
  | LateCheckId
  | "stageOrder"
  | "notPassed"
  | "refusedPost"
  | "positionListed"
  | "commissionMatches";

/** One check per step whose actual date the list may record (§5, §6, §7, §20, §21). */
export type LateCheckId = "noticeLate" | "characteristicLate" | "materialsLate" | "protocolLate" | "sheetLate";

/** Each step's lateness check, the field holding its actual date and the field its deadline counts from. */
export const LATE_CHECKS: Readonly<
  Record<
    AttestationStep,
    { readonly id: LateCheckId; readonly actual: AttestationField; readonly from: AttestationField }
  >
> = {
  notice: { id: "noticeLate", actual: "noticeGiven", from: "attestationStart" },
  characteristic: { id: "characteristicLate", actual: "characteristicReceived", from: "meetingDate" },
  materials: { id: "materialsLate", actual: "materialsSent", from: "meetingDate" },
  protocol: { id: "protocolLate", actual: "protocolDate", from: "meetingDate" },
  sheet: { id: "sheetLate", actual: "sheetSigned", from: "meetingDate" },
};

const late = (step: AttestationStep) => ({
  paragraph: ATTESTATION_STEP_RULES[step].paragraph,
  needs: [LATE_CHECKS[step].actual, LATE_CHECKS[step].from],
});

export const ATTESTATION_CHECKS: Readonly<
  Record<AttestationCheckId, { readonly paragraph: Paragraph; readonly needs: readonly AttestationField[] }>
> = {
  exempt: { paragraph: ATTESTATION_EXEMPT.paragraph, needs: ["exemption"] },
  afterReturn: { paragraph: ATTESTATION_AFTER_RETURN.paragraph, needs: ["excusedAbsence"] },
  dismissal: { paragraph: ATTESTATION_ABSENCES_FOR_DISMISSAL.paragraph, needs: ["unexcusedAbsences"] },
  failedBoth: {
    paragraph: ATTESTATION_DECISIONS.whenStandardsAndTestFailed.paragraph,
    needs: ["standardsPassed", "testPassed"],
  },
  notice: { paragraph: ATTESTATION_NOTICE_BEFORE.paragraph, needs: ["attestationStart"] },
  characteristic: { paragraph: ATTESTATION_CHARACTERISTIC_BEFORE.paragraph, needs: ["meetingDate"] },
  protocol: { paragraph: ATTESTATION_PROTOCOL_WITHIN.paragraph, needs: ["meetingDate"] },
  noticeLate: late("notice"),
  characteristicLate: late("characteristic"),
  materialsLate: late("materials"),
  protocolLate: late("protocol"),
  sheetLate: late("sheet"),
  // §4: a decision stands on the stages before it; the list records the standards and the test.
  stageOrder: { paragraph: ATTESTATION_STAGES.paragraph, needs: ["standardsPassed", "testPassed", "decision"] },
  // §22: decision 5 is "did not pass"; a refusal of the post decision 3 or 4 offers needs its column.
  notPassed: { paragraph: ATTESTATION_SUBJECT_TO_DISMISSAL.paragraph, needs: ["decision"] },
  refusedPost: { paragraph: ATTESTATION_SUBJECT_TO_DISMISSAL.paragraph, needs: ["decision", "refusedPost"] },
  // §2 and Appendix 1: the position is on the list; the commission is that of the list's part.
  positionListed: { paragraph: ATTESTATION_POSITIONS.paragraph, needs: ["position"] },
  commissionMatches: { paragraph: ATTESTATION_POSITIONS.paragraph, needs: ["position", "commission"] },
};

export interface AttestationCoverage {
  readonly notChecked: readonly NotChecked[];
  /** Per list sheet, the checks not run there. */
  readonly skipped: ReadonlyMap<string, ReadonlySet<AttestationCheckId>>;
}

export function attestationCoverage(list: Pick<AttestationList, "columns">): AttestationCoverage {
  const notChecked: NotChecked[] = [];
  const skipped = new Map<string, Set<AttestationCheckId>>();
  for (const sheet of list.columns) {
    const fields = new Set(sheet.found.map((f) => f.field));
    const own = new Set<AttestationCheckId>();
    for (const [id, check] of Object.entries(ATTESTATION_CHECKS) as [
      AttestationCheckId,
      (typeof ATTESTATION_CHECKS)[AttestationCheckId],
    ][]) {
      const missing = check.needs.filter((field) => !fields.has(field));
      if (missing.length === 0) continue;
      own.add(id);
      notChecked.push(entry(check.paragraph, id, missing, sheet));
    }
    skipped.set(sheet.sheet, own);
  }
  return { notChecked, skipped };
}

/**
 * Whether a sheet's decisions may go into field 7: only where §17 and §18 could both be checked
 * (the list has the absences, the standards and the test) — a decision they may forbid is not
 * printed unchecked.
 */
export function decisionsCheckable(coverage: AttestationCoverage, sheet: string): boolean {
  const skipped = coverage.skipped.get(sheet);
  return !skipped?.has("dismissal") && !skipped?.has("failedBoth");
}

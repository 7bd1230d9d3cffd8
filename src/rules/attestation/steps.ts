import {
  ATTESTATION_ACKNOWLEDGE_WITHIN,
  ATTESTATION_CHARACTERISTIC_BEFORE,
  ATTESTATION_DECISIONS,
  ATTESTATION_MATERIALS_BEFORE,
  ATTESTATION_NOTICE_BEFORE,
  ATTESTATION_PROTOCOL_WITHIN,
  ATTESTATION_SUBJECT_TO_DISMISSAL,
  type Paragraph,
} from "../data/rules";
import { ATTESTATION_STEP_WORDS, ATTESTATION_STEPS, type AttestationStep } from "../data/attestationSteps";
import type { Serial } from "../dates/excelSerial";
import { fail, ok, type Outcome } from "../outcome";
import { normalizeWord } from "../text/normalizeWord";
import {
  attestationAcknowledgeBy,
  attestationCharacteristicBy,
  attestationMaterialsBy,
  attestationNoticeBy,
  attestationProtocolBy,
} from "./attestation";

/**
 * Each step's paragraph and the date its deadline counts from: the start of the attestation (§5)
 * or the meeting, where the decision is taken (§6, §7 before it; §20, §21 after it).
 */
export const ATTESTATION_STEP_RULES: Readonly<
  Record<AttestationStep, { readonly paragraph: Paragraph; readonly from: "start" | "meeting" }>
> = {
  notice: { paragraph: ATTESTATION_NOTICE_BEFORE.paragraph, from: "start" },
  characteristic: { paragraph: ATTESTATION_CHARACTERISTIC_BEFORE.paragraph, from: "meeting" },
  materials: { paragraph: ATTESTATION_MATERIALS_BEFORE.paragraph, from: "meeting" },
  protocol: { paragraph: ATTESTATION_PROTOCOL_WITHIN.paragraph, from: "meeting" },
  sheet: { paragraph: ATTESTATION_ACKNOWLEDGE_WITHIN.paragraph, from: "meeting" },
};

const STEP_OF_WORD: ReadonlyMap<string, AttestationStep> = new Map(
  ATTESTATION_STEPS.flatMap((step) => ATTESTATION_STEP_WORDS[step].map((word) => [normalizeWord(word), step] as const)),
);

/**
 * A step named in a cell or an argument: notice, characteristic, materials, protocol, sheet — or
 * the Russian and Kazakh words of ATTESTATION_STEP_WORDS.
 *
 * @example
 * parseAttestationStep("Хаттама") //=> { ok: true, value: "protocol" }
 */
export function parseAttestationStep(value: unknown): Outcome<AttestationStep> {
  if (value === null || value === undefined || (typeof value === "string" && value.trim() === "")) {
    return fail({ code: "blank" });
  }
  const step = typeof value === "string" ? STEP_OF_WORD.get(normalizeWord(value)) : undefined;
  return step ? ok(step) : fail({ code: "unknownAttestationStep", value });
}

/**
 * The deadline of a step (Attestation Rules §5, §6, §7, §20, §21), counted by the *_BY rules from
 * the start (notice) or the meeting (the rest); `extraHolidays` only matter to §20–§21's working days.
 */
export function attestationStepDeadline(
  step: AttestationStep,
  from: Serial,
  extraHolidays?: ReadonlySet<Serial>,
): Outcome<Serial> {
  switch (step) {
    case "notice":
      return attestationNoticeBy(from);
    case "characteristic":
      return attestationCharacteristicBy(from);
    case "materials":
      return attestationMaterialsBy(from);
    case "protocol":
      return attestationProtocolBy(from, extraHolidays);
    case "sheet":
      return attestationAcknowledgeBy(from, extraHolidays);
  }
}

/**
 * Whether a step was done in time: its actual date no later than its deadline («кешіктірілмейтін
 * мерзімде», «ішінде»). The deadline day itself is in time.
 *
 * @example
 * attestationOnTime("notice", 45444, 45422)   //=> { ok: true, value: false }  (start 01.06.2024, notice 10.05.2024 > 01.05.2024)
 * attestationOnTime("protocol", 45453, 45456) //=> { ok: true, value: true }   (meeting 10.06.2024, protocol 13.06.2024)
 */
export function attestationOnTime(
  step: AttestationStep,
  from: Serial,
  actual: Serial,
  extraHolidays?: ReadonlySet<Serial>,
): Outcome<boolean> {
  const due = attestationStepDeadline(step, from, extraHolidays);
  return due.ok ? ok(actual <= due.value) : due;
}

/**
 * Attestation Rules §22: subject to dismissal — the officer who did not pass (decision 5, §15(5)),
 * and the one who refused the other post a decision 3 or 4 offers (demotion, transfer, §15(3)–(4)).
 * A refusal with decision 1 or 2 offers nothing to refuse: not §22 (the list shows it as a problem).
 *
 * @example
 * attestationSubjectToDismissal(5, null) //=> { ok: true, value: true }
 * attestationSubjectToDismissal(4, true) //=> { ok: true, value: true }
 * attestationSubjectToDismissal(4, null) //=> { ok: true, value: false }
 */
export function attestationSubjectToDismissal(decision: number, refusedPost: boolean | null): Outcome<boolean> {
  const all: readonly number[] = ATTESTATION_DECISIONS.all;
  if (!all.includes(decision)) return fail({ code: "decisionOutOfRange", value: decision });
  const notPassed: readonly number[] = ATTESTATION_SUBJECT_TO_DISMISSAL.notPassed;
  const offered: readonly number[] = ATTESTATION_SUBJECT_TO_DISMISSAL.otherPostOffered;
  return ok(notPassed.includes(decision) || (refusedPost === true && offered.includes(decision)));
}

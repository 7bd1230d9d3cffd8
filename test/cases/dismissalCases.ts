import type { FunctionCase } from "./functionCases";

/**
 * Cases of issue #12 (item 13) for the shared table (test/cases/functionCases.ts spreads them in):
 * KADR.ATTESTATION_SUBJECT_TO_DISMISSAL(decision, [refusedPost]).
 *
 * Attestation Rules §22: «Кезектен тыс аттестаттаудан өтпеген және (немесе) ішкі істер органдарында
 * өзге, оның ішінде төмен лауазымдарда қызметін жалғастырудан бас тартқан қызметкерлер … жұмыстан
 * шығарылуға жатады». Read as: decision 5 (§15(5), does not fit, dismissal recommended) is "did not
 * pass"; decisions 3 and 4 (§15(3)–(4), demotion, transfer) offer another post, and refusing it
 * makes the officer subject to dismissal. Decisions 1 and 2 offer no other post to refuse.
 */
export const DISMISSAL_CASES: readonly FunctionCase[] = [
  { fn: "ATTESTATION_SUBJECT_TO_DISMISSAL", args: [5, null], expected: { value: true }, rule: "A§22" },
  { fn: "ATTESTATION_SUBJECT_TO_DISMISSAL", args: [5, "нет"], expected: { value: true }, rule: "A§22" },
  { fn: "ATTESTATION_SUBJECT_TO_DISMISSAL", args: ["5", null], expected: { value: true }, rule: "A§22" },
  { fn: "ATTESTATION_SUBJECT_TO_DISMISSAL", args: [4, "да"], expected: { value: true }, rule: "A§22" },
  { fn: "ATTESTATION_SUBJECT_TO_DISMISSAL", args: [3, "иә"], expected: { value: true }, rule: "A§22" },
  { fn: "ATTESTATION_SUBJECT_TO_DISMISSAL", args: [3, true], expected: { value: true }, rule: "A§22" },
  { fn: "ATTESTATION_SUBJECT_TO_DISMISSAL", args: [4, null], expected: { value: false }, rule: "A§22" },
  { fn: "ATTESTATION_SUBJECT_TO_DISMISSAL", args: [3, "жоқ"], expected: { value: false }, rule: "A§22" },
  { fn: "ATTESTATION_SUBJECT_TO_DISMISSAL", args: [4, 0], expected: { value: false }, rule: "A§22" },
  // A refusal with decision 1 or 2: no post was offered, so not §22.
  { fn: "ATTESTATION_SUBJECT_TO_DISMISSAL", args: [2, "да"], expected: { value: false }, rule: "A§22" },
  { fn: "ATTESTATION_SUBJECT_TO_DISMISSAL", args: [1, null], expected: { value: false }, rule: "A§22" },
  {
    fn: "ATTESTATION_SUBJECT_TO_DISMISSAL",
    args: [6, null],
    expected: { error: /^decision: "6" is not a decision 1–5/ },
    rule: "A§15",
  },
  {
    fn: "ATTESTATION_SUBJECT_TO_DISMISSAL",
    args: [null, "да"],
    expected: { error: /^decision: is blank/ },
    rule: "A§15",
  },
  {
    fn: "ATTESTATION_SUBJECT_TO_DISMISSAL",
    args: [4, "может быть"],
    expected: { error: /^refusedPost: "может быть" is not yes\/no/ },
    rule: "A§22",
  },
];

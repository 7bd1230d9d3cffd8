import type { FunctionCase } from "./functionCases";

/**
 * Cases of issue #12 (item 5) for the shared table (test/cases/functionCases.ts spreads them in).
 *
 * Attestation Rules §12: «отырысы, егер оған құрамының кемінде үштен екісі қатысса, заңды деп
 * есептеледі» — two thirds of the commission's composition. ATTESTATION_QUORUM(present, members):
 * `members` is the composition and `present` those present, both counted with the secretary, since
 * the decree's composition lists include the secretary (seed 003: the central list is the chair,
 * six members and the secretary — 8; the regional list the chair, eight members and the
 * secretary — 10). The quorum is present × 3 ≥ composition × 2, with no rounding of ⅔. The §19
 * vote (ATTESTATION_ADOPTED) is on the voting members present, without the secretary (§11).
 */
export const QUORUM_CASES: readonly FunctionCase[] = [
  // The central commission, 8 with the secretary: 6 present is a quorum (18 ≥ 16), 5 is not (15 < 16).
  { fn: "ATTESTATION_QUORUM", args: [6, 8], expected: { value: true }, rule: "A§12" },
  { fn: "ATTESTATION_QUORUM", args: [5, 8], expected: { value: false }, rule: "A§12" },
  // A regional commission, 10 with the secretary: 7 present is a quorum (21 ≥ 20), 6 is not
  // (18 < 20) — so 6 voting members are a quorum only with the secretary present (6 + 1 = 7).
  { fn: "ATTESTATION_QUORUM", args: [7, 10], expected: { value: true }, rule: "A§12" },
  { fn: "ATTESTATION_QUORUM", args: [6, 10], expected: { value: false }, rule: "A§12" },
  // Exactly two thirds is a quorum («кемінде», at least): 6 of 9, 8 of 12.
  { fn: "ATTESTATION_QUORUM", args: [8, 12], expected: { value: true }, rule: "A§12" },
  { fn: "ATTESTATION_QUORUM", args: [7, 12], expected: { value: false }, rule: "A§12" },
  // Everyone, nobody.
  { fn: "ATTESTATION_QUORUM", args: [10, 10], expected: { value: true }, rule: "A§12" },
  { fn: "ATTESTATION_QUORUM", args: [0, 8], expected: { value: false }, rule: "A§12" },
  // Numbers typed as text, as cells hold them.
  { fn: "ATTESTATION_QUORUM", args: ["7", "10"], expected: { value: true }, rule: "A§12" },
  { fn: "ATTESTATION_QUORUM", args: ["5", 8], expected: { value: false }, rule: "A§12" },
  // More present than the composition: both counts named.
  {
    fn: "ATTESTATION_QUORUM",
    args: [11, 10],
    expected: { error: /^present: 11 present is more than the 10 members/ },
    rule: "A§12",
  },
  {
    fn: "ATTESTATION_QUORUM",
    args: [9, 8],
    expected: { error: /^present: 9 present is more than the 8 members/ },
    rule: "A§12",
  },
  {
    fn: "ATTESTATION_QUORUM",
    args: [7, 0],
    expected: { error: /^members: the commission has no members/ },
    rule: "A§12",
  },
  {
    fn: "ATTESTATION_QUORUM",
    args: [7.5, 10],
    expected: { error: /^present: "7.5" is not a whole number/ },
    rule: "A§12",
  },
  { fn: "ATTESTATION_QUORUM", args: [7, -10], expected: { error: /^members: "-10" is negative/ }, rule: "A§12" },
  // The old formulas (members without the secretary, as the README once said): the same answers.
  { fn: "ATTESTATION_QUORUM", args: [6, 9], expected: { value: true }, rule: "A§12" },
  { fn: "ATTESTATION_QUORUM", args: [5, 9], expected: { value: false }, rule: "A§12" },
  { fn: "ATTESTATION_QUORUM", args: [5, 7], expected: { value: true }, rule: "A§12" },
  // The vote of that regional meeting (§19, §11): 7 present with the secretary are 6 voting
  // members. 4 for is a majority of 6; 3 for of 6 (everyone voted) is a tie, decided by the chair.
  { fn: "ATTESTATION_ADOPTED", args: [4, 6, null, 2], expected: { value: true }, rule: "A§19" },
  { fn: "ATTESTATION_ADOPTED", args: [3, 6, true], expected: { value: true }, rule: "A§19" },
  // Counted with the secretary (7), the same 3 for would be no tie and not adopted (4 against):
  // the vote is counted on the voting members present.
  { fn: "ATTESTATION_ADOPTED", args: [3, 7, true], expected: { value: false }, rule: "A§19" },
  // 3 for, 2 against, 1 abstaining of 6 voting members: no majority of those present.
  { fn: "ATTESTATION_ADOPTED", args: [3, 6, null, 2], expected: { value: false }, rule: "A§19" },
];

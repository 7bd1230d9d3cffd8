import type { FunctionCase } from "./functionCases";

/**
 * Cases of issue #12 for the shared table (test/cases/functionCases.ts spreads them in).
 *
 * Attestation Rules §19 with abstentions: ATTESTATION_ADOPTED(votesFor, present, [chairVotedFor],
 * [votesAgainst]). The text asks for a majority of the members *present* voting for; given the
 * votes against, "votes equal" is for = against (the chair decides); without them, nobody abstained.
 */
export const VOTES_CASES: readonly FunctionCase[] = [
  // Abstentions: 3 for, 2 against, 2 abstaining of 7 — a majority of those voting, not of those
  // present («қатысқан … мүшелері санының көпшілігі»): not adopted.
  { fn: "ATTESTATION_ADOPTED", args: [3, 7, null, 2], expected: { value: false }, rule: "A§19" },
  { fn: "ATTESTATION_ADOPTED", args: [4, 7, null, 1], expected: { value: true }, rule: "A§19" },
  // The same 3 for of 7 without the votes against: 4 against, not adopted (the old reading).
  { fn: "ATTESTATION_ADOPTED", args: [3, 7, null, null], expected: { value: false }, rule: "A§19" },
  { fn: "ATTESTATION_ADOPTED", args: [2, 7, null, 3], expected: { value: false }, rule: "A§19" },
  // Everyone voted: the votes against given or not, the same answer.
  { fn: "ATTESTATION_ADOPTED", args: [4, 7, null, 3], expected: { value: true }, rule: "A§19" },
  // A tie with abstentions (2 for, 2 against, 3 abstaining of 7): the chair decides, either way.
  { fn: "ATTESTATION_ADOPTED", args: [2, 7, true, 2], expected: { value: true }, rule: "A§19" },
  { fn: "ATTESTATION_ADOPTED", args: [2, 7, "жоқ", 2], expected: { value: false }, rule: "A§19" },
  { fn: "ATTESTATION_ADOPTED", args: [2, 7, "да", "2"], expected: { value: true }, rule: "A§19" },
  // 3 for of 7 is no tie without the votes against, but is one against 3.
  { fn: "ATTESTATION_ADOPTED", args: [3, 7, false, 3], expected: { value: false }, rule: "A§19" },
  // A tie with no chair's vote: the error names chairVotedFor and says what tied.
  {
    fn: "ATTESTATION_ADOPTED",
    args: [2, 7, null, 2],
    expected: { error: /^chairVotedFor: a tie \(2 for, 2 against, 7 present\) .*pass chairVotedFor/ },
    rule: "A§19",
  },
  // Nobody voted for it (all abstained): not adopted, with or without the chair.
  { fn: "ATTESTATION_ADOPTED", args: [0, 5, null, 0], expected: { value: false }, rule: "A§19" },
  // More votes cast than members present: both counts named.
  {
    fn: "ATTESTATION_ADOPTED",
    args: [4, 7, null, 4],
    expected: { error: /^votesAgainst: 4 votes for and 4 against make 8, more than the 7 members present/ },
    rule: "A§19",
  },
  {
    fn: "ATTESTATION_ADOPTED",
    args: [8, 6, null, 0],
    expected: { error: /^votesFor: 8 votes for is more than the 6 members present/ },
    rule: "A§19",
  },
  {
    fn: "ATTESTATION_ADOPTED",
    args: [3, 7, null, -1],
    expected: { error: /^votesAgainst: "-1" is negative/ },
    rule: "A§19",
  },
  {
    fn: "ATTESTATION_ADOPTED",
    args: [3, 7, null, 1.5],
    expected: { error: /^votesAgainst: "1.5" is not a whole number/ },
    rule: "A§19",
  },
  {
    fn: "ATTESTATION_ADOPTED",
    args: [0, 0, null, 0],
    expected: { error: /^present: nobody was present/ },
    rule: "A§19",
  },
  // The old calls, three arguments (no votesAgainst at all) and a blank cell: unchanged answers.
  { fn: "ATTESTATION_ADOPTED", args: [4, 7, null], expected: { value: true }, rule: "A§19" },
  { fn: "ATTESTATION_ADOPTED", args: [3, 7, null], expected: { value: false }, rule: "A§19" },
  { fn: "ATTESTATION_ADOPTED", args: [3, 6, true], expected: { value: true }, rule: "A§19" },
  { fn: "ATTESTATION_ADOPTED", args: [3, 6, "нет"], expected: { value: false }, rule: "A§19" },
  { fn: "ATTESTATION_ADOPTED", args: [4, 7, null, ""], expected: { value: true }, rule: "A§19" },
  {
    fn: "ATTESTATION_ADOPTED",
    args: [3, 6, null],
    expected: { error: /^chairVotedFor: a tie \(3 of 6\) is decided by the chair's vote/ },
    rule: "A§19",
  },
];

import {
  ATTESTATION_ACKNOWLEDGE_WITHIN,
  ATTESTATION_CHARACTERISTIC_BEFORE,
  ATTESTATION_DECISIONS,
  ATTESTATION_MATERIALS_BEFORE,
  ATTESTATION_NOTICE_BEFORE,
  ATTESTATION_PROTOCOL_WITHIN,
  ATTESTATION_QUORUM,
} from "../data/rules";
import { addDays, addMonths } from "../dates/addMonths";
import type { Serial } from "../dates/excelSerial";
import { fail, ok, type Outcome } from "../outcome";
import { workdayKz } from "../workdays/workdayKz";

/*
 * Attestation Rules: extraordinary attestation of internal-affairs officers (Decree No. 490 of
 * 28.02.2024, seed 003). Paragraph numbers below are that text's.
 */

/**
 * Attestation Rules §5: the officer is notified in writing one month before attestation starts.
 *
 * @example
 * attestationNoticeBy(45383) //=> { ok: true, value: 45352 }   (01.04.2024 → 01.03.2024)
 */
export function attestationNoticeBy(attestationStart: Serial): Outcome<Serial> {
  return addMonths(attestationStart, -ATTESTATION_NOTICE_BEFORE.months);
}

/**
 * Attestation Rules §6: the service characteristic reaches the HR unit no later than three weeks
 * before the commission meeting.
 */
export function attestationCharacteristicBy(meeting: Serial): Outcome<Serial> {
  return addDays(meeting, -ATTESTATION_CHARACTERISTIC_BEFORE.days);
}

/** Attestation Rules §7: HR sends the materials no later than one week before the meeting. */
export function attestationMaterialsBy(meeting: Serial): Outcome<Serial> {
  return addDays(meeting, -ATTESTATION_MATERIALS_BEFORE.days);
}

/**
 * Attestation Rules §12: «отырысы, егер оған құрамының кемінде үштен екісі қатысса, заңды деп
 * есептеледі» — the meeting is valid when at least two thirds of the commission's *composition*
 * attend: present × 3 ≥ composition × 2. Both counts include the secretary: the decree's
 * composition lists end with the secretary (ATTESTATION_COMMISSION_COMPOSITIONS), and a secretary
 * who attends is present. The §19 vote is counted on another number, the voting members present
 * (§11: the secretary does not vote): see `attestationVotingPresent`.
 *
 * @example
 * attestationQuorum(7, 10) //=> { ok: true, value: true }    (a regional commission, secretary included)
 * attestationQuorum(6, 10) //=> { ok: true, value: false }
 * attestationQuorum(6, 8)  //=> { ok: true, value: true }    (the central commission)
 */
export function attestationQuorum(present: number, composition: number): Outcome<boolean> {
  if (composition === 0) return fail({ code: "noMembers" });
  if (present > composition) return fail({ code: "presentExceedsMembers", present, members: composition });
  // Whole-number comparison: no rounding of 2/3.
  return ok(present * ATTESTATION_QUORUM.denominator >= composition * ATTESTATION_QUORUM.numerator);
}

/**
 * Attestation Rules §12: the fewest present (the secretary included) that make a quorum of this
 * composition — the smallest whole number ≥ ⅔ × composition, the same test as `attestationQuorum`.
 *
 * @example
 * attestationQuorumNeeded(10) //=> { ok: true, value: 7 }
 * attestationQuorumNeeded(8)  //=> { ok: true, value: 6 }
 */
export function attestationQuorumNeeded(composition: number): Outcome<number> {
  if (composition === 0) return fail({ code: "noMembers" });
  const { numerator, denominator } = ATTESTATION_QUORUM;
  return ok(Math.floor((composition * numerator + denominator - 1) / denominator));
}

/**
 * Attestation Rules §11 and §19: the members who vote, of those present — those present less the
 * secretary when the secretary is present («Хатшы дауыс беруге қатыспайды»). This is the `present`
 * of `attestationAdopted`; the quorum (§12) is counted on those present with the secretary.
 *
 * @example
 * attestationVotingPresent(8, true)  //=> { ok: true, value: 7 }
 * attestationVotingPresent(7, false) //=> { ok: true, value: 7 }
 * attestationVotingPresent(1, true)  //=> { ok: false, error: { code: "onlySecretaryPresent" } }
 */
export function attestationVotingPresent(present: number, secretaryPresent: boolean): Outcome<number> {
  if (!secretaryPresent) return ok(present);
  if (present === 0) return fail({ code: "secretaryNotCounted", present });
  if (present === 1) return fail({ code: "onlySecretaryPresent" });
  return ok(present - 1);
}

/**
 * Attestation Rules §19: «шешімі ашық дауыс беру арқылы қабылданады және егер ол үшін отырысқа
 * қатысқан аттестаттау комиссиясы мүшелері санының көпшілігі дауыс берсе, қабылданды деп
 * есептеледі. Дауыстар тең болған жағдайда … төрағасы жақтап дауыс берген шешім қабылданды деп
 * есептеледі» — open vote; adopted when a majority of the members present vote for it; on a tie
 * the decision the chair voted for is adopted.
 *
 * Without `votesAgainst` every member present voted (no abstentions): against = present − for, so
 * it is adopted when for > present / 2, and a tie is for = present / 2.
 *
 * With `votesAgainst` (issue #12: members may abstain), the text still asks for a majority of the
 * members *present* («қатысқан … мүшелері санының көпшілігі»): an abstention is not a vote for, so
 * 3 for, 2 against and 2 abstaining of 7 is not adopted. "Votes equal" («дауыстар тең») is for =
 * against, and then the chair's vote decides. Nobody voting for it (0 for, 0 against) is not
 * adopted whatever `chairVotedFor` says: the chair cannot have voted for it.
 *
 * @example
 * attestationAdopted(3, 6, true)        //=> { ok: true, value: true }
 * attestationAdopted(3, 6, null)        //=> { ok: false, error: { code: "tieWithoutChair", … } }
 * attestationAdopted(3, 7, null, 2)     //=> { ok: true, value: false }  (2 abstained: 3 is no majority of 7)
 * attestationAdopted(4, 7, null, 1)     //=> { ok: true, value: true }
 * attestationAdopted(2, 7, false, 2)    //=> { ok: true, value: false }  (a tie, 3 abstained)
 * attestationAdopted(4, 7, null, 4)     //=> { ok: false, error: { code: "votesCastExceedPresent", … } }
 */
export function attestationAdopted(
  votesFor: number,
  present: number,
  chairVotedFor: boolean | null,
  votesAgainst: number | null = null,
): Outcome<boolean> {
  if (present === 0) return fail({ code: "nobodyPresent" });
  if (votesFor > present) return fail({ code: "votesExceedPresent", votes: votesFor, present });
  if (votesAgainst === null) {
    // §19 with everyone present voting: the 3-argument form, unchanged.
    if (votesFor * 2 !== present) return ok(votesFor * 2 > present);
    if (chairVotedFor === null) return fail({ code: "tieWithoutChair", votes: votesFor, present });
    return ok(chairVotedFor);
  }
  if (votesFor + votesAgainst > present) {
    return fail({ code: "votesCastExceedPresent", votes: votesFor, against: votesAgainst, present });
  }
  if (votesFor * 2 > present) return ok(true);
  if (votesFor !== votesAgainst || votesFor === 0) return ok(false);
  // §19: «Дауыстар тең болған жағдайда» — a tie, for = against: the chair's vote decides.
  if (chairVotedFor === null) {
    return fail({ code: "tieWithoutChair", votes: votesFor, present, against: votesAgainst });
  }
  return ok(chairVotedFor);
}

/**
 * Attestation Rules §15 lists decisions 1–5; §18: an officer who failed the physical fitness
 * standards and scored below the test threshold can only get decision 3, 4 or 5.
 *
 * @example
 * attestationDecisionAllowed(2, false, false) //=> { ok: true, value: false }
 * attestationDecisionAllowed(2, true, false)  //=> { ok: true, value: true }
 */
export function attestationDecisionAllowed(
  decision: number,
  passedStandards: boolean,
  passedTest: boolean,
): Outcome<boolean> {
  const all: readonly number[] = ATTESTATION_DECISIONS.all;
  if (!all.includes(decision)) return fail({ code: "decisionOutOfRange", value: decision });
  if (passedStandards || passedTest) return ok(true);
  const allowed: readonly number[] = ATTESTATION_DECISIONS.whenStandardsAndTestFailed.allowed;
  return ok(allowed.includes(decision));
}

/**
 * Attestation Rules §20: the protocol is drawn up within three working days of the decision.
 *
 * @example
 * attestationProtocolBy(45371) //=> { ok: true, value: 45379 }   (20.03.2024 → 28.03.2024)
 */
export function attestationProtocolBy(decision: Serial, extraHolidays?: ReadonlySet<Serial>): Outcome<Serial> {
  return workdayKz(decision, ATTESTATION_PROTOCOL_WITHIN.workingDays, extraHolidays);
}

/**
 * Attestation Rules §21: the officer signs the attestation sheet within three working days of the
 * decision (the same count as the protocol's, from its own constant).
 *
 * @example
 * attestationAcknowledgeBy(45639) //=> { ok: true, value: 45645 }   (13.12.2024 → 19.12.2024)
 */
export function attestationAcknowledgeBy(decision: Serial, extraHolidays?: ReadonlySet<Serial>): Outcome<Serial> {
  return workdayKz(decision, ATTESTATION_ACKNOWLEDGE_WITHIN.workingDays, extraHolidays);
}

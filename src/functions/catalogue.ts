/**
 * The implementations behind the KADR.* custom functions: coerce the arguments (args.ts), call the
 * rules core, shape the result for a cell. No rule is decided here. Dates go back to Excel as
 * 1900-system serial numbers.
 */
import {
  advancedTrainingHoursOk,
  advancedTrainingVenues,
  explainRetrainingVenue,
  explainTrainingDue,
  venueList,
  attestationAdopted,
  attestationCharacteristicBy,
  attestationDecisionAllowed,
  attestationMaterialsBy,
  attestationNoticeBy,
  attestationProtocolBy,
  attestationQuorum,
  deadlineStatus,
  distanceLearningAllowed,
  isBlank,
  label,
  normalizeCategory,
  reportDeadline,
  retrainingCompleteBy,
  retrainingDeadline,
  retrainingHoursOk,
  retrainingRequired,
  retrainingVenue,
  trainingDue,
  trainingDueCorps,
  workdayKz,
} from "../rules";
import * as arg from "./args";
import { need, type ArgOf } from "./args";
import { invoke, invokeNoLang } from "./invoke";

export function RETRAINING_VENUE(category: unknown, corps: unknown, lang: unknown): string {
  return invoke(lang, (l) => {
    const decision = need(retrainingVenue(category, arg.optionalCorps(corps, "corps")), "category");
    return label(decision.venue, l);
  });
}

export function EXPLAIN_RETRAINING_VENUE(category: unknown, corps: unknown, lang: unknown): string {
  return invoke(lang, (l) => {
    const decision = need(retrainingVenue(category, arg.optionalCorps(corps, "corps")), "category");
    return explainRetrainingVenue(decision, category, l).text;
  });
}

export function ADVANCED_TRAINING_VENUES(corps: unknown, certifiedPosition: unknown, lang: unknown): string {
  return invoke(lang, (l) =>
    venueList(
      advancedTrainingVenues(
        arg.optionalCorps(corps, "corps"),
        arg.yesNoBlankIsNo(certifiedPosition, "certifiedPosition"),
      ),
      l,
    ),
  );
}

export function NORMALIZE_CATEGORY(category: unknown): string {
  return invokeNoLang(() => need(normalizeCategory(category), "category").code);
}

export function RETRAINING_REQUIRED(corps: unknown, firstEntry: unknown, firstLeadership: unknown): boolean {
  return invokeNoLang(
    () =>
      retrainingRequired(
        arg.corps(corps, "corps"),
        arg.yesNoBlankIsNo(firstEntry, "firstEntry"),
        arg.yesNoBlankIsNo(firstLeadership, "firstLeadership"),
      ).required,
  );
}

export function RETRAINING_DEADLINE(appointmentDate: unknown): number {
  return invokeNoLang(() => need(retrainingDeadline(arg.date(appointmentDate, "appointmentDate")), "appointmentDate"));
}

export function RETRAINING_COMPLETE_BY(startDate: unknown): number {
  return invokeNoLang(() => need(retrainingCompleteBy(arg.date(startDate, "startDate")), "startDate"));
}

export function DISTANCE_LEARNING_ALLOWED(corps: unknown, firstEntry: unknown): boolean {
  return invokeNoLang(() =>
    distanceLearningAllowed(arg.corps(corps, "corps"), arg.yesNoBlankIsNo(firstEntry, "firstEntry")),
  );
}

export function RETRAINING_HOURS_OK(hours: unknown): boolean {
  return invokeNoLang(() => retrainingHoursOk(arg.hours(hours, "hours")));
}

export function ADVANCED_TRAINING_HOURS_OK(hours: unknown): boolean {
  return invokeNoLang(() => advancedTrainingHoursOk(arg.hours(hours, "hours")));
}

/** `corps` is last and optional: formulas written without it read as corps B (§24), as before. */
export function TRAINING_DUE(lastDate: unknown, ratings: unknown, ratingDates: unknown, corps?: unknown): number {
  return invokeNoLang(() => trainingDueOf(lastDate, ratings, ratingDates, corps).due);
}

/**
 * TRAINING_DUE and EXPLAIN_TRAINING_DUE share one computation; the explanation renders its result.
 * A function cannot see career plans: for corps A the plan is not known (a §20(1) date is conditional).
 */
function trainingDueOf(lastDate: unknown, ratings: unknown, ratingDates: unknown, corps: unknown) {
  const last = arg.optionalDate(lastDate, "lastDate");
  const dates = ratingDates === null || ratingDates === undefined ? null : arg.cells(ratingDates);
  return need(
    trainingDue(last, arg.cells(ratings), dates, need(trainingDueCorps(corps), "corps")),
    "ratingDates",
    TRAINING_DUE_ARG,
  );
}

export function EXPLAIN_TRAINING_DUE(
  lastDate: unknown,
  ratings: unknown,
  ratingDates: unknown,
  lang: unknown,
  corps?: unknown,
): string {
  return invoke(lang, (l) => explainTrainingDue(trainingDueOf(lastDate, ratings, ratingDates, corps), l).text);
}

/** Which argument of TRAINING_DUE an error of the core points at (the rest are ratingDates). */
const TRAINING_DUE_ARG: ArgOf = { noLastTraining: "lastDate", unknownRating: "ratings", dateOutOfRange: "lastDate" };

export function DEADLINE_STATUS(deadline: unknown, asOf: unknown, lang: unknown): string {
  return invoke(lang, (l) => label(deadlineStatus(arg.date(deadline, "deadline"), arg.date(asOf, "asOf")), l));
}

export function REPORT_DEADLINE(year: unknown): number {
  return invokeNoLang(() => need(reportDeadline(arg.integer(year, "year")), "year"));
}

export function WORKDAY_KZ(start: unknown, days: unknown, holidays: unknown): number {
  return invokeNoLang(() => {
    // Excel's WORKDAY truncates fractional days; so do we.
    const step = Math.trunc(arg.number(days, "days"));
    return need(workdayKz(arg.date(start, "start"), step, arg.holidaySet(holidays, "holidays")), "start");
  });
}

export function ATTESTATION_NOTICE_BY(attestationStart: unknown): number {
  return invokeNoLang(() =>
    need(attestationNoticeBy(arg.date(attestationStart, "attestationStart")), "attestationStart"),
  );
}

export function ATTESTATION_CHARACTERISTIC_BY(meetingDate: unknown): number {
  return invokeNoLang(() => need(attestationCharacteristicBy(arg.date(meetingDate, "meetingDate")), "meetingDate"));
}

export function ATTESTATION_MATERIALS_BY(meetingDate: unknown): number {
  return invokeNoLang(() => need(attestationMaterialsBy(arg.date(meetingDate, "meetingDate")), "meetingDate"));
}

/**
 * Attestation Rules §12. `members` is the commission's composition and `present` those present,
 * both with the secretary (the decree's lists include the secretary); the arguments and answers are
 * those of the old formulas. The §19 vote is on the voting members present (§11): ATTESTATION_ADOPTED.
 */
export function ATTESTATION_QUORUM(present: unknown, members: unknown): boolean {
  return invokeNoLang(() =>
    need(attestationQuorum(arg.count(present, "present"), arg.count(members, "members")), "present", {
      noMembers: "members",
    }),
  );
}

/**
 * Attestation Rules §19. `votesAgainst` is last and optional, so formulas written with three
 * arguments keep their answers: blank (Excel's null, Sheets' undefined) → no abstentions.
 */
export function ATTESTATION_ADOPTED(
  votesFor: unknown,
  present: unknown,
  chairVotedFor: unknown,
  votesAgainst?: unknown,
): boolean {
  return invokeNoLang(() =>
    need(
      attestationAdopted(
        arg.count(votesFor, "votesFor"),
        arg.count(present, "present"),
        arg.optionalYesNo(chairVotedFor, "chairVotedFor"),
        isBlank(votesAgainst) ? null : arg.count(votesAgainst, "votesAgainst"),
      ),
      "votesFor",
      { tieWithoutChair: "chairVotedFor", nobodyPresent: "present", votesCastExceedPresent: "votesAgainst" },
    ),
  );
}

export function ATTESTATION_DECISION_ALLOWED(
  decision: unknown,
  passedStandards: unknown,
  passedTest: unknown,
): boolean {
  return invokeNoLang(() =>
    need(
      attestationDecisionAllowed(
        arg.integer(decision, "decision"),
        arg.passFail(passedStandards, "passedStandards"),
        arg.passFail(passedTest, "passedTest"),
      ),
      "decision",
    ),
  );
}

export function ATTESTATION_PROTOCOL_BY(decisionDate: unknown, holidays: unknown): number {
  return invokeNoLang(() =>
    need(
      attestationProtocolBy(arg.date(decisionDate, "decisionDate"), arg.holidaySet(holidays, "holidays")),
      "decisionDate",
    ),
  );
}

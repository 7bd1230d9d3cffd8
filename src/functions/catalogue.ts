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
  attestationOnTime,
  attestationSubjectToDismissal,
  parseAttestationStep,
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
  positionCommission,
  reportDeadline,
  retrainingCompleteBy,
  retrainingDeadline,
  retrainingFormAllowed,
  retrainingHoursOk,
  retrainingRequired,
  retrainingVenue,
  studyForm,
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

/**
 * Rules §15. `form` is last and optional: without it (or blank) the answer is whether distance
 * learning is open, as before; with a form of study it is whether a retraining of that form is
 * allowed — full-time always, distance only on first entry into corps B; a form §15 does not read
 * is an error naming the argument.
 */
export function DISTANCE_LEARNING_ALLOWED(corps: unknown, firstEntry: unknown, form?: unknown): boolean {
  return invokeNoLang(() => {
    const servantCorps = arg.corps(corps, "corps");
    const first = arg.yesNoBlankIsNo(firstEntry, "firstEntry");
    if (isBlank(form)) return distanceLearningAllowed(servantCorps, first);
    return retrainingFormAllowed(need(studyForm(form), "form"), servantCorps, first);
  });
}

export function RETRAINING_HOURS_OK(hours: unknown): boolean {
  return invokeNoLang(() => retrainingHoursOk(arg.hours(hours, "hours")));
}

export function ADVANCED_TRAINING_HOURS_OK(hours: unknown): boolean {
  return invokeNoLang(() => advancedTrainingHoursOk(arg.hours(hours, "hours")));
}

/** `corps` is last and optional: formulas written without it read as corps B (§24), as before. */
export function TRAINING_DUE(
  lastDate: unknown,
  ratings: unknown,
  ratingDates: unknown,
  corps?: unknown,
  careerPlan?: unknown,
): number {
  return invokeNoLang(() => trainingDueOf(lastDate, ratings, ratingDates, corps, careerPlan).due);
}

/**
 * TRAINING_DUE, EXPLAIN_TRAINING_DUE and TRAINING_STATUS share one computation. `careerPlan` is the
 * register's career-plan cell (Rules §20(1), corps A only): yes — §20(1) applies; no — only §20(2);
 * blank — not known, so a §20(1) date is conditional.
 */
function trainingDueOf(lastDate: unknown, ratings: unknown, ratingDates: unknown, corps: unknown, careerPlan: unknown) {
  const last = arg.optionalDate(lastDate, "lastDate");
  const dates = ratingDates === null || ratingDates === undefined ? null : arg.cells(ratingDates);
  const servantCorps = need(trainingDueCorps(corps), "corps");
  const plan = arg.optionalYesNo(careerPlan, "careerPlan");
  return need(trainingDue(last, arg.cells(ratings), dates, servantCorps, null, plan), "ratingDates", TRAINING_DUE_ARG);
}

/**
 * Where a servant's advanced-training deadline stands on `asOf`: the TRAINING_DUE date judged like
 * DEADLINE_STATUS, except that a conditional §20(1) date (corps A, career plan not known) is never
 * "overdue": it is due only if the career plan provides for it.
 */
export function TRAINING_STATUS(
  asOf: unknown,
  lastDate: unknown,
  ratings: unknown,
  ratingDates: unknown,
  corps: unknown,
  careerPlan: unknown,
  lang: unknown,
): string {
  return invoke(lang, (l) => {
    const day = arg.date(asOf, "asOf");
    const due = trainingDueOf(lastDate, ratings, ratingDates, corps, careerPlan);
    return label(due.conditional ? "conditional" : deadlineStatus(due.due, day), l);
  });
}

export function EXPLAIN_TRAINING_DUE(
  lastDate: unknown,
  ratings: unknown,
  ratingDates: unknown,
  lang: unknown,
  corps?: unknown,
  careerPlan?: unknown,
): string {
  return invoke(
    lang,
    (l) => explainTrainingDue(trainingDueOf(lastDate, ratings, ratingDates, corps, careerPlan), l).text,
  );
}

/** Which argument of TRAINING_DUE an error of the core points at (the rest are ratingDates). */
const TRAINING_DUE_ARG: ArgOf = { noLastTraining: "lastDate", unknownRating: "ratings", dateOutOfRange: "lastDate" };

export function DEADLINE_STATUS(deadline: unknown, asOf: unknown, lang: unknown): string {
  return invoke(lang, (l) => label(deadlineStatus(arg.date(deadline, "deadline"), arg.date(asOf, "asOf")), l));
}

export function REPORT_DEADLINE(year: unknown): number {
  return invokeNoLang(() => need(reportDeadline(arg.integer(year, "year")), "year"));
}

export function WORKDAY_KZ(start: unknown, days: unknown, holidays: unknown, workDays: unknown): number {
  return invokeNoLang(() => {
    // Excel's WORKDAY truncates fractional days; so do we.
    const step = Math.trunc(arg.number(days, "days"));
    return need(workdayKz(arg.date(start, "start"), step, arg.calendar(holidays, workDays)), "start");
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

export function ATTESTATION_PROTOCOL_BY(decisionDate: unknown, holidays: unknown, workDays: unknown): number {
  return invokeNoLang(() =>
    need(
      attestationProtocolBy(arg.date(decisionDate, "decisionDate"), arg.calendar(holidays, workDays)),
      "decisionDate",
    ),
  );
}

/**
 * Attestation Rules §5, §6, §7, §20, §21: whether a step was done by its deadline. `fromDate` is
 * the attestation start for the notice and the meeting (the decision) for the other steps; the
 * deadline is the one the *_BY functions give, the deadline day itself in time.
 */
export function ATTESTATION_ON_TIME(
  step: unknown,
  fromDate: unknown,
  actualDate: unknown,
  holidays: unknown,
  workDays: unknown,
): boolean {
  return invokeNoLang(() =>
    need(
      attestationOnTime(
        need(parseAttestationStep(step), "step"),
        arg.date(fromDate, "fromDate"),
        arg.date(actualDate, "actualDate"),
        arg.calendar(holidays, workDays),
      ),
      "fromDate",
    ),
  );
}

/**
 * Attestation Rules §22: subject to dismissal — decision 5 (did not pass), or decision 3 or 4 with
 * the offered post refused (`refusedPost` yes/no; blank is no).
 */
export function ATTESTATION_SUBJECT_TO_DISMISSAL(decision: unknown, refusedPost: unknown): boolean {
  return invokeNoLang(() =>
    need(
      attestationSubjectToDismissal(arg.integer(decision, "decision"), arg.yesNoBlankIsNo(refusedPost, "refusedPost")),
      "decision",
    ),
  );
}

/**
 * Attestation Rules Appendix 1: the commission the position's item names — part 1 the central
 * commission, part 2 a regional one — in the label's words.
 */
export function ATTESTATION_COMMISSION(position: unknown, lang: unknown): string {
  return invoke(lang, (l) => {
    const commission = need(positionCommission(position), "position");
    return label(commission === "central" ? "centralCommission" : "regionalCommission", l);
  });
}

/*
 * The KADR.* custom functions: metadata only. custom-functions-metadata-plugin reads the JSDoc
 * below into dist/functions.json and appends `CustomFunctions.associate(id, fn)` for each function
 * to this file, so every function must be a top-level declaration here. The work is in catalogue.ts.
 *
 * Parameters are typed `any` because a cell may hold a number, text, a boolean or nothing, and the
 * metadata generator maps only number/string/boolean/any; args.ts coerces them.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- see above: cells arrive untyped */
import * as kadr from "./catalogue";

/**
 * Where a civil servant is retrained (Rules §13): Academy or regional centre.
 * @customfunction RETRAINING_VENUE
 * @param category Position category, e.g. C-O-3; Cyrillic letters, any dash or none are accepted.
 * @param [corps] Corps: A (always Academy), B or blank (decided by category). Political servants are not retrained.
 * @param [lang] Language of the result: kk, ru or en (default: Office's language).
 * @returns Academy / Академия or Regional centre / Региональный центр / Өңірлік орталық.
 */
export function retrainingVenue(category: any, corps?: any, lang?: any): string {
  return kadr.RETRAINING_VENUE(category, corps, lang);
}

/**
 * Why a servant is retrained where (Rules §13), in words: corps, category as read, venue.
 * @customfunction EXPLAIN_RETRAINING_VENUE
 * @param category Position category, e.g. C-O-3 (Cyrillic letters accepted).
 * @param [corps] Corps: A, B or blank (decided by category).
 * @param [lang] Language of the text: kk, ru or en (default: Office's language).
 * @returns E.g. "§13: category C-O-3 (written «С-О-3») of corps B is retrained at a regional centre".
 */
export function explainRetrainingVenue(category: any, corps?: any, lang?: any): string {
  return kadr.EXPLAIN_RETRAINING_VENUE(category, corps, lang);
}

/**
 * Where advanced training may take place (Rules §18, §22, §23, §27), as a list of venue types.
 * @customfunction ADVANCED_TRAINING_VENUES
 * @param corps Corps: A or political (Academy), B or blank (Academy, regional centres, departmental and other organisations).
 * @param [certifiedPosition] The position requires professional certification (§23): yes/no; blank = no.
 * @param [lang] Language of the text: kk, ru or en (default: Office's language).
 * @returns E.g. "Academy; Abroad (§27)".
 */
export function advancedTrainingVenues(corps: any, certifiedPosition?: any, lang?: any): string {
  return kadr.ADVANCED_TRAINING_VENUES(corps, certifiedPosition, lang);
}

/**
 * The canonical code of a position category (RULES.md §5), e.g. с-о-3, CO3 or С–О–3 → C-O-3.
 * @customfunction NORMALIZE_CATEGORY
 * @param category Position category as typed in the sheet.
 * @returns The category in canonical Latin form, e.g. C-O-3.
 */
export function normalizeCategory(category: any): string {
  return kadr.NORMALIZE_CATEGORY(category);
}

/**
 * Whether retraining is required (Rules §3): first entry into corps A or B, or first corps B leadership appointment.
 * @customfunction RETRAINING_REQUIRED
 * @param corps Corps: A, B or political (саяси / политический).
 * @param firstEntry First entry into the administrative civil service: yes/no (TRUE/FALSE, 1/0, иә/жоқ, да/нет); blank = no.
 * @param firstLeadership First appointment to a corps B leadership position: yes/no; blank = no.
 * @returns TRUE when the servant must be sent to retraining.
 */
export function retrainingRequired(corps: any, firstEntry: any, firstLeadership: any): boolean {
  return kadr.RETRAINING_REQUIRED(corps, firstEntry, firstLeadership);
}

/**
 * Latest date to send to retraining (Rules §14): appointment date + 6 months.
 * @customfunction RETRAINING_DEADLINE
 * @param appointmentDate Date of appointment (date cell, dd.mm.yyyy or yyyy-mm-dd).
 * @returns A date (Excel serial number; format the cell as a date).
 */
export function retrainingDeadline(appointmentDate: any): number {
  return kadr.RETRAINING_DEADLINE(appointmentDate);
}

/**
 * Date by which retraining may be completed (Rules §16): start + 3 months.
 * @customfunction RETRAINING_COMPLETE_BY
 * @param startDate Start of retraining (date cell, dd.mm.yyyy or yyyy-mm-dd).
 * @returns A date (Excel serial number; format the cell as a date).
 */
export function retrainingCompleteBy(startDate: any): number {
  return kadr.RETRAINING_COMPLETE_BY(startDate);
}

/**
 * Whether retraining may be taken by distance learning (Rules §15): only on first entry into corps B. With a form of study: whether a retraining of that form is allowed (full-time always).
 * @customfunction DISTANCE_LEARNING_ALLOWED
 * @param corps Corps: A, B or political.
 * @param firstEntry First entry into the administrative civil service: yes/no; blank = no.
 * @param [form] Form of study as the log writes it: full-time (күндізгі, очная, full-time) or distance (қашықтан, дистанционно, онлайн, online); blank = the question is distance learning.
 * @returns TRUE only for first entry into corps B; with a full-time form, TRUE.
 */
export function distanceLearningAllowed(corps: any, firstEntry: any, form?: any): boolean {
  return kadr.DISTANCE_LEARNING_ALLOWED(corps, firstEntry, form);
}

/**
 * Whether retraining had enough academic hours (Rules §16): at least 120.
 * @customfunction RETRAINING_HOURS_OK
 * @param hours Academic hours (a number; numeric text such as "120" or "120,5" is accepted).
 * @returns TRUE when hours ≥ 120.
 */
export function retrainingHoursOk(hours: any): boolean {
  return kadr.RETRAINING_HOURS_OK(hours);
}

/**
 * Whether advanced training had an allowed number of academic hours (Rules §25): 24 to 80.
 * @customfunction ADVANCED_TRAINING_HOURS_OK
 * @param hours Academic hours (a number or numeric text).
 * @returns TRUE when 24 ≤ hours ≤ 80.
 */
export function advancedTrainingHoursOk(hours: any): boolean {
  return kadr.ADVANCED_TRAINING_HOURS_OK(hours);
}

/**
 * Next advanced-training deadline (Rules §20, §24): last training + 3 years, or 3 months after the second of two unsatisfactory results within three consecutive evaluation years, whichever is earlier.
 * @customfunction TRAINING_DUE
 * @param lastDate End date of the last advanced training (blank if none).
 * @param ratings Annual evaluation results, oldest first, one cell per year (a row/column range; a blank is a year with no result).
 * @param [ratingDates] Dates the results were given, a range parallel to ratings (needed when two results are unsatisfactory; their years decide the three-year window).
 * @param [corps] Corps: A cites §20 (its three-year date is due if the career plan provides for it), B or blank §24. Political servants have no periodic advanced training in the Rules (an error).
 * @param [careerPlan] Corps A only: does the career plan provide for advanced training every three years (§20(1))? yes/no; blank: not known (the three-year date is then conditional).
 * @returns A date (Excel serial number; format the cell as a date).
 */
export function trainingDue(
  lastDate: any,
  ratings: any[][],
  ratingDates?: any[][],
  corps?: any,
  careerPlan?: any,
): number {
  return kadr.TRAINING_DUE(lastDate, ratings, ratingDates, corps, careerPlan);
}

/**
 * Why the next advanced-training deadline is what TRAINING_DUE says (Rules §20, §24), in words.
 * @customfunction EXPLAIN_TRAINING_DUE
 * @param lastDate End date of the last advanced training (blank if none).
 * @param ratings Annual evaluation results, oldest first, one cell per year (a row/column range; a blank is a year with no result).
 * @param [ratingDates] Dates the results were given, a range parallel to ratings; their years decide the three-year window.
 * @param [lang] Language of the text: kk, ru or en (default: Office's language).
 * @param [corps] Corps: A cites §20 (its three-year date is due if the career plan provides for it), B or blank §24. Political servants have no periodic advanced training in the Rules (an error).
 * @param [careerPlan] Corps A only: does the career plan provide for advanced training every three years (§20(1))? yes/no; blank: not known (the three-year date is then conditional).
 * @returns E.g. "§24(2): unsatisfactory results given 20.12.2023 and 20.12.2024 → advanced training within 3 months, by 20.03.2025 (earlier than 01.06.2025 under §24(1))".
 */
export function explainTrainingDue(
  lastDate: any,
  ratings: any[][],
  ratingDates?: any[][],
  lang?: any,
  corps?: any,
  careerPlan?: any,
): string {
  return kadr.EXPLAIN_TRAINING_DUE(lastDate, ratings, ratingDates, lang, corps, careerPlan);
}

/**
 * Where a servant's advanced-training deadline (TRAINING_DUE) stands on a day: Overdue, Due soon or On track; a corps A three-year date the career plan may not provide for (§20(1)) is "If the career plan provides", never overdue.
 * @customfunction TRAINING_STATUS
 * @param asOf The day to judge on, e.g. one "as of" cell (a date).
 * @param lastDate End date of the last advanced training (blank if none).
 * @param ratings Annual evaluation results, oldest first, one cell per year (a row/column range).
 * @param [ratingDates] Dates the results were given, a range parallel to ratings.
 * @param [corps] Corps: A (§20), B or blank (§24).
 * @param [careerPlan] Corps A only: does the career plan provide for advanced training every three years (§20(1))? yes/no; blank: not known (the three-year date is then conditional).
 * @param [lang] Language of the result: kk, ru or en (default: Office's language).
 * @returns Overdue, Due soon, On track, or If the career plan provides (in kk, ru or en).
 */
export function trainingStatus(
  asOf: any,
  lastDate: any,
  ratings: any[][],
  ratingDates?: any[][],
  corps?: any,
  careerPlan?: any,
  lang?: any,
): string {
  return kadr.TRAINING_STATUS(asOf, lastDate, ratings, ratingDates, corps, careerPlan, lang);
}

/**
 * Where a deadline stands on a day: Overdue, Due soon (within 90 days) or On track.
 * @customfunction DEADLINE_STATUS
 * @param deadline The deadline (a date).
 * @param asOf The day to judge on, e.g. one "as of" cell (a date).
 * @param [lang] Language of the result: kk, ru or en (default: Office's language).
 * @returns Overdue / Просрочено / Мерзімі өтті, Due soon / Скоро срок / Мерзімі жақын, or On track / В срок / Мерзімінде.
 */
export function deadlineStatus(deadline: any, asOf: any, lang?: any): string {
  return kadr.DEADLINE_STATUS(deadline, asOf, lang);
}

/**
 * Deadline of the annual training report (Rules §30): 10 January of the following year.
 * @customfunction REPORT_DEADLINE
 * @param year The reporting year, e.g. 2024.
 * @returns A date (Excel serial number; format the cell as a date).
 */
export function reportDeadline(year: any): number {
  return kadr.REPORT_DEADLINE(year);
}

/**
 * Like WORKDAY, skipping weekends, Kazakhstan public holidays and their substitute days off, and the extra days listed.
 * @customfunction WORKDAY_KZ
 * @param start Start date (not counted).
 * @param days Working days to add (negative to go back).
 * @param [holidays] Extra non-working days, e.g. days moved by government decree (a range of dates).
 * @param [workDays] Extra working days, e.g. a Saturday the government made a working day (a range of dates).
 * @returns A date (Excel serial number; format the cell as a date).
 */
export function workdayKz(start: any, days: any, holidays?: any[][], workDays?: any[][]): number {
  return kadr.WORKDAY_KZ(start, days, holidays, workDays);
}

/**
 * Latest date to notify the officer of the attestation (Attestation Rules §5): start − 1 month.
 * @customfunction ATTESTATION_NOTICE_BY
 * @param attestationStart The date attestation starts.
 * @returns A date (Excel serial number; format the cell as a date).
 */
export function attestationNoticeBy(attestationStart: any): number {
  return kadr.ATTESTATION_NOTICE_BY(attestationStart);
}

/**
 * Latest date the service characteristic reaches HR (Attestation Rules §6): meeting − 21 days.
 * @customfunction ATTESTATION_CHARACTERISTIC_BY
 * @param meetingDate Date of the commission meeting.
 * @returns A date (Excel serial number; format the cell as a date).
 */
export function attestationCharacteristicBy(meetingDate: any): number {
  return kadr.ATTESTATION_CHARACTERISTIC_BY(meetingDate);
}

/**
 * Latest date HR sends the materials to the commission (Attestation Rules §7): meeting − 7 days.
 * @customfunction ATTESTATION_MATERIALS_BY
 * @param meetingDate Date of the commission meeting.
 * @returns A date (Excel serial number; format the cell as a date).
 */
export function attestationMaterialsBy(meetingDate: any): number {
  return kadr.ATTESTATION_MATERIALS_BY(meetingDate);
}

/**
 * Whether the commission meeting is valid (Attestation Rules §12): at least two thirds of the commission's composition present, both counted with the secretary (the decree's composition lists include the secretary). The vote (§19, ATTESTATION_ADOPTED) counts only the voting members present: those present less the secretary, who does not vote (§11).
 * @customfunction ATTESTATION_QUORUM
 * @param present Those present at the meeting, the secretary included when present.
 * @param members The commission's composition, the secretary included (as the decree's composition lists count it).
 * @returns TRUE when present × 3 ≥ composition × 2.
 */
export function attestationQuorum(present: any, members: any): boolean {
  return kadr.ATTESTATION_QUORUM(present, members);
}

/**
 * Whether a decision is adopted (Attestation Rules §19): a majority of those present (given the votes against: more for than against); a tie is decided by the chair.
 * @customfunction ATTESTATION_ADOPTED
 * @param votesFor Votes for the decision.
 * @param present Voting members present (the secretary, who does not vote, excluded: §11).
 * @param [chairVotedFor] Whether the chair voted for it (needed on a tie): yes/no.
 * @param [votesAgainst] Votes against, when members abstained: adopted when for > against, a tie is for = against. Blank: no abstentions (against = present − for).
 * @returns TRUE when the decision is adopted.
 */
export function attestationAdopted(votesFor: any, present: any, chairVotedFor?: any, votesAgainst?: any): boolean {
  return kadr.ATTESTATION_ADOPTED(votesFor, present, chairVotedFor, votesAgainst);
}

/**
 * Whether a commission decision is allowed (Attestation Rules §15, §18): decisions 1 and 2 are not allowed when both the fitness standards and the test were failed.
 * @customfunction ATTESTATION_DECISION_ALLOWED
 * @param decision Decision number 1–5 (§15).
 * @param passedStandards Passed the physical fitness standards: passed/failed (сдал/не сдал, тапсырды/тапсырмады) or yes/no.
 * @param passedTest Scored at or above the test threshold: passed/failed or yes/no.
 * @returns TRUE when the decision may be taken.
 */
export function attestationDecisionAllowed(decision: any, passedStandards: any, passedTest: any): boolean {
  return kadr.ATTESTATION_DECISION_ALLOWED(decision, passedStandards, passedTest);
}

/**
 * Latest date of the protocol and the officer's signature (Attestation Rules §20, §21): decision + 3 working days.
 * @customfunction ATTESTATION_PROTOCOL_BY
 * @param decisionDate Date of the commission's decision.
 * @param [holidays] Extra non-working days (a range of dates).
 * @param [workDays] Extra working days, e.g. a Saturday the government made a working day (a range of dates).
 * @returns A date (Excel serial number; format the cell as a date).
 */
export function attestationProtocolBy(decisionDate: any, holidays?: any[][], workDays?: any[][]): number {
  return kadr.ATTESTATION_PROTOCOL_BY(decisionDate, holidays, workDays);
}

/**
 * Whether an attestation step was done by its deadline (Attestation Rules §5, §6, §7, §20, §21).
 * @customfunction ATTESTATION_ON_TIME
 * @param step notice, characteristic, materials, protocol or sheet (уведомление, характеристика, материалы, протокол, лист; хабарлау, мінездеме, материалдар, хаттама, парақ).
 * @param fromDate The attestation start (notice) or the meeting date, when the decision is taken (the other steps).
 * @param actualDate The day the step was done.
 * @param [holidays] Extra non-working days (a range of dates), for the protocol and the sheet.
 * @param [workDays] Extra working days (a range of dates), for the protocol and the sheet.
 * @returns TRUE when done no later than the deadline.
 */
export function attestationOnTime(
  step: any,
  fromDate: any,
  actualDate: any,
  holidays?: any[][],
  workDays?: any[][],
): boolean {
  return kadr.ATTESTATION_ON_TIME(step, fromDate, actualDate, holidays, workDays);
}

/**
 * Whether the officer is subject to dismissal (Attestation Rules §22): decision 5, or decision 3 or 4 with the offered post refused.
 * @customfunction ATTESTATION_SUBJECT_TO_DISMISSAL
 * @param decision Decision number 1–5 (§15).
 * @param [refusedPost] Refused the post offered by decision 3 or 4: yes/no (иә/жоқ, да/нет); blank is no.
 * @returns TRUE when subject to dismissal.
 */
export function attestationSubjectToDismissal(decision: any, refusedPost?: any): boolean {
  return kadr.ATTESTATION_SUBJECT_TO_DISMISSAL(decision, refusedPost);
}

/**
 * Which attestation commission examines a position (Attestation Rules §2 and Appendix 1): part 1 of the list the central commission, part 2 a regional one. The position is read in Kazakh or Russian by who holds it (head, deputy), the unit (управление, отдел, басқарма, бөлім, рота…) and the body (ДП, УП, ОП, КУИС, ДУИС…). #VALUE! when the position is on no item, or fits items of both parts (the message names them).
 * @customfunction ATTESTATION_COMMISSION
 * @param position The officer's position as the list writes it, e.g. «Заместитель начальника управления ДП Карагандинской области».
 * @param [lang] Language of the answer: kk, ru or en (blank: Office's language).
 * @returns Central commission or Regional commission.
 */
export function attestationCommission(position: any, lang?: any): string {
  return kadr.ATTESTATION_COMMISSION(position, lang);
}

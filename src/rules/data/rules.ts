/**
 * Every number of the Rules, once, with the paragraph it comes from.
 *
 * Training Rules: Rules for training, retraining and advanced training of civil servants of the
 * Republic of Kazakhstan (Presidential Decree No. 1457 of 11.10.2004 as amended by No. 623 of
 * 27.08.2013), seed `000_13211651a152ebe8.txt`.
 * Attestation Rules: extraordinary attestation of internal-affairs officers (Presidential Decree
 * No. 490 of 28.02.2024), seed `003_f3051a77cf46666b.txt`.
 *
 * Code reads these values; it never writes the numbers again. Each entry carries `paragraph`, so a
 * result can say which paragraph decided it.
 */

/** A paragraph reference as shown to users, e.g. `§24(2)`. */
export type Paragraph = `§${string}`;

/**
 * An item of an appendix, as data: `App1.1.7` is Appendix 1, part 1, item 7 (the Attestation
 * Rules' list of positions). paragraphText says it in each language.
 */
export type AppendixRef = `App${number}.${number}.${number}`;

/** What a result may cite: a paragraph, or an item of an appendix. */
export type Citation = Paragraph | AppendixRef;

interface Cited {
  readonly paragraph: Paragraph;
}

export interface MonthsRule extends Cited {
  readonly months: number;
}
export interface DaysRule extends Cited {
  readonly days: number;
}

/** Rules §3: who is sent to retraining — (1) first entry into corps A or B, (2) first corps B leadership post. */
export const RETRAINING_WHO = {
  firstEntry: "§3(1)",
  firstLeadership: "§3(2)",
  notRequired: "§3",
} as const satisfies Record<string, Paragraph>;

/** Rules §13: where retraining takes place, by corps and category (the lists are in categories.ts). */
export const RETRAINING_VENUE_PARAGRAPH: Paragraph = "§13";

/** Rules §15: retraining is full-time; first entrants to corps B may study remotely. */
export const DISTANCE_LEARNING_PARAGRAPH: Paragraph = "§15";

/** Rules §14: sent to retraining no later than six months from the date of appointment. */
export const RETRAINING_SEND_WITHIN: MonthsRule = { months: 6, paragraph: "§14" };

/**
 * Rules §16: first-time corps B leadership and first-time corps A appointees may complete the
 * volume within three months from the start of retraining.
 */
export const RETRAINING_COMPLETE_WITHIN: MonthsRule = { months: 3, paragraph: "§16" };

/** Rules §16: retraining lasts at least 120 academic hours. */
export const RETRAINING_MIN_HOURS = { hours: 120, paragraph: "§16" } as const;

/** Rules §25: advanced training lasts from 24 to 80 academic hours (both inclusive). */
export const ADVANCED_TRAINING_HOURS = {
  min: 24,
  max: 80,
  paragraph: "§25",
} as const;

/**
 * Rules §24(1) (corps B) and §20(1) (corps A, where career plans provide for it): at least once
 * every three years. `paragraph` is the corps B one, used when the corps is not known.
 */
export const ADVANCED_TRAINING_PERIOD = { months: 36, paragraph: "§24(1)", corpsA: "§20(1)" } as const;

/**
 * Rules §20(2) and §24(2): "unsatisfactory" twice over three years of annual evaluation →
 * advanced training within three months from that evaluation result.
 */
export const ADVANCED_TRAINING_AFTER_UNSATISFACTORY = {
  months: 3,
  /** how many unsatisfactory results trigger the rule … */
  unsatisfactoryCount: 2,
  /**
   * … within this many consecutive evaluation years ("үш жылдың қорытындысы бойынша"): their
   * years differ by at most `window − 1`, by year — not the last three non-blank cells.
   */
  window: 3,
  paragraph: "§24(2)",
  /** the same rule for corps A */
  corpsA: "§20(2)",
} as const;

/** Rules §30: the HR service reports by 10 January of the following year. */
export const REPORT_DEADLINE = {
  /** 1-based month, as people write it */
  month: 1,
  day: 10,
  paragraph: "§30",
} as const;

/** Attestation Rules §5: written notice one month before attestation starts. */
export const ATTESTATION_NOTICE_BEFORE: MonthsRule = { months: 1, paragraph: "§5" };

/** Attestation Rules §6: the service characteristic reaches HR no later than three weeks before. */
export const ATTESTATION_CHARACTERISTIC_BEFORE: DaysRule = { days: 21, paragraph: "§6" };

/** Attestation Rules §7: HR sends the materials no later than one week before the meeting. */
export const ATTESTATION_MATERIALS_BEFORE: DaysRule = { days: 7, paragraph: "§7" };

/**
 * Attestation Rules §12: «отырысы, егер оған құрамының кемінде үштен екісі қатысса, заңды деп
 * есептеледі» — a meeting is valid when at least two thirds of its *composition* attend. The
 * decree's composition lists include the secretary (ATTESTATION_COMMISSION_COMPOSITIONS), so the
 * composition and those present are both counted with the secretary. §11: «Хатшы дауыс беруге
 * қатыспайды» — the secretary does not vote, so the §19 vote is of the voting members present:
 * those present without the secretary.
 */
export const ATTESTATION_QUORUM = {
  numerator: 2,
  denominator: 3,
  paragraph: "§12",
  /** §11: the secretary (an HR employee) does not vote. */
  secretaryDoesNotVote: "§11",
  /** §19: the decision needs a majority of the (voting) members present. */
  vote: "§19",
} as const;

/**
 * Decree No. 490 §3(2) and §3(3) approve the positional compositions («лауазымдық құрамы») of the
 * central and the regional attestation commissions (seed 003, the two lists after the Rules'
 * appendices). Counted as listed, the secretary included:
 * - central: the Minister of Internal Affairs (chair), six members, the deputy head of the HR
 *   policy department («…, хатшы») — 8;
 * - regional: a Deputy Minister of Internal Affairs (chair), eight members, a head (deputy head)
 *   of division of the HR policy department («…, хатшы») — 10.
 * The Minister approves the personal compositions on their basis (Rules §10); these are the
 * presets of the pane's meeting check, not a limit: a commission may sit with another size.
 */
export const ATTESTATION_COMMISSION_COMPOSITIONS = {
  central: { composition: 8, paragraph: "§3(2)" },
  regional: { composition: 10, paragraph: "§3(3)" },
  /** Every list ends with the secretary, who is counted in the composition (§12). */
  secretaryIncluded: true,
  /** Of the decree itself, not of the Attestation Rules it approves. */
  source: "decree",
} as const satisfies {
  central: { composition: number; paragraph: Paragraph };
  regional: { composition: number; paragraph: Paragraph };
  secretaryIncluded: boolean;
  source: "decree";
};

/** Attestation Rules §15: the five decisions; §18: the only ones left when both tests were failed. */
export const ATTESTATION_DECISIONS = {
  all: [1, 2, 3, 4, 5],
  paragraph: "§15",
  whenStandardsAndTestFailed: { allowed: [3, 4, 5], paragraph: "§18" },
} as const;

/** Attestation Rules §20: the protocol, within three working days of the decision. */
export const ATTESTATION_PROTOCOL_WITHIN = { workingDays: 3, paragraph: "§20" } as const;

/** Attestation Rules §21: the officer signs the attestation sheet within three working days of the decision. */
export const ATTESTATION_ACKNOWLEDGE_WITHIN = { workingDays: 3, paragraph: "§21" } as const;

/**
 * Decree No. 490 §1: the extraordinary attestation runs from 1 April to 31 December 2024 (inclusive;
 * 1-based months as written in the decree).
 */
export const ATTESTATION_PERIOD = {
  from: { year: 2024, month: 4, day: 1 },
  to: { year: 2024, month: 12, day: 31 },
  /** Of the decree itself, not of the Attestation Rules it approves. */
  paragraph: "§1",
  source: "decree",
} as const;

/** Attestation Rules §2: not attested while pregnant or on the leaves of Art. 77 of the Law. */
export const ATTESTATION_EXEMPT = { paragraph: "§2" } as const;

/** Attestation Rules §16: absent from the meeting for a valid reason → attested after returning. */
export const ATTESTATION_AFTER_RETURN = { paragraph: "§16" } as const;

/** Attestation Rules §17: absent twice without a valid reason → dismissal recommended (decision 5). */
export const ATTESTATION_ABSENCES_FOR_DISMISSAL = { absences: 2, decision: 5, paragraph: "§17" } as const;

/**
 * Attestation Rules §4: «Кезектен тыс аттестаттау бірқатар дәйекті кезеңдерді қамтиды» — the
 * attestation is a sequence of stages: 1) preparation, 2) the physical fitness standards, 3) the
 * computer test, 4) the interview with the commission, 5) the commission's decision. A decision
 * stands on the stages before it: the two the list records are the standards and the test.
 */
export const ATTESTATION_STAGES = {
  order: ["preparation", "standards", "test", "interview", "decision"],
  /** The stages before the decision that the attestation list records. */
  recordedBeforeDecision: ["standards", "test"],
  paragraph: "§4",
} as const;

/**
 * Attestation Rules §22: «Кезектен тыс аттестаттаудан өтпеген және (немесе) ішкі істер органдарында
 * өзге, оның ішінде төмен лауазымдарда қызметін жалғастырудан бас тартқан қызметкерлер … жұмыстан
 * шығарылуға жатады» — those who did not pass, and (or) those who refused to continue in another,
 * including a lower, post, are subject to dismissal. Read as: decision 5 (does not fit, dismissal
 * recommended, §15(5)) is "did not pass"; decisions 3 and 4 (demotion, transfer, §15(3)–(4)) offer
 * another post, and refusing it makes the officer subject to dismissal.
 */
export const ATTESTATION_SUBJECT_TO_DISMISSAL = {
  notPassed: [5],
  otherPostOffered: [3, 4],
  paragraph: "§22",
} as const;

/**
 * Not a rule: the product's "due soon" window for deadline statuses. The Rules set deadlines only;
 * 90 days gives an officer one quarter to book a course.
 */
export const DUE_SOON_DAYS = 90;

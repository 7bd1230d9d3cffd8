import type { Venue } from "../data/categories";
import { LABELS, type Lang } from "../data/labels";
import {
  ADVANCED_TRAINING_AFTER_UNSATISFACTORY,
  ADVANCED_TRAINING_HOURS,
  ADVANCED_TRAINING_PERIOD,
  RETRAINING_COMPLETE_WITHIN,
  RETRAINING_MIN_HOURS,
  RETRAINING_SEND_WITHIN,
  RETRAINING_VENUE_PARAGRAPH,
  DISTANCE_LEARNING_PARAGRAPH,
  type Paragraph,
} from "../data/rules";
import { COMPLETION_DOCUMENT } from "../data/studyForms";
import { ADVANCED_VENUES_CORPS_B, type AllowedVenues, type VenueType } from "../data/venues";
import type { TrainingDue } from "../advancedTraining/trainingDue";
import { formatSerial, type Serial } from "../dates/excelSerial";
import type { VenueDecision } from "../retraining/retraining";
import { countOf, UNITS } from "../text/countOf";
import { paragraphText, type Reason } from "./paragraphs";

/*
 * The explanation catalogue: every sentence the product says about a result, in kk/ru/en, built from
 * the decision object the computation returned (never by computing again).
 */

const d = formatSerial;
const P = paragraphText;
const YEARS = ADVANCED_TRAINING_PERIOD.months / 12;
const MONTHS = ADVANCED_TRAINING_AFTER_UNSATISFACTORY.months;

/** "at the Academy" / "в Академии" / "Академияда" — where §13 sends a category. */
const RETRAINED_AT: Readonly<Record<Venue, Readonly<Record<Lang, string>>>> = {
  academy: { en: "at the Academy", ru: "в Академии", kk: "Академияда" },
  regionalCentre: { en: "at a regional centre", ru: "в региональном центре", kk: "өңірлік орталықта" },
};

/**
 * Rules §13 explained: which corps and category sent the servant where.
 *
 * @example
 * explainRetrainingVenue(decision, "С-О-3", "en")
 * //=> { paragraph: "§13", text: "§13: category C-O-3 (written «С-О-3») of corps B is retrained at a regional centre" }
 */
export function explainRetrainingVenue(decision: VenueDecision, typed: unknown, lang: Lang): Reason {
  const p = P(decision.paragraph, lang);
  const at = RETRAINED_AT[decision.venue][lang];
  const category = decision.category;
  if (!category) {
    const text = {
      en: `${p}: corps A servants are retrained ${at}, whatever the category`,
      ru: `${p}: служащие корпуса «А» проходят переподготовку ${at}, независимо от категории`,
      kk: `${p}: «А» корпусының қызметшілері санатына қарамастан ${at} қайта даярлаудан өтеді`,
    }[lang];
    return { paragraph: decision.paragraph, text };
  }
  const written = typeof typed === "string" && typed.trim() !== category.code ? typed.trim() : null;
  const text = {
    en: `${p}: category ${category.code}${written ? ` (written «${written}»)` : ""} of corps B is retrained ${at}`,
    ru: `${p}: служащие категории ${category.code}${written ? ` (записано «${written}»)` : ""} корпуса «Б» проходят переподготовку ${at}`,
    kk: `${p}: «Б» корпусының ${category.code} санатындағы${written ? ` («${written}» деп жазылған)` : ""} қызметшілер ${at} қайта даярлаудан өтеді`,
  }[lang];
  return { paragraph: decision.paragraph, text };
}

/**
 * Rules §20/§24 explained: the deadline, the paragraph that set it and the one it beat.
 * `from` says what the three years count from when no training is on record. For corps A it says
 * what the career plan does to §20(1): provides for it, does not (§20(1) does not apply), or not
 * known — a §20(1) date then holds *if the career plan provides for it*.
 *
 * @example
 * // last training 01.06.2022; unsatisfactory 20.12.2023 and 20.12.2024
 * explainTrainingDue(due, "en").text
 * //=> "§24(2): unsatisfactory results given 20.12.2023 and 20.12.2024 → advanced training within 3 months, by 20.03.2025 (earlier than 01.06.2025 under §24(1))"
 */
export function explainTrainingDue(
  due: TrainingDue,
  lang: Lang,
  from: "lastTraining" | "appointment" = "lastTraining",
): Reason {
  const u = due.unsatisfactory;
  const text =
    u && due.paragraph === due.paragraphs.unsatisfactory
      ? unsatisfactoryDueText(due, u, lang)
      : periodicDueText(due, lang, from);
  return { paragraph: due.paragraph, text };
}

type UnsatisfactoryDue = NonNullable<TrainingDue["unsatisfactory"]>;

/** Rules §24(2) / §20(2) set the deadline: the two results, the 3 months, and what it beat. */
function unsatisfactoryDueText(due: TrainingDue, u: UnsatisfactoryDue, lang: Lang): string {
  const p2 = P(due.paragraphs.unsatisfactory, lang);
  const given = {
    en: u.first !== null ? `given ${d(u.first)} and ${d(u.second)}` : `the second given ${d(u.second)}`,
    ru: u.first !== null ? `от ${d(u.first)} и ${d(u.second)}` : `вторая от ${d(u.second)}`,
    kk: u.first !== null ? `${d(u.first)} және ${d(u.second)}` : `екіншісі ${d(u.second)}`,
  }[lang];
  const beat = periodicBeaten(due, u, lang);
  return {
    en: `${p2}: unsatisfactory results ${given} → advanced training within ${countOf(MONTHS, "en", UNITS.monthsWithin)}, by ${d(u.due)}${beat}`,
    ru: `${p2}: неудовлетворительные оценки ${given} → повышение квалификации в течение ${countOf(MONTHS, "ru", UNITS.monthsWithin)}, до ${d(u.due)}${beat}`,
    kk: `${p2}: «қанағаттанарлықсыз» бағалар (${given}) → біліктілікті арттыру ${countOf(MONTHS, "kk", UNITS.monthsWithin)} ішінде, ${d(u.due)} дейін${beat}`,
  }[lang];
}

/** What a §24(2) / §20(2) deadline says of §24(1) / §20(1): not applying, conditional, later, or no training. */
function periodicBeaten(due: TrainingDue, u: UnsatisfactoryDue, lang: Lang): string {
  const p1 = P(due.paragraphs.periodic, lang);
  if (due.careerPlan === false) {
    return {
      en: ` (the career plan does not provide for training every ${countOf(YEARS, "en", UNITS.years)}: ${p1} does not apply)`,
      ru: ` (карьерным планом повышение квалификации раз в ${countOf(YEARS, "ru", UNITS.years)} не предусмотрено: ${p1} не применяется)`,
      kk: ` (мансаптық жоспарда ${countOf(YEARS, "kk", UNITS.years)}да бір рет біліктілікті арттыру көзделмеген: ${p1} қолданылмайды)`,
    }[lang];
  }
  if (due.periodicDue !== null && due.periodicDue < u.due) {
    // Corps A, the plan not known: the earlier §20(1) date is only conditional.
    return {
      en: ` (${p1} sets an earlier date, ${d(due.periodicDue)}, if the career plan provides for it)`,
      ru: ` (${p1} устанавливает более ранний срок, ${d(due.periodicDue)}, если это предусмотрено карьерным планом)`,
      kk: ` (мансаптық жоспарда көзделген жағдайда ${p1} бойынша ертерек мерзім — ${d(due.periodicDue)})`,
    }[lang];
  }
  if (due.periodicDue !== null) {
    return {
      en: ` (earlier than ${d(due.periodicDue)} under ${p1})`,
      ru: ` (раньше, чем ${d(due.periodicDue)} по ${p1})`,
      kk: ` (${p1} бойынша ${d(due.periodicDue)} мерзімінен бұрын)`,
    }[lang];
  }
  return {
    en: " (no advanced training on record)",
    ru: " (сведений о повышении квалификации нет)",
    kk: " (біліктілікті арттыру туралы мәлімет жоқ)",
  }[lang];
}

/** Rules §24(1) / §20(1) set the deadline: what the 3 years count from, the career plan, what it beat. */
function periodicDueText(due: TrainingDue, lang: Lang, from: "lastTraining" | "appointment"): string {
  const p1 = P(due.paragraphs.periodic, lang);
  const p2 = P(due.paragraphs.unsatisfactory, lang);
  const u = due.unsatisfactory;
  const since = periodicSince(due, lang, from);
  const beat = u
    ? {
        en: ` (earlier than ${d(u.due)} under ${p2})`,
        ru: ` (раньше, чем ${d(u.due)} по ${p2})`,
        kk: ` (${p2} бойынша ${d(u.due)} мерзімінен бұрын)`,
      }[lang]
    : "";
  // Corps A, §20(1): only if the career plan provides for it (the plan not known), or as it does.
  const only = {
    en: "",
    ru: due.conditional ? " в случаях, предусмотренных карьерным планом," : "",
    kk: due.conditional ? "мансаптық жоспарда көзделген жағдайда " : "",
  }[lang];
  const plan = {
    en: due.conditional
      ? " if the career plan provides for it"
      : due.careerPlan
        ? " (the career plan provides for it)"
        : "",
    ru: due.careerPlan ? " (предусмотрено карьерным планом)" : "",
    kk: due.careerPlan ? " (мансаптық жоспарда көзделген)" : "",
  }[lang];
  const by = due.periodicDue === null ? "—" : d(due.periodicDue);
  return {
    en: `${p1}: ${since} → at least once every ${countOf(YEARS, "en", UNITS.years)}${plan}, by ${by}${beat}`,
    ru: `${p1}: ${since} →${only} не реже одного раза в ${countOf(YEARS, "ru", UNITS.years)}${plan}, до ${by}${beat}`,
    kk: `${p1}: ${since} → ${only}${countOf(YEARS, "kk", UNITS.years)}да кемінде бір рет${plan}, ${by} дейін${beat}`,
  }[lang];
}

/** What the three years of §24(1) / §20(1) count from: the last training, or the appointment. */
function periodicSince(due: TrainingDue, lang: Lang, from: "lastTraining" | "appointment"): string {
  const last = due.last === null ? "—" : d(due.last);
  return {
    en: from === "appointment" ? `no advanced training on record; appointed ${last}` : `last advanced training ${last}`,
    ru:
      from === "appointment"
        ? `сведений о повышении квалификации нет; дата назначения ${last}`
        : `последнее повышение квалификации ${last}`,
    kk:
      from === "appointment"
        ? `біліктілікті арттыру туралы мәлімет жоқ; тағайындалған күні ${last}`
        : `соңғы біліктілікті арттыру ${last}`,
  }[lang];
}

/** The venue kinds of a rule, listed: "Academy; Abroad (§27)". */
export function venueList(rules: readonly AllowedVenues[], lang: Lang): string {
  return rules
    .map(
      (rule, i) =>
        rule.venues.map((v) => LABELS[v][lang]).join("; ") + (i === 0 ? "" : ` (${P(rule.paragraph, lang)})`),
    )
    .join("; ");
}

/** A check's finding about one employee, as data; `explainFlag` says it in words. */
export type Flag =
  | {
      readonly code: "retrainingOverdue" | "retrainingDueSoon";
      readonly requiredBy: Paragraph;
      readonly appointment: Serial;
      readonly deadline: Serial;
    }
  | {
      readonly code: "advancedOverdue" | "advancedDueSoon";
      readonly due: TrainingDue;
      readonly from: "lastTraining" | "appointment";
    }
  | {
      readonly code: "retrainingLateStart";
      readonly appointment: Serial;
      readonly start: Serial;
      readonly deadline: Serial;
    }
  | { readonly code: "retrainingTooLong"; readonly start: Serial; readonly end: Serial; readonly limit: Serial }
  | { readonly code: "retrainingHours"; readonly hours: number }
  | { readonly code: "advancedHours"; readonly hours: number }
  /** §25's hours sit in the chapter on corps B: outside them, corps A and political servants get a note. */
  | { readonly code: "advancedHoursNote"; readonly hours: number; readonly corps: "A" | "political" }
  /** §15: a retraining by distance learning of anyone but a first entrant to corps B; `written` is the cell's words. */
  | { readonly code: "retrainingForm"; readonly written: string; readonly from: "form" | "venue" }
  /** §3 (retraining) or §4 (advanced training): a completed course with no document number — a note. */
  | { readonly code: "documentMissing"; readonly type: "retraining" | "advancedTraining"; readonly end: Serial }
  | {
      readonly code: "retrainingVenue";
      readonly category: string;
      readonly expected: Venue;
      readonly venue: string;
      readonly actual: VenueType;
    }
  | {
      readonly code: "advancedVenue";
      readonly allowed: readonly AllowedVenues[];
      readonly venue: string;
      readonly actual: VenueType;
    };

/** The paragraph behind a flag. */
export function flagParagraph(flag: Flag): Paragraph {
  switch (flag.code) {
    case "retrainingOverdue":
    case "retrainingDueSoon":
    case "retrainingLateStart":
      return RETRAINING_SEND_WITHIN.paragraph;
    case "advancedOverdue":
    case "advancedDueSoon":
      return flag.due.paragraph;
    case "retrainingTooLong":
      return RETRAINING_COMPLETE_WITHIN.paragraph;
    case "retrainingHours":
      return RETRAINING_MIN_HOURS.paragraph;
    case "advancedHours":
    case "advancedHoursNote":
      return ADVANCED_TRAINING_HOURS.paragraph;
    case "retrainingVenue":
      return RETRAINING_VENUE_PARAGRAPH;
    case "advancedVenue":
      return flag.allowed[0]?.paragraph ?? ADVANCED_VENUES_CORPS_B.paragraph;
    case "retrainingForm":
      return DISTANCE_LEARNING_PARAGRAPH;
    case "documentMissing":
      return COMPLETION_DOCUMENT[flag.type];
  }
}

/** A flag in words, with its paragraph. */
export function explainFlag(flag: Flag, lang: Lang): Reason {
  const paragraph = flagParagraph(flag);
  return { paragraph, text: flagText(flag.code, flag, lang, P(paragraph, lang)) };
}

/** The flag of one code. */
type FlagOf<C extends Flag["code"]> = Extract<Flag, { readonly code: C }>;

/** Says a flag of one code in words; `p` is its paragraph as the language cites it. */
type FlagText<C extends Flag["code"]> = (flag: FlagOf<C>, lang: Lang, p: string) => string;

/** The text of a flag, by its code (the code passed beside the flag, so the compiler pairs them). */
function flagText<C extends Flag["code"]>(code: C, flag: FlagOf<C>, lang: Lang, p: string): string {
  const text: FlagText<C> = FLAG_TEXTS[code];
  return text(flag, lang, p);
}

/** Rules §14 (and the paragraph requiring the retraining): not sent within six months of appointment, or not yet. */
function retrainingNotSentText(flag: FlagOf<"retrainingOverdue" | "retrainingDueSoon">, lang: Lang, p: string): string {
  const rest =
    flag.code === "retrainingOverdue"
      ? {
          en: "no retraining recorded",
          ru: "сведений о переподготовке нет",
          kk: "қайта даярлау туралы мәлімет жоқ",
        }[lang]
      : { en: "not sent yet", ru: "ещё не направлен", kk: "әлі жіберілмеген" }[lang];
  return {
    en: `${P(flag.requiredBy, lang)}, ${p}: appointed ${d(flag.appointment)} → to be sent to retraining within ${countOf(RETRAINING_SEND_WITHIN.months, "en", UNITS.monthsWithin)}, by ${d(flag.deadline)}; ${rest}`,
    ru: `${P(flag.requiredBy, lang)}, ${p}: дата назначения ${d(flag.appointment)} → направить на переподготовку в течение ${countOf(RETRAINING_SEND_WITHIN.months, "ru", UNITS.monthsWithin)}, до ${d(flag.deadline)}; ${rest}`,
    kk: `${P(flag.requiredBy, lang)}, ${p}: ${d(flag.appointment)} тағайындалған → ${countOf(RETRAINING_SEND_WITHIN.months, "kk", UNITS.monthsWithin)} ішінде, ${d(flag.deadline)} дейін қайта даярлауға жіберу керек; ${rest}`,
  }[lang];
}

/** Rules §20/§24: the advanced-training deadline passed or near, as `explainTrainingDue` says it. */
function advancedDueText(flag: FlagOf<"advancedOverdue" | "advancedDueSoon">, lang: Lang): string {
  return explainTrainingDue(flag.due, lang, flag.from).text;
}

/** Every flag code's text: a record over `Flag["code"]`, so a code without one is a compile error. */
const FLAG_TEXTS: { readonly [C in Flag["code"]]: FlagText<C> } = {
  retrainingOverdue: retrainingNotSentText,
  retrainingDueSoon: retrainingNotSentText,
  advancedOverdue: advancedDueText,
  advancedDueSoon: advancedDueText,
  // Rules §14: sent later than six months after appointment.
  retrainingLateStart: (flag, lang, p) =>
    ({
      en: `${p}: appointed ${d(flag.appointment)}, retraining started ${d(flag.start)} — later than ${d(flag.deadline)} (${countOf(RETRAINING_SEND_WITHIN.months, "en", UNITS.months)})`,
      ru: `${p}: дата назначения ${d(flag.appointment)}, переподготовка начата ${d(flag.start)} — позже ${d(flag.deadline)} (${countOf(RETRAINING_SEND_WITHIN.months, "ru", UNITS.months)})`,
      kk: `${p}: ${d(flag.appointment)} тағайындалған, қайта даярлау ${d(flag.start)} басталған — ${d(flag.deadline)} (${countOf(RETRAINING_SEND_WITHIN.months, "kk", UNITS.months)}) мерзімінен кеш`,
    })[lang],
  // Rules §16: completed later than three months from the start.
  retrainingTooLong: (flag, lang, p) =>
    ({
      en: `${p}: retraining from ${d(flag.start)} to ${d(flag.end)} — finished later than ${d(flag.limit)} (${countOf(RETRAINING_COMPLETE_WITHIN.months, "en", UNITS.months)} from the start)`,
      ru: `${p}: переподготовка с ${d(flag.start)} по ${d(flag.end)} — завершена позже ${d(flag.limit)} (${countOf(RETRAINING_COMPLETE_WITHIN.months, "ru", UNITS.months)} от начала)`,
      kk: `${p}: қайта даярлау ${d(flag.start)} – ${d(flag.end)} — ${d(flag.limit)} (басталғаннан ${countOf(RETRAINING_COMPLETE_WITHIN.months, "kk", UNITS.months)}) мерзімінен кеш аяқталған`,
    })[lang],
  // Rules §16: fewer than 120 academic hours.
  retrainingHours: (flag, lang, p) =>
    ({
      en: `${p}: retraining of ${flag.hours} academic hours; at least ${RETRAINING_MIN_HOURS.hours} required`,
      ru: `${p}: переподготовка ${flag.hours} ак. часов; требуется не менее ${RETRAINING_MIN_HOURS.hours}`,
      kk: `${p}: қайта даярлау ${flag.hours} академиялық сағат; кемінде ${RETRAINING_MIN_HOURS.hours} академиялық сағат қажет`,
    })[lang],
  // Rules §25: outside 24 to 80 academic hours.
  advancedHours: (flag, lang, p) => {
    const { min, max } = ADVANCED_TRAINING_HOURS;
    return {
      en: `${p}: advanced training of ${flag.hours} academic hours; ${min} to ${max} required`,
      ru: `${p}: повышение квалификации ${flag.hours} ак. часов; требуется от ${min} до ${max}`,
      kk: `${p}: біліктілікті арттыру ${flag.hours} академиялық сағат; ${min}-тен ${max}-ге дейін қажет`,
    }[lang];
  },
  advancedHoursNote: advancedHoursNoteText,
  // Rules §13: retrained elsewhere than the category's venue.
  retrainingVenue: (flag, lang, p) => {
    const at = RETRAINED_AT[flag.expected][lang];
    const was = LABELS[flag.actual][lang];
    return {
      en: `${p}: category ${flag.category} is retrained ${at}, but the course was at «${flag.venue}» (${was})`,
      ru: `${p}: служащие категории ${flag.category} проходят переподготовку ${at}, однако курс пройден в «${flag.venue}» (${was})`,
      kk: `${p}: ${flag.category} санатындағы қызметшілер ${at} қайта даярлаудан өтеді, ал курс «${flag.venue}» (${was}) ұйымында өткен`,
    }[lang];
  },
  retrainingForm: retrainingFormText,
  documentMissing: documentMissingText,
  // Rules §18, §22, §23, §27: trained at a venue none of the servant's paragraphs allows.
  advancedVenue: (flag, lang, p) => {
    const list = venueList(flag.allowed, lang);
    const was = LABELS[flag.actual][lang];
    return {
      en: `${p}: advanced training for this servant takes place at: ${list}; the course was at «${flag.venue}» (${was})`,
      ru: `${p}: повышение квалификации этого служащего проводится: ${list}; курс пройден: «${flag.venue}» (${was})`,
      kk: `${p}: бұл қызметшінің біліктілігін арттыру орны: ${list}; курс: «${flag.venue}» (${was})`,
    }[lang];
  },
};

/** Rules §25: hours outside its range for corps A or a political servant, a note (§25 is in the chapter on corps B). */
function advancedHoursNoteText(flag: FlagOf<"advancedHoursNote">, lang: Lang, p: string): string {
  const { min, max } = ADVANCED_TRAINING_HOURS;
  const servant = {
    en: flag.corps === "A" ? "a corps A servant" : "a political servant",
    ru: flag.corps === "A" ? "служащего корпуса «А»" : "политического служащего",
    kk: flag.corps === "A" ? "«А» корпусының қызметшісі" : "саяси қызметші",
  }[lang];
  return {
    en: `${p}: advanced training of ${flag.hours} academic hours, outside ${min}–${max}; ${p} sets them for corps B (in the chapter on corps B), so for ${servant} this is a note, not a violation`,
    ru: `${p}: повышение квалификации ${flag.hours} ак. часов — вне пределов ${min}–${max}; ${p} устанавливает их для корпуса «Б» (в главе о корпусе «Б»), поэтому для ${servant} это замечание, а не нарушение`,
    kk: `${p}: біліктілікті арттыру ${flag.hours} академиялық сағат — ${min}–${max} шегінен тыс; ${p} оларды «Б» корпусы үшін белгілейді («Б» корпусы туралы тарауда), сондықтан ${servant} үшін бұл бұзушылық емес, ескерту`,
  }[lang];
}

/** Rules §15: a retraining by distance learning of anyone but a first entrant to corps B. */
function retrainingFormText(flag: FlagOf<"retrainingForm">, lang: Lang, p: string): string {
  const cell = {
    en: flag.from === "form" ? "form of study" : "venue",
    ru: flag.from === "form" ? "форма обучения" : "место обучения",
    kk: flag.from === "form" ? "оқу нысаны" : "оқу орны",
  }[lang];
  return {
    en: `${p}: retraining is full-time; only persons entering corps B for the first time may take it by distance learning — this retraining was by distance learning (${cell} «${flag.written}»)`,
    ru: `${p}: переподготовка проходится в очной форме; дистанционно — только впервые поступившими на службу корпуса «Б», а эта переподготовка пройдена дистанционно (${cell} «${flag.written}»)`,
    kk: `${p}: қайта даярлау күндізгі негізде өтеді; қашықтан тек «Б» корпусының қызметіне алғаш кіргендер өте алады, ал бұл қайта даярлау қашықтан өткен (${cell} «${flag.written}»)`,
  }[lang];
}

/** Rules §3 (retraining) or §4 (advanced training): a completed course with no document number, a note. */
function documentMissingText(flag: FlagOf<"documentMissing">, lang: Lang, p: string): string {
  const retraining = flag.type === "retraining";
  return {
    en: `${p}: ${retraining ? "retraining" : "advanced training"} completed ${d(flag.end)}, no document number in the log; a document confirming completion is issued to those who complete it (a note, not a violation)`,
    ru: `${p}: ${retraining ? "переподготовка завершена" : "повышение квалификации завершено"} ${d(flag.end)}, номер документа в журнале не указан; завершившим выдаётся документ, подтверждающий завершение (замечание, а не нарушение)`,
    kk: `${p}: ${retraining ? "қайта даярлау" : "біліктілікті арттыру"} ${d(flag.end)} аяқталған, журналда құжат нөмірі көрсетілмеген; табысты аяқтағандарға аяқтағанын растайтын құжат беріледі (бұзушылық емес, ескерту)`,
  }[lang];
}

/**
 * Attestation Rules, Appendix 1: which item of the list of positions a position written in a cell
 * is, read by its features (who holds the post, the unit headed and its kind, the body, the unit it
 * sits in) as APPENDIX_1_ITEMS describes each item. Conservative: a position whose words fit items
 * of both parts is *ambiguous* (both named), never a guess; one that fits no item is not found.
 */
import {
  APPENDIX_1_ITEMS,
  PART_COMMISSION,
  POSITION_WORDS,
  type AppendixItem,
  type AppendixPart,
  type Body,
  type CommissionKind,
  type PostHolder,
  type PostSpec,
  type UnitKind,
  type UnitType,
} from "../data/attestationPositions";
import { fail, ok, type Outcome } from "../outcome";
import { isBlank } from "../text/isBlank";
import { foldLetters } from "../text/normalizeWord";

/** How a position reads against Appendix 1. */
export type PositionMatch =
  /** Every item it fits is in one part: that part's commission examines it. */
  | {
      readonly kind: "matched";
      readonly part: AppendixPart;
      readonly items: readonly number[];
      readonly commission: CommissionKind;
    }
  /** It fits items of both parts: the words do not say which (a note, not a finding). */
  | { readonly kind: "ambiguous"; readonly central: readonly number[]; readonly regional: readonly number[] }
  /** It fits no item. */
  | { readonly kind: "notListed" };

/** A unit the position names, where it stands in the (normalised) text. */
interface Mention {
  readonly unit: UnitType;
  readonly kind: UnitKind;
  readonly start: number;
  readonly end: number;
}

/** What the matcher reads in a position. */
export interface PositionFeatures {
  readonly holder: PostHolder | null;
  /** The unit the post heads (null: none named, or no head word). */
  readonly unit: Mention | null;
  /** The other units named: where the headed one sits. */
  readonly others: readonly Mention[];
  readonly context: ReadonlySet<Context>;
}

type Context =
  | "dp"
  | "transport"
  | "ownSecurity"
  | "kuis"
  | "duis"
  | "uis"
  | "kap"
  | "kms"
  | "baikonur"
  | "specSecurity"
  | "centres"
  | "subordinate";

/** The bodies other than the police departments: naming one of them rules the DP items out. */
const SPECIAL: readonly Context[] = [
  "ownSecurity",
  "kuis",
  "duis",
  "uis",
  "kap",
  "kms",
  "baikonur",
  "specSecurity",
  "centres",
];
/** The unit types that say where a unit sits. */
const CONTAINERS: readonly UnitType[] = ["department", "committee", "directorate", "division", "section", "unit"];

const WORD_START = "(?<![\\p{L}\\d])";
const WORD_END = "(?![\\p{L}\\d])";
const whole = (source: string, flags = "gu") => new RegExp(`${WORD_START}(?:${source})${WORD_END}`, flags);

const UNIT_PATTERNS = POSITION_WORDS.units.map((word) => ({ ...word, regex: whole(word.pattern) }));
const HOLDER_RU = whole(POSITION_WORDS.holder.ru);
const DEPUTY_ONLY_RU = whole(POSITION_WORDS.holder.ruDeputyOnly);
const HOLDER_KK = whole(POSITION_WORDS.holder.kk);
const CONTEXT = Object.fromEntries(
  Object.entries(POSITION_WORDS.context).map(([key, source]) => [key, whole(source, "u")]),
) as Record<keyof typeof POSITION_WORDS.context, RegExp>;

/** Words that may stand between a Russian head word and its unit: adjectives in the genitive, numbers. */
const RU_BETWEEN = /^(?:\p{L}+(?:ого|его|ой|ей|ых|их)|№|\d[\d/-]*)$/u;

/** Lower case, Kazakh letters folded, the Latin «ə» of some Kazakh texts read as «ә», quotes and dashes made plain. */
function normalise(text: string): string {
  return foldLetters(text.replace(/ə/gu, "ә").replace(/Ə/gu, "Ә"))
    .replace(/[‐‑‒–—―]/gu, "-")
    .replace(/["«»“”„'’()]/gu, " ")
    .replace(/[,;:]/gu, " ")
    .replace(/\s+/gu, " ")
    .trim();
}

/** The units the text names, each stretch claimed by the first word list that matches it. */
function mentions(text: string): Mention[] {
  const taken: { start: number; end: number }[] = [];
  const found: Mention[] = [];
  for (const word of UNIT_PATTERNS) {
    for (const match of text.matchAll(word.regex)) {
      const start = match.index;
      const end = start + match[0].length;
      if (taken.some((span) => start < span.end && end > span.start)) continue;
      taken.push({ start, end });
      if (word.unit !== null) found.push({ unit: word.unit, kind: word.kind, start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * Who holds the post and which unit it heads. Russian names the unit after the head word
 * («заместитель начальника управления»), Kazakh before it («басқарма бастығының орынбасары»):
 * whichever head word comes first decides.
 */
function holderAndUnit(text: string, units: readonly Mention[]): { holder: PostHolder | null; unit: Mention | null } {
  const ru = HOLDER_RU.exec(text) ?? DEPUTY_ONLY_RU.exec(text);
  HOLDER_RU.lastIndex = 0;
  DEPUTY_ONLY_RU.lastIndex = 0;
  const kk = HOLDER_KK.exec(text);
  HOLDER_KK.lastIndex = 0;
  if (ru && (!kk || ru.index <= kk.index)) {
    const deputy = /заместител|зам/u.test(ru[0]);
    const after = ru.index + ru[0].length;
    const next = units.find((m) => m.start >= after);
    // «Начальник Алмалинского районного управления…»: only adjectives and numbers may stand between;
    // «Начальник ИВС УП» heads the ИВС, not the УП.
    const gap = next ? text.slice(after, next.start).trim() : "";
    const unit = next && gap.split(" ").every((word) => word === "" || RU_BETWEEN.test(word)) ? next : null;
    return { holder: deputy ? "deputy" : "head", unit };
  }
  if (kk) {
    const deputy = /орынбасар/u.test(kk[0]);
    // Kazakh names the unit right before its head: «басқармасының бастығы».
    const before = units.filter((m) => m.end <= kk.index && text.slice(m.end, kk.index).trim() === "");
    return { holder: deputy ? "deputy" : "head", unit: before[before.length - 1] ?? null };
  }
  return { holder: null, unit: null };
}

/** The features of a position, as the matcher reads them (exported for tests and explanations). */
export function positionFeatures(position: string): PositionFeatures {
  const text = normalise(position);
  const units = mentions(text);
  const { holder, unit } = holderAndUnit(text, units);
  const kinds = new Set(units.map((m) => m.kind));
  const context = new Set<Context>();
  const has = (key: keyof typeof CONTEXT) => CONTEXT[key].test(text);
  if (["dp", "up", "op", "lup", "lop", "linear"].some((k) => kinds.has(k as UnitKind))) context.add("dp");
  if (has("transport") || kinds.has("lup") || kinds.has("lop") || kinds.has("linear")) context.add("transport");
  if (has("ownSecurity") || kinds.has("ownSecurity")) context.add("ownSecurity");
  if (kinds.has("kuis")) context.add("kuis");
  if (kinds.has("duis")) context.add("duis");
  if (has("uis") || kinds.has("kuis") || kinds.has("duis") || kinds.has("probation")) context.add("uis");
  if (kinds.has("kap")) context.add("kap");
  if (kinds.has("kms")) context.add("kms");
  if (has("baikonur")) context.add("baikonur");
  if (has("specSecurity")) context.add("specSecurity");
  const base = units.some((m) => m.unit === "base");
  if (has("cynological") || has("motorTransport") || (base && has("supply"))) context.add("centres");
  if (has("subordinate")) context.add("subordinate");
  return { holder, unit, others: units.filter((m) => m !== unit), context };
}

/** Whether the position belongs to the post's body; with nothing named, every body but a strict one fits. */
function bodyFits(body: Body, strict: boolean, context: ReadonlySet<Context>): boolean {
  const special = SPECIAL.some((c) => context.has(c));
  const named = special || context.has("dp");
  const unnamed = !named && !strict;
  switch (body) {
    case "dp":
      return !special;
    case "ownSecurity":
      return context.has("ownSecurity") || unnamed;
    case "kuis":
      // A territorial department's position often names the committee too: ДУИС wins.
      return (context.has("kuis") && !context.has("duis")) || unnamed;
    case "kapKms":
      return context.has("kap") || context.has("kms") || unnamed;
    case "duis":
      return context.has("duis") || unnamed;
    case "uis":
      return context.has("uis") || unnamed;
    case "baikonur":
    case "specSecurity":
    case "centres":
      return context.has(body) || unnamed;
  }
}

function postFits(post: PostSpec, f: PositionFeatures): boolean {
  if (post.who !== "any" && (f.holder === null || !post.who.includes(f.holder))) return false;
  if (post.unit !== "any" && (f.unit === null || !post.unit.includes(f.unit.unit))) return false;
  if (post.kind && (f.unit === null || !post.kind.includes(f.unit.kind))) return false;
  if (!bodyFits(post.body, post.strict === true, f.context)) return false;
  if (post.needs && !f.context.has(post.needs)) return false;
  if (post.notUnder?.some((type) => f.others.some((m) => m.unit === type))) return false;
  if (post.notUnderKind?.some((kind) => f.others.some((m) => m.kind === kind))) return false;
  if (post.under) {
    const named = f.others.some((m) => post.under?.includes(m.kind));
    // Nothing named to say where the unit sits (no container, no body): it may sit there.
    const silent = !f.others.some((m) => CONTAINERS.includes(m.unit)) && !SPECIAL.some((c) => f.context.has(c));
    if (!named && !silent) return false;
  }
  return true;
}

/** The items of Appendix 1 a position's features fit. */
export function itemsOf(f: PositionFeatures): readonly AppendixItem[] {
  return APPENDIX_1_ITEMS.filter((item) => item.posts.some((post) => postFits(post, f)));
}

/**
 * Where a position stands on Appendix 1 of the Attestation Rules.
 *
 * @example
 * matchPosition("Начальник управления кадров ДП г. Алматы")
 * //=> { kind: "matched", part: 1, items: [7], commission: "central" }
 * matchPosition("Заместитель начальника управления")
 * //=> { kind: "ambiguous", central: [2, 3], regional: [1, 3] }
 * matchPosition("Участковый инспектор") //=> { kind: "notListed" }
 */
export function matchPosition(position: string): PositionMatch {
  const items = itemsOf(positionFeatures(position));
  const central = items.filter((item) => item.part === 1).map((item) => item.number);
  const regional = items.filter((item) => item.part === 2).map((item) => item.number);
  if (central.length > 0 && regional.length > 0) return { kind: "ambiguous", central, regional };
  if (central.length > 0) return { kind: "matched", part: 1, items: central, commission: PART_COMMISSION[1] };
  if (regional.length > 0) return { kind: "matched", part: 2, items: regional, commission: PART_COMMISSION[2] };
  return { kind: "notListed" };
}

/**
 * The commission Appendix 1 names for a position (KADR.ATTESTATION_COMMISSION): part 1 → central,
 * part 2 → regional. A position on no item, or on items of both parts, is an error naming it.
 *
 * @example
 * positionCommission("Командир роты полка ПП ДП г. Астаны") //=> { ok: true, value: "regional" }
 */
export function positionCommission(position: unknown): Outcome<CommissionKind> {
  if (isBlank(position)) return fail({ code: "blank" });
  const text = typeof position === "string" ? position : String(position);
  const match = matchPosition(text);
  if (match.kind === "matched") return ok(match.commission);
  if (match.kind === "ambiguous") {
    return fail({ code: "positionAmbiguous", value: position, central: match.central, regional: match.regional });
  }
  return fail({ code: "positionNotOnList", value: position });
}

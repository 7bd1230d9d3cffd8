/**
 * Where advanced training may take place (RULES.md §2), and the words that name each kind of venue
 * in a training log.
 *
 * - Rules §18: political servants and corps A — the Academy (§21: possibly with foreign lecturers).
 * - Rules §22: corps B — the Academy, regional centres, departmental and other educational organisations.
 * - Rules §23: positions whose qualification requirements include professional certification —
 *   departmental and other educational organisations specialised in that profile.
 * - Rules §27: any civil servant abroad, at other funds (international organisations, foreign
 *   governments, the Regional Hub), when the topic matches the servant's functional duties.
 */
import type { Paragraph } from "./rules";

/** The kinds of venue the Rules name. */
export type VenueType = "academy" | "regionalCentre" | "departmental" | "abroad";

export interface AllowedVenues {
  readonly venues: readonly VenueType[];
  readonly paragraph: Paragraph;
}

/** Rules §18 (political servants and corps A). */
export const ADVANCED_VENUES_CORPS_A: AllowedVenues = { venues: ["academy"], paragraph: "§18" };
/** Rules §22 (corps B). */
export const ADVANCED_VENUES_CORPS_B: AllowedVenues = {
  venues: ["academy", "regionalCentre", "departmental"],
  paragraph: "§22",
};
/** Rules §23 (positions that require professional certification). */
export const ADVANCED_VENUES_CERTIFIED: AllowedVenues = { venues: ["departmental"], paragraph: "§23" };
/** Rules §27: abroad at other funds, open to every civil servant whose duties match the topic. */
export const ADVANCED_VENUES_ABROAD: AllowedVenues = { venues: ["abroad"], paragraph: "§27" };

/**
 * Words (compared after `normalizeWord`, so case and Kazakh letters do not matter) that name each
 * kind of venue in a training log. classifyVenue reads them in this order:
 * - abroad only from words about the place ("за рубежом", "шетелде"), never from "международный"
 *   or "зарубежные преподаватели": an international university in Astana is not abroad;
 * - the Academy of Public Administration by name — "Академия" alone, as registers write it, or
 *   "академия" with "государственного управления" / "мемлекеттік басқару" / "при Президенте";
 *   any other academy (of the MVD, of justice…) is a departmental or other organisation;
 * - a branch of that Academy ("филиал Академии") or any "региональный / өңірлік" centre is a
 *   regional centre: the regional centres are the Academy's branches;
 * - departmental and other organisations by their usual words.
 */
export const VENUE_WORDS = {
  /** The Regional Hub funds training (§27) but is not a venue by itself: the officer says where. */
  undecided: ["хаб", "hub"],
  abroad: ["за рубежом", "за границей", "шетелде", "шет елде", "abroad"],
  academy: ["академи", "academy"],
  academyAlone: ["академия", "академиясы", "academy", "the academy"],
  academyQualifiers: [
    "государственного управления",
    "мемлекеттік басқару",
    "public administration",
    "при президенте",
    "президентінің жанындағы",
  ],
  branch: ["филиал", "branch"],
  regional: ["региональн", "өңірлік", "regional"],
  departmental: [
    "ведомствен",
    "ведомстволық",
    "учебный центр",
    "оқу орталығ",
    "университет",
    "институт",
    "колледж",
    "организация образования",
    "білім беру ұйым",
    "university",
    "institute",
    "college",
    "training centre",
    "training center",
    "departmental",
    "академи",
  ],
} as const;

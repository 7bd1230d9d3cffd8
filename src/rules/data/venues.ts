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
 * Word stems (compared after `normalizeWord`, so case and Kazakh letters do not matter) that name a
 * kind of venue, tried in this order: "филиал Академии" is a regional centre (the regional centres
 * are the Academy's branches), so regional words are tried before "академия".
 */
export const VENUE_WORDS: readonly { readonly type: VenueType; readonly stems: readonly string[] }[] = [
  {
    type: "abroad",
    stems: ["за рубеж", "зарубеж", "шетел", "abroad", "foreign", "international", "международн", "халықаралық"],
  },
  { type: "regionalCentre", stems: ["региональн", "өңірлік", "regional", "филиал", "branch"] },
  { type: "academy", stems: ["академи", "academy"] },
  {
    type: "departmental",
    stems: [
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
    ],
  },
];

import {
  ADVANCED_VENUES_ABROAD,
  ADVANCED_VENUES_CERTIFIED,
  ADVANCED_VENUES_CORPS_A,
  ADVANCED_VENUES_CORPS_B,
  VENUE_WORDS,
  type AllowedVenues,
  type VenueType,
} from "../data/venues";
import type { Corps } from "../people/corps";
import { normalizeWord } from "../text/normalizeWord";

/**
 * Where a servant may take advanced training: Rules §18 (political servants and corps A: the
 * Academy), §22 (corps B: the Academy, regional centres, departmental and other organisations),
 * §23 (positions requiring professional certification: departmental and other organisations
 * specialised in the profile), and §27 (abroad at other funds, for anyone whose duties match).
 * A blank corps is read as corps B.
 *
 * @example
 * advancedTrainingVenues("A", false)
 * //=> [{ venues: ["academy"], paragraph: "§18" }, { venues: ["abroad"], paragraph: "§27" }]
 */
export function advancedTrainingVenues(corps: Corps | null, certifiedPosition: boolean): readonly AllowedVenues[] {
  const home =
    corps === "A" || corps === "political"
      ? ADVANCED_VENUES_CORPS_A
      : certifiedPosition
        ? ADVANCED_VENUES_CERTIFIED
        : ADVANCED_VENUES_CORPS_B;
  return [home, ADVANCED_VENUES_ABROAD];
}

/**
 * Whether advanced training at a kind of venue was allowed, and the paragraph that says so (or,
 * when it was not, the paragraph that sets the servant's venues).
 */
export function advancedVenueAllowed(
  type: VenueType,
  corps: Corps | null,
  certifiedPosition: boolean,
): { readonly allowed: boolean; readonly rule: AllowedVenues } {
  const [home, abroad] = advancedTrainingVenues(corps, certifiedPosition) as [AllowedVenues, AllowedVenues];
  if (home.venues.includes(type)) return { allowed: true, rule: home };
  if (abroad.venues.includes(type)) return { allowed: true, rule: abroad };
  return { allowed: false, rule: home };
}

const WORDS = Object.fromEntries(
  Object.entries(VENUE_WORDS).map(([kind, words]) => [kind, words.map(normalizeWord)]),
) as unknown as { readonly [K in keyof typeof VENUE_WORDS]: readonly string[] }; // fromEntries loses the keys

const has = (text: string, words: readonly string[]) => words.some((word) => text.includes(word));

/**
 * The kind of venue a training log names, from kk/ru/en words ("Академия государственного
 * управления", "Өңірлік орталық", "Ведомственный учебный центр", "Стажировка за рубежом"); null
 * when the words say nothing we can rely on — the caller reports it, never guesses.
 *
 * @example
 * classifyVenue("Филиал Академии по г. Шымкент") //=> "regionalCentre"
 * classifyVenue("Онлайн")                       //=> null
 */
export function classifyVenue(text: string): VenueType | null {
  let type = CLASSIFIED.get(text);
  if (type === undefined) {
    type = classify(normalizeWord(text));
    if (CLASSIFIED.size >= 4096) CLASSIFIED.clear();
    CLASSIFIED.set(text, type);
  }
  return type;
}

/** A log names the same few venues on thousands of rows: remember each spelling's kind. */
const CLASSIFIED = new Map<string, VenueType | null>();

function classify(words: string): VenueType | null {
  if (has(words, WORDS.undecided)) return null;
  if (has(words, WORDS.abroad)) return "abroad";
  const theAcademy =
    WORDS.academyAlone.includes(words) || (has(words, WORDS.academy) && has(words, WORDS.academyQualifiers));
  if (has(words, WORDS.regional) || (theAcademy && has(words, WORDS.branch))) return "regionalCentre";
  if (theAcademy) return "academy";
  if (has(words, WORDS.departmental)) return "departmental";
  return null;
}

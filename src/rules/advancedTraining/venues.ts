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
const hasToken = (tokens: readonly string[], words: readonly string[]) => tokens.some((token) => words.includes(token));
const startsWithAny = (token: string, stems: readonly string[]) => stems.some((stem) => token.startsWith(stem));

/**
 * The kind of venue a training log names, from kk/ru/en words ("Академия государственного
 * управления", "Филиал Академии по г. Алматы", "Өңірлік орталық", "Учебный центр Министерства
 * финансов", "Стажировка за рубежом"); null when the words say nothing we can rely on — the caller
 * reports it, never guesses. The words and the order they are read in: VENUE_WORDS (Rules §13,
 * §18, §22).
 *
 * @example
 * classifyVenue("Филиал Академии по г. Шымкент")  //=> "regionalCentre"
 * classifyVenue("Региональный учебный центр МВД") //=> "departmental"
 * classifyVenue("Онлайн")                        //=> null
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
  const tokens = words.split(" ");
  if (has(words, WORDS.undecided)) return null;
  if (has(words, WORDS.abroad)) return "abroad";
  if (namesTheAcademy(words, tokens)) {
    return has(words, WORDS.branch) || has(words, WORDS.regional) ? "regionalCentre" : "academy";
  }
  if (namesABody(words, tokens)) return "departmental";
  if (has(words, WORDS.regional)) return "regionalCentre";
  if (has(words, WORDS.otherAcademy)) return "departmental";
  return null;
}

/** The Academy of Public Administration: by its full name, its abbreviation, or a bare "Академия". */
function namesTheAcademy(words: string, tokens: readonly string[]): boolean {
  if (has(words, WORDS.academy) && has(words, WORDS.academyQualifiers)) return true;
  if (
    hasToken(tokens, WORDS.academyAbbreviationTokens) &&
    !hasToken(tokens, WORDS.namedAfterTokens) &&
    !namesABody(words, tokens) // "АГУ (Актюбинский государственный университет)"
  )
    return true;
  // "Академия" alone: once the place and branch words are set aside, one academy word is left.
  const rest = tokens.filter((token, i) => !onlySaysWhere(token, tokens[i - 1], tokens[i + 1]));
  return rest.length === 1 && WORDS.academyTokens.includes(rest[0] as string);
}

/**
 * A word that only says where the venue is, that it is a branch, or what the course was ("по", "г",
 * "Алматы", "филиалы", "курсы").
 */
function onlySaysWhere(token: string, before: string | undefined, after: string | undefined): boolean {
  if (WORDS.academyTokens.includes(token)) return false;
  return (
    WORDS.placeTokens.includes(token) ||
    WORDS.courseTokens.includes(token) ||
    startsWithAny(token, WORDS.branch) ||
    startsWithAny(token, WORDS.placeStems) ||
    (before !== undefined && WORDS.cityMarkerTokens.includes(before)) ||
    (after !== undefined && WORDS.regionMarkerTokens.includes(after))
  );
}

/** A ministry, agency, committee or other body, or an organisation of one (not the civil-service agency). */
function namesABody(words: string, tokens: readonly string[]): boolean {
  return (
    has(words, WORDS.departmental) ||
    hasToken(tokens, WORDS.departmentalTokens) ||
    (has(words, WORDS.agency) && !has(words, WORDS.civilServiceAffairs))
  );
}

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
 * Words (compared after `normalizeWord`, so case, Kazakh letters and punctuation do not matter)
 * that name each kind of venue in a training log: Rules §13 (retraining at the Academy or at a
 * regional centre), §18 (the Academy), §22 (the Academy, regional centres, departmental and other
 * organisations). classifyVenue reads them in this order, and the first that answers decides:
 * 1. the Regional Hub is no venue by itself: unknown;
 * 2. abroad only from words about the place ("за рубежом", "шетелде"), never from "международный"
 *    or "зарубежные преподаватели": an international university in Astana is not abroad;
 * 3. the Academy of Public Administration by name — "академия" with "государственного управления" /
 *    "госуправления" / "мемлекеттік басқару" / "при Президенте"; its abbreviation "АГУ" (not
 *    "АГУ им. …", a university named after someone); or "Академия" alone, as registers write it,
 *    once the words that only say where ("по г. Алматы", "Алматы облысы бойынша", "РК"), that it
 *    is a branch, or what the course was ("курсы повышения квалификации в …") are set aside. A
 *    branch of that Academy ("филиал Академии", "Академиясының … филиалы") or its "региональный /
 *    өңірлік" centre is a regional centre: the regional centres are the Academy's branches (§13);
 * 4. departmental: a ministry, agency, committee or department, the internal affairs bodies, a
 *    "ведомственный / ведомстволық" organisation, a "учебный центр / оқу орталығы" (a body's own
 *    centre, even when the body is not named), a university, institute or college. Tried before
 *    "региональный": "Региональный учебный центр МВД" is the ministry's centre, not the Academy's.
 *    The civil-service agency ("Агентство по делам государственной службы") is not counted as such
 *    a body: it runs the civil service, not a branch of it, so its other words decide;
 * 5. a "региональный / өңірлік" centre with no body named: a regional centre;
 * 6. any other academy ("Академия МВД", "Академия правосудия", "Қаржы академиясы"): a departmental
 *    or other organisation (§22), not the Academy of Public Administration;
 * 7. anything else (e.g. "Онлайн-курс"): unknown, reported and never guessed.
 *
 * Lists named "…Tokens" are matched as whole words, "placeStems" and "branch" also as word
 * beginnings when reading a bare "Академия", the others as parts of the text.
 */
export const VENUE_WORDS = {
  /** The Regional Hub funds training (§27) but is not a venue by itself: the officer says where. */
  undecided: ["хаб", "hub"],
  abroad: ["за рубежом", "за границей", "шетелде", "шет елде", "abroad"],
  academy: ["академи", "academy"],
  /** The Academy's word, in the forms a log writes it, when nothing else names which academy. */
  academyTokens: [
    "академия",
    "академии",
    "академию",
    "академией",
    "академиясы",
    "академиясының",
    "академиясында",
    "академиясындағы",
    "академиясына",
    "академиясынан",
    "академияның",
    "академияда",
    "academy",
  ],
  academyQualifiers: [
    "государственного управления",
    "госуправлени",
    "гос управлени",
    "мемлекеттік басқару",
    "public administration",
    "при президенте",
    "президентінің жанындағы",
    "under the president",
  ],
  /** "АГУ" — Академия государственного управления. */
  academyAbbreviationTokens: ["агу"],
  /** "АГУ им. К. Жубанова" is a university named after someone, not the Academy. */
  namedAfterTokens: ["им", "имени", "атындағы", "named"],
  branch: ["филиал", "branch"],
  /** Words that only say where or whose (the country), set aside when reading a bare "Академия". */
  placeTokens: [
    "по",
    "в",
    "во",
    "г",
    "гор",
    "город",
    "города",
    "городу",
    "городе",
    "обл",
    "область",
    "области",
    "облысы",
    "облысының",
    "облысындағы",
    "қаласы",
    "қаласының",
    "қаласындағы",
    "бойынша",
    "рк",
    "қр",
    "республики",
    "республика",
    "казахстан",
    "қазақстан",
    "республикасы",
    "республикасының",
    "of",
    "the",
    "in",
    "for",
    "city",
    "region",
    "oblast",
    "republic",
    "kazakhstan",
  ],
  /** Words about the course, not the venue ("Курсы повышения квалификации в Академии"): set aside too. */
  courseTokens: [
    "курс",
    "курсы",
    "курсах",
    "повышения",
    "квалификации",
    "переподготовка",
    "переподготовки",
    "обучение",
    "семинар",
    "біліктілікті",
    "арттыру",
    "қайта",
    "даярлау",
    "курстары",
    "course",
    "courses",
    "training",
    "at",
  ],
  /** After these comes a city's name ("г. Сатпаев"); before those, a region's ("… области"). */
  cityMarkerTokens: ["г", "гор", "город", "города", "городу", "городе"],
  regionMarkerTokens: [
    "обл",
    "область",
    "области",
    "облысы",
    "облысының",
    "облысындағы",
    "қаласы",
    "қаласының",
    "қаласындағы",
    "region",
    "oblast",
    "city",
  ],
  /** The cities and regions where the Academy has branches (word beginnings, ru/kk/en). */
  placeStems: [
    "астан",
    "нурсултан",
    "нұрсұлтан",
    "алмат",
    "шымкент",
    "абай",
    "акмол",
    "ақмол",
    "кокшета",
    "көкшета",
    "актоб",
    "ақтөб",
    "актюб",
    "атыра",
    "восточноказахстан",
    "шығыс",
    "оскемен",
    "өскемен",
    "устькаменогор",
    "семей",
    "жамбыл",
    "тараз",
    "жетісу",
    "жетысу",
    "талдыкорган",
    "талдықорған",
    "западноказахстан",
    "батыс",
    "уральск",
    "орал",
    "караганд",
    "қарағанд",
    "костана",
    "қостана",
    "кызылорд",
    "қызылорд",
    "мангист",
    "маңғыст",
    "актау",
    "ақтау",
    "павлодар",
    "североказахстан",
    "солтүстік",
    "петропавл",
    "туркестан",
    "түркістан",
    "ұлытау",
    "улытау",
    "жезказган",
    "жезқазған",
    "конаев",
    "қонаев",
    "қазақстан",
    "казахстан",
    "almaty",
    "astana",
    "shymkent",
    "karagand",
    "aktobe",
    "aktau",
    "atyrau",
    "pavlodar",
    "kostanay",
    "kyzylorda",
    "taraz",
    "oral",
    "uralsk",
    "semey",
    "oskemen",
    "kokshetau",
    "petropavl",
    "turkistan",
    "taldykorgan",
    "konaev",
    "zhezkazgan",
  ],
  regional: ["региональн", "өңірлік", "regional"],
  /** An agency is a state body: its organisations are departmental (§22)… */
  agency: ["агентств", "агенттіг", "agency"],
  /**
   * …except the civil-service agency ("Агентство РК по делам государственной службы", "Мемлекеттік
   * қызмет істері агенттігі"), after which the Academy's regional centres were once named.
   */
  civilServiceAffairs: [
    "по делам государственной службы",
    "по делам госслужбы",
    "мемлекеттік қызмет істері",
    "civil service affairs",
  ],
  departmental: [
    "министерств",
    "министрлі",
    "ministry",
    "комитет",
    "committee",
    "департамент",
    "department",
    "прокуратур",
    "внутренних дел",
    "ішкі істер",
    "ведомствен",
    "ведомстволық",
    "минфин",
    "минюст",
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
  /** Abbreviated bodies: МВД / ІІМ, МЧС / ТЖМ, КНБ / ҰҚК, МФ, МЮ, МИД, КГД, АФМ. */
  departmentalTokens: ["мвд", "іім", "мчс", "тжм", "кнб", "ұқк", "мф", "мю", "мид", "кгд", "афм"],
  /** Any other academy is a departmental or other organisation (§22). */
  otherAcademy: ["академи", "academy"],
} as const;

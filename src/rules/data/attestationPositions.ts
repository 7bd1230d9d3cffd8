/**
 * Attestation Rules, Appendix 1: «Кезектен тыс аттестаттауға жататын Қазақстан Республикасы ішкі
 * істер органдары лауазымдарының ТІЗБЕСІ» — the positions whose holders are subject to the
 * extraordinary attestation (Rules §1 second paragraph, §2), in two parts: part 1 for the central
 * attestation commission (items 1–12), part 2 for the regional ones (items 1–17). Seed
 * `003_f3051a77cf46666b.txt`, after §23.
 *
 * Each item carries its Kazakh text verbatim and the posts it names, as features the matcher
 * (rules/attestation/positionList.ts) looks for in a position written in Kazakh or Russian: who
 * holds the post (the head, or a deputy), the unit headed (directorate, division, section,
 * regiment …, of what kind), the body it belongs to (a police department, the penal system …) and,
 * where the item says so, the unit it sits in. The words that identify each feature, in both
 * languages, are in POSITION_WORDS below: add a spelling there, nowhere else.
 */
import type { AppendixRef, Paragraph } from "./rules";

/** Appendix 1's two parts: part 1 is examined by the central commission, part 2 by the regional ones. */
export type AppendixPart = 1 | 2;
export type CommissionKind = "central" | "regional";

/** Decree No. 490 §2 and Appendix 1's headings: which commission examines each part. */
export const PART_COMMISSION: Readonly<Record<AppendixPart, CommissionKind>> = { 1: "central", 2: "regional" };

/** Who holds the post: the head (начальник, командир, бастығы, командирі) or a deputy (first deputies included). */
export type PostHolder = "head" | "deputy";

/** The unit a post heads, as the position names it. */
export type UnitType =
  | "department"
  | "committee"
  | "directorate"
  | "division"
  | "section"
  | "regiment"
  | "battalion"
  | "company"
  /** «жедел ден қою арнайы жасағы», СОБР */
  | "sobr"
  /** «арнайы мақсаттағы бөлімше», подразделение специального назначения, СпН */
  | "spn"
  | "institution"
  | "representation"
  | "centre"
  | "base"
  | "service"
  /** «подразделение» named as such */
  | "unit";

/**
 * What kind of unit it is: a police department (ДП), a penal-system department (ДУИС) or committee
 * (КУИС), the committees of administrative police and migration, a territorial police directorate
 * (УП) or department (ОП), their linear (transport) counterparts (ЛУП, ЛОП, linear sections), a
 * probation division, an own-security unit — or `plain`: a unit of an apparatus, named by its work
 * (управление кадров, отдел, бөлім).
 */
export type UnitKind =
  | "dp"
  | "duis"
  | "kuis"
  | "kap"
  | "kms"
  | "up"
  | "lup"
  | "op"
  | "lop"
  | "linear"
  | "probation"
  | "ownSecurity"
  | "plain";

/**
 * The body a post belongs to. `dp`: the police departments of the regions, of the cities of
 * republican significance and of the capital, and the Transport police department; `uis`: the
 * penal system (its committee, territorial departments or institutions); `centres`: the cynological
 * centre, the motor-transport institution and the «Оңтүстік»/«Солтүстік» supply bases.
 */
export type Body = "dp" | "ownSecurity" | "kuis" | "kapKms" | "baikonur" | "duis" | "uis" | "specSecurity" | "centres";

/** One post an item names. A position matches the item when it matches one of its posts. */
export interface PostSpec {
  /** Who holds it; "any" (item 1.1: every command-staff position of the unit). */
  readonly who: readonly PostHolder[] | "any";
  /** The unit headed; "any" for item 1.1. */
  readonly unit: readonly UnitType[] | "any";
  /** The kinds of that unit; any kind when absent. */
  readonly kind?: readonly UnitKind[];
  readonly body: Body;
  /**
   * The body must be named in the position. Without `strict`, a position that names no body at all
   * («заместитель начальника управления») is tried against every body it could belong to.
   */
  readonly strict?: true;
  /** The unit headed sits in one of these kinds (ОП «при УП», a division of a УП); or nothing is named to say where. */
  readonly under?: readonly UnitKind[];
  /** The unit headed is not inside one of these (a *separate* division, «дербес бөлім»). */
  readonly notUnder?: readonly UnitType[];
  /** Nor inside one of these kinds. */
  readonly notUnderKind?: readonly UnitKind[];
  /** A word the position must hold: «подчинённого», «бағынатын» (item 2.5). */
  readonly needs?: "subordinate";
}

export interface AppendixItem {
  readonly part: AppendixPart;
  readonly number: number;
  /** The footnote the item's text ends with: * (the DPs' model structures), ** (the ДУИС' model structure). */
  readonly footnote?: "*" | "**";
  /** The item, verbatim (Kazakh). */
  readonly text: string;
  readonly posts: readonly PostSpec[];
}

const HEAD: readonly PostHolder[] = ["head"];
const DEPUTY: readonly PostHolder[] = ["deputy"];
const HEAD_OR_DEPUTY: readonly PostHolder[] = ["head", "deputy"];
/** Item 1.7's «дербес» (separate) divisions and sections: directly in the apparatus, in no other unit. */
const INSIDE: readonly UnitType[] = ["directorate", "division", "section", "unit"];

/** Appendix 1, both parts, in the order of the text. */
export const APPENDIX_1_ITEMS: readonly AppendixItem[] = [
  {
    part: 1,
    number: 1,
    text: "Өзіндік қауіпсіздік департаментінің, Қылмыстық-атқару жүйесі комитеті өзіндік қауіпсіздік басқармасының, облыстардың, республикалық маңызы бар қалалардың жəне астананың полиция департаменттері, Көліктегі полиция департаменті және аумақтық қылмыстық-атқару жүйесі департаменттері өзіндік қауіпсіздік бөлімшелерінің орта, аға және жоғары басшы құрамының лауазымдары.",
    posts: [{ who: "any", unit: "any", body: "ownSecurity", strict: true }],
  },
  {
    part: 1,
    number: 2,
    text: "Қылмыстық-атқару жүйесі комитетінің басқарма бастықтары, басқарма бастықтарының орынбасарлары, дербес бөлімдерінің бастықтары.",
    posts: [
      { who: HEAD_OR_DEPUTY, unit: ["directorate"], body: "kuis" },
      // «дербес бөлімдерінің» — separate divisions: not inside one of its directorates.
      { who: HEAD, unit: ["division"], kind: ["plain"], body: "kuis", notUnder: ["directorate"] },
    ],
  },
  {
    part: 1,
    number: 3,
    text: "Әкімшілік полиция және Көші-қон қызметі комитеттерінің басқарма бастықтары, басқарма бастықтарының орынбасарлары.",
    posts: [{ who: HEAD_OR_DEPUTY, unit: ["directorate"], body: "kapKms" }],
  },
  {
    part: 1,
    number: 4,
    text: "Облыстардың, республикалық маңызы бар қалалардың жəне астананың полиция департаменттері, Көліктегі полиция департаменті бастықтарының бірінші орынбасарлары мен орынбасарлары.",
    posts: [{ who: DEPUTY, unit: ["department"], kind: ["dp"], body: "dp" }],
  },
  {
    part: 1,
    number: 5,
    text: "Ішкі істер министрлігінің Байқоңыр қаласындағы өкілдігінің бастығы және бастығының орынбасарлары.",
    posts: [{ who: HEAD_OR_DEPUTY, unit: ["representation"], body: "baikonur" }],
  },
  {
    part: 1,
    number: 6,
    text: "Қылмыстық-атқару жүйесінің аумақтық департаменттері бастықтарының орынбасарлары.",
    posts: [{ who: DEPUTY, unit: ["department"], kind: ["duis"], body: "duis" }],
  },
  {
    part: 1,
    number: 7,
    footnote: "*",
    text: "Облыстардың, республикалық маңызы бар қалалардың жəне астананың полиция департаменттері, Көліктегі полиция департаменті аппараттары басқармаларының, дербес бөлімдері мен бөлімшелерінің бастықтары*.",
    posts: [
      { who: HEAD, unit: ["directorate"], kind: ["plain"], body: "dp" },
      // «дербес бөлімдері мен бөлімшелерінің» — separate divisions and sections: directly in the apparatus.
      { who: HEAD, unit: ["division", "section"], kind: ["plain"], body: "dp", notUnder: INSIDE },
    ],
  },
  {
    part: 1,
    number: 8,
    footnote: "**",
    text: "Қылмыстық-атқару жүйесінің аумақтық департаменттері аппараттарының бөлім бастықтары**.",
    posts: [{ who: HEAD, unit: ["division"], kind: ["plain"], body: "duis" }],
  },
  {
    part: 1,
    number: 9,
    text: "Облыстардың, республикалық маңызы бар қалалардың жəне астананың полиция департаменттері полиция басқармалары мен бөлімдерінің, Көліктегі полиция департаментінің желілік полиция басқармалары мен бөлімдерінің бастықтары.",
    posts: [
      { who: HEAD, unit: ["directorate"], kind: ["up", "lup"], body: "dp" },
      { who: HEAD, unit: ["division"], kind: ["lop"], body: "dp" },
      // A police department (ОП) under a police directorate (УП) is item 2.13.
      { who: HEAD, unit: ["division"], kind: ["op"], body: "dp", notUnderKind: ["up", "lup"] },
    ],
  },
  {
    part: 1,
    number: 10,
    text: "Қылмыстық-атқару жүйесі мекемелерінің бастықтары.",
    posts: [{ who: HEAD, unit: ["institution"], kind: ["plain"], body: "uis" }],
  },
  {
    part: 1,
    number: 11,
    text: "Мамандандырылған күзет қызметі басқармасының (Астана қаласы), дипломатиялық өкілдіктерді, үкіметтік мекемелерді күзету жөніндегі, қалалар мен облыстардың мамандандырылған күзет қызметі басқармаларының бастықтары.",
    posts: [{ who: HEAD, unit: ["directorate"], body: "specSecurity" }],
  },
  {
    part: 1,
    number: 12,
    text: 'Кинологиялық орталықтың, автокөлікке қызмет көрсету мекемесінің, "Оңтүстік" және "Солтүстік" әскери және арнайы жабдықтау базаларының бастықтары.',
    posts: [{ who: HEAD, unit: ["centre", "institution", "base"], body: "centres" }],
  },
  {
    part: 2,
    number: 1,
    footnote: "*",
    text: "Облыстардың, республикалық маңызы бар қалалардың жəне астананың полиция департаменттері, Көліктегі полиция департаменті аппараттарының басқармалары бастықтарының орынбасарлары*.",
    posts: [{ who: DEPUTY, unit: ["directorate"], kind: ["plain"], body: "dp" }],
  },
  {
    part: 2,
    number: 2,
    text: "Ішкі істер министрлігінің Байқоңыр қаласындағы өкілдігі бөлімдерінің, бөлімшелерінің бастықтары, бөлімдері бастықтарының орынбасарлары.",
    posts: [
      { who: HEAD_OR_DEPUTY, unit: ["division"], body: "baikonur" },
      { who: HEAD, unit: ["section"], body: "baikonur" },
    ],
  },
  {
    part: 2,
    number: 3,
    text: "Мамандандырылған күзет қызметі басқармасы (Астана қаласы), дипломатиялық өкілдіктерді, үкіметтік мекемелерді күзету жөніндегі, қалалар мен облыстардың мамандандырылған күзет қызметі басқармалары бастықтарының орынбасарлары.",
    posts: [{ who: DEPUTY, unit: ["directorate"], body: "specSecurity" }],
  },
  {
    part: 2,
    number: 4,
    text: 'Кинологиялық орталық, автокөлікке қызмет көрсету мекемесі, "Оңтүстік" және "Солтүстік" әскери және арнайы жабдықтау базалары бастықтарының орынбасарлары.',
    posts: [{ who: DEPUTY, unit: ["centre", "institution", "base"], body: "centres" }],
  },
  {
    part: 2,
    number: 5,
    footnote: "*",
    text: "Облыстардың, республикалық маңызы бар қалалардың жəне астананың полиция департаменттерінің, Көліктегі полиция департаментінің аппараттарына бағынатын бөлімше басқармаларының, бөлімдерінің бастықтары және бастықтарының орынбасарлары*.",
    posts: [{ who: HEAD_OR_DEPUTY, unit: ["directorate", "division"], body: "dp", needs: "subordinate" }],
  },
  {
    part: 2,
    number: 6,
    text: "Облыстардың, республикалық маңызы бар қалалардың жəне астананың полиция департаменттерінің, Көліктегі полиция департаментінің полк, батальон және рота командирлері және командирлерінің орынбасарлары.",
    posts: [{ who: HEAD_OR_DEPUTY, unit: ["regiment", "battalion", "company"], body: "dp" }],
  },
  {
    part: 2,
    number: 7,
    text: "Облыстардың, республикалық маңызы бар қалалардың жəне астананың полиция департаменттерінің жедел ден қою арнайы жасақтарының командирлері және командирлерінің орынбасарлары.",
    posts: [{ who: HEAD_OR_DEPUTY, unit: ["sobr"], body: "dp" }],
  },
  {
    part: 2,
    number: 8,
    text: "Облыстардың, республикалық маңызы бар қалалардың жəне астананың полиция департаменттері арнайы мақсаттағы бөлімшелерінің командирлері және командирлерінің орынбасарлары.",
    posts: [{ who: HEAD_OR_DEPUTY, unit: ["spn"], body: "dp" }],
  },
  {
    part: 2,
    number: 9,
    footnote: "**",
    text: "Аумақтық қылмыстық-атқару жүйесі департаменттері аппараттарының бөлім бастықтарының орынбасарлары, бөлімше бастықтары**.",
    posts: [
      { who: DEPUTY, unit: ["division"], kind: ["plain"], body: "duis" },
      { who: HEAD, unit: ["section"], kind: ["plain"], body: "duis" },
    ],
  },
  {
    part: 2,
    number: 10,
    text: "Облыстардың, республикалық маңызы бар қалалардың жəне астананың полиция департаменттерінің полиция басқармалары мен бөлімдері, Көліктегі полиция департаментінің желілік полиция басқармалары мен бөлімдері бастықтарының орынбасарлары.",
    posts: [
      { who: DEPUTY, unit: ["directorate"], kind: ["up", "lup"], body: "dp" },
      { who: DEPUTY, unit: ["division"], kind: ["op", "lop"], body: "dp" },
    ],
  },
  {
    part: 2,
    number: 11,
    text: "Аумақтық қылмыстық-атқару жүйесі департаменттерінің пробация қызметтері бөлімдерінің бастықтары.",
    posts: [{ who: HEAD, unit: ["division", "service"], kind: ["probation"], body: "uis" }],
  },
  {
    part: 2,
    number: 12,
    text: "Көліктегі полиция департаменті желілік полиция бөлімшелерінің бастықтары.",
    posts: [{ who: HEAD, unit: ["section"], kind: ["linear"], body: "dp" }],
  },
  {
    part: 2,
    number: 13,
    text: "Облыстардың, республикалық маңызы бар қалалардың жəне астананың полиция департаменттері полиция басқармаларының жанындағы полиция бөлімдерінің бастықтары және бастықтарының орынбасарлары.",
    posts: [{ who: HEAD_OR_DEPUTY, unit: ["division"], kind: ["op"], body: "dp", under: ["up"] }],
  },
  {
    part: 2,
    number: 14,
    text: "Қылмыстық-атқару жүйесі мекемелері бастықтарының орынбасарлары.",
    posts: [{ who: DEPUTY, unit: ["institution"], kind: ["plain"], body: "uis" }],
  },
  {
    part: 2,
    number: 15,
    text: "Мамандандырылған күзет қызметі басқармасының (Астана қаласы), дипломатиялық өкілдіктерді, үкіметтік мекемелерді күзету жөніндегі, қалалар мен облыстардың мамандандырылған күзет қызметі басқармаларының бөлім бастықтары.",
    posts: [{ who: HEAD, unit: ["division"], body: "specSecurity" }],
  },
  {
    part: 2,
    number: 16,
    text: "Облыстардың, республикалық маңызы бар қалалардың жəне астананың полиция департаменттері полиция басқармаларының, Көліктегі полиция департаменті желілік полиция басқармаларының бөлім бастықтары.",
    posts: [{ who: HEAD, unit: ["division"], kind: ["plain"], body: "dp", under: ["up", "lup"] }],
  },
  {
    part: 2,
    number: 17,
    text: "Дипломатиялық өкілдіктерді, үкіметтік мекемелерді күзету жөніндегі, қалалар мен облыстардың мамандандырылған күзет қызметі басқармалары батальондарының командирлері және командирлерінің орынбасарлары, рота командирлері.",
    posts: [
      { who: HEAD_OR_DEPUTY, unit: ["battalion"], body: "specSecurity" },
      { who: HEAD, unit: ["company"], body: "specSecurity" },
    ],
  },
];

/** Appendix 1's footnotes, verbatim: the structures the starred items are read against. */
export const APPENDIX_1_FOOTNOTES = {
  "*": "* – Қазақстан Республикасының Ішкі істер министрі бекіткен Қазақстан Республикасы Ішкі істер министрлігі Астана, Алматы, Шымкент қалаларының және облыстардың полиция департаменттерінің, Көліктегі полиция департаментінің үлгілік құрылымдарына сәйкес;",
  "**": "** – Қазақстан Республикасының Ішкі істер министрі бекіткен Қазақстан Республикасы Ішкі істер министрлігінің республикалық маңызы бар қалалар, астана және облыстар бойынша қылмыстық-атқару жүйесі департаменттерінің үлгілік құрылымына сәйкес.",
} as const;

/**
 * Rules §1, second paragraph: the officers holding the positions of Appendix 1 are the categories
 * subject to the extraordinary attestation; §2: «осы Қағидаларға 1-қосымшаға сәйкес лауазымдарды
 * атқаратын қызметкерлер кезектен тыс аттестаттауға жатады» — they are subject to it (the pregnant and
 * those on the leaves of Art. 77 excepted). §2 is the paragraph the position checks cite.
 */
export const ATTESTATION_POSITIONS = {
  appendix: 1,
  paragraph: "§2",
  definition: "§1",
} as const satisfies { appendix: 1; paragraph: Paragraph; definition: Paragraph };

/**
 * The words of a position, as HR units write them in Kazakh and Russian (matched in lower case with
 * Kazakh letters folded to the Russian keyboard's, foldLetters; «ə» read as «ә»). Patterns are
 * regular-expression sources matched as whole words; each list is tried in order, the first to
 * claim a stretch of text keeps it.
 */
export interface UnitWord {
  /** null: a phrase that names no unit of the post («дипломатических представительств» in a guard service's name). */
  readonly unit: UnitType | null;
  readonly kind: UnitKind;
  readonly pattern: string;
}

/** Adjectives before «полиция басқармасы/бөлімі» that make it an apparatus unit, not a territorial УП/ОП. */
const KK_APPARATUS = "(?<!(?:криминалдык|акимшилик|ювеналдык|патрульдик|жергиликти|коши-кон|миграциялык|тергеу) )";
/** Russian «отдел» in its cases, never «отделение» or «отдельный». */
const OTDEL = "отдел(?:а|е|у|ом|ы|ов|ам|ами|ах)?";
/** Kazakh «бөлім» in its forms, never «бөлімше». */
const BOLIM = "болим(?!ше)\\p{L}*";

export const POSITION_WORDS = {
  /** The holder: a deputy word before the head word (ru), or after it (kk). */
  holder: {
    ru: "(?:(первый|1-й)\\s+)?(?:(заместител\\p{L}*|зам\\.?)\\s*)?(начальник\\p{L}*|руководител\\p{L}*|командир(?:а|у|ом)?)",
    /** A Russian deputy with no head word after it («заместитель ДП»). */
    ruDeputyOnly: "(первый\\s+)?(заместител\\p{L}*|зам\\.)",
    kk: "(бастыг\\p{L}*|бастык\\p{L}*|басшыс\\p{L}*|командир(?:и|лер)\\p{L}*)(?:\\s+(биринши\\s+)?(орынбасар\\p{L}*))?",
  },
  units: [
    // Not units of the post: parts of a guard service's or a centre's name.
    { unit: null, kind: "plain", pattern: "дипломатическ\\p{L}* представительств\\p{L}*" },
    { unit: null, kind: "plain", pattern: "дипломатиялык окилдик\\p{L}*" },
    { unit: null, kind: "plain", pattern: "правительственн\\p{L}* учреждени\\p{L}*" },
    { unit: null, kind: "plain", pattern: "укиметтик мекеме\\p{L}*" },
    { unit: "centre", kind: "plain", pattern: "центр\\p{L}* оперативного управления" },
    { unit: "centre", kind: "plain", pattern: "жедел баскару орталыг\\p{L}*" },
    // Departments
    { unit: "department", kind: "duis", pattern: "департамент\\p{L}* уголовно-исполнительной системы" },
    {
      unit: "department",
      kind: "duis",
      pattern: "(?:аумактык )?кылмыстык-аткару жуйеси\\p{L}*(?: аумактык)? департамент\\p{L}*",
    },
    { unit: "department", kind: "duis", pattern: "дуис|кажд" },
    { unit: "department", kind: "ownSecurity", pattern: "департамент\\p{L}* собственной безопасности" },
    { unit: "department", kind: "ownSecurity", pattern: "озиндик кауипсиздик департамент\\p{L}*|дсб" },
    { unit: "department", kind: "dp", pattern: "департамент\\p{L}* полиции|полиция департамент\\p{L}*" },
    { unit: "department", kind: "dp", pattern: "дпт?|пд" },
    { unit: "department", kind: "plain", pattern: "департамент\\p{L}*" },
    // Committees
    { unit: "committee", kind: "kuis", pattern: "комитет\\p{L}* уголовно-исполнительной системы" },
    { unit: "committee", kind: "kuis", pattern: "кылмыстык-аткару жуйеси комитет\\p{L}*|куис|кажк" },
    { unit: "committee", kind: "kap", pattern: "комитет\\p{L}* административной полиции" },
    { unit: "committee", kind: "kap", pattern: "акимшилик полиция комитет\\p{L}*|кап" },
    { unit: "committee", kind: "kms", pattern: "комитет\\p{L}* миграционной службы" },
    { unit: "committee", kind: "kms", pattern: "коши-кон кызмети комитет\\p{L}*|кмс" },
    { unit: "committee", kind: "plain", pattern: "комитет\\p{L}*" },
    // Directorates (управление, басқарма)
    { unit: "directorate", kind: "lup", pattern: "линейн\\p{L}* управлени\\p{L}* полиции" },
    { unit: "directorate", kind: "lup", pattern: "желилик полиция баскарма\\p{L}*|луп" },
    { unit: "directorate", kind: "ownSecurity", pattern: "управлени\\p{L}* собственной безопасности" },
    { unit: "directorate", kind: "ownSecurity", pattern: "озиндик кауипсиздик баскарма\\p{L}*|усб" },
    { unit: "directorate", kind: "up", pattern: "управлени\\p{L}* полиции" },
    { unit: "directorate", kind: "up", pattern: `${KK_APPARATUS}полиция баскарма\\p{L}*` },
    { unit: "directorate", kind: "up", pattern: "уп|руп|гуп|увд|гувд|рувд" },
    { unit: "directorate", kind: "plain", pattern: "управлени\\p{L}*|баскарма\\p{L}*" },
    // Divisions (отдел, бөлім)
    { unit: "division", kind: "lop", pattern: `линейн\\p{L}* ${OTDEL} полиции` },
    { unit: "division", kind: "lop", pattern: `желилик полиция ${BOLIM}|лоп` },
    { unit: "division", kind: "ownSecurity", pattern: `${OTDEL} собственной безопасности` },
    { unit: "division", kind: "ownSecurity", pattern: `озиндик кауипсиздик ${BOLIM}|осб` },
    { unit: "division", kind: "probation", pattern: `${OTDEL} (?:службы )?пробации` },
    { unit: "division", kind: "probation", pattern: `пробация\\p{L}*(?: кызмет\\p{L}*)? ${BOLIM}` },
    { unit: "division", kind: "op", pattern: `${OTDEL} полиции` },
    { unit: "division", kind: "op", pattern: `${KK_APPARATUS}полиция ${BOLIM}` },
    { unit: "division", kind: "op", pattern: "оп|роп|гоп|ровд|говд" },
    { unit: "division", kind: "plain", pattern: `${OTDEL}|${BOLIM}` },
    // Special-purpose units, then sections (отделение, бөлімше)
    {
      unit: "spn",
      kind: "plain",
      pattern:
        "(?:(?:отряд|подразделени)\\p{L}* )?специального назначения|арнайы максаттагы болимше\\p{L}*|(?:отряд\\p{L}* )?спн",
    },
    {
      unit: "section",
      kind: "linear",
      pattern: "линейн\\p{L}* отделени\\p{L}* полиции|желилик полиция болимше\\p{L}*",
    },
    { unit: "section", kind: "ownSecurity", pattern: "отделени\\p{L}* собственной безопасности" },
    { unit: "section", kind: "ownSecurity", pattern: "озиндик кауипсиздик болимше\\p{L}*" },
    { unit: "section", kind: "plain", pattern: "отделени\\p{L}*|болимше\\p{L}*" },
    // Formations
    {
      unit: "sobr",
      kind: "plain",
      pattern:
        "(?:отряд\\p{L}* )?собр|(?:специальн\\p{L}* )?отряд\\p{L}* быстрого реагирования|(?:жедел ден кою арнайы )?жаса[кг]\\p{L}*",
    },
    { unit: "regiment", kind: "plain", pattern: "полк(?!овн)\\p{L}*" },
    { unit: "battalion", kind: "plain", pattern: "батальон\\p{L}*" },
    { unit: "company", kind: "plain", pattern: "рот(?!аци)\\p{L}*" },
    // Other units
    { unit: "unit", kind: "plain", pattern: "подразделени\\p{L}*" },
    { unit: "institution", kind: "plain", pattern: "учреждени\\p{L}*|мекеме\\p{L}*" },
    { unit: "representation", kind: "plain", pattern: "представительств\\p{L}*|окилдиг\\p{L}*|окилдик\\p{L}*" },
    { unit: "centre", kind: "plain", pattern: "центр(?:а|е|у|ом)?|орталы[кг]\\p{L}*" },
    { unit: "base", kind: "plain", pattern: "баз(?:а|ы|е|у|ой)|база\\p{L}*" },
    { unit: "service", kind: "plain", pattern: "служб\\p{L}*|кызмет(?!кер)\\p{L}*" },
  ] as const satisfies readonly UnitWord[],
  /** Words that name the body or the setting, wherever they stand. */
  context: {
    transport: "на транспорте|коликтеги|дпт",
    ownSecurity: "собственной безопасности|озиндик кауипсиздик",
    uis: "уголовно-исполнительн\\p{L}*|кылмыстык-аткару|уис|[а-я]{2}-\\d+/\\d+",
    baikonur: "байконур\\p{L}*|байконыр\\p{L}*",
    specSecurity:
      "специализированной охран\\p{L}*|мамандандырылган кузет\\p{L}*|охране дипломатических|дипломатиялык окилдиктерди",
    cynological: "кинолог\\p{L}*",
    motorTransport: "автотранспорт\\p{L}*|автоколик\\p{L}*|автомобильн\\p{L}*",
    /** Only together with a base («база»): «Оңтүстік» alone may be a region's old name. */
    supply: "снабжени\\p{L}*|жабдыктау\\p{L}*|онтустик|солтустик|южн\\p{L}*|северн\\p{L}*",
    subordinate: "подчин\\p{L}*|багынатын",
  },
} as const;

/**
 * An item of Appendix 1 as a citation: `App1.1.7` is part 1, item 7.
 *
 * @example
 * appendixRef(2, 13) //=> "App1.2.13"
 */
export function appendixRef(part: AppendixPart, item: number): AppendixRef {
  return `App${ATTESTATION_POSITIONS.appendix}.${part}.${item}`;
}

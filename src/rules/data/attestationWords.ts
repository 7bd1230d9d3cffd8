/**
 * How HR units write the attestation list's coded cells, in Kazakh, Russian and English, matched
 * after `normalizeWord` (lower case, Kazakh-vs-Russian letters folded, spaces collapsed). Add a
 * spelling here, nowhere else.
 */

/** Fitness standards and the computer test (Attestation Rules §4(2), §4(3), §18). */
export const PASS_WORDS = ["сдал", "сдала", "сдано", "зачет", "тапсырды", "өтті", "passed", "pass"] as const;
export const FAIL_WORDS = [
  "не сдал",
  "не сдала",
  "не сдано",
  "незачет",
  "тапсырмады",
  "өтпеді",
  "failed",
  "fail",
] as const;

/** Decree §2: the central commission, or the regional one of an oblast or city. */
export const COMMISSION_WORDS = {
  central: ["центральная", "центральная комиссия", "цак", "орталық", "орталық комиссия", "central"],
  regional: ["региональная", "региональная комиссия", "рак", "өңірлік", "өңірлік комиссия", "regional"],
} as const;

/**
 * Attestation Rules §2: pregnancy, or the leaves of Art. 77 of the Law on law-enforcement service
 * (maternity, adoption and childcare leave). Matched as words inside the cell after normalizeWord,
 * so "декретный отпуск" and "отпуск по уходу за ребенком" both read; a leave that names none of
 * these (an annual leave) is not a ground of §2 and is reported. Art. 77 itself is not a word here:
 * see ARTICLE_77_WORDS.
 */
export const EXEMPTION_WORDS = {
  pregnancy: ["беременност", "жүктілік", "pregnan"],
  leave: [
    "декрет",
    "по уходу за ребенком",
    "по уходу за ребёнком",
    "усыновлен",
    "бала күтімі",
    "баланы күту",
    "maternity",
    "childcare",
    "parental",
    "adoption",
  ],
} as const;

/**
 * Attestation Rules §2: how a cell cites Art. 77 of the Law, which makes it a leave ground. The
 * number counts only as an article reference — a word of `before` then 77 ("ст. 77", "ст.77",
 * "статьи 77", "Art. 77", "Article 77"), or 77 then a word starting with one of `after` ("77-бап",
 * "77 бап", "77-бабы", "77-бабында") — and only standing alone: not inside 177, 1977, 770, 77.5 or
 * another article 77-1. Bare digits ("отпуск 77 дней", "приказ № 477") cite nothing and are
 * reported. Matched whole-word, in lower case with Kazakh letters folded, punctuation kept.
 */
export const ARTICLE_77_WORDS = {
  before: ["статья", "статьи", "статье", "статьей", "статьёй", "статью", "стат", "ст", "article", "art"],
  after: ["бап", "бабы"],
} as const;

/** What officers write in an exemption cell that means "none" (read as blank, not as a problem). */
export const NO_EXEMPTION_WORDS = ["нет", "жоқ", "жок", "no", "none", "-", "—", "–"] as const;

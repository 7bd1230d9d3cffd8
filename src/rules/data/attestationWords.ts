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
 * so "отпуск (ст. 77)", "декретный отпуск" and "отпуск по уходу за ребенком" all read; a leave that
 * names none of these (an annual leave) is not a ground of §2 and is reported.
 */
export const EXEMPTION_WORDS = {
  pregnancy: ["беременност", "жүктілік", "pregnan"],
  leave: [
    "77",
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

/** What officers write in an exemption cell that means "none" (read as blank, not as a problem). */
export const NO_EXEMPTION_WORDS = ["нет", "жоқ", "жок", "no", "none", "-", "—", "–"] as const;

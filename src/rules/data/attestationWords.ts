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
 * Attestation Rules §2: pregnancy, or the leaves of Art. 77 of the Law on law-enforcement service.
 * Matched as the start of the cell, so "отпуск (ст. 77)" and "отпуск по уходу за ребенком" both read.
 */
export const EXEMPTION_WORDS = {
  pregnancy: ["беременность", "жүктілік", "pregnancy", "pregnant"],
  leave: ["отпуск", "демалыс", "leave", "ст. 77", "77-бап", "art. 77"],
} as const;

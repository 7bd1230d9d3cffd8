import { parseDateText } from "../dates/toSerial";
import { formatSerial, type Serial } from "../dates/excelSerial";
import type { RuleError } from "../errors";

/** What an officer's list of extra non-working days reads as: the days, and each word that is not one. */
export interface ExtraDaysOff {
  /** The days, sorted, each once. */
  readonly days: readonly Serial[];
  /** Each piece of the text that is not a date, with why. */
  readonly problems: readonly { readonly text: string; readonly error: RuleError }[];
}

/*
 * The government moves days off every year by decree (a Saturday becomes a working day, a bridge
 * Monday a day off), after the holiday table was generated; officers add those days themselves. They
 * paste them from the decree in any of the forms of parseDateText, separated by commas, semicolons,
 * spaces or new lines.
 */
const SEPARATORS = /[\s,;]+/u;

/**
 * Reads a list of extra non-working days as typed in Settings.
 *
 * @example
 * parseExtraDaysOff("02.01.2026, 2026-03-23")
 * //=> { days: [46024, 46104], problems: [] }
 * parseExtraDaysOff("02.01.2026 31.02.2026").problems[0]?.text
 * //=> "31.02.2026"
 */
export function parseExtraDaysOff(text: string): ExtraDaysOff {
  const days = new Set<Serial>();
  const problems: { text: string; error: RuleError }[] = [];
  for (const word of text.split(SEPARATORS)) {
    if (word === "") continue;
    const day = parseDateText(word);
    if (day.ok) days.add(day.value);
    else problems.push({ text: word, error: day.error });
  }
  return { days: [...days].sort((a, b) => a - b), problems };
}

/**
 * The stored form of the list (what Settings saves in the workbook): dd.mm.yyyy, one per line,
 * which parseExtraDaysOff reads back to the same days.
 *
 * @example
 * formatExtraDaysOff([46024, 46104]) //=> "02.01.2026\n23.03.2026"
 */
export function formatExtraDaysOff(days: readonly Serial[]): string {
  return days.map(formatSerial).join("\n");
}

import { langOfLocale, type Lang } from "../../rules";

let cached: Lang | null = null;

/**
 * The default language of text results: Office's display language when it is Kazakh or Russian,
 * else English. Read once; a bare runtime without `Office.context` gets English until Office is
 * ready.
 */
export function officeLanguage(): Lang {
  if (cached) return cached;
  const office = (globalThis as { Office?: { context?: { displayLanguage?: string } } }).Office;
  const tag = office?.context?.displayLanguage;
  if (typeof tag !== "string") return "en";
  cached = langOfLocale(tag);
  return cached;
}

/** Tests reset the cached language between cases. */
export function resetOfficeLanguage(): void {
  cached = null;
}

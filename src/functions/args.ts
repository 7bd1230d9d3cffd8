/**
 * The one argument pipeline of the custom functions: every argument is coerced, defaulted and
 * checked here before any rule runs. A bad argument throws `ArgumentError`, which `invoke` turns
 * into Excel's #VALUE! with a message that names the argument and the value.
 */
import {
  calendarChanges,
  formatSerial,
  isBlank,
  LANGS,
  normalizeCorps,
  parseHours,
  parseInteger,
  parseNumber,
  parsePassFail,
  parseYesNo,
  toSerial,
  type Corps,
  type Lang,
  type Outcome,
  type RuleError,
  type Serial,
} from "../rules";
import { functionHost } from "./host";

export class ArgumentError extends Error {
  constructor(readonly error: RuleError) {
    super(error.code);
    this.name = "ArgumentError";
  }
}

/** Which argument an error of the core is about, when it is not the default one. */
export type ArgOf = Partial<Record<RuleError["code"], string>>;

/** The value of an outcome, or an ArgumentError naming the argument the error is about. */
export function need<T>(outcome: Outcome<T>, arg: string, argOf?: ArgOf): T {
  if (outcome.ok) return outcome.value;
  throw new ArgumentError({ ...outcome.error, arg: argOf?.[outcome.error.code] ?? arg });
}

/** A required date (serial, text date). */
export function date(value: unknown, arg: string): Serial {
  return need(toSerial(value), arg);
}

/** An optional date: blank → null. */
export function optionalDate(value: unknown, arg: string): Serial | null {
  return isBlank(value) ? null : date(value, arg);
}

export function hours(value: unknown, arg: string): number {
  return need(parseHours(value), arg);
}

export function number(value: unknown, arg: string): number {
  return need(parseNumber(value), arg);
}

/** A count: a whole number that is not negative. */
export function count(value: unknown, arg: string): number {
  const read = need(parseInteger(value), arg);
  if (read < 0) throw new ArgumentError({ code: "negative", value, arg });
  return read;
}

export function integer(value: unknown, arg: string): number {
  return need(parseInteger(value), arg);
}

/** A required yes/no. */
export function yesNo(value: unknown, arg: string): boolean {
  return need(parseYesNo(value), arg);
}

/** A yes/no where a blank cell means "no" (officers leave "no" columns empty). */
export function yesNoBlankIsNo(value: unknown, arg: string): boolean {
  return isBlank(value) ? false : yesNo(value, arg);
}

/**
 * A required passed/failed (fitness standards, the attestation test): the words the attestation
 * list reads — сдал/не сдал, тапсырды/тапсырмады, passed/failed — or any yes/no.
 */
export function passFail(value: unknown, arg: string): boolean {
  return need(parsePassFail(value), arg);
}

/** An optional yes/no: blank → null. */
export function optionalYesNo(value: unknown, arg: string): boolean | null {
  return isBlank(value) ? null : yesNo(value, arg);
}

/** A corps that may be blank (null). */
export function optionalCorps(value: unknown, arg: string): Corps | null {
  return need(normalizeCorps(value), arg);
}

/** A corps that must be given. */
export function corps(value: unknown, arg: string): Corps {
  const read = optionalCorps(value, arg);
  if (read === null) throw new ArgumentError({ code: "blank", arg });
  return read;
}

/** kk, ru, en — and "kz", which officers often write for Kazakh. */
const LANG_NAMES: ReadonlyMap<string, Lang> = new Map([...LANGS.map((l) => [l, l] as const), ["kz", "kk"]]);

/** The `lang` argument: kk, ru or en; blank → the host's language (Office's display language). */
export function lang(value: unknown): Lang {
  if (isBlank(value)) return functionHost().language();
  const read = typeof value === "string" ? LANG_NAMES.get(value.trim().toLowerCase()) : undefined;
  if (!read) throw new ArgumentError({ code: "unknownLang", value, arg: "lang" });
  return read;
}

/**
 * The cells of a range argument, row by row (a row or a column of the sheet reads oldest first).
 * Excel passes a single cell or a literal as a 1×1 matrix; a scalar is accepted too.
 */
export function cells(value: unknown): unknown[] {
  if (!Array.isArray(value)) return value === null || value === undefined ? [] : [value];
  const out: unknown[] = [];
  for (const row of value) {
    if (Array.isArray(row)) for (const cell of row) out.push(cell);
    else out.push(row);
  }
  return out;
}

/** A range of extra non-working days; blanks skipped, every other cell must be a date. */
export function holidaySet(value: unknown, arg: string): ReadonlySet<Serial> | undefined {
  if (value === null || value === undefined) return undefined;
  const days = new Set<Serial>();
  for (const cell of cells(value)) if (!isBlank(cell)) days.add(date(cell, arg));
  return days;
}

/**
 * The extra days off (`holidays`) and extra working days (`workDays`, a Saturday the Government made
 * working) of a working-day count, as one calendar change; undefined when neither is given. A day in
 * both ranges is an error naming it: guessing which list was meant would move a deadline.
 */
export function calendar(holidays: unknown, workDays: unknown): ReadonlySet<Serial> | undefined {
  const off = holidaySet(holidays, "holidays");
  const working = holidaySet(workDays, "workDays");
  if (working === undefined) return off;
  const changes = calendarChanges(off ?? [], working);
  if (changes.ok) return changes.value;
  throw new ArgumentError({
    code: "dayOffAndWorking",
    days: changes.both.map(formatSerial).join(", "),
    arg: "workDays",
  });
}

import { isExists } from "date-fns";
import { fail, ok, type Outcome } from "../outcome";
import { dateToSerial, MAX_SERIAL, PHANTOM_LEAP_DAY, serialFromParts, type Serial } from "./excelSerial";

/*
 * Text dates as officers type them: 15.03.2023 (the local form, also d.m.yyyy), 2023-03-15, an
 * optional trailing "г." / "ж." (жыл, год) and stray spaces. Anything else is not a date.
 */
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s*(?:г|ж)\.?)?$/u;
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T00:00(?::00(?:\.0+)?)?(?:Z)?)?$/u;

function fromParts(value: unknown, year: number, month: number, day: number): Outcome<Serial> {
  if (year === 1900 && month === 2 && day === 29) return fail({ code: "phantomLeapDay", value });
  if (!isExists(year, month - 1, day)) return fail({ code: "notADate", value });
  if (year < 1900) return fail({ code: "dateOutOfRange", value });
  return ok(serialFromParts(year, month, day));
}

/**
 * Reads a date text in one of the accepted forms.
 *
 * @example
 * parseDateText("31.08.2024")    //=> { ok: true, value: 45535 }
 * parseDateText("2024-08-31")    //=> { ok: true, value: 45535 }
 * parseDateText("31.02.2024")    //=> { ok: false, error: { code: "notADate", … } }
 */
export function parseDateText(text: string): Outcome<Serial> {
  const trimmed = text.trim();
  const dotted = DOTTED.exec(trimmed);
  if (dotted) return fromParts(text, Number(dotted[3]), Number(dotted[2]), Number(dotted[1]));
  const iso = ISO.exec(trimmed);
  if (iso) return fromParts(text, Number(iso[1]), Number(iso[2]), Number(iso[3]));
  return fail({ code: "notADate", value: text });
}

/**
 * A date cell's value, whatever the host gave: a 1900-system serial, a JS `Date` (exceljs,
 * Apps Script) or a text date. Blank is its own error, so that callers can treat it as "missing".
 *
 * @example
 * toSerial(45535.75)      //=> { ok: true, value: 45535 }   (time of day dropped, as EDATE does)
 * toSerial("15.03.2023")  //=> { ok: true, value: 45000 }
 * toSerial("")            //=> { ok: false, error: { code: "blank" } }
 */
export function toSerial(value: unknown): Outcome<Serial> {
  if (typeof value === "number") {
    const day = Math.floor(value);
    if (!Number.isFinite(day) || day < 1 || day > MAX_SERIAL) return fail({ code: "dateOutOfRange", value });
    if (day === PHANTOM_LEAP_DAY) return fail({ code: "phantomLeapDay", value });
    return ok(day);
  }
  if (typeof value === "string") {
    return value.trim() === "" ? fail({ code: "blank" }) : parseDateText(value);
  }
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return fail({ code: "notADate", value });
    return toSerial(dateToSerial(value));
  }
  if (value === null || value === undefined) return fail({ code: "blank" });
  return fail({ code: "notADate", value });
}

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  dateToSerial,
  formatSerial,
  fromSystem1900,
  MAX_SERIAL,
  parseDateText,
  serialToDate,
  toSerial,
  toSystem1900,
} from "../../src/rules";
import { serial } from "../cases/functionCases";

/** Serials of real days: 1…MAX without the phantom 29.02.1900 (serial 60). */
const realSerial = fc.integer({ min: 1, max: MAX_SERIAL }).filter((s) => s !== 60);
const modernSerial = fc.integer({ min: serial("01.01.1906"), max: serial("31.12.2199") });

describe("Excel 1900 serials (RULES.md §6)", () => {
  it.each([
    [1, "01.01.1900"],
    [59, "28.02.1900"],
    [61, "01.03.1900"],
    [45535, "31.08.2024"],
    [MAX_SERIAL, "31.12.9999"],
  ])("serial %i is %s, both ways", (s, text) => {
    expect(formatSerial(s)).toBe(text);
    expect(parseDateText(text)).toEqual({ ok: true, value: s });
  });

  it("serial 60 is Excel's phantom 29.02.1900, an error both ways", () => {
    expect(serialToDate(60)).toMatchObject({ ok: false, error: { code: "phantomLeapDay" } });
    expect(toSerial(60)).toMatchObject({ ok: false, error: { code: "phantomLeapDay" } });
    expect(toSerial("29.02.1900")).toMatchObject({ ok: false, error: { code: "phantomLeapDay" } });
  });

  it.each([0, -5, MAX_SERIAL + 1, Number.NaN, Infinity])("%s is not a day Excel shows", (s) => {
    expect(toSerial(s)).toMatchObject({ ok: false, error: { code: "dateOutOfRange" } });
  });

  it.each(["31.02.2024", "2024-13-01", "15/03/2023", "15.03.23", "45000", "завтра", "1899-12-31"])(
    "%s is not an accepted date",
    (text) => {
      expect(toSerial(text).ok).toBe(false);
    },
  );

  it.each([
    ["15.03.2023", 45000],
    ["5.3.2023", 44990],
    [" 2023-03-15 ", 45000],
    ["15.03.2023 г.", 45000],
    ["15.03.2023ж.", 45000],
    ["2023-03-15T00:00:00.000Z", 45000],
  ])("reads the text date %j", (text, expected) => {
    expect(toSerial(text)).toEqual({ ok: true, value: expected });
  });

  it("reads JS dates from other hosts, dropping the time of day", () => {
    expect(toSerial(new Date(2023, 2, 15, 23, 59))).toEqual({ ok: true, value: 45000 });
    expect(toSerial(new Date(Number.NaN)).ok).toBe(false);
  });

  it("blank is its own error", () => {
    for (const blank of [null, undefined, "", "   "])
      expect(toSerial(blank)).toMatchObject({ ok: false, error: { code: "blank" } });
  });

  it("property: serial → date → serial is the identity on every real day", () => {
    fc.assert(
      fc.property(realSerial, (s) => {
        const date = serialToDate(s);
        return date.ok && dateToSerial(date.value) === s;
      }),
    );
  });

  it("property: formatting then reading a serial gives it back", () => {
    fc.assert(
      fc.property(
        realSerial,
        (s) =>
          parseDateText(formatSerial(s)).ok &&
          toSerial(formatSerial(s)).ok &&
          (toSerial(formatSerial(s)) as { value: number }).value === s,
      ),
    );
  });

  it("property: the 1904 system is the 1900 system shifted by 1462 days", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2_000_000 }), (s) => toSystem1900(fromSystem1900(s, 1904), 1904) === s),
    );
    expect(toSystem1900(0, 1904)).toBe(serial("01.01.1904"));
    expect(toSystem1900(100, 1900)).toBe(100);
  });
});

describe("EDATE semantics of addMonths (RULES.md §6)", () => {
  it.each([
    ["31.08.2024", 6, "28.02.2025"],
    ["31.08.2023", 6, "29.02.2024"],
    ["29.02.2024", 12, "28.02.2025"],
    ["31.03.2024", -1, "29.02.2024"],
    ["15.01.2022", 36, "15.01.2025"],
    ["28.02.1900", 1, "28.03.1900"],
  ])("%s + %i months = %s", (from, months, to) => {
    expect(addMonths(serial(from), months)).toEqual({ ok: true, value: serial(to) });
  });

  it("property: lands n months on, on the same day clamped to the month's end", () => {
    fc.assert(
      fc.property(modernSerial, fc.integer({ min: -60, max: 60 }), (s, n) => {
        const from = serialToDate(s);
        const to = addMonths(s, n);
        if (!from.ok || !to.ok) return false;
        const result = serialToDate(to.value);
        if (!result.ok) return false;
        const a = from.value;
        const b = result.value;
        const monthsApart = (b.getFullYear() - a.getFullYear()) * 12 + (b.getMonth() - a.getMonth());
        const lastDay = new Date(b.getFullYear(), b.getMonth() + 1, 0).getDate();
        return monthsApart === n && b.getDate() === Math.min(a.getDate(), lastDay);
      }),
    );
  });

  it("property: adding months is monotonic", () => {
    fc.assert(
      fc.property(modernSerial, modernSerial, fc.integer({ min: 0, max: 48 }), (s, t, n) => {
        const [lo, hi] = s <= t ? [s, t] : [t, s];
        const a = addMonths(lo, n);
        const b = addMonths(hi, n);
        return a.ok && b.ok && a.value <= b.value;
      }),
    );
  });

  it("property: addDays across the phantom day counts real days", () => {
    expect(addDays(59, 1)).toEqual({ ok: true, value: 61 });
    fc.assert(
      fc.property(
        modernSerial,
        fc.integer({ min: -400, max: 400 }),
        (s, n) => (addDays(s, n) as { value: number }).value === s + n,
      ),
    );
  });

  it("refuses to leave Excel's dates", () => {
    expect(addMonths(MAX_SERIAL, 1).ok).toBe(false);
    expect(addDays(1, -1).ok).toBe(false);
  });
});

/**
 * src/gas/dates.ts: a Sheets date argument's serial, remembered by zone and instant (a sheet's
 * dates are the same days again and again; formatting each one is what made TRAINING_DUE slow in
 * Code.js), read with an injected formatDate (Apps Script's Utilities.formatDate) when given.
 */
import { describe, expect, it } from "vitest";
import type { FormatDate } from "../../src/adapters/sheets/sheetsWorkbook";
import { fromSheets, sheetsDateSerial, sheetsToday } from "../../src/gas/dates";

const HOURS: Readonly<Record<string, number>> = { UTC: 0, "Etc/GMT-5": 5, "Etc/GMT-6": 6 };

/** Utilities.formatDate's signature for fixed-offset zones, counting its calls. */
function counting(): { formatDate: FormatDate; calls: string[] } {
  const calls: string[] = [];
  const formatDate: FormatDate = (date, timeZone, pattern) => {
    calls.push(timeZone);
    if (pattern !== "yyyy-MM-dd HH:mm:ss") throw new Error(`pattern ${pattern}`);
    const shifted = new Date(date.getTime() + (HOURS[timeZone] ?? NaN) * 3_600_000);
    return shifted.toISOString().replace("T", " ").slice(0, 19);
  };
  return { formatDate, calls };
}

/** 31.08.2024 00:00 in a zone `hours` east of UTC. */
const midnight = (hours: number) => new Date(Date.UTC(2024, 7, 31) - hours * 3_600_000);
const SERIAL = 45535; // 31.08.2024

describe("sheetsDateSerial", () => {
  it("reads the day in the zone with formatDate, once per zone and instant", () => {
    const { formatDate, calls } = counting();
    expect(sheetsDateSerial(midnight(5), "Etc/GMT-5", formatDate)).toBe(SERIAL);
    expect(sheetsDateSerial(midnight(5), "Etc/GMT-5", formatDate)).toBe(SERIAL);
    expect(sheetsDateSerial(new Date(midnight(5).getTime()), "Etc/GMT-5", formatDate)).toBe(SERIAL);
    expect(calls).toEqual(["Etc/GMT-5"]);
    // The same instant in another zone is another day (and another formatting).
    expect(sheetsDateSerial(midnight(5), "UTC", formatDate)).toBe(SERIAL - 1 + 19 / 24);
    expect(sheetsDateSerial(midnight(6), "Etc/GMT-6", formatDate)).toBe(SERIAL);
    expect(calls).toEqual(["Etc/GMT-5", "UTC", "Etc/GMT-6"]);
    expect(sheetsDateSerial(midnight(5), "Etc/GMT-5", formatDate)).toBe(SERIAL);
    expect(calls).toHaveLength(3);
  });

  it("keeps no answer of another formatDate (or of Intl)", () => {
    const first = counting();
    const second = counting();
    expect(sheetsDateSerial(midnight(6), "Etc/GMT-6", first.formatDate)).toBe(SERIAL);
    expect(sheetsDateSerial(midnight(6), "Etc/GMT-6", second.formatDate)).toBe(SERIAL);
    expect(sheetsDateSerial(midnight(6), "Etc/GMT-6")).toBe(SERIAL);
    expect([first.calls.length, second.calls.length]).toEqual([1, 1]);
  });

  it("is bounded: past 32,768 instants of a zone it starts over", () => {
    const { formatDate, calls } = counting();
    const start = Date.UTC(2000, 0, 1);
    for (let i = 0; i < 1 << 15; i++) sheetsDateSerial(new Date(start + i * 60_000), "UTC", formatDate);
    sheetsDateSerial(new Date(start), "UTC", formatDate);
    expect(calls).toHaveLength(1 << 15);
    sheetsDateSerial(new Date(start - 60_000), "UTC", formatDate); // the 32,769th: the memo starts over
    sheetsDateSerial(new Date(start), "UTC", formatDate);
    expect(calls).toHaveLength((1 << 15) + 2);
  });

  it("sheetsToday reads now in the zone, a whole day", () => {
    const { formatDate, calls } = counting();
    const today = sheetsToday("Etc/GMT-5", formatDate);
    expect(Number.isInteger(today)).toBe(true);
    expect(calls).toEqual(["Etc/GMT-5"]);
  });
});

describe("fromSheets", () => {
  const zone = () => ({ timeZone: "Etc/GMT-5" });

  it("turns Dates into serials, in ranges too, without touching the range it was given", () => {
    const range = [[midnight(5), "x"], [3]];
    expect(fromSheets(range, zone)).toEqual([[SERIAL, "x"], [3]]);
    expect(range[0]?.[0]).toBeInstanceOf(Date);
  });

  it("passes a range without dates on as it is, and never asks for the zone", () => {
    const range = [["удовлетворительно"], [4], [""]];
    const never = () => {
      throw new Error("asked for the zone");
    };
    expect(fromSheets(range, never)).toBe(range);
    expect(fromSheets("31.08.2024", never)).toBe("31.08.2024");
    expect(fromSheets(undefined, never)).toBeUndefined();
  });
});

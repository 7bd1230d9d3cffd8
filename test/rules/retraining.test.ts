import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ADVANCED_TRAINING_HOURS,
  advancedTrainingHoursOk,
  deadlineStatus,
  distanceLearningAllowed,
  inThreeMonthGroup,
  retrainingVenue,
  venueByRule,
  DUE_SOON_DAYS,
  parseHours,
  parseNumber,
  parseYesNo,
  reportDeadline,
  RETRAINING_MIN_HOURS,
  retrainingCompleteBy,
  retrainingDeadline,
  retrainingHoursOk,
  retrainingRequired,
  type Corps,
} from "../../src/rules";
import { serial } from "../cases/functionCases";

describe("who is retrained (Rules §3)", () => {
  const table: [Corps, boolean, boolean, boolean, string][] = [
    ["A", true, false, true, "§3(1)"],
    ["B", true, false, true, "§3(1)"],
    ["B", false, true, true, "§3(2)"],
    ["B", true, true, true, "§3(1)"],
    ["A", false, true, false, "§3"],
    ["B", false, false, false, "§3"],
    ["political", true, true, false, "§3"],
  ];
  it.each(table)(
    "corps %s, first entry %s, first leadership %s → %s (%s)",
    (corps, entry, lead, required, paragraph) => {
      expect(retrainingRequired(corps, entry, lead)).toEqual({ required, paragraph });
    },
  );
});

describe("retraining dates, form and volume (Rules §14, §15, §16)", () => {
  it("§14: six months from appointment; §16: three months from the start", () => {
    expect(retrainingDeadline(serial("31.08.2024"))).toEqual({ ok: true, value: serial("28.02.2025") });
    expect(retrainingCompleteBy(serial("30.11.2024"))).toEqual({ ok: true, value: serial("28.02.2025") });
  });

  it("§15: distance learning only on first entry into corps B", () => {
    expect(distanceLearningAllowed("B", true)).toBe(true);
    expect(distanceLearningAllowed("B", false)).toBe(false);
    expect(distanceLearningAllowed("A", true)).toBe(false);
    expect(distanceLearningAllowed(null, true)).toBe(false);
  });

  it("property §16: retraining hours are fine exactly from 120 up", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1000, noNaN: true }),
        (h) => retrainingHoursOk(h) === h >= RETRAINING_MIN_HOURS.hours,
      ),
    );
  });

  it("property §25: advanced training hours are fine exactly within 24–80", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 200, noNaN: true }),
        (h) => advancedTrainingHoursOk(h) === (h >= ADVANCED_TRAINING_HOURS.min && h <= ADVANCED_TRAINING_HOURS.max),
      ),
    );
    expect([23.9, 24, 80, 80.1].map(advancedTrainingHoursOk)).toEqual([false, true, true, false]);
  });
});

describe("numbers and yes/no as typed", () => {
  it.each([
    [120, 120],
    ["120", 120],
    ["120,5", 120.5],
    [" 1 200 ", 1200],
    ["1\u00a0200", 1200],
    [".5", 0.5],
  ])("%j reads as %d", (typed, value) => {
    expect(parseNumber(typed)).toEqual({ ok: true, value });
  });

  it.each(["12a", "1,2,3", "--1", "сто", true])("%j is not a number", (typed) => {
    expect(parseNumber(typed)).toMatchObject({ ok: false, error: { code: "notANumber" } });
  });

  it("hours may not be negative", () => {
    expect(parseHours("-1")).toMatchObject({ ok: false, error: { code: "negative" } });
  });

  it.each([
    [true, true],
    [1, true],
    ["Иә", true],
    ["ия", true],
    ["ДА", true],
    [" yes ", true],
    ["ИСТИНА", true],
    [false, false],
    [0, false],
    ["жоқ", false],
    ["Нет", false],
    ["no", false],
    ["ЛОЖЬ", false],
  ])("%j reads as %s", (typed, value) => {
    expect(parseYesNo(typed)).toEqual({ ok: true, value });
  });

  it.each([2, "может быть", "y e s"])("%j is not yes/no", (typed) => {
    expect(parseYesNo(typed)).toMatchObject({ ok: false, error: { code: "notYesNo" } });
  });
});

describe("deadlines", () => {
  it("§30: the report is due 10 January of the next year", () => {
    expect(reportDeadline(2024)).toEqual({ ok: true, value: serial("10.01.2025") });
    expect(reportDeadline(1899)).toMatchObject({ ok: false, error: { code: "yearOutOfRange" } });
  });

  it("property: status is overdue after the deadline, due soon within the window, else on track", () => {
    fc.assert(
      fc.property(fc.integer({ min: 40000, max: 50000 }), fc.integer({ min: -500, max: 500 }), (deadline, offset) => {
        const status = deadlineStatus(deadline, deadline - offset);
        if (offset < 0) return status === "overdue";
        return status === (offset <= DUE_SOON_DAYS ? "dueSoon" : "onTrack");
      }),
    );
  });
});

describe("the 'due soon' window is the officer's choice", () => {
  it("defaults to DUE_SOON_DAYS and follows a chosen window", () => {
    expect(deadlineStatus(45736, 45736 - 100)).toBe("onTrack");
    expect(deadlineStatus(45736, 45736 - 100, 120)).toBe("dueSoon");
    expect(deadlineStatus(45736, 45736 - 10, 7)).toBe("onTrack");
  });
});

describe("inThreeMonthGroup (Rules §16: who may complete retraining within three months)", () => {
  it.each([
    // corps, first entry, first leadership, in the group
    ["A", true, null, true],
    ["A", true, true, true],
    ["A", false, true, false],
    ["A", null, true, false],
    ["B", false, true, true],
    ["B", true, false, false],
    [null, null, true, true],
    [null, true, null, false],
    ["political", true, true, false],
  ] as const)("corps %s, first entry %s, first leadership %s → %s", (corps, firstEntry, firstLeadership, expected) => {
    expect(inThreeMonthGroup(corps, firstEntry, firstLeadership)).toBe(expected);
  });
});

describe("venueByRule (Rules §13 on a category already read)", () => {
  it.each([
    [null, "A", "academy"],
    [{ venue: "regionalCentre" }, "A", "academy"],
    [{ venue: "regionalCentre" }, "B", "regionalCentre"],
    [{ venue: "academy" }, null, "academy"],
    [null, "B", null],
    [undefined, null, null],
  ] as const)("category %o, corps %s → %s", (category, corps, expected) => {
    expect(venueByRule(category, corps)).toBe(expected);
  });

  it("agrees with retrainingVenue on every category code read from a cell", () => {
    let compared = 0;
    for (const code of ["А-1", "B-1", "С-О-3", "D-4", "Е-2"]) {
      for (const corps of ["A", "B", null] as const) {
        const decided = retrainingVenue(code, corps);
        if (!decided.ok) continue;
        expect(venueByRule(decided.value.category ?? null, corps)).toBe(decided.value.venue);
        compared++;
      }
    }
    expect(compared).toBeGreaterThanOrEqual(10);
  });
});

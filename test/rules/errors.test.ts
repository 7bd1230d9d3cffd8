import { describe, expect, it } from "vitest";
import { formatError, LANGS, type RuleError } from "../../src/rules";

const SAMPLES: RuleError[] = [
  { code: "blank" },
  { code: "notADate", value: "31.02.2024" },
  { code: "phantomLeapDay", value: 60 },
  { code: "dateOutOfRange", value: -1 },
  { code: "notANumber", value: "сто" },
  { code: "negative", value: -4 },
  { code: "notAnInteger", value: 2.5 },
  { code: "notYesNo", value: "может" },
  { code: "notACategory", value: "C 9 9 9" },
  { code: "categoryNotInRules", value: "С-6", category: "C-6" },
  { code: "unknownCorps", value: "X" },
  { code: "politicalNotRetrained", value: "C-1" },
  { code: "unknownRating", value: "норм" },
  { code: "ratingDatesShape", ratings: 3, dates: 2 },
  { code: "ratingDateMissing", value: "неуд", position: 3 },
  { code: "noLastTraining" },
  { code: "unknownLang", value: "de" },
  { code: "yearOutOfRange", value: 1 },
  { code: "outsideHolidayCalendar", value: "01.01.1990", from: 2000, to: 2060 },
  { code: "presentExceedsMembers", present: 10, members: 9 },
  { code: "noMembers" },
  { code: "nobodyPresent" },
  { code: "votesExceedPresent", votes: 8, present: 6 },
  { code: "tieWithoutChair", votes: 3, present: 6 },
  { code: "decisionOutOfRange", value: 6 },
  { code: "cellError", value: "#N/A" },
  { code: "noName" },
  { code: "unknownTrainingType", value: "семинар" },
  { code: "noHeader" },
];

describe("error catalogue", () => {
  it.each(LANGS)("every error has a %s message that names the value it is about", (lang) => {
    for (const error of SAMPLES) {
      const text = formatError({ ...error, arg: "C2" }, lang);
      expect(text.startsWith("C2: "), `${error.code}: ${text}`).toBe(true);
      if ("value" in error) expect(text, error.code).toContain(String(error.value));
      expect(text.length, error.code).toBeGreaterThan(8);
    }
  });

  it("messages differ by language", () => {
    const error: RuleError = { code: "notADate", value: "x" };
    expect(new Set(LANGS.map((lang) => formatError(error, lang))).size).toBe(3);
  });
});

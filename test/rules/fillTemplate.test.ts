import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fillTemplate } from "../../src/rules";

describe("fillTemplate: the one {name} filler", () => {
  it.each([
    ["до {date} ({days} дн.)", { date: "20.03.2025", days: 30 }, "до 20.03.2025 (30 дн.)"],
    ["{a}{a}{b}", { a: "x", b: 0 }, "xx0"],
    // A missing value stays visible: never a sentence with a hole in it.
    ["по {paragraph}", {}, "по {paragraph}"],
    ["{count} из {total}", { count: 3, total: undefined }, "3 из {total}"],
    ["без подстановок", { unused: "x" }, "без подстановок"],
    ["{не слово} {}", { "не слово": "x" }, "{не слово} {}"],
  ])("%s", (template, values, expected) => {
    expect(fillTemplate(template, values)).toBe(expected);
  });

  it("leaves a text without placeholders as it is, and fills every placeholder it has a value for", () => {
    fc.assert(
      fc.property(
        fc.string().filter((t) => !t.includes("{")),
        (text) => fillTemplate(text, { a: "1" }) === text,
      ),
    );
    fc.assert(
      fc.property(fc.array(fc.constantFrom("a", "b", " ", "{a}", "{b}")), (parts) => {
        const out = fillTemplate(parts.join(""), { a: "A", b: "B" });
        return !out.includes("{a}") && !out.includes("{b}");
      }),
    );
  });
});

/** The pure steps behind the Attestation section: spin-button counts and the counters' colours. */
import { describe, expect, it } from "vitest";
import { counterColor, spinCount } from "../../src/taskpane/sections/attestationView";

describe("attestation section steps", () => {
  it("a spin button's entry counts only as a whole, non-negative number", () => {
    expect(spinCount({ value: 3 })).toBe(3);
    expect(spinCount({ value: null, displayValue: "7" })).toBe(7);
    expect(spinCount({ displayValue: "2.5" })).toBeNull();
    expect(spinCount({ displayValue: "-1" })).toBeNull();
  });

  it("only a fault of the list, when found, is shown as danger", () => {
    expect(counterColor("late", 2)).toBe("danger");
    expect(counterColor("late", 0)).toBe("informative");
    expect(counterColor("officers", 5)).toBe("informative");
  });
});

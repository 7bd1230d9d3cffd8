import { describe, expect, it } from "vitest";
import { themeOfBackground } from "../../src/ui/theme";

describe("themeOfBackground (Office's body background → the pane's theme)", () => {
  it.each([
    ["#FFFFFF", "light"], // White and Colorful
    ["#E6E6E6", "light"], // Light Gray
    ["#666666", "dark"], // Dark Gray
    ["#262626", "dark"], // Black
    ["262626", "dark"],
    ["", "light"],
    [undefined, "light"],
    ["red", "light"],
  ])("%j → %s", (color, theme) => {
    expect(themeOfBackground(color)).toBe(theme);
  });
});

/** Light or dark, as the host shows it: the task pane follows Office's theme. */
export type PaneTheme = "light" | "dark";

/**
 * The theme of a background colour, as Office reports its theme (`officeTheme.bodyBackgroundColor`,
 * "#RRGGBB"): dark when its relative luminance (WCAG) is below the midpoint. Anything unreadable is
 * light, Office's default.
 *
 * @example
 * themeOfBackground("#FFFFFF") //=> "light"
 * themeOfBackground("#262626") //=> "dark"
 */
export function themeOfBackground(color: string | undefined): PaneTheme {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/iu.exec(color?.trim() ?? "");
  if (!match) return "light";
  const [r, g, b] = [match[1], match[2], match[3]].map((hex) => {
    const c = parseInt(hex ?? "ff", 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5 ? "dark" : "light";
}

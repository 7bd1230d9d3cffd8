/**
 * A text with its `{name}` placeholders filled in: the one filler of every string catalogue (the
 * pane's, the report's, the Sheets build's, the help page's). A placeholder with no value stays as
 * written, so a missing value shows as `{name}` rather than vanishing from the sentence.
 *
 * @example
 * fillTemplate("до {date} ({days} дн.)", { date: "20.03.2025", days: 30 }) //=> "до 20.03.2025 (30 дн.)"
 * fillTemplate("по {paragraph}", {}) //=> "по {paragraph}"
 */
export function fillTemplate(template: string, values: Readonly<Record<string, string | number | undefined>>): string {
  if (!template.includes("{")) return template;
  return template.replace(/\{(\w+)\}/gu, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
}

/**
 * Text made safe inside XML or HTML, element content or a quoted attribute value: the one escaper
 * of every writer of markup (the generated help page, the Sheets sidebar, the chart parts the
 * .xlsx adapter adds). Officers' organisation names and the Rules' words may hold `<`, `&` or
 * quotes. `&#39;` rather than `&apos;`, since it means the same in XML and in every HTML.
 *
 * @example
 * escapeMarkup('ТОО "Б&Б" <1>') //=> "ТОО &quot;Б&amp;Б&quot; &lt;1&gt;"
 */
export function escapeMarkup(text: string): string {
  return text.replace(
    /[&<>"']/gu,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c,
  );
}

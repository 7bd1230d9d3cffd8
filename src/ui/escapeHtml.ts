/**
 * Text made safe inside HTML text and attribute values (the generated help page, the Sheets
 * sidebar): officers' organisation names and the Rules' words may hold `<`, `&` or quotes.
 *
 * @example
 * escapeHtml('ТОО "Б&Б" <1>') //=> "ТОО &quot;Б&amp;Б&quot; &lt;1&gt;"
 */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/gu,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c,
  );
}

import { fieldLabel, LANGS, LANGUAGE_NAMES, type Lang } from "../rules";
import type { PanelSheet } from "./columns";
import { gasText, type GasKey } from "./strings";
import { escapeMarkup as escape } from "../rules/text/escapeMarkup";

const KIND_KEYS = { register: "kindRegister", log: "kindLog", attestation: "kindAttestation" } as const;

const quote = (text: string, lang: Lang) => (lang === "en" ? `"${text}"` : `«${text}»`);

/** One sheet of the "Columns" part: a picker per field, what was not found, what was not used. */
function sheetHtml(sheet: PanelSheet, index: number, lang: Lang): string {
  const t = (key: GasKey, values?: Record<string, string>) => escape(gasText(key, lang, values));
  const missing = new Set(sheet.missing);
  const where = sheet.headerRow === null ? "" : `, ${t("headerRow", { row: String(sheet.headerRow + 1) })}`;
  const pickers = sheet.fields.map(({ field, col, byHand }, j) => {
    const id = `col-${index}-${j}`;
    // Not found by its header, and not set to "none" by the officer either.
    const notFound = missing.has(field) && col < 0 && !byHand;
    const mark = notFound
      ? ` <span class="missing">(${t("fieldMissing")})</span>`
      : byHand
        ? ` <span class="hand">(${t("fieldByHand")})</span>`
        : "";
    const options = [
      `<option value="-1"${col < 0 ? " selected" : ""}>—</option>`,
      ...sheet.options.map(
        (o) =>
          `<option value="${o.col}"${o.col === col ? " selected" : ""}>${escape(o.header ? `${o.letter}: ${o.header}` : o.letter)}</option>`,
      ),
    ].join("");
    return (
      `<label for="${id}"${notFound ? ' class="missing"' : ""}>${escape(fieldLabel(field, lang))}${mark}</label>` +
      `<select id="${id}" data-sheet="${escape(sheet.sheet)}" data-field="${escape(field)}" data-initial="${col}">${options}</select>`
    );
  });
  const notFound = sheet.missing.length
    ? `<p class="missing" data-missing="${escape(sheet.missing.join(" "))}">${t("missingFields", {
        fields: sheet.missing.map((field) => fieldLabel(field, lang)).join(", "),
      })}</p>`
    : "";
  const unused = sheet.unused.length
    ? `<p class="unused">${t("unusedHeaders", {
        headers: sheet.unused.map((u) => `${u.cell} ${quote(u.header, lang)}`).join(", "),
      })}</p>`
    : "";
  return `<fieldset data-sheet="${escape(sheet.sheet)}" data-kind="${sheet.kind}"><legend>${escape(sheet.sheet)}: ${t(KIND_KEYS[sheet.kind])}${where}</legend>
${notFound}${pickers.join("\n")}
${unused}</fieldset>`;
}

/**
 * The "Columns" part's content (replaced as a whole after a save): every recognised sheet with a
 * picker per field — "—" and each header cell, by column letter and text — the current column
 * (found or saved) selected, the fields not found marked, and the headers no field took listed.
 */
export function columnsHtml(sheets: readonly PanelSheet[], lang: Lang): string {
  if (sheets.length === 0) return `<p>${escape(gasText("noColumns", lang))}</p>`;
  return sheets.map((sheet, i) => sheetHtml(sheet, i, lang)).join("\n");
}

/** The sidebar's whole style sheet, inline: the sidebar loads nothing from anywhere. */
const SIDEBAR_STYLE =
  "body{font:14px Arial,sans-serif;margin:12px}label{display:block;margin-top:10px}input,select{width:100%;box-sizing:border-box;padding:4px}button{margin-top:14px;padding:6px 12px}#status,#columnsStatus{margin-top:12px}h2{font-size:16px;margin:20px 0 4px}fieldset{margin:10px 0;padding:6px 8px;border:1px solid #ccc}legend{font-weight:bold}fieldset label{margin-top:6px;font-size:13px}.missing{color:#a4262c}.hand{color:#555}p.unused,p.missing{font-size:12px;overflow-wrap:anywhere}";

/**
 * The sidebar of "Open Kadr panel": the annual report's options (year, organisation — remembered in
 * the document's properties — and language) and the button, which runs the same job as the menu
 * item through `google.script.run`; then the "Columns" part, where the officer corrects the column
 * each field is read from. "Save columns" sends only the pickers changed since the sidebar showed
 * them (sheet → field → 0-based column, -1 for none); the script lays them over the mapping already
 * saved, so a field not touched keeps its saved column or, unsaved, is still recognised by its
 * header. "Detect again" forgets the saved mapping. Inline script and style only: nothing is loaded
 * from anywhere, and the spreadsheet's text reaches the page only HTML-escaped, never in the script.
 */
export function sidebarHtml(
  lang: Lang,
  year: number,
  organisation: string,
  sheets: readonly PanelSheet[] = [],
  note: string | null = null,
): string {
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><base target="_top">
<style>${SIDEBAR_STYLE}</style></head>
<body>
${reportFormHtml(lang, year, organisation)}
${columnsPartHtml(lang, sheets, note)}
<p><small>${escape(gasText("privacy", lang))}</small></p>
<script>
${sidebarScript(lang)}</script></body></html>`;
}

/** The annual report's part: year, organisation and language, the button and its status line. */
function reportFormHtml(lang: Lang, year: number, organisation: string): string {
  const t = (key: GasKey) => escape(gasText(key, lang));
  const options = LANGS.map(
    (code) => `<option value="${code}"${code === lang ? " selected" : ""}>${escape(LANGUAGE_NAMES[code])}</option>`,
  ).join("");
  return `<label for="year">${t("year")}</label><input id="year" type="number" min="1901" max="9998" value="${year}">
<label for="org">${t("organisation")}</label><input id="org" value="${escape(organisation)}">
<label for="lang">${t("language")}</label><select id="lang">${options}</select>
<button id="build">${t("buildReport")}</button>
<div id="status" role="status" aria-live="polite"></div>`;
}

/** The "Columns" part: its heading and hint, the note if any, the pickers, its buttons and status line. */
function columnsPartHtml(lang: Lang, sheets: readonly PanelSheet[], note: string | null): string {
  const t = (key: GasKey) => escape(gasText(key, lang));
  return `<h2>${t("columns")}</h2>
<p><small>${t("columnsHint")}</small></p>
${note === null ? "" : `<p class="missing" id="columnsNote">${escape(note)}</p>\n`}<div id="columns">
${columnsHtml(sheets, lang)}
</div>
<button id="saveColumns">${t("saveColumns")}</button>
<button id="forgetColumns">${t("forgetColumns")}</button>
<div id="columnsStatus" role="status" aria-live="polite"></div>`;
}

/**
 * The sidebar's inline script: the report button and the two "Columns" buttons, each a
 * `google.script.run` call. Only fixed text in `lang` is put in it (as JSON), never the
 * spreadsheet's.
 */
function sidebarScript(lang: Lang): string {
  return `document.getElementById("build").onclick = function () {
  var status = document.getElementById("status");
  status.textContent = ${JSON.stringify(gasText("building", lang))};
  google.script.run
    .withSuccessHandler(function (result) { status.textContent = result.message; })
    .withFailureHandler(function (error) { status.textContent = error.message; })
    .kadrBuildReportFromPanel({
      year: Number(document.getElementById("year").value),
      organisation: document.getElementById("org").value,
      lang: document.getElementById("lang").value
    });
};
function kadrColumnsCall(status) {
  status.textContent = ${JSON.stringify(gasText("saving", lang))};
  return google.script.run
    .withSuccessHandler(function (result) {
      status.textContent = result.message;
      if (typeof result.columns === "string") document.getElementById("columns").innerHTML = result.columns;
      var note = document.getElementById("columnsNote");
      if (result.ok && note) note.parentNode.removeChild(note);
    })
    .withFailureHandler(function (error) { status.textContent = error.message; });
}
document.getElementById("saveColumns").onclick = function () {
  // Only the pickers the officer changed: the others keep what was found or saved.
  var mapping = {};
  var selects = document.querySelectorAll("#columns select");
  for (var i = 0; i < selects.length; i++) {
    var select = selects[i];
    if (select.value === select.getAttribute("data-initial")) continue;
    var sheet = select.getAttribute("data-sheet");
    if (!Object.prototype.hasOwnProperty.call(mapping, sheet))
      Object.defineProperty(mapping, sheet, { value: {}, enumerable: true, writable: true, configurable: true });
    Object.defineProperty(mapping[sheet], select.getAttribute("data-field"), {
      value: Number(select.value), enumerable: true, writable: true, configurable: true
    });
  }
  kadrColumnsCall(document.getElementById("columnsStatus")).kadrSaveColumnsFromPanel(mapping);
};
document.getElementById("forgetColumns").onclick = function () {
  kadrColumnsCall(document.getElementById("columnsStatus")).kadrForgetColumnsFromPanel();
};
`;
}

import { LANGS, LANGUAGE_NAMES, type Lang } from "../rules";
import { gasText } from "./strings";
import { escapeHtml as escape } from "../ui/escapeHtml";

/**
 * The sidebar of "Open Kadr panel": the annual report's options (year, organisation — remembered in
 * the document's properties — and language) and the button, which runs the same job as the menu
 * item through `google.script.run`. Inline script and style only: nothing is loaded from anywhere.
 */
export function sidebarHtml(lang: Lang, year: number, organisation: string): string {
  const t = (key: Parameters<typeof gasText>[0]) => escape(gasText(key, lang));
  const options = LANGS.map(
    (code) => `<option value="${code}"${code === lang ? " selected" : ""}>${escape(LANGUAGE_NAMES[code])}</option>`,
  ).join("");
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><base target="_top">
<style>body{font:14px Arial,sans-serif;margin:12px}label{display:block;margin-top:10px}input,select{width:100%;box-sizing:border-box;padding:4px}button{margin-top:14px;padding:6px 12px}#status{margin-top:12px}</style></head>
<body>
<label for="year">${t("year")}</label><input id="year" type="number" min="1901" max="9998" value="${year}">
<label for="org">${t("organisation")}</label><input id="org" value="${escape(organisation)}">
<label for="lang">${t("language")}</label><select id="lang">${options}</select>
<button id="build">${t("buildReport")}</button>
<div id="status" role="status" aria-live="polite"></div>
<p><small>${t("privacy")}</small></p>
<script>
document.getElementById("build").onclick = function () {
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
</script></body></html>`;
}

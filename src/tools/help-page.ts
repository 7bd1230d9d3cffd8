/**
 * Build step (`npm run build` runs it after webpack): writes dist/help.html, the help page the task
 * pane's Settings link opens — the section guide in kk/ru/en (src/help/helpText.ts) and every KADR
 * function with its arguments, from the functions.json Excel itself reads. Same origin, no fonts or
 * scripts from anywhere else.
 *
 *   tsx src/tools/help-page.ts [dist]
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { HELP_TEXT } from "../help/helpText";
import { countOf, DUE_SOON_DAYS, fillTemplate, LANGS, LANGUAGE_NAMES, UNITS } from "../rules";
import { escapeMarkup as escape } from "../rules/text/escapeMarkup";

interface FunctionMetadata {
  readonly name: string;
  readonly description?: string;
  readonly parameters?: readonly {
    readonly name: string;
    readonly description?: string;
    readonly optional?: boolean;
  }[];
}

/** The help page's HTML for the given function metadata. */
export function helpPage(functions: readonly FunctionMetadata[]): string {
  const list = functions
    .map((f) => {
      const args = (f.parameters ?? []).map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ");
      const params = (f.parameters ?? [])
        .map((p) => `<li><code>${escape(p.name)}</code> — ${escape(p.description ?? "")}</li>`)
        .join("");
      return `<dt><code>=KADR.${escape(f.name)}(${escape(args)})</code></dt><dd>${escape(f.description ?? "")}<ul>${params}</ul></dd>`;
    })
    .join("\n");
  const sections = LANGS.map((lang) => {
    const text = HELP_TEXT[lang];
    // The Rules' and the product's numbers come from the data modules, not the help text.
    const filled = (body: string) => fillTemplate(body, { dueSoon: countOf(DUE_SOON_DAYS, lang, UNITS.days) });
    const parts = text.sections
      .map(([title, body]) => `<h3>${escape(title)}</h3><p>${escape(filled(body))}</p>`)
      .join("\n");
    return `<section id="${lang}" lang="${lang}"><h2>${escape(text.title)}</h2>${parts}<h3>${escape(text.functions)}</h3></section>`;
  }).join("\n");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Kadr Rules — help</title>
<style>body{font-family:"Segoe UI",system-ui,sans-serif;max-width:48rem;margin:1rem auto;padding:0 1rem;line-height:1.45}
nav a{margin-right:1rem}dt{margin-top:.8rem}dd{margin-left:1rem}code{font-size:.95em}</style></head>
<body><nav>${LANGS.map((lang) => `<a href="#${lang}">${LANGUAGE_NAMES[lang]}</a>`).join("")}</nav>
${sections}
<section id="functions" lang="en"><dl>
${list}
</dl></section></body></html>
`;
}

function run(): void {
  const dist = process.argv[2] ?? join(__dirname, "../../dist");
  const metadata = JSON.parse(readFileSync(join(dist, "functions.json"), "utf8")) as { functions: FunctionMetadata[] };
  const out = join(dist, "help.html");
  writeFileSync(out, helpPage(metadata.functions));
  console.log(`help-page: ${relative(process.cwd(), out)} (${metadata.functions.length} functions)`);
}

if (process.argv[1]?.endsWith("help-page.ts")) run();

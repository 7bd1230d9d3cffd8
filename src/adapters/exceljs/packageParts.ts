/**
 * Small readers and writers of the OOXML package (the zip behind an .xlsx) for the few things
 * exceljs does not model: which part holds which sheet, the relationships of a part, and the raw
 * cached results of formula cells. The parts read here are machine-written XML with a fixed shape,
 * so targeted regular expressions are enough; no general XML parser is needed.
 */
import type JSZip from "jszip";

export const RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const REL_TYPE = {
  drawing: `${RELATIONSHIPS_NS}/drawing`,
  chart: `${RELATIONSHIPS_NS}/chart`,
} as const;

/** Decodes the five predefined entities and numeric character references. */
export function xmlUnescape(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, entity: string) => {
    const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
    if (entity[0] !== "#") return named[entity.toLowerCase()] ?? "";
    const code = entity[1] === "x" || entity[1] === "X" ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
    return String.fromCodePoint(code);
  });
}

/** The attributes of one start tag, e.g. `r="A1" t="e"` → { r: "A1", t: "e" }; prefixed names keep their prefix. */
export function attributes(tagText: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const m of tagText.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    found[m[1] as string] = xmlUnescape(m[2] ?? m[3] ?? "");
  }
  return found;
}

export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
}

/** The relationships part of `partPath` (e.g. xl/worksheets/_rels/sheet1.xml.rels for xl/worksheets/sheet1.xml). */
export function relsPathOf(partPath: string): string {
  const slash = partPath.lastIndexOf("/");
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}

/** Relationships of a part; an absent rels part means none. */
export async function readRels(zip: JSZip, partPath: string): Promise<Relationship[]> {
  const xml = await zip.file(relsPathOf(partPath))?.async("string");
  if (xml === undefined) return [];
  return [...xml.matchAll(/<Relationship\b[^>]*>/g)].map((m) => {
    const a = attributes(m[0]);
    return { id: a.Id ?? "", type: a.Type ?? "", target: a.Target ?? "" };
  });
}

/** A relationship target resolved against the folder of the part that owns it ("../x" and "/x" forms). */
export function resolveTarget(partPath: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = partPath.split("/").slice(0, -1);
  for (const piece of target.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== "." && piece !== "") parts.push(piece);
  }
  return parts.join("/");
}

/**
 * Which part holds each worksheet, by sheetId (exceljs gives a read or written worksheet the
 * sheetId of workbook.xml as its `id`). Chart sheets are included too; callers match by id.
 */
export async function sheetPartsById(zip: JSZip): Promise<Map<number, string>> {
  const parts = new Map<number, string>();
  const workbookXml = await zip.file("xl/workbook.xml")?.async("string");
  if (workbookXml === undefined) return parts;
  const rels = new Map((await readRels(zip, "xl/workbook.xml")).map((rel) => [rel.id, rel.target]));
  for (const m of workbookXml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const a = attributes(m[0]);
    // The relationship attribute is r:id, whatever prefix the producer bound to the namespace.
    const relId = Object.entries(a).find(([name]) => /^[\w.-]+:id$/.test(name))?.[1];
    const target = relId === undefined ? undefined : rels.get(relId);
    const sheetId = Number(a.sheetId);
    if (target !== undefined && Number.isInteger(sheetId)) parts.set(sheetId, resolveTarget("xl/workbook.xml", target));
  }
  return parts;
}

/** A formula's cached result as stored in the sheet XML, when it is not a number. */
export type RawFormulaResult = { readonly error: string } | string | boolean;

/**
 * The cached results of formula cells whose result is an error, text or a boolean (`t="e"`,
 * `t="str"`, `t="b"`), by A1 address. exceljs turns every formula result of a date-formatted cell
 * into a Date, which makes a `#VALUE!` or a text result an Invalid Date and TRUE a date in 1899;
 * this recovers what the file really holds.
 */
export function typedFormulaResults(sheetXml: string): Map<string, RawFormulaResult> {
  const results = new Map<string, RawFormulaResult>();
  for (const m of sheetXml.matchAll(/<c\b([^>]*?\bt="(?:e|str|b)"[^>]*)>([\s\S]*?)<\/c>/g)) {
    const a = attributes(m[1] as string);
    const body = m[2] as string;
    const cached = /<v>([^<]*)<\/v>/.exec(body)?.[1];
    if (a.r === undefined || cached === undefined || !/<f[\s>/]/.test(body)) continue;
    const text = xmlUnescape(cached);
    results.set(a.r, a.t === "e" ? { error: text } : a.t === "b" ? text.trim() !== "0" : text);
  }
  return results;
}

/**
 * What a copy written by exceljs lacks compared with the original package. exceljs re-serialises
 * every sheet from its own model: cells, styles, merges, tables, notes, pictures and sheet
 * backgrounds survive; the parts below do not (checked against exceljs 4.4: it never reads them,
 * or reads a drawing's anchors and keeps only the pictures).
 */
import type JSZip from "jszip";

/** "1 chart", "2 charts". */
function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** How many times `pattern` occurs in the parts whose names match `parts`. */
async function occurrences(zip: JSZip, parts: RegExp, pattern: RegExp): Promise<number> {
  let total = 0;
  for (const file of zip.file(parts)) {
    const xml = await file.async("string");
    total += xml.match(new RegExp(pattern.source, "g"))?.length ?? 0;
  }
  return total;
}

/**
 * Human-readable English list of what the exceljs round trip drops from this package, e.g.
 * `["2 charts", "1 pivot table", "macros (VBA project)"]`; empty when the copy keeps everything
 * the list knows about.
 */
export async function describeLosses(zip: JSZip): Promise<string[]> {
  const lacks: string[] = [];
  const partCount = (pattern: RegExp): number => zip.file(pattern).length;

  const charts = partCount(/^xl\/charts\/chart\d+\.xml$/);
  if (charts > 0) lacks.push(count(charts, "chart", "charts"));
  const chartSheets = partCount(/^xl\/chartsheets\/sheet\d+\.xml$/);
  if (chartSheets > 0) lacks.push(count(chartSheets, "chart sheet", "chart sheets"));
  const pivots = partCount(/^xl\/pivotTables\/pivotTable\d+\.xml$/);
  if (pivots > 0) lacks.push(count(pivots, "pivot table", "pivot tables"));
  // One slicer part can hold several slicers; count the slicers themselves.
  const slicers = await occurrences(zip, /^xl\/slicers\/slicer\d+\.xml$/, /<(?:\w+:)?slicer\s/);
  if (slicers > 0) lacks.push(count(slicers, "slicer", "slicers"));
  const timelines = await occurrences(zip, /^xl\/timelines\/timeline\d+\.xml$/, /<(?:\w+:)?timeline\s/);
  if (timelines > 0) lacks.push(count(timelines, "timeline", "timelines"));

  // Drawing anchors other than pictures and charts: shapes, text boxes, connectors, groups. Form
  // controls also leave a shadow shape (a14:compatExt) in the drawing; they are counted below.
  let shapes = 0;
  for (const file of zip.file(/^xl\/drawings\/drawing\d+\.xml$/)) {
    const xml = await file.async("string");
    for (const anchor of xml.match(/<xdr:(twoCellAnchor|oneCellAnchor|absoluteAnchor)\b[\s\S]*?<\/xdr:\1>/g) ?? []) {
      const hasShape = /<xdr:(?:sp|grpSp|cxnSp)[\s>]/.test(anchor);
      const isPicture = /<xdr:pic[\s>]/.test(anchor) && !hasShape;
      const isGraphicFrame = anchor.includes("<xdr:graphicFrame"); // a chart, slicer or timeline
      if (!isPicture && !isGraphicFrame && !anchor.includes("a14:compatExt")) shapes++;
    }
  }
  if (shapes > 0) lacks.push(count(shapes, "shape or text box", "shapes or text boxes"));

  // Images exceljs keeps are those placed on a sheet (drawing pictures, sheet backgrounds); images
  // used only by headers/footers or charts are dropped with their owners.
  const kept = new Set<string>();
  for (const file of zip.file(/^xl\/(?:drawings\/_rels\/drawing\d+|worksheets\/_rels\/sheet\d+)\.xml\.rels$/)) {
    const xml = await file.async("string");
    for (const m of xml.matchAll(/Target="(?:\.\.\/|\/xl\/)media\/([^"]+)"/g)) kept.add(m[1] as string);
  }
  const lostImages = zip.file(/^xl\/media\/[^/]+$/).filter((f) => !kept.has(f.name.slice("xl/media/".length))).length;
  if (lostImages > 0) lacks.push(count(lostImages, "header, footer or chart image", "header, footer or chart images"));

  const threaded = await occurrences(zip, /^xl\/threadedComments\/[^/]+\.xml$/, /<(?:\w+:)?threadedComment\s/);
  if (threaded > 0) {
    lacks.push(count(threaded, "threaded comment (kept as a plain note)", "threaded comments (kept as plain notes)"));
  }
  const controls = partCount(/^xl\/ctrlProps\/[^/]+\.xml$/);
  if (controls > 0) lacks.push(count(controls, "form control", "form controls"));
  const links = partCount(/^xl\/externalLinks\/externalLink\d+\.xml$/);
  if (links > 0) lacks.push(count(links, "link to another workbook", "links to other workbooks"));
  const macroSheets = partCount(/^xl\/(?:macrosheets|dialogsheets)\/[^/]+\.xml$/);
  if (macroSheets > 0) lacks.push(count(macroSheets, "macro or dialog sheet", "macro or dialog sheets"));
  if (zip.file("xl/vbaProject.bin") !== null) lacks.push("macros (VBA project)");
  return lacks;
}

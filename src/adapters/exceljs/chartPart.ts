/**
 * A DrawingML clustered column chart, injected into a package exceljs has written (exceljs has no
 * chart API). The chart carries its data as literals (c:strLit / c:numLit), so it needs no cells of
 * its own and shows the same figures as the report whatever the sheet holds.
 */
import type JSZip from "jszip";
import type { LayoutChart } from "../../workbook/layout";
import { escapeMarkup as xmlEscape } from "../../rules/text/escapeMarkup";
import { attributes, readRels, REL_TYPE, relsPathOf, RELATIONSHIPS_NS, resolveTarget } from "./packageParts";

const NS = {
  c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  rels: "http://schemas.openxmlformats.org/package/2006/relationships",
};
const CONTENT_TYPE = {
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
};
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
/** Office's default accent colours, one per series. */
const SERIES_COLOURS = ["4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47"];

/** The chart part (xl/charts/chartN.xml). Element order follows the CT_ChartSpace schema. */
export function chartXml(chart: LayoutChart): string {
  const points = (values: readonly string[]): string =>
    `<c:ptCount val="${values.length}"/>` +
    values.map((v, i) => `<c:pt idx="${i}"><c:v>${xmlEscape(v)}</c:v></c:pt>`).join("");
  const categories = chart.categories.map(String);
  const series = chart.series
    .map((s, i) => {
      const colour = SERIES_COLOURS[i % SERIES_COLOURS.length] as string;
      // A missing or non-finite value is left out of the points: Excel shows a gap.
      const values = chart.categories.map((_, j) => s.values[j]);
      const pts = values
        .map((v, j) => (v === undefined || !Number.isFinite(v) ? "" : `<c:pt idx="${j}"><c:v>${v}</c:v></c:pt>`))
        .join("");
      return (
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${xmlEscape(s.name)}</c:v></c:tx>` +
        `<c:spPr><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>` +
        `<c:cat><c:strLit>${points(categories)}</c:strLit></c:cat>` +
        `<c:val><c:numLit><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numLit></c:val>` +
        `</c:ser>`
      );
    })
    .join("");
  const axis = (tag: "catAx" | "valAx", id: number, crossId: number): string =>
    `<c:${tag}><c:axId val="${id}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    (tag === "catAx"
      ? `<c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/>`
      : `<c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="General" sourceLinked="0"/>`) +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="${crossId}"/><c:crosses val="autoZero"/>` +
    (tag === "catAx"
      ? `<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/>`
      : `<c:crossBetween val="between"/>`) +
    `</c:${tag}>`;
  return (
    XML_DECLARATION +
    `<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${RELATIONSHIPS_NS}">` +
    `<c:roundedCorners val="0"/><c:chart>` +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1400" b="1"/></a:pPr>` +
    `<a:r><a:rPr lang="ru-RU" sz="1400" b="1"/><a:t>${xmlEscape(chart.title)}</a:t></a:r></a:p></c:rich></c:tx>` +
    `<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
    series +
    `<c:gapWidth val="150"/><c:axId val="500000001"/><c:axId val="500000002"/></c:barChart>` +
    axis("catAx", 500000001, 500000002) +
    axis("valAx", 500000002, 500000001) +
    `</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

/** The anchor placing a chart over cells (0-based, like the layout), for a drawing part. */
function anchorXml(chart: LayoutChart, shapeId: number, chartRelId: string): string {
  const marker = (tag: "from" | "to", col: number, row: number): string =>
    `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    `<xdr:twoCellAnchor>` +
    marker("from", chart.col, chart.row) +
    marker("to", chart.col + Math.max(1, chart.widthCols), chart.row + Math.max(1, chart.heightRows)) +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${shapeId}" name="${xmlEscape(`Chart ${shapeId}`)}"/>` +
    `<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off xmlns:a="${NS.a}" x="0" y="0"/><a:ext xmlns:a="${NS.a}" cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic xmlns:a="${NS.a}"><a:graphicData uri="${NS.c}">` +
    `<c:chart xmlns:c="${NS.c}" xmlns:r="${RELATIONSHIPS_NS}" r:id="${chartRelId}"/>` +
    `</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

/** The first `prefix{n}suffix` part name not in the package, n from 1. */
function freePartName(zip: JSZip, prefix: string, suffix: string): string {
  for (let n = 1; ; n++) if (zip.file(`${prefix}${n}${suffix}`) === null) return `${prefix}${n}${suffix}`;
}

/** Adds a relationship to a part's rels (creating the rels part) and returns its new Id. */
async function addRelationship(zip: JSZip, partPath: string, type: string, targetPath: string): Promise<string> {
  const existing = await readRels(zip, partPath);
  const taken = new Set(existing.map((rel) => rel.id));
  let n = existing.length + 1;
  while (taken.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const target = relativeTarget(partPath, targetPath);
  const rel = `<Relationship Id="${id}" Type="${type}" Target="${xmlEscape(target)}"/>`;
  const relsPath = relsPathOf(partPath);
  const xml =
    (await zip.file(relsPath)?.async("string")) ??
    `${XML_DECLARATION}<Relationships xmlns="${NS.rels}"></Relationships>`;
  const closing = xml.lastIndexOf("</Relationships>");
  zip.file(
    relsPath,
    closing < 0
      ? xml.replace(/<Relationships\b([^>]*)\/>/, `<Relationships$1>${rel}</Relationships>`)
      : xml.slice(0, closing) + rel + xml.slice(closing),
  );
  return id;
}

/** `to` as a relative target from the folder of `from`, e.g. xl/worksheets/sheet2.xml → ../drawings/drawing1.xml. */
function relativeTarget(from: string, to: string): string {
  const fromDirs = from.split("/").slice(0, -1);
  const toParts = to.split("/");
  let common = 0;
  while (common < fromDirs.length && common < toParts.length - 1 && fromDirs[common] === toParts[common]) common++;
  return [...fromDirs.slice(common).map(() => ".."), ...toParts.slice(common)].join("/");
}

/** Adds an Override to [Content_Types].xml unless the part already has one. */
async function addContentType(zip: JSZip, partPath: string, contentType: string): Promise<void> {
  const xml = await zip.file("[Content_Types].xml")?.async("string");
  if (xml === undefined) throw new Error("The written package has no [Content_Types].xml");
  if (xml.includes(`PartName="/${partPath}"`)) return;
  const closing = xml.lastIndexOf("</Types>");
  zip.file(
    "[Content_Types].xml",
    `${xml.slice(0, closing)}<Override PartName="/${partPath}" ContentType="${contentType}"/>${xml.slice(closing)}`,
  );
}

/**
 * Elements that follow `<drawing>` in CT_Worksheet; the drawing element goes before the first of
 * them present (extLst only as the worksheet's own last child, since cfRule can nest one).
 */
const AFTER_DRAWING = [
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
];

function insertDrawingElement(sheetXml: string, relId: string): string {
  const element = `<drawing xmlns:r="${RELATIONSHIPS_NS}" r:id="${relId}"/>`;
  let at = sheetXml.lastIndexOf("</worksheet>");
  const extLst = sheetXml.lastIndexOf("<extLst");
  if (extLst >= 0 && /^<extLst[\s\S]*<\/extLst>\s*<\/worksheet>\s*$/.test(sheetXml.slice(extLst))) at = extLst;
  for (const name of AFTER_DRAWING) {
    const found = sheetXml.search(new RegExp(`<${name}[\\s/>]`));
    if (found >= 0 && found < at) at = found;
  }
  if (at < 0) throw new Error("The written sheet part has no </worksheet>");
  return sheetXml.slice(0, at) + element + sheetXml.slice(at);
}

/**
 * Writes `chart` into the package for the sheet part `sheetPath`: the chart part, a drawing (or
 * an anchor in the drawing the sheet already has — a sheet may have only one), their
 * relationships, the sheet's `<drawing>` element and the content types.
 */
export async function injectChart(zip: JSZip, sheetPath: string, chart: LayoutChart): Promise<void> {
  const sheetXml = await zip.file(sheetPath)?.async("string");
  if (sheetXml === undefined) throw new Error(`The written package has no part ${sheetPath}`);

  const chartPath = freePartName(zip, "xl/charts/chart", ".xml");
  zip.file(chartPath, chartXml(chart));
  await addContentType(zip, chartPath, CONTENT_TYPE.chart);

  const existing = /<drawing\b[^>]*>/.exec(sheetXml);
  const existingRelId =
    existing === null ? undefined : Object.entries(attributes(existing[0])).find(([n]) => /:id$/.test(n))?.[1];
  const existingRel = (await readRels(zip, sheetPath)).find((rel) => rel.id === existingRelId);
  if (existingRel !== undefined) {
    const drawingPath = resolveTarget(sheetPath, existingRel.target);
    const drawingXml = await zip.file(drawingPath)?.async("string");
    if (drawingXml === undefined) throw new Error(`The written package has no part ${drawingPath}`);
    const chartRelId = await addRelationship(zip, drawingPath, REL_TYPE.chart, chartPath);
    const ids = [...drawingXml.matchAll(/<xdr:cNvPr\b[^>]*\bid="(\d+)"/g)].map((m) => Number(m[1]));
    const closing = drawingXml.lastIndexOf("</xdr:wsDr>");
    zip.file(
      drawingPath,
      drawingXml.slice(0, closing) + anchorXml(chart, Math.max(1, ...ids) + 1, chartRelId) + drawingXml.slice(closing),
    );
    return;
  }

  const drawingPath = freePartName(zip, "xl/drawings/drawing", ".xml");
  const chartRelId = await addRelationship(zip, drawingPath, REL_TYPE.chart, chartPath);
  zip.file(
    drawingPath,
    `${XML_DECLARATION}<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}">${anchorXml(chart, 2, chartRelId)}</xdr:wsDr>`,
  );
  await addContentType(zip, drawingPath, CONTENT_TYPE.drawing);
  const drawingRelId = await addRelationship(zip, sheetPath, REL_TYPE.drawing, drawingPath);
  zip.file(sheetPath, insertDrawingElement(sheetXml, drawingRelId));
}

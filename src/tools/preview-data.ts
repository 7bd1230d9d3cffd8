/**
 * Build step of the browser preview (`npm run build` runs it after webpack): reads
 * assets/sample-staff.xlsx and the attestation list of assets/sample-attestation.xlsx with the
 * exceljs adapter — Node only, so not in the page — and writes their values as
 * dist/sample-workbook.json, which preview.html fetches from its own origin.
 *
 *   tsx src/tools/preview-data.ts [in.xlsx] [out.json] [attestation.xlsx]
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { readWorkbookFile } from "../adapters/exceljs/readXlsx";
import type { PreviewWorkbook } from "../preview/sampleWorkbook";

const ROOT = join(__dirname, "../..");

async function run(): Promise<void> {
  const input = process.argv[2] ?? join(ROOT, "assets/sample-staff.xlsx");
  const output = process.argv[3] ?? join(ROOT, "dist/sample-workbook.json");
  const read = await readWorkbookFile(input);
  // The attestation list rides along as one more sheet, so the Attestation section has data too.
  const attestation = await readWorkbookFile(process.argv[4] ?? join(ROOT, "assets/sample-attestation.xlsx"));
  if (!read.ok || !attestation.ok) {
    console.error(`preview-data: ${!read.ok ? read.message : !attestation.ok ? attestation.message : ""}`);
    process.exit(1);
  }
  // Values only: the reader works from values (dates arrive as serials); number formats would double the file.
  const workbook: PreviewWorkbook = {
    source: relative(ROOT, input),
    dateSystem: read.data.dateSystem,
    sheets: [...read.data.sheets, ...attestation.data.sheets].map((sheet) => ({ name: sheet.name, rows: sheet.rows })),
  };
  mkdirSync(dirname(output), { recursive: true });
  writeFileSync(output, JSON.stringify(workbook));
  const rows = workbook.sheets.map((sheet) => `${sheet.name} ${sheet.rows.length} rows`).join(", ");
  console.log(`preview-data: ${relative(ROOT, output)} (${rows})`);
}

void run();

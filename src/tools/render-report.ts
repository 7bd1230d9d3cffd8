/**
 * `npm run render`: shows the report as an officer would print it. Builds the report of the bundled
 * sample (assets/sample-staff.xlsx, as of 15.01.2026, in Russian) into a workbook of its own,
 * prints it to PDF with LibreOffice (`soffice --headless --convert-to pdf`) and turns the first page
 * into assets/report-preview.png with pdftoppm — the picture in the README.
 * Needs `apt-get install -y libreoffice-calc poppler-utils`.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { readWorkbookFile } from "../adapters/exceljs/readXlsx";
import { addLayoutSheet, saveWorkbook } from "../adapters/exceljs/writeXlsx";
import { makeReport } from "../report/makeReport";
import { serialFromParts } from "../rules/dates/excelSerial";

const ASSETS = join(__dirname, "../../assets");

function need(command: string): void {
  try {
    execFileSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" });
  } catch {
    console.error(`render: ${command} not found; install it with: apt-get install -y libreoffice-calc poppler-utils`);
    process.exit(1);
  }
}

async function run(): Promise<void> {
  need("soffice");
  need("pdftoppm");
  const read = await readWorkbookFile(join(ASSETS, "sample-staff.xlsx"));
  if (!read.ok) throw new Error(read.message);
  const made = makeReport(read.data, { lang: "ru", builtOn: serialFromParts(2026, 1, 15) });
  if (!made.ok) throw new Error("the sample has no staff sheet");
  // The report alone, so that page 1 of the PDF is the report's first page.
  const workbook = new ExcelJS.Workbook();
  addLayoutSheet(workbook, made.layout);
  const dir = mkdtempSync(join(tmpdir(), "kadr-render-"));
  const saved = await saveWorkbook(workbook, made.layout, join(dir, "report.xlsx"));
  if (!saved.ok) throw new Error(saved.message);
  execFileSync("soffice", ["--headless", "--convert-to", "pdf", "--outdir", dir, saved.path], {
    stdio: "ignore",
    timeout: 180_000,
  });
  execFileSync("pdftoppm", [
    "-png",
    "-r",
    "110",
    "-f",
    "1",
    "-l",
    "1",
    "-singlefile",
    join(dir, "report.pdf"),
    join(dir, "page1"),
  ]);
  copyFileSync(join(dir, "page1.png"), join(ASSETS, "report-preview.png"));
  console.log(`render: ${join(dir, "report.pdf")} → assets/report-preview.png`);
}

void run();

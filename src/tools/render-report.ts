/**
 * `npm run render`: shows the report as an officer would print it. Runs `kadr report` on the bundled
 * sample (as of 15.01.2026, in Russian), prints the CLI's output to PDF with LibreOffice
 * (`soffice --headless --convert-to pdf`) and turns the report's first page into
 * assets/report-preview.png with pdftoppm — the picture in the README.
 * Needs `apt-get install -y libreoffice-calc poppler-utils`.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../cli/main";
import { REPORT_STRINGS } from "../report/strings";
import { needPrinting, pageTexts, pageToPng, printToPdf } from "./renderPdf";

const ASSETS = join(__dirname, "../../assets");

async function run(): Promise<void> {
  needPrinting();
  const dir = mkdtempSync(join(tmpdir(), "kadr-render-"));
  const out = join(dir, "sample-staff.report.xlsx");
  // Exactly what the README's first command does, into a temporary folder.
  const code = await main(
    ["report", join(ASSETS, "sample-staff.xlsx"), "--out", out, "--lang", "ru", "--today", "2026-01-15"],
    {
      out: (text) => process.stdout.write(text),
      err: (text) => process.stderr.write(text),
      env: {},
      tty: false,
    },
  );
  if (code !== 0) throw new Error(`kadr report exited ${code}`);
  const pdf = printToPdf(out, dir);
  // The copy prints the officer's sheets first; the report starts on the page with its title.
  const first = pageTexts(pdf).findIndex((text) => text.includes(REPORT_STRINGS.title.ru)) + 1;
  if (first === 0) throw new Error(`no page of ${pdf} has the report's title`);
  pageToPng(pdf, first, join(ASSETS, "report-preview.png"), dir);
  console.log(`render: page ${first} of ${pdf} → assets/report-preview.png`);
}

void run();

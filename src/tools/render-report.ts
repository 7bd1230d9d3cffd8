/**
 * `npm run render`: shows the report as an officer would print it. Runs `kadr report` on the bundled
 * sample (as of 15.01.2026, in Russian), prints the CLI's output to PDF with LibreOffice
 * (`soffice --headless --convert-to pdf`) and turns the report's first page into
 * assets/report-preview.png with pdftoppm — the picture in the README.
 * Needs `apt-get install -y libreoffice-calc poppler-utils`.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../cli/main";
import { REPORT_STRINGS } from "../report/strings";

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
  need("pdftotext");
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
  execFileSync("soffice", ["--headless", "--convert-to", "pdf", "--outdir", dir, out], {
    stdio: "ignore",
    timeout: 300_000,
  });
  const pdf = join(dir, "sample-staff.report.pdf");
  // The copy prints the officer's sheets first; the report starts on the page with its title.
  const pages = Number(/Pages:\s+(\d+)/u.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))?.[1] ?? 0);
  const title = REPORT_STRINGS.title.ru;
  let first = 0;
  for (let page = 1; page <= pages && first === 0; page++) {
    const text = execFileSync("pdftotext", ["-f", String(page), "-l", String(page), pdf, "-"], { encoding: "utf8" });
    if (text.replace(/\s+/gu, " ").includes(title)) first = page;
  }
  if (first === 0) throw new Error(`no page of ${pdf} has the report's title`);
  execFileSync("pdftoppm", [
    "-png",
    "-r",
    "110",
    "-f",
    String(first),
    "-l",
    String(first),
    "-singlefile",
    pdf,
    join(dir, "page"),
  ]);
  copyFileSync(join(dir, "page.png"), join(ASSETS, "report-preview.png"));
  console.log(`render: page ${first} of ${pdf} → assets/report-preview.png`);
}

void run();

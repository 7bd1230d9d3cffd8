/**
 * Printing a workbook as an officer would, for the pictures in the README: LibreOffice turns the
 * .xlsx into a PDF (`soffice --headless --convert-to pdf`), poppler finds a page by its text and
 * turns it into a PNG. Needs `apt-get install -y libreoffice-calc poppler-utils`.
 */
import { execFileSync } from "node:child_process";
import { basename, extname, join } from "node:path";

/** Stops with the apt-get line when a program is missing. */
export function needPrinting(): void {
  for (const command of ["soffice", "pdftoppm", "pdftotext", "pdfinfo"]) {
    try {
      execFileSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" });
    } catch {
      console.error(`render: ${command} not found; install it with: apt-get install -y libreoffice-calc poppler-utils`);
      process.exit(1);
    }
  }
}

/** Prints every sheet of `xlsx` into `<dir>/<name>.pdf` and returns its path. */
export function printToPdf(xlsx: string, dir: string): string {
  execFileSync("soffice", ["--headless", "--convert-to", "pdf", "--outdir", dir, xlsx], {
    stdio: "ignore",
    timeout: 300_000,
  });
  return join(dir, `${basename(xlsx, extname(xlsx))}.pdf`);
}

/** The text of each page of a PDF, spaces collapsed (pdftotext). */
export function pageTexts(pdf: string): string[] {
  const pages = Number(/Pages:\s+(\d+)/u.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))?.[1] ?? 0);
  const texts: string[] = [];
  for (let page = 1; page <= pages; page++) {
    const text = execFileSync("pdftotext", ["-f", String(page), "-l", String(page), pdf, "-"], { encoding: "utf8" });
    texts.push(text.replace(/\s+/gu, " "));
  }
  return texts;
}

/** Renders 1-based `page` of `pdf` as a PNG at `out`. */
export function pageToPng(pdf: string, page: number, out: string, dir: string): void {
  const stem = join(dir, "page");
  execFileSync("pdftoppm", ["-png", "-r", "110", "-f", String(page), "-l", String(page), "-singlefile", pdf, stem]);
  execFileSync("cp", [`${stem}.png`, out]);
}

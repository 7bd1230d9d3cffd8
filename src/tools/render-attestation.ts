/**
 * `npm run render:attestation`: shows the attestation forms as an HR unit would print them. Runs
 * `kadr attestation` on the bundled sample list (in Russian: Kazakh with Russian under it), prints
 * the copy to PDF with LibreOffice and keeps the first Appendix 3 page as
 * assets/attestation-sheet-preview.png — the picture in the README. Also says how many pages the
 * forms sheets printed on, to compare with the number of officers.
 * Needs `apt-get install -y libreoffice-calc poppler-utils`.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../cli/main";
import { APPENDIX_2, APPENDIX_3 } from "../rules";
import { needPrinting, pageTexts, pageToPng, printToPdf } from "./renderPdf";

const ASSETS = join(__dirname, "../../assets");

async function run(): Promise<void> {
  needPrinting();
  const dir = mkdtempSync(join(tmpdir(), "kadr-render-"));
  const out = join(dir, "sample-attestation.forms.xlsx");
  const code = await main(
    ["attestation", join(ASSETS, "sample-attestation.xlsx"), "--out", out, "--lang", "ru", "--today", "2024-12-01"],
    { out: () => undefined, err: (text) => process.stderr.write(text), env: {}, tty: false },
  );
  if (code !== 0) throw new Error(`kadr attestation exited ${code}`);
  const pdf = printToPdf(out, dir);
  const texts = pageTexts(pdf);
  const title = (words: { kk: string }) => words.kk.replace(/\s+/gu, " ");
  const sheets = texts.filter((text) => text.includes(title(APPENDIX_3.title))).length;
  const characteristics = texts.filter((text) => text.includes(title(APPENDIX_2.title))).length;
  const first = texts.findIndex((text) => text.includes(title(APPENDIX_3.title))) + 1;
  if (first === 0) throw new Error(`no page of ${pdf} has the attestation sheet's title`);
  pageToPng(pdf, first, join(ASSETS, "attestation-sheet-preview.png"), dir);
  console.log(
    `render: ${sheets} attestation-sheet pages, ${characteristics} characteristics; page ${first} → assets/attestation-sheet-preview.png`,
  );
}

void run();

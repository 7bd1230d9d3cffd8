/**
 * One measured run for report.bench.ts, in a fresh process so that peak memory is this run's own:
 *   floor <in.xlsx> <out.xlsx>   exceljs alone reads the workbook and writes it back
 *   cli   <in.xlsx> <out.xlsx>   `kadr report` on it
 * Prints {"ms", "maxRssMb"} on stdout.
 */
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";

async function run(): Promise<void> {
  const [mode, input, output] = process.argv.slice(2);
  if (!input || !output) throw new Error("usage: reportOnce floor|cli in.xlsx out.xlsx");
  const start = process.hrtime.bigint();
  if (mode === "floor") {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(input);
    await workbook.xlsx.writeFile(output);
  } else {
    const code = await main(["report", input, "--out", output, "--today", "2026-01-15"], {
      out: () => undefined,
      err: () => undefined,
      env: {},
      tty: false,
    });
    if (code !== 0) throw new Error(`kadr report exited ${code}`);
  }
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  process.stdout.write(JSON.stringify({ ms, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
}

void run();

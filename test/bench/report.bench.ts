/**
 * `npm run bench` (report part): `kadr report` on synthetic staff workbooks of 1,000 / 10,000 /
 * 100,000 employees (register + training log, about 2.5 rows per employee), next to the floor —
 * exceljs alone reading and writing the same workbook. Wall time and peak memory (max RSS) of each,
 * every run in a fresh process. Set KADR_BENCH_SIZES=1000,10000 to skip the largest.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { makeSample } from "../../src/tools/sample";

const sizes = (process.env["KADR_BENCH_SIZES"] ?? "1000,10000,100000").split(",").map(Number);
const dir = mkdtempSync(join(tmpdir(), "kadr-bench-"));

function once(mode: "floor" | "cli", input: string): { ms: number; maxRssMb: number } {
  const out = execFileSync(
    process.execPath,
    ["--import", "tsx", join(__dirname, "reportOnce.ts"), mode, input, join(dir, `${mode}.xlsx`)],
    {
      encoding: "utf8",
      maxBuffer: 1 << 20,
    },
  );
  return JSON.parse(out) as { ms: number; maxRssMb: number };
}

async function run(): Promise<void> {
  console.log("\nkadr report vs the exceljs floor (read + write the same workbook), fresh process each");
  console.log(
    "employees".padStart(10) +
      "file MB".padStart(9) +
      "floor s".padStart(9) +
      "floor MB".padStart(10) +
      "report s".padStart(10) +
      "report MB".padStart(11) +
      "  report/floor",
  );
  for (const employees of sizes) {
    const input = join(dir, `staff-${employees}.xlsx`);
    await makeSample({ employees }).xlsx.writeFile(input);
    const floor = once("floor", input);
    const cli = once("cli", input);
    console.log(
      String(employees.toLocaleString("en")).padStart(10) +
        (statSync(input).size / 2 ** 20).toFixed(1).padStart(9) +
        (floor.ms / 1000).toFixed(2).padStart(9) +
        floor.maxRssMb.toFixed(0).padStart(10) +
        (cli.ms / 1000).toFixed(2).padStart(10) +
        cli.maxRssMb.toFixed(0).padStart(11) +
        `  ×${(cli.ms / floor.ms).toFixed(2)} time, ×${(cli.maxRssMb / floor.maxRssMb).toFixed(2)} memory`,
    );
  }
}

void run();

/**
 * `npm run bench` (reader part): the reader alone — header recognition, every row, coverage — on
 * the sample workbook's grids at 10,000 and 100,000 employees (register + log, ~2.5 rows each),
 * median of 5 runs after a warm-up. Issue #11: reading by meaning must be no slower than the exact
 * synonyms were (measured side by side with the previous commit: see docs/performance.md).
 */
import { readWorkbookBuffer } from "../../src/adapters/exceljs/readXlsx";
import { readStaff } from "../../src/reader/readStaff";
import { makeSample } from "../../src/tools/sample";

const sizes = (process.env["KADR_BENCH_READER_SIZES"] ?? "10000,100000").split(",").map(Number);

async function run(): Promise<void> {
  console.log("\nreadStaff alone (grids already in memory), median of 5");
  console.log("employees".padStart(10) + "rows".padStart(10) + "median ms".padStart(11) + "µs/row".padStart(9));
  for (const employees of sizes) {
    const buffer = Buffer.from(await makeSample({ employees }).xlsx.writeBuffer());
    const read = await readWorkbookBuffer(buffer);
    if (!read.ok) throw new Error(read.message);
    const rows = read.data.sheets.reduce((sum, sheet) => sum + sheet.rows.length, 0);
    readStaff(read.data);
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const start = process.hrtime.bigint();
      readStaff(read.data);
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    const median = [...times].sort((a, b) => a - b)[2] ?? 0;
    console.log(
      employees.toLocaleString("en").padStart(10) +
        rows.toLocaleString("en").padStart(10) +
        median.toFixed(0).padStart(11) +
        ((median * 1000) / rows).toFixed(2).padStart(9),
    );
  }
}

void run();

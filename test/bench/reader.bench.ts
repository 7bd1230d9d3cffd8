/**
 * `npm run bench` (reader part): the reader alone — header recognition, every row, coverage — on
 * the sample workbook's grids at 10,000 and 100,000 employees (register + log, ~2.5 rows each),
 * median of 5 runs after a warm-up. Issue #11: reading by meaning must be no slower than the exact
 * synonyms were (measured side by side with the previous commit: see docs/performance.md).
 * Then the memory the .xlsx adapter takes for a sheet whose last value is in row 1,048,576 (every
 * blank row shares one array; issue #17 moved this bound here from the unit tests).
 */
import ExcelJS from "exceljs";
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

/** Heap growth reading a sheet with values in rows 1, 2 and 1,048,576 only: blank rows share one array. */
async function farRow(): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Далеко");
  sheet.getCell("A1").value = "начало";
  sheet.getCell("B1").value = 1;
  sheet.getCell("A1048576").value = 5;
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  globalThis.gc?.();
  const before = process.memoryUsage().heapUsed;
  const read = await readWorkbookBuffer(buffer);
  if (!read.ok) throw new Error(read.message);
  const after = process.memoryUsage().heapUsed;
  const rows = read.data.sheets[0]?.rows.length ?? 0;
  const mb = (after - before) / (1024 * 1024);
  // A million shared references are ~8 MB; a million small arrays would be several hundred.
  console.log(`\nreading a sheet of ${rows.toLocaleString("en")} rows (3 with values): heap +${mb.toFixed(0)} MB`);
  console.log(`  target: under 150 MB — ${mb < 150 ? "met" : "NOT MET"}`);
}

void run().then(farRow);

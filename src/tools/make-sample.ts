/**
 * `npm run sample [-- out.xlsx [employees]]`: writes the sample staff workbook (default
 * assets/sample-staff.xlsx, 200 employees). The same file every run.
 */
import { join } from "node:path";
import { makeSample } from "./sample";

async function run(): Promise<void> {
  const out = process.argv[2] ?? join(__dirname, "../../assets/sample-staff.xlsx");
  const employees = Number(process.argv[3] ?? 200);
  await makeSample({ employees }).xlsx.writeFile(out);
  console.log(`sample: ${employees} employees → ${out}`);
}

void run();

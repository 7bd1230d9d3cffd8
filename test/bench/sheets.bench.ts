/**
 * `npm run bench`, Google Sheets part: the built dist/gas/Code.js evaluated in this realm with the
 * fake Apps Script services of test/support (what the vm tests use). Prints calls per second of
 * three custom functions with Sheets-shaped arguments (Date objects for date cells, 2-D arrays for
 * ranges) — the per-cell cost added by the Sheets wrapper on top of the shared catalogue — and the
 * time of the menu's annual report over 1,000 and 10,000 employees, with the number of Apps Script
 * calls it made (constant in the number of employees). Numbers only: nothing here asserts a time.
 */
import { readFileSync } from "node:fs";
import { runInNewContext, runInThisContext } from "node:vm";
import { makeSample } from "../../src/tools/sample";
import { dateInZone, fakeSpreadsheet, type FakeSpreadsheet } from "../support/fakeSpreadsheet";

const CALLS = 100_000;
let active: FakeSpreadsheet = fakeSpreadsheet({ Sheet1: [[""]] }, { locale: "ru_RU" });
Object.assign(globalThis, {
  SpreadsheetApp: { getActiveSpreadsheet: () => active, getUi: () => ({}) },
  HtmlService: { createHtmlOutput: () => ({ setTitle: () => ({}) }) },
});
const CODE = readFileSync(new URL("../../dist/gas/Code.js", import.meta.url), "utf8");
runInThisContext(CODE, { filename: "Code.js" });
const gas = globalThis as unknown as Record<string, (...args: unknown[]) => unknown>;

let seed = 20261125;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const day = () =>
  dateInZone(
    "Asia/Almaty",
    2019 + Math.floor(random() * 7),
    1 + Math.floor(random() * 12),
    1 + Math.floor(random() * 28),
  );

function rate(name: string, args: () => unknown[]): string {
  const calls = Array.from({ length: CALLS }, args);
  const fn = gas[name];
  if (!fn) throw new Error(`${name} is not in Code.js`);
  for (const a of calls.slice(0, 5000)) fn(...a); // warm up
  const start = process.hrtime.bigint();
  for (const a of calls) fn(...a);
  const ns = Number(process.hrtime.bigint() - start) / CALLS;
  return `${name.padEnd(18)} ${(1e9 / ns / 1e6).toFixed(2).padStart(6)} M calls/s (${ns.toFixed(0)} ns/call)`;
}

console.log("Google Sheets (dist/gas/Code.js, Sheets-shaped arguments):");
console.log(
  `  ${rate("RETRAINING_VENUE", () => [["С-О-3", "D-O-2", "E-3", "C-R-1"][Math.floor(random() * 4)], "", undefined])}`,
);
console.log(
  `  ${rate("TRAINING_DUE", () => [day(), [["удовлетворительно"], ["неудовлетворительно"], ["эффективно"]], [[day()], [day()], [day()]]])}`,
);
console.log(`  ${rate("WORKDAY_KZ", () => [day(), 1 + Math.floor(random() * 20), undefined])}`);

/**
 * The Spreadsheet service calls of one cell: every custom-function cell is an Apps Script execution
 * of its own, so each is measured on a fresh Code.js (nothing remembered from another cell).
 */
function serviceCalls(name: string, args: unknown[]): number {
  const spreadsheet = fakeSpreadsheet({ Sheet1: [[""]] }, { locale: "ru_RU" });
  let books = 0;
  const context: Record<string, unknown> = {
    Date,
    SpreadsheetApp: { getActiveSpreadsheet: () => (books++, spreadsheet), getUi: () => ({}) },
    HtmlService: { createHtmlOutput: () => ({ setTitle: () => ({}) }) },
  };
  runInNewContext(CODE, context, { filename: "Code.js" });
  try {
    (context[name] as (...args: unknown[]) => unknown)(...args);
  } catch {
    // bad input: its message is part of the cost
  }
  return books + spreadsheet.count();
}
const cells: [string, unknown[]][] = [
  ["ADVANCED_TRAINING_HOURS_OK(24)", ["ADVANCED_TRAINING_HOURS_OK", 24]],
  ['RETRAINING_VENUE(cat,,"ru")', ["RETRAINING_VENUE", "С-О-3", "", "ru"]],
  ["RETRAINING_VENUE(cat)", ["RETRAINING_VENUE", "С-О-3"]],
  ["TRAINING_DUE(date,…)", ["TRAINING_DUE", day(), [["хорошо"]], undefined]],
  ["RETRAINING_HOURS_OK(-1) (error)", ["RETRAINING_HOURS_OK", -1]],
];
console.log(
  `  Spreadsheet service calls of one cell: ${cells
    .map(([label, [name, ...args]]) => `${label} ${serviceCalls(name as string, args)}`)
    .join(", ")}`,
);

/** The sample workbook's values as Sheets hands them over (Dates for date cells). */
function sheetsOf(employees: number): Record<string, unknown[][]> {
  const book = makeSample({ employees });
  const sheets: Record<string, unknown[][]> = {};
  book.eachSheet((sheet) => {
    const rows: unknown[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row) => {
      const values: unknown[] = [];
      for (let c = 1; c <= sheet.columnCount; c++) {
        const value = row.getCell(c).value;
        values.push(
          value instanceof Date
            ? dateInZone("Asia/Almaty", value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate())
            : value === null || value === undefined || typeof value === "object"
              ? ""
              : value,
        );
      }
      rows.push(values);
    });
    sheets[sheet.name] = rows;
  });
  return sheets;
}

for (const employees of [1_000, 3_000]) {
  active = fakeSpreadsheet(sheetsOf(employees), { locale: "ru_RU" });
  const start = process.hrtime.bigint();
  const result = gas["kadrBuildAnnualReport"]?.() as { ok: boolean };
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  console.log(
    `  annual report, ${employees.toLocaleString("en")} employees: ${ms.toFixed(0)} ms in the script (fake services), ${active.count()} Apps Script calls, ok=${result.ok}`,
  );
}

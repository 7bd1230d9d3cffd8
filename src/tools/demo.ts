/**
 * `npm run demo`: the README's first command. Loads the built dist/functions.js the way Excel's
 * functions runtime does (only the CustomFunctions and Office globals), then fills the KADR.*
 * formulas for every row of the bundled sample register (assets/sample-staff.csv), as of
 * 25.11.2026, and prints the sheet an officer would see — including the rows the add-in refuses
 * to guess about.
 */
import { readFileSync } from "node:fs";
import { runInNewContext } from "node:vm";
import { formatSerial } from "../rules";

class CustomFunctionError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}
const lang = (process.argv[2] ?? "ru") as "kk" | "ru" | "en";
const registered: Record<string, (...args: unknown[]) => unknown> = {};
const runtime = {
  CustomFunctions: {
    associate: (id: string, fn: (...args: unknown[]) => unknown) => (registered[id] = fn),
    Error: CustomFunctionError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
  },
  Office: { context: { displayLanguage: { kk: "kk-KZ", ru: "ru-RU", en: "en-US" }[lang] } },
};
runInNewContext(readFileSync(new URL("../../dist/functions.js", import.meta.url), "utf8"), runtime);

/** What a cell shows: a value, a date, or #VALUE! with its message. */
function cell(id: string, args: unknown[], isDate = false): string {
  const fn = registered[id];
  if (!fn) return `#NAME? ${id}`;
  try {
    const value = fn(...args);
    return isDate && typeof value === "number" ? formatSerial(value) : String(value);
  } catch (error) {
    return error instanceof CustomFunctionError ? `${error.code} ${error.message}` : `#ERROR ${String(error)}`;
  }
}

const [header, ...rows] = readFileSync(new URL("../../assets/sample-staff.csv", import.meta.url), "utf8")
  .trim()
  .split("\n")
  .map((line) => line.split(";"));
const asOf = "25.11.2026";
console.log(
  `Kadr Rules — sample register (${header?.length ?? 0} columns, ${rows.length} rows), as of ${asOf}, lang=${lang}\n`,
);
for (const [name, corps, category, appointed, firstEntry, firstLead, lastTraining, ...rest] of rows) {
  const ratings = rest.slice(0, 3).map((r) => [r]);
  const ratingDates = rest.slice(3, 6).map((d) => [d]);
  const due = cell("TRAINING_DUE", [lastTraining, ratings, ratingDates], true);
  const lines = [
    [`=KADR.NORMALIZE_CATEGORY("${category}")`, cell("NORMALIZE_CATEGORY", [category])],
    [`=KADR.RETRAINING_REQUIRED(...)`, cell("RETRAINING_REQUIRED", [corps, firstEntry, firstLead])],
    [`=KADR.RETRAINING_VENUE(...)`, cell("RETRAINING_VENUE", [category, corps, null])],
    [`=KADR.RETRAINING_DEADLINE("${appointed}")`, cell("RETRAINING_DEADLINE", [appointed], true)],
    [`=KADR.TRAINING_DUE(...)`, due],
    [`=KADR.DEADLINE_STATUS(due, "${asOf}")`, due.startsWith("#") ? "—" : cell("DEADLINE_STATUS", [due, asOf, null])],
  ];
  console.log(`${name} · corps ${corps} · ${category}`);
  for (const [formula, result] of lines) console.log(`  ${(formula ?? "").padEnd(44)} ${result}`);
  console.log("");
}
console.log(`=KADR.REPORT_DEADLINE(2026)            ${cell("REPORT_DEADLINE", [2026], true)}`);
console.log(
  `=KADR.ATTESTATION_PROTOCOL_BY("20.03.2024") ${cell("ATTESTATION_PROTOCOL_BY", ["20.03.2024", null], true)}`,
);

/**
 * `npm run bench`: throughput of every KADR.* function over 100,000 calls with realistic, mixed
 * inputs, measured on the built dist/functions.js (what Excel loads), evaluated in this realm with
 * the runtime's globals (a vm.runInNewContext sandbox would add its own cost to every global lookup,
 * which Excel's runtime does not have).
 * Prints calls per second and nanoseconds per call for a first calculation (fresh inputs after the
 * JIT has warmed up on other inputs, as when a workbook opens) and for recalculation (the same
 * inputs again, as Excel recalculates on every edit: best of three), with issue #2's targets.
 * Numbers only — nothing here asserts a time.
 */
import { readFileSync } from "node:fs";
import { runInThisContext } from "node:vm";
import { customFunctionsStub, type Registered } from "../support/customFunctionsStub";
import { serial } from "../cases/functionCases";

const CALLS = 100_000;
const registered: Registered = {};
Object.assign(globalThis, {
  CustomFunctions: customFunctionsStub(registered),
  Office: { context: { displayLanguage: "ru-RU" } },
});
runInThisContext(readFileSync(new URL("../../dist/functions.js", import.meta.url), "utf8"), {
  filename: "functions.js",
});

/** A deterministic pseudo-random sequence, so every run measures the same inputs. */
let seed = 20261125;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const dateIn = (from: string, to: string) => serial(from) + Math.floor(random() * (serial(to) - serial(from)));

const CATEGORIES = [
  "C-O-3",
  "С-О-3",
  "с-о-4",
  "C–O–5",
  "CO6",
  "C-R-1",
  "С-R-2",
  " C-R-3 ",
  "D-4",
  "Д-5",
  "D-O-3",
  "d-o-6",
  "E-3",
  "Е-4",
  "E-5",
  "E-R-1",
  "Е-Р-2",
  "E-G-1",
  "Е-Г-4",
  "C-1",
  "С-2",
  "C-5",
  "C-O-1",
  "С-О-2",
  "D-1",
  "Д-2",
  "D-3",
  "D-O-1",
  "Д-О-2",
  "E-1",
  "Е-2",
  "A-1",
  "А-3",
  "B-2",
  "В-4",
  "B-O-1",
];
const RATINGS = [
  "удовлетворительно",
  "эффективно",
  "хорошо",
  "қанағаттанарлық",
  "тиімді",
  "үздік",
  "отлично",
  "неудовлетворительно",
  "қанағаттанарлықсыз",
  "неуд.",
  "",
];
const CORPS = [null, "B", "Б", "«Б»", "A", "А"];
const LANGS = [null, "ru", "kk", "en"];
const YES_NO = [true, false, "иә", "жоқ", "да", "нет", 1, 0, ""];

type Args = unknown[];
const inputs: Record<string, () => Args> = {
  RETRAINING_VENUE: () => [pick(CATEGORIES), pick(CORPS), pick(LANGS)],
  EXPLAIN_RETRAINING_VENUE: () => [pick(CATEGORIES), pick(CORPS), pick(LANGS)],
  ADVANCED_TRAINING_VENUES: () => [pick(["A", "B", "Б", "саяси", null]), pick([null, "да", "нет"]), pick(LANGS)],
  NORMALIZE_CATEGORY: () => [pick(CATEGORIES)],
  RETRAINING_REQUIRED: () => [pick(["A", "B", "Б", "саяси"]), pick(YES_NO), pick(YES_NO)],
  RETRAINING_DEADLINE: () => [
    random() < 0.8 ? dateIn("01.01.2015", "31.12.2026") : pick(["31.08.2024", "15.03.2023", "2023-08-31"]),
  ],
  RETRAINING_COMPLETE_BY: () => [dateIn("01.01.2015", "31.12.2026")],
  DISTANCE_LEARNING_ALLOWED: () => [pick(["A", "B", "Б"]), pick(YES_NO)],
  RETRAINING_HOURS_OK: () => [pick([120, 72, 144, "120", "96", 119.5, 240])],
  ADVANCED_TRAINING_HOURS_OK: () => [pick([24, 36, 72, 80, "40", 16, 96])],
  TRAINING_DUE: () => {
    const ratings = [[pick(RATINGS)], [pick(RATINGS)], [pick(RATINGS)]];
    const dates = [
      [dateIn("01.12.2021", "31.12.2021")],
      [dateIn("01.12.2022", "31.12.2022")],
      [dateIn("01.12.2023", "31.12.2023")],
    ];
    return [dateIn("01.01.2019", "31.12.2023"), ratings, dates];
  },
  EXPLAIN_TRAINING_DUE: () => {
    const ratings = [[pick(RATINGS)], [pick(RATINGS)], [pick(RATINGS)]];
    const dates = [
      [dateIn("01.12.2021", "31.12.2021")],
      [dateIn("01.12.2022", "31.12.2022")],
      [dateIn("01.12.2023", "31.12.2023")],
    ];
    return [dateIn("01.01.2019", "31.12.2023"), ratings, dates, pick(LANGS)];
  },
  DEADLINE_STATUS: () => [dateIn("01.01.2024", "31.12.2027"), serial("25.11.2026"), pick(LANGS)],
  TRAINING_STATUS: () => [
    serial("25.11.2026"),
    dateIn("01.01.2019", "31.12.2023"),
    [[pick(RATINGS)], [pick(RATINGS)], [pick(RATINGS)]],
    [[dateIn("01.12.2021", "31.12.2021")], [dateIn("01.12.2022", "31.12.2022")], [dateIn("01.12.2023", "31.12.2023")]],
    pick(["A", "Б", null]),
    pick(["да", "нет", null]),
    pick(LANGS),
  ],
  REPORT_DEADLINE: () => [pick([2023, 2024, 2025, "2026"])],
  WORKDAY_KZ: () => [
    dateIn("01.01.2020", "31.12.2026"),
    pick([1, 2, 3, 5, 10, 15, 20, 30, -3, -10]),
    random() < 0.1 ? [[serial("08.05.2026")], [serial("02.01.2026")]] : null,
  ],
  ATTESTATION_NOTICE_BY: () => [dateIn("01.04.2024", "31.12.2024")],
  ATTESTATION_CHARACTERISTIC_BY: () => [dateIn("01.04.2024", "31.12.2024")],
  ATTESTATION_MATERIALS_BY: () => [dateIn("01.04.2024", "31.12.2024")],
  ATTESTATION_QUORUM: () => [pick([5, 6, 7, 8, 9]), 9],
  ATTESTATION_ADOPTED: () => [pick([2, 3, 4, 5]), pick([7, 9]), pick([null, true, false])],
  ATTESTATION_DECISION_ALLOWED: () => [pick([1, 2, 3, 4, 5]), pick([true, false]), pick([true, false])],
  ATTESTATION_PROTOCOL_BY: () => [dateIn("01.04.2024", "31.12.2024"), null],
  ATTESTATION_ON_TIME: () => [
    pick(["notice", "characteristic", "materials", "protocol", "sheet", "хаттама"]),
    dateIn("01.04.2024", "31.12.2024"),
    dateIn("01.03.2024", "31.12.2024"),
    null,
    null,
  ],
  ATTESTATION_SUBJECT_TO_DISMISSAL: () => [pick([1, 2, 3, 4, 5]), pick([null, "да", "нет"])],
};

/** Issue #2's targets; issue #7: the EXPLAIN functions well under 10 µs a call (≥ 100,000 calls/s). */
const TARGETS: Record<string, number> = {
  RETRAINING_VENUE: 5e6,
  TRAINING_DUE: 1e6,
  WORKDAY_KZ: 1e6,
  EXPLAIN_RETRAINING_VENUE: 1e5,
  EXPLAIN_TRAINING_DUE: 1e5,
};

function measure(fn: (...args: unknown[]) => unknown, calls: Args[]): number {
  let sink = 0;
  const start = process.hrtime.bigint();
  for (const args of calls) if (fn(...args) !== undefined) sink++;
  const elapsed = Number(process.hrtime.bigint() - start);
  if (sink !== calls.length) throw new Error("a call returned nothing");
  return elapsed;
}

console.log(
  `KADR.* custom functions, ${CALLS.toLocaleString("en")} calls each (dist/functions.js, Node ${process.version})`,
);
console.log(
  "function".padEnd(30) +
    "first: calls/s".padStart(16) +
    "ns/call".padStart(9) +
    "recalc: calls/s".padStart(17) +
    "ns/call".padStart(9) +
    "   target",
);
for (const [id, make] of Object.entries(inputs)) {
  const fn = registered[id];
  if (!fn) throw new Error(`${id} is not registered`);
  measure(fn, Array.from({ length: CALLS }, make)); // JIT warm-up on other inputs
  const calls = Array.from({ length: CALLS }, make);
  // Collect the garbage of building the inputs now, not inside the timed loop (--expose-gc).
  (globalThis as { gc?: () => void }).gc?.();
  const first = measure(fn, calls);
  const best = Math.min(measure(fn, calls), measure(fn, calls), measure(fn, calls));
  const rate = (ns: number) => Math.round((CALLS / ns) * 1e9).toLocaleString("en");
  const target = TARGETS[id];
  const met = (ns: number) => (target && (CALLS / ns) * 1e9 >= target ? "met" : "MISSED");
  const verdict = target
    ? `   ≥ ${(target / 1e6).toLocaleString("en")} M/s: first ${met(first)}, recalc ${met(best)}`
    : "";
  console.log(
    id.padEnd(30) +
      rate(first).padStart(16) +
      (first / CALLS).toFixed(0).padStart(9) +
      rate(best).padStart(17) +
      (best / CALLS).toFixed(0).padStart(9) +
      verdict,
  );
}

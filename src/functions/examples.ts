/**
 * One or two worked examples of every KADR function, as the officer would type them: the README's
 * function table is generated from these and from functions.json (`npm run docs`), and its result
 * column is computed by running the catalogue — never written by hand. Kept apart from the code, as
 * HyperFormula keeps its function metadata.
 *
 * Arguments are what a cell passes: text, numbers, booleans, `null` for an argument left empty, and
 * a column of cells as an array of one-cell rows.
 */
import type * as CATALOGUE from "./catalogue";

export type ExampleArg = string | number | boolean | null | readonly (readonly (string | number | null)[])[];

export interface FunctionExample {
  readonly args: readonly ExampleArg[];
  /** The result is a date serial: shown dd.mm.yyyy, as in a cell formatted as a date. */
  readonly date?: true;
  /** Text in the officer's language: the result is shown in en · ru · kk. */
  readonly languages?: true;
  /** A word after the result (why it is so). */
  readonly note?: string;
}

/** A column of cells, e.g. three annual evaluations. */
const column = (...cells: (string | number | null)[]) => cells.map((cell) => [cell]);

/** Every function of the catalogue has examples: the compiler says so when one is added without. */
export const FUNCTION_EXAMPLES: Readonly<Record<keyof typeof CATALOGUE, readonly FunctionExample[]>> = {
  RETRAINING_VENUE: [{ args: ["С-О-3"], languages: true, note: "Cyrillic letters" }, { args: ["D-O-2", null, "kk"] }],
  EXPLAIN_RETRAINING_VENUE: [{ args: ["С-О-3"], languages: true }],
  ADVANCED_TRAINING_VENUES: [{ args: ["A"], languages: true }, { args: ["Б", "иә", "ru"] }],
  NORMALIZE_CATEGORY: [{ args: ["с-о-3"] }, { args: ["C-6"] }],
  RETRAINING_REQUIRED: [{ args: ["Б", "жоқ", "иә"] }],
  RETRAINING_DEADLINE: [{ args: ["31.08.2024"], date: true }],
  RETRAINING_COMPLETE_BY: [{ args: ["30.11.2024"], date: true }],
  DISTANCE_LEARNING_ALLOWED: [{ args: ["Б", "да"] }, { args: ["А", "да", "онлайн"] }],
  RETRAINING_HOURS_OK: [{ args: ["119,5"] }],
  ADVANCED_TRAINING_HOURS_OK: [{ args: [72] }],
  TRAINING_DUE: [
    {
      args: [
        "01.06.2022",
        column("неудовлетворительно", "удовлетворительно", "неудовлетворительно"),
        column("20.12.2022", "20.12.2023", "20.12.2024"),
      ],
      date: true,
    },
    { args: ["01.09.2022", column("хорошо", "хорошо", "хорошо")], date: true },
  ],
  EXPLAIN_TRAINING_DUE: [
    {
      args: ["01.06.2022", column("хорошо", "неуд", "неуд"), column("20.12.2022", "20.12.2023", "20.12.2024")],
      languages: true,
    },
  ],
  TRAINING_STATUS: [{ args: ["01.12.2026", "01.06.2023", column("хорошо", "хорошо")], languages: true }],
  DEADLINE_STATUS: [{ args: ["20.12.2026", "01.12.2026"], languages: true }],
  REPORT_DEADLINE: [{ args: [2024], date: true }],
  WORKDAY_KZ: [{ args: ["20.03.2024", 3], date: true, note: "Nauryz 21–23.03 and 25.03 skipped" }],
  ATTESTATION_NOTICE_BY: [{ args: ["01.04.2024"], date: true }],
  ATTESTATION_CHARACTERISTIC_BY: [{ args: ["20.03.2024"], date: true }],
  ATTESTATION_MATERIALS_BY: [{ args: ["20.03.2024"], date: true }],
  ATTESTATION_QUORUM: [{ args: [6, 9] }],
  ATTESTATION_ADOPTED: [{ args: [3, 6, "иә"] }, { args: [3, 6] }],
  ATTESTATION_DECISION_ALLOWED: [{ args: [2, "нет", "нет"] }],
  ATTESTATION_PROTOCOL_BY: [{ args: ["20.03.2024"], date: true }],
  ATTESTATION_ON_TIME: [{ args: ["notice", "01.06.2024", "10.05.2024"], note: "due 01.05.2024" }],
  ATTESTATION_SUBJECT_TO_DISMISSAL: [{ args: [4, "да"] }],
  ATTESTATION_COMMISSION: [
    { args: ["Начальник учреждения ЛА-155/12 КУИС"], languages: true },
    { args: ["Заместитель начальника УП г. Темиртау", "ru"] },
  ],
};

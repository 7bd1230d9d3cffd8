/**
 * The `kadr` command line: the same engine as the add-in over .xlsx files (exceljs).
 *
 *   kadr report <workbook.xlsx> [--year YYYY] [--out out.xlsx] [--lang kk|ru|en] [--org TEXT] [--json]
 *   kadr check  <workbook.xlsx> [--as-of YYYY-MM-DD] [--lang kk|ru|en] [--json]
 *   kadr attestation <workbook.xlsx> [--out out.xlsx] [--lang kk|ru|en] [--days-off LIST] [--work-days LIST] [--json]
 *   kadr columns <workbook.xlsx> [--json]
 *   kadr fn <NAME> [--args JSON] [--lang kk|ru|en]
 *
 * Every command that reads a workbook takes the officer's column mapping: --map FIELD=HEADER
 * (repeatable) and --mapping FILE.json.
 *
 * Exit codes: 0 done; 1 the workbook cannot be read at all (the message says why); 2 bad usage.
 * The input file is never modified: the report goes into a copy.
 */
import { parseArgs } from "node:util";
import { attestation } from "./attestation";
import { check } from "./check";
import { columns } from "./columns";
import { fn } from "./fn";
import { report } from "./report";
import { UsageError, type Io } from "./shared";

export type { Io } from "./shared";

const USAGE = `usage:
  kadr report <workbook.xlsx> [--year YYYY] [--out out.xlsx] [--lang kk|ru|en] [--org TEXT] [--json]
  kadr check  <workbook.xlsx> [--as-of YYYY-MM-DD] [--lang kk|ru|en] [--json]
  kadr attestation <workbook.xlsx> [--out out.xlsx] [--lang kk|ru|en] [--days-off LIST] [--work-days LIST] [--json]
  kadr columns <workbook.xlsx> [--json]   how each sheet's header was read: field ← header (score)
  kadr fn <NAME> [--args JSON]   one KADR function, e.g. kadr fn RETRAINING_VENUE --args '["С-О-3"]'
options:
  --map FIELD=HEADER   read FIELD from the column headed HEADER (or a column letter; "-" for none);
                       repeatable; SHEET!FIELD=HEADER for one sheet, e.g. --map firstEntry="Впервые"
  --mapping FILE.json  the same for many fields: {"Sheet": {"firstEntry": "F", "category": "Кат."}}
  --days-off LIST      extra non-working days the government moved, e.g. "02.01.2024,08.03.2024"
  --work-days LIST     extra working days: a Saturday or Sunday the government made working, e.g. "05.12.2026"
  --today YYYY-MM-DD   the day to act as "today" (default: the real date, or $KADR_TODAY)`;
/** The commands, each in its own file: `kadr <command> <workbook or NAME> [options]`. */
const COMMANDS: Readonly<
  Record<string, (io: Io, path: string, values: Record<string, unknown>) => Promise<number> | number>
> = {
  report,
  check,
  attestation,
  columns,
  fn,
};

/** Runs the command line; returns the exit code. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        year: { type: "string" },
        out: { type: "string" },
        lang: { type: "string" },
        org: { type: "string" },
        json: { type: "boolean" },
        "as-of": { type: "string" },
        today: { type: "string" },
        "days-off": { type: "string" },
        "work-days": { type: "string" },
        args: { type: "string" },
        map: { type: "string", multiple: true },
        mapping: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
    if (values.help) {
      io.out(`${USAGE}\n`);
      return 0;
    }
    const [command, path, ...extra] = positionals;
    if (!path || extra.length)
      throw new UsageError(path ? `unexpected arguments: ${extra.join(" ")}` : "which workbook?");
    const run = command !== undefined && Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (run) return await run(io, path, values);
    throw new UsageError(`unknown command "${command ?? ""}"`);
  } catch (error) {
    if (
      error instanceof UsageError ||
      (error instanceof TypeError && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS"))
    ) {
      io.err(`kadr: ${error.message}\n${USAGE}\n`);
      return 2;
    }
    throw error;
  }
}

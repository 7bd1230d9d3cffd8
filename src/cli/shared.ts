/**
 * What every `kadr` command shares: the streams, usage errors, today and the language, the
 * officer's column mapping, the output path beside the input, progress on big workbooks, and
 * opening a workbook with a message that says why it cannot be read.
 */
import { existsSync } from "node:fs";
import { basename, dirname, extname, join } from "node:path";
import { readWorkbookFile } from "../adapters/exceljs/readXlsx";
import { readAttestation } from "../attestation/readAttestation";
import type { ColumnOverrides } from "../reader/findHeader";
import { problemMessage, type Problem } from "../reader/model";
import { readStaff } from "../reader/readStaff";
import { dateToSerial, LANGS, langOfLocale, parseDateText, type Lang, type Serial } from "../rules";
import { onlyStaffSheets } from "../survey";
import type { WorkbookData } from "../workbook/port";
import { MappingError, overridesOf } from "./mapping";

export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether stderr is a terminal (progress is redrawn in place). */
  readonly tty: boolean;
}

export class UsageError extends Error {}

export function today(io: Io, option: string | undefined): Serial {
  const text = option ?? io.env["KADR_TODAY"];
  if (text) {
    const read = parseDateText(text);
    if (!read.ok) throw new UsageError(`--today: "${text}" is not a date (YYYY-MM-DD)`);
    return read.value;
  }
  return dateToSerial(new Date());
}

export function language(io: Io, option: string | undefined): Lang {
  if (option !== undefined) {
    if (!(LANGS as readonly string[]).includes(option)) throw new UsageError(`--lang: "${option}" is not kk, ru or en`);
    return option as Lang;
  }
  return langOfLocale(io.env["LANG"] ?? "");
}

/** `<name>.<suffix>.xlsx` beside the input (suffix `report-YYYY`); ` (2)`… when that file exists already. */
export function defaultOut(input: string, suffix: string): string {
  const stem = join(dirname(input), `${basename(input, extname(input))}.${suffix}`);
  for (let n = 1; ; n++) {
    const path = n === 1 ? `${stem}.xlsx` : `${stem} (${n}).xlsx`;
    if (!existsSync(path)) return path;
  }
}

/** A progress line on stderr for big workbooks, redrawn in place on a terminal. */
export function progressReporter(io: Io) {
  let last = -1;
  return (done: number, total: number) => {
    if (total < 5000) return;
    const percent = Math.floor((done / total) * 100);
    if (percent === last || (percent % 10 !== 0 && !io.tty)) return;
    last = percent;
    const text = `reading rows: ${done.toLocaleString("en")} / ${total.toLocaleString("en")} (${percent}%)`;
    io.err(io.tty ? `\r${text}${done >= total ? "\n" : ""}` : `${text}\n`);
  };
}

/** A path as the officer would type it again: quoted when the shell would split or expand it. */
export const shellPath = (path: string) => (/^[\w./:\\@+,=-]+$/.test(path) ? path : `"${path}"`);

/**
 * The message when no sheet is a register or a log: the workbook cannot be read at all. Names every
 * sheet of the workbook (also the ones set aside before reading staff data: reports, attestation
 * lists), and an attestation list as such, with the command that reads it.
 */
export function noStaffSheet(io: Io, path: string, data: WorkbookData, problems: readonly Problem[]): null {
  const quoted = (names: readonly string[]) => names.map((name) => `"${name}"`).join(", ");
  const names = data.sheets.length ? quoted(data.sheets.map((grid) => grid.name)) : "the workbook has no sheets";
  const lists = readAttestation(data).sheets.map((sheet) => sheet.name);
  const lead = lists.length
    ? `no sheet is a staff register or a training log (looked at ${names}). ` +
      `${quoted(lists)} ${lists.length === 1 ? "is an attestation list" : "are attestation lists"}: ` +
      `for the attestation timetable and forms run \`kadr attestation ${shellPath(path)}\`. `
    : `no sheet has a recognisable header row (looked at ${names}). `;
  // What each sheet showed in its first row, so the officer sees which header was not read.
  const seen = problems.map((p) => `  ${problemMessage(p, "en")}\n`).join("");
  io.err(
    `kadr: cannot read ${path}: ${lead}` +
      `A staff register needs a full-name column and a category, appointment date, corps or position column; ` +
      `a training log needs full name, training type and a start or end date. See \`kadr columns\`; ` +
      `--map FIELD=HEADER names a column the program did not recognise.\n${seen}`,
  );
  return null;
}

export async function open(io: Io, path: string) {
  const read = await readWorkbookFile(path);
  if (!read.ok) {
    io.err(`kadr: cannot read ${path}: ${read.message}\n`);
    return null;
  }
  return read;
}

export async function load(io: Io, path: string, overrides: ColumnOverrides | undefined) {
  const read = await open(io, path);
  if (!read) return null;
  // Reports built earlier in the workbook are not staff data.
  const staff = readStaff(onlyStaffSheets(read.data), progressReporter(io), overrides);
  if (!staff.sheets.some((s) => s.kind !== "other")) return noStaffSheet(io, path, read.data, staff.problems);
  return { read, staff };
}

/** The officer's column mapping from --map and --mapping; a bad one is a usage error. */
export function mapping(values: Record<string, unknown>): ColumnOverrides | undefined {
  try {
    return overridesOf(values["map"] as string[] | undefined, values["mapping"] as string | undefined);
  } catch (error) {
    if (error instanceof MappingError) throw new UsageError(error.message);
    throw error;
  }
}

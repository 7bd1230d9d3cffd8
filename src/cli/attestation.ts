/** `kadr attestation`: the timetable and the Appendix 2 and 3 forms, added to a copy of the workbook. */
import { addLayoutSheet, saveWorkbook } from "../adapters/exceljs/writeXlsx";
import { attestationSummary, makeAttestation } from "../attestation/makeAttestation";
import { countText } from "../report";
import { alreadyWorkingDays, calendarChanges, formatSerial, parseExtraDaysOff, parseExtraWorkDays } from "../rules";
import { defaultOut, language, mapping, open, today, UsageError, type Io } from "./shared";

/**
 * The days the government moved that the officer gives: --days-off (made non-working) and
 * --work-days (a Saturday or Sunday made working), as one set for the working-day counts. A word
 * that is not a date, or a day in both lists, is a usage error naming it; a work day that is
 * already a working day is a note on stderr (it changes nothing).
 */
function movedDays(io: Io, values: Record<string, unknown>) {
  const read = (option: "days-off" | "work-days") => {
    const list = (option === "days-off" ? parseExtraDaysOff : parseExtraWorkDays)(
      (values[option] as string | undefined) ?? "",
    );
    if (list.problems.length > 0) {
      throw new UsageError(
        `--${option}: ${list.problems.map((p) => `"${p.text}"`).join(", ")} not a date (dd.mm.yyyy)`,
      );
    }
    return list.days;
  };
  const daysOff = read("days-off");
  const workDays = read("work-days");
  const changes = calendarChanges(daysOff, workDays);
  if (!changes.ok) {
    throw new UsageError(
      `${changes.both.map(formatSerial).join(", ")} in both --days-off and --work-days: a day is either off or working`,
    );
  }
  const already = alreadyWorkingDays(workDays);
  if (already.length > 0) {
    const days = already.map(formatSerial).join(", ");
    const are = already.length === 1 ? "is already a working day" : "are already working days";
    io.err(`kadr: note: --work-days ${days} ${are}: nothing changes (a day made non-working goes in --days-off)\n`);
  }
  return changes.value;
}

/**
 * `kadr attestation`: the timetable and the Appendix 2 and 3 forms of the attestation list, added
 * to a copy of the workbook (the same job as the task pane's Attestation section).
 */
export async function attestation(io: Io, path: string, values: Record<string, unknown>): Promise<number> {
  const lang = language(io, values["lang"] as string | undefined);
  const builtOn = today(io, values["today"] as string | undefined);
  const moved = movedDays(io, values);
  const read = await open(io, path);
  if (!read) return 1;
  const overrides = mapping(values);
  const made = makeAttestation(read.data, {
    lang,
    builtOn,
    extraDaysOff: moved,
    ...(overrides ? { overrides } : {}),
  });
  if (!made.ok) {
    const names = made.sheets.map((name) => `"${name}"`).join(", ");
    io.err(
      `kadr: cannot read ${path}: no sheet is a list of officers for attestation (looked at ${names}). ` +
        `It needs a full-name column and a meeting date or attestation start column.\n`,
    );
    return 1;
  }
  for (const layout of made.layouts) addLayoutSheet(read.workbook, layout);
  const out = (values["out"] as string | undefined) ?? defaultOut(path, "attestation");
  const saved = await saveWorkbook(read.workbook, null, out);
  if (!saved.ok) {
    io.err(`kadr: ${saved.message}\n`);
    return saved.reason === "sameAsInput" ? 2 : 1;
  }
  if (read.lacks.length) {
    io.err(
      `kadr: note: the copy lacks ${read.lacks.join(", ")} of the original sheets (the original file is unchanged).\n`,
    );
  }
  const summary = attestationSummary(made, lang);
  if (values["json"]) {
    io.out(`${JSON.stringify(summary)}\n`);
    return 0;
  }
  const c = summary.counts;
  const n = (value: number | null) => countText(value, lang);
  io.out(
    `${summary.sheets.join(", ")}: ${c.officers} officers, ${c.decided} decided; exempt ${n(c.exempt)}, attested after returning ${n(c.afterReturn)}, ` +
      `dismissal recommended ${n(c.dismissalRecommended)}, decisions not allowed ${n(c.decisionNotAllowed)}, meetings outside the period ${c.outsidePeriod}, ` +
      `decisions with a stage missing ${n(c.stageMissing)}, officers late on a step ${n(c.late)}, subject to dismissal ${n(c.subjectToDismissal)}; ` +
      `cells not read: ${summary.problems.length}.\n`,
  );
  for (const entry of summary.notChecked) io.out(`${entry.message}\n`);
  for (const officer of summary.officers)
    for (const flag of officer.flags) io.out(`  ! ${officer.fullName}: ${flag.text}\n`);
  for (const problem of summary.problems) io.out(`problem: ${problem}\n`);
  io.out(`Sheets added: ${summary.sheetsAdded.join(", ")}. Written to ${saved.path}\n`);
  return 0;
}

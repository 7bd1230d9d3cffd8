/** `kadr check`: every employee's retraining and advanced-training deadlines and findings, as of a day. */
import { checkStaff, flagReason, type EmployeeCheck, type StaffCheck } from "../checks/checkStaff";
import { notCheckedJson } from "../checks/notCheckedText";
import { problemMessage } from "../reader/model";
import { isoDate } from "../report";
import { explainFlag, formatSerial, label, parseDateText, type Lang, type Serial } from "../rules";
import { language, load, mapping, today, UsageError, type Io } from "./shared";

/**
 * Whether retraining is required could not be told (a first-entry or first-leadership column is
 * missing): neither "required" nor "not required". A servant known to need it whose deadline could
 * not be checked is still required.
 */
const requiredUnknown = (check: EmployeeCheck) =>
  !check.retraining.required && check.retraining.status === "notChecked";

/**
 * The advanced-training deadline was not checked: the register's sheet has no record of advanced
 * training (no column, no log). A political servant has no deadline at all (§20, §24 do not apply).
 */
function advancedNotChecked(check: EmployeeCheck, checks: StaffCheck): boolean {
  const { employee } = check;
  return employee.corps !== "political" && !!checks.coverage.skipped.get(employee.source.sheet)?.has("advancedDue");
}

function checkJson(check: EmployeeCheck, checks: StaffCheck, lang: Lang) {
  const { employee, retraining, advanced } = check;
  const date = (serial: Serial | null) => (serial === null ? null : isoDate(serial));
  return {
    name: employee.name,
    sheet: employee.source.sheet,
    row: employee.source.row + 1,
    corps: employee.corps,
    category: employee.category?.code ?? null,
    retraining: {
      required: requiredUnknown(check) ? null : retraining.required,
      paragraph: retraining.requiredBy,
      deadline: date(retraining.deadline),
      status: retraining.status,
      sent: date(retraining.sent),
      venue: retraining.venue ? label(retraining.venue.venue, lang) : null,
    },
    advancedTraining: {
      last: date(advanced.last),
      due: date(advanced.due?.due ?? null),
      paragraph: advanced.due?.paragraph ?? null,
      status: advancedNotChecked(check, checks) ? ("notChecked" as const) : advanced.status,
    },
    flags: check.flags.map((flag) => ({
      code: flag.flag.code,
      course: flag.course
        ? {
            type: flag.course.type,
            venue: flag.course.venue,
            start: date(flag.course.start),
            end: date(flag.course.end),
          }
        : null,
      reason: flagReason(flag, lang),
    })),
    hourViolations: check.hourViolations.map((v) => ({
      type: v.course.type,
      end: date(v.course.end),
      hours: v.course.hours,
      paragraph: v.paragraph,
      rule: v.rule,
    })),
  };
}

export async function check(io: Io, path: string, values: Record<string, unknown>): Promise<number> {
  const lang = language(io, values["lang"] as string | undefined);
  const asOfText = values["as-of"] as string | undefined;
  let asOf = today(io, values["today"] as string | undefined);
  if (asOfText !== undefined) {
    const read = parseDateText(asOfText);
    if (!read.ok) throw new UsageError(`--as-of: "${asOfText}" is not a date (YYYY-MM-DD)`);
    asOf = read.value;
  }
  const loaded = await load(io, path, mapping(values));
  if (!loaded) return 1;
  const checks = checkStaff(loaded.staff, asOf);
  const problems = checks.problems.map((p) => ({ sheet: p.sheet, cell: p.cell, message: problemMessage(p, lang) }));
  const notChecked = notCheckedJson(checks.coverage.notChecked, lang);
  const unusedHeaders = loaded.staff.columns.flatMap((sheet) =>
    sheet.unused.map((u) => ({ sheet: sheet.sheet, cell: u.cell, header: u.header })),
  );
  if (values["json"]) {
    // Hour violations of every course, also of log rows whose name is not in a register.
    const hourViolations = checks.hourViolations.map((v) => ({
      name: v.course.name,
      sheet: v.course.source.sheet,
      row: v.course.source.row + 1,
      type: v.course.type,
      end: isoDate(v.course.end),
      reason: explainFlag(
        { code: v.course.type === "retraining" ? "retrainingHours" : "advancedHours", hours: v.course.hours ?? 0 },
        lang,
      ),
    }));
    const employees = checks.employees.map((c) => checkJson(c, checks, lang));
    io.out(
      `${JSON.stringify({ asOf: isoDate(asOf), employees, hourViolations, problems, notChecked, unusedHeaders })}\n`,
    );
    return 0;
  }
  io.out(`As of ${formatSerial(asOf)}: ${checks.employees.length} employees\n`);
  for (const c of checks.employees) {
    const r = c.retraining;
    const a = c.advanced;
    const retrainingText = requiredUnknown(c)
      ? "retraining: not checked"
      : r.status === "notChecked"
        ? `retraining ${r.requiredBy}: not checked`
        : r.required
          ? `retraining ${r.requiredBy}: ${r.status}${r.deadline !== null ? ` (by ${formatSerial(r.deadline)}, ${r.deadlineBy})` : ""}${r.venue ? `, ${label(r.venue.venue, lang)}` : ""}`
          : "retraining not required";
    const advancedText = a.due
      ? `advanced training ${a.due.paragraph}: ${a.status} (by ${formatSerial(a.due.due)})`
      : advancedNotChecked(c, checks)
        ? "advanced training: not checked"
        : "advanced training: no deadline";
    io.out(`${c.employee.name}: ${retrainingText}; ${advancedText}\n`);
    for (const flag of c.flags) io.out(`  ! ${flagReason(flag, lang).text}\n`);
  }
  for (const p of problems) io.out(`problem: ${p.message}\n`);
  for (const entry of notChecked) io.out(`${entry.message}\n`);
  return 0;
}

import { explainAttestationFlag, formatSerial, type Lang, type Serial } from "../rules";
import { problemMessage } from "../reader/model";
import type { ColumnOverrides } from "../reader/findHeader";
import type { SheetLayout } from "../workbook/layout";
import { freeSheetName } from "../workbook/sheetNames";
import type { WorkbookData } from "../workbook/port";
import { notCheckedJson, notCheckedMessage } from "../checks/notCheckedText";
import { checkAttestation, type AttestationCheck } from "./checkAttestation";
import { decisionsCheckable } from "./coverage";
import { layoutForms, type FormKind } from "./forms";
import { layoutTimetable } from "./layoutTimetable";
import type { AttestationList } from "./model";
import { readAttestation } from "./readAttestation";
import { attestationText } from "./strings";

export interface MakeAttestationOptions {
  readonly lang: Lang;
  readonly builtOn: Serial;
  /** Which sheets to add; default: the timetable and both forms. */
  readonly sheets?: readonly ("timetable" | FormKind)[];
  /** Extra non-working days (Settings), skipped by the §20–§21 working-day counts. */
  readonly extraDaysOff?: ReadonlySet<Serial>;
  /** The officer's column-mapping corrections, per sheet (task pane, `--map`, `--mapping`). */
  readonly overrides?: ColumnOverrides;
}

export interface MadeAttestation {
  readonly ok: true;
  readonly list: AttestationList;
  readonly check: AttestationCheck;
  /** New sheets, in the order they are added; names free in the workbook. */
  readonly layouts: readonly SheetLayout[];
}

export interface NoAttestationList {
  readonly ok: false;
  readonly sheets: readonly string[];
}

/**
 * The attestation job, the same for the task pane and the CLI: read the list, check it, and lay out
 * the timetable and the forms on sheets whose names are not taken. Fails only when no sheet is an
 * attestation list; bad cells are problems, and every readable officer still gets a form.
 */
export function makeAttestation(
  data: WorkbookData,
  options: MakeAttestationOptions,
): MadeAttestation | NoAttestationList {
  const list = readAttestation(data, options.overrides);
  if (list.sheets.length === 0) return { ok: false, sheets: data.sheets.map((sheet) => sheet.name) };
  const check = checkAttestation(list, options.extraDaysOff);
  const wanted = options.sheets ?? ["timetable", "attestationSheets", "characteristics"];
  const existing = data.sheets.map((sheet) => sheet.name);
  const layouts: SheetLayout[] = [];
  const attested = check.officers
    // §2: exempt officers are not attested now; nor is anyone whose exemption cell could not be read.
    .filter((c) => c.officer.exemption === null && !c.officer.exemptionUnread)
    // A decision the Rules forbid (§17, §18), or one they could not be checked against (the list
    // lacks the absences, standards or test), is not written into field 7: the commission writes it.
    .map((c) =>
      c.flags.some((f) => f.code === "decisionNotAllowed") || !decisionsCheckable(check.coverage, c.officer.sheet)
        ? { ...c.officer, decision: null }
        : c.officer,
    );
  const notes = formNotes(check, options.lang);
  for (const kind of wanted) {
    const taken = [...existing, ...layouts.map((layout) => layout.name)];
    if (kind === "timetable") {
      const name = freeSheetName(attestationText("sheetName", options.lang), taken);
      const source = list.sheets.map((sheet) => sheet.name).join(", ");
      layouts.push(layoutTimetable(check, options.lang, name, { builtOn: options.builtOn, source }));
    } else {
      layouts.push(...layoutForms(kind, attested, options.lang, taken, notes));
    }
  }
  return { ok: true, list, check, layouts };
}

/**
 * What the forms must say on top when the list did not let everything be checked: §2 unread (an
 * exempt officer may have a form) or decisions left out of field 7.
 */
function formNotes(check: AttestationCheck, lang: Lang): string[] {
  const entries = check.coverage.notChecked.filter(
    (n) => n.check === "exempt" || n.check === "dismissal" || n.check === "failedBoth",
  );
  return entries.map((entry) => notCheckedMessage(entry, lang));
}

/** The job's result as the CLI's `--json` prints it (dates as dd.mm.yyyy). */
export function attestationSummary(made: MadeAttestation, lang: Lang) {
  const date = (serial: Serial | null) => (serial === null ? null : formatSerial(serial));
  return {
    sheets: made.list.sheets.map((sheet) => sheet.name),
    counts: made.check.counts,
    officers: made.check.officers.map(({ officer, timetable, flags }) => ({
      fullName: officer.fullName,
      row: officer.row + 1,
      meeting: date(officer.meetingDate),
      decision: officer.decision,
      noticeBy: date(timetable.noticeBy),
      characteristicBy: date(timetable.characteristicBy),
      materialsBy: date(timetable.materialsBy),
      protocolBy: date(timetable.protocolBy),
      acknowledgeBy: date(timetable.acknowledgeBy),
      // The dates the list says were kept (null where blank or no column), and the §22 refusal.
      noticeGiven: date(officer.noticeGiven),
      characteristicReceived: date(officer.characteristicReceived),
      materialsSent: date(officer.materialsSent),
      protocolDate: date(officer.protocolDate),
      sheetSigned: date(officer.sheetSigned),
      refusedPost: officer.refusedPost,
      flags: flags.map((flag) => ({ code: flag.code, ...explainAttestationFlag(flag, lang) })),
    })),
    problems: made.check.problems.map((problem) => problemMessage(problem, lang)),
    notChecked: notCheckedJson(made.check.coverage.notChecked, lang),
    unusedHeaders: made.list.columns.flatMap((sheet) =>
      sheet.unused.map((u) => ({ sheet: sheet.sheet, cell: u.cell, header: u.header })),
    ),
    sheetsAdded: made.layouts.map((layout) => layout.name),
  };
}

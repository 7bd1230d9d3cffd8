/**
 * The table of issue #11's removal cases, shared by every host that shows *not checked*: the core,
 * the CLI and the report sheet (test/checks/coverage.test.ts) and the task pane
 * (test/taskpane/coverageTable.test.tsx). Each case removes a column from a sample as an officer's
 * own sheet would lack it, and says by hand what must then be *not checked*.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { readWorkbookFile } from "../../src/adapters/exceljs/readXlsx";
import type { WorkbookData } from "../../src/workbook/port";
import { HEAVY } from "../support/timeouts";

export const STAFF = join(__dirname, "../../assets/sample-staff.xlsx");
export const LIST = join(__dirname, "../../assets/sample-attestation.xlsx");
export const dir = mkdtempSync(join(tmpdir(), "kadr-coverage-"));
/** Reading, rewriting and checking a 500-row workbook per case: generous, never a race with the clock. */
export const SLOW = HEAVY;

/** A copy of a sample without the columns whose headers match: as an officer's own sheet would lack them. */
export async function without(
  source: string,
  sheet: string,
  headers: readonly RegExp[],
  name: string,
): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(source);
  const ws = workbook.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet}`);
  const cols: number[] = [];
  ws.eachRow((row) => {
    row.eachCell((cell, col) => {
      if (typeof cell.value === "string" && headers.some((h) => h.test(String(cell.value)))) cols.push(col);
    });
  });
  if (cols.length === 0) throw new Error(`no header ${headers.join(", ")} in ${sheet}`);
  for (const col of [...new Set(cols)].sort((a, b) => b - a)) ws.spliceColumns(col, 1);
  const path = join(dir, `${name}.xlsx`);
  await workbook.xlsx.writeFile(path);
  return path;
}

export async function data(path: string): Promise<WorkbookData> {
  const read = await readWorkbookFile(path);
  if (!read.ok) throw new Error(read.message);
  return read.data;
}

export const REGISTER = "Сотрудники";
export const LOG = "Оқыту журналы";

export interface StaffCase {
  readonly name: string;
  readonly remove: readonly { readonly sheet: string; readonly header: RegExp }[];
  readonly notChecked: readonly {
    readonly check: string;
    readonly paragraph: string;
    readonly missing: readonly string[];
  }[];
  /** Paths of the report's JSON counts that must be null ("not checked"). */
  readonly nullCounts: readonly string[];
}

const RETRAINING_COUNTS = ["overdue.retraining", "dueSoon"];

export const STAFF_CASES: readonly StaffCase[] = [
  {
    name: "first entry",
    remove: [{ sheet: REGISTER, header: /^Впервые поступивший$/u }],
    notChecked: [{ check: "retrainingFirstEntry", paragraph: "§3(1)", missing: ["firstEntry"] }],
    nullCounts: RETRAINING_COUNTS,
  },
  {
    name: "first leadership",
    remove: [{ sheet: REGISTER, header: /руководящую/u }],
    notChecked: [{ check: "retrainingFirstLeadership", paragraph: "§3(2)", missing: ["firstLeadership"] }],
    nullCounts: RETRAINING_COUNTS,
  },
  {
    name: "appointment date",
    remove: [{ sheet: REGISTER, header: /^Дата назначения$/u }],
    notChecked: [{ check: "retrainingDeadline", paragraph: "§14", missing: ["appointmentDate"] }],
    nullCounts: RETRAINING_COUNTS,
  },
  {
    name: "category",
    remove: [{ sheet: REGISTER, header: /^Категория$/u }],
    notChecked: [{ check: "retrainingVenue", paragraph: "§13", missing: ["category"] }],
    nullCounts: [],
  },
  {
    name: "corps",
    remove: [{ sheet: REGISTER, header: /^Корпус$/u }],
    notChecked: [{ check: "advancedCorpsA", paragraph: "§20(1)", missing: ["corps"] }],
    nullCounts: [],
  },
  {
    name: "the evaluation years",
    remove: [{ sheet: REGISTER, header: /оценк/iu }],
    notChecked: [{ check: "advancedAfterUnsatisfactory", paragraph: "§24(2)", missing: ["rating"] }],
    nullCounts: [],
  },
  {
    name: "every advanced-training date (register and log end)",
    remove: [
      { sheet: REGISTER, header: /^Последнее повышение/u },
      { sheet: LOG, header: /^Аяқталуы$/u },
    ],
    // The log's end dates were the only record of completed retraining too (§30's count).
    notChecked: [
      { check: "retrainingCompleted", paragraph: "§30", missing: ["retrainingEnd"] },
      { check: "advancedDue", paragraph: "§24(1)", missing: ["lastAdvancedTraining"] },
    ],
    nullCounts: ["overdue.advancedTraining", "dueSoon", "completed.advancedTraining", "completed.retraining"],
  },
  {
    name: "the log's hours",
    remove: [{ sheet: LOG, header: /сағат/iu }],
    notChecked: [
      { check: "retrainingHours", paragraph: "§16", missing: ["retrainingHours"] },
      { check: "advancedHours", paragraph: "§25", missing: ["advancedTrainingHours"] },
    ],
    nullCounts: ["hourViolations"],
  },
  {
    name: "the log's venue",
    remove: [{ sheet: LOG, header: /^Оқу орны$/u }],
    notChecked: [{ check: "advancedVenue", paragraph: "§18", missing: ["venue"] }],
    nullCounts: [],
  },
  {
    name: "the log's training type (no log at all)",
    remove: [{ sheet: LOG, header: /^Оқыту түрі$/u }],
    notChecked: [
      { check: "retrainingTaken", paragraph: "§14", missing: ["retrainingEnd"] },
      { check: "retrainingCompleted", paragraph: "§30", missing: ["retrainingEnd"] },
      { check: "retrainingHours", paragraph: "§16", missing: ["retrainingHours"] },
      { check: "advancedHours", paragraph: "§25", missing: ["advancedTrainingHours"] },
      { check: "advancedVenue", paragraph: "§18", missing: ["venue"] },
      // Nor the document numbers of completed courses (Rules §3, §4).
      { check: "completionDocument", paragraph: "§3", missing: ["document"] },
    ],
    nullCounts: [...RETRAINING_COUNTS, "hourViolations", "completed.retraining"],
  },
  {
    // Issue #12 item 10: without the document numbers no completed course can be noted (§3, §4).
    name: "the log's document number",
    remove: [{ sheet: LOG, header: /^Құжат нөмірі$/u }],
    notChecked: [{ check: "completionDocument", paragraph: "§3", missing: ["document"] }],
    nullCounts: [],
  },
  {
    // Issue #12 item 9: without the form of study a retraining is judged by its venue's words only;
    // the sample's corps A and first-leadership retrainings at «Академия …» leave §15 unjudged.
    name: "the log's form of study",
    remove: [{ sheet: LOG, header: /^Оқу нысаны$/u }],
    notChecked: [{ check: "retrainingForm", paragraph: "§15", missing: ["form"] }],
    nullCounts: [],
  },
];

/** A copy of the staff sample without the case's columns (one copy per sheet touched, in turn). */
export async function staffWithout(c: StaffCase, name: string): Promise<string> {
  let path = STAFF;
  for (const [i, r] of c.remove.entries()) path = await without(path, r.sheet, [r.header], `${name}-${i}`);
  return path;
}

export interface ListCase {
  readonly name: string;
  readonly header: RegExp;
  readonly notChecked: readonly {
    readonly check: string;
    readonly paragraph: string;
    readonly missing: readonly string[];
  }[];
  readonly nullCounts: readonly string[];
  /** The forms say so above the first officer, and no decision is printed in field 7. */
  readonly formsNote: boolean;
  readonly decisionsPrinted: boolean;
}

export const LIST_CASES: readonly ListCase[] = [
  {
    name: "exemption (§2)",
    header: /^Освобождение$/u,
    notChecked: [{ check: "exempt", paragraph: "§2", missing: ["exemption"] }],
    nullCounts: ["exempt"],
    formsNote: true,
    decisionsPrinted: true,
  },
  {
    name: "valid absence (§16)",
    header: /^Уважительная причина$/u,
    notChecked: [{ check: "afterReturn", paragraph: "§16", missing: ["excusedAbsence"] }],
    nullCounts: ["afterReturn"],
    formsNote: false,
    decisionsPrinted: true,
  },
  {
    name: "absences without a valid reason (§17)",
    header: /^Неявки$/u,
    notChecked: [{ check: "dismissal", paragraph: "§17", missing: ["unexcusedAbsences"] }],
    nullCounts: ["dismissalRecommended", "decisionNotAllowed"],
    formsNote: true,
    decisionsPrinted: false,
  },
  {
    name: "fitness standards (§18)",
    header: /^Нормативы$/u,
    notChecked: [
      { check: "failedBoth", paragraph: "§18", missing: ["standardsPassed"] },
      { check: "stageOrder", paragraph: "§4", missing: ["standardsPassed"] },
    ],
    nullCounts: ["decisionNotAllowed", "stageMissing"],
    formsNote: true,
    decisionsPrinted: false,
  },
  {
    name: "test (§18)",
    header: /^Тестирование$/u,
    notChecked: [
      { check: "failedBoth", paragraph: "§18", missing: ["testPassed"] },
      { check: "stageOrder", paragraph: "§4", missing: ["testPassed"] },
    ],
    nullCounts: ["decisionNotAllowed", "stageMissing"],
    formsNote: true,
    decisionsPrinted: false,
  },
  {
    name: "attestation start (§5)",
    header: /^Начало аттестации$/u,
    notChecked: [
      { check: "notice", paragraph: "§5", missing: ["attestationStart"] },
      { check: "noticeLate", paragraph: "§5", missing: ["attestationStart"] },
    ],
    nullCounts: ["late"],
    formsNote: false,
    decisionsPrinted: true,
  },
  {
    name: "meeting date (§6, §7, §20–§21)",
    header: /^Дата заседания$/u,
    notChecked: [
      { check: "characteristic", paragraph: "§6", missing: ["meetingDate"] },
      { check: "protocol", paragraph: "§20", missing: ["meetingDate"] },
      { check: "characteristicLate", paragraph: "§6", missing: ["meetingDate"] },
      { check: "materialsLate", paragraph: "§7", missing: ["meetingDate"] },
      { check: "protocolLate", paragraph: "§20", missing: ["meetingDate"] },
      { check: "sheetLate", paragraph: "§21", missing: ["meetingDate"] },
    ],
    nullCounts: ["late"],
    formsNote: false,
    decisionsPrinted: true,
  },
  // The dates kept (§5, §6, §7, §20, §21) and the §22 refusal (issue #12 items 12–13): one check each.
  ...(
    [
      ["notice given (§5)", /^Дата уведомления$/u, "noticeLate", "§5", "noticeGiven"],
      [
        "characteristic received (§6)",
        /^Характеристика поступила$/u,
        "characteristicLate",
        "§6",
        "characteristicReceived",
      ],
      ["materials sent (§7)", /^Материалы направлены$/u, "materialsLate", "§7", "materialsSent"],
      ["protocol date (§20)", /^Дата протокола$/u, "protocolLate", "§20", "protocolDate"],
      ["sheet signed (§21)", /^Ознакомлен с листом/u, "sheetLate", "§21", "sheetSigned"],
    ] as const
  ).map(([name, header, check, paragraph, field]): ListCase => ({
    name,
    header,
    notChecked: [{ check, paragraph, missing: [field] }],
    nullCounts: ["late"],
    formsNote: false,
    decisionsPrinted: true,
  })),
  {
    name: "refused offered post (§22)",
    header: /^Отказ от предложенной должности$/u,
    notChecked: [{ check: "refusedPost", paragraph: "§22", missing: ["refusedPost"] }],
    nullCounts: ["subjectToDismissal"],
    formsNote: false,
    decisionsPrinted: true,
  },
];

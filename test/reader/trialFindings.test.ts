/**
 * What a new user's trial on workbooks nobody here wrote found (issue #11), each kept as a case: a
 * sheet is one kind of list (never read as two, never dropped), a register's retraining start with
 * no end counts as sent, columns in doubt are said as such, log names join by initials and a log
 * name in no register is said, a course written twice counts once, a name split over columns is
 * joined, and headers the trial wrote that were missed are read.
 */
import { describe, expect, it } from "vitest";
import { readAttestation } from "../../src/attestation/readAttestation";
import { checkStaff } from "../../src/checks/checkStaff";
import { problemMessage } from "../../src/reader/model";
import { readStaff } from "../../src/reader/readStaff";
import { buildAnnualReport, reportSummary } from "../../src/report";
import { onlyStaffSheets } from "../../src/survey";
import type { CellValue, WorkbookData } from "../../src/workbook/port";
import { serial } from "../cases/functionCases";

const wb = (sheets: Record<string, CellValue[][]>): WorkbookData => ({
  sheets: Object.entries(sheets).map(([name, rows]) => ({ name, rows })),
  dateSystem: 1900,
});

const REGISTER: CellValue[][] = [
  [
    "Фамилия, имя, отчество",
    "Корпус",
    "Категория",
    "Дата назначения",
    "Впервые принят на госслужбу",
    "Впервые назначен на руководящую должность",
  ],
  ["Иванов Сергей Петрович", "Б", "C-O-4", "10.03.2025", "да", "нет"],
  ["Сейткали Марат Ерланович", "Б", "C-O-4", "10.03.2025", "да", "нет"],
];

describe("one sheet, one kind of list", () => {
  const log: CellValue[][] = [
    ["ФИО слушателя", "Вид курса", "Где проходил обучение", "Дата начала", "Дата завершения", "Объём (ак. ч.)"],
    ["Иванов С.П.", "переподготовка", "Региональный центр г. Астана", "01.11.2025", "28.11.2025", 120],
    ["ИВАНОВ СЕРГЕЙ ПЕТРОВИЧ", "переподготовка", "Региональный центр г. Астана", "01.11.2025", "28.11.2025", 120],
    ["Омаров Ерлан", "повышение квалификации", "Академия", "01.05.2025", "10.05.2025", 40],
  ];
  const data = wb({ Реестр: REGISTER, Журнал: log });

  it("a training log with «Дата начала» is a log, not an attestation list, and is read", () => {
    const staff = readStaff(onlyStaffSheets(data));
    expect(staff.sheets.map((s) => `${s.name}: ${s.kind}`)).toEqual(["Реестр: register", "Журнал: log"]);
    expect(readAttestation(data).sheets).toEqual([]);
  });

  it("log names join by surname and initials; a course written twice counts once; a name in no register is said", () => {
    const staff = readStaff(onlyStaffSheets(data));
    const report = reportSummary(buildAnnualReport(staff, { year: 2025, builtOn: serial("15.01.2026") }), "en");
    expect(report.completed).toEqual({ retraining: 1, advancedTraining: 1 });
    expect(report.academicHours).toEqual({ retraining: 120, advancedTraining: 40 });
    expect(staff.problems.map((p) => problemMessage(p, "en"))).toEqual([
      "Журнал!A4: \"Омаров Ерлан\" is in the training log but in no register: the course counts in the year's totals, but no servant's check stands on it (write the name as the register does)",
      'Журнал!A3: "ИВАНОВ СЕРГЕЙ ПЕТРОВИЧ": the same course (type, start, end) is already in row Журнал!2: counted once',
    ]);
    const checks = checkStaff(staff, serial("15.01.2026"));
    expect(checks.employees.map((e) => `${e.employee.name}: ${e.retraining.status}`)).toEqual([
      "Иванов Сергей Петрович: sent",
      "Сейткали Марат Ерланович: overdue",
    ]);
  });

  it("a register with an evaluation date («Дата проведения оценки 2023») stays a register", () => {
    const rows = [[...(REGISTER[0] ?? []), "Оценка 2023", "Дата проведения оценки 2023"], ...REGISTER.slice(1)];
    const both = wb({ Реестр: rows });
    expect(readStaff(onlyStaffSheets(both)).sheets.map((s) => s.kind)).toEqual(["register"]);
    expect(readAttestation(both).sheets).toEqual([]);
  });
});

describe("what a register holds, read as the officer meant it", () => {
  it("a retraining start with no end column: sent, and the completed count is not checked", () => {
    const rows = [
      [...(REGISTER[0] ?? []), "Переподготовка (начало)"],
      [...(REGISTER[1] ?? []), "01.06.2025"],
    ];
    const staff = readStaff(wb({ R: rows }));
    expect(checkStaff(staff, serial("15.01.2026")).employees[0]?.retraining.status).toBe("sent");
    const summary = reportSummary(buildAnnualReport(staff, { year: 2025, builtOn: serial("15.01.2026") }), "en");
    expect(summary.completed.retraining).toBeNull();
    expect(summary.academicHours.retraining).toBeNull();
    expect(summary.notChecked.map((n) => n.check)).toContain("retrainingCompleted");
  });

  it("two appointment-date columns: in doubt, said so in the coverage and the not-checked entry", () => {
    const rows = [
      ["ФИО", "Категория", "Дата назначения", "Впервые", "Дата приказа о назначении"],
      ["Иванов Иван", "С-О-3", "01.02.2025", "да", "03.02.2025"],
    ];
    const staff = readStaff(wb({ R: rows }));
    expect(staff.columns[0]?.ambiguous).toEqual([
      { field: "appointmentDate", cells: "C1 «Дата назначения», E1 «Дата приказа о назначении»" },
    ]);
    const entry = checkStaff(staff, serial("15.01.2026")).coverage.notChecked.find(
      (n) => n.check === "retrainingDeadline",
    );
    expect(entry?.inDoubt).toBe("C1 «Дата назначения», E1 «Дата приказа о назначении»");
  });

  it("a name split over Фамилия | Имя | Отчество is read whole", () => {
    const rows = [
      ["Фамилия", "Имя", "Отчество", "Категория", "Дата назначения"],
      ["Ахметов", "Руслан", "Серикович", "С-О-3", "01.02.2025"],
    ];
    expect(readStaff(wb({ R: rows })).employees.map((e) => e.name)).toEqual(["Ахметов Руслан Серикович"]);
  });

  it("headers the trial wrote: Kazakh «(басы)» / «(соңы)», a log's duration in hours; a yes/no is not a date", () => {
    const rows = [
      ["Т.А.Ә.", "Санаты", "Қайта даярлау (басы)", "Қайта даярлау (соңы)", "Переподготовка пройдена (да/нет)"],
      ["Әбенов Нұрлан", "С-О-3", "01.03.2025", "30.03.2025", "да"],
    ];
    const log = [
      ["ФИО", "Вид обучения", "Окончание", "Продолжительность (академ. часов)"],
      ["Әбенов Нұрлан", "ПК", "30.05.2025", 40],
    ];
    const staff = readStaff(wb({ R: rows, L: log }));
    expect(staff.columns.map((c) => c.found.map((f) => f.field))).toEqual([
      ["fullName", "category", "retrainingStart", "retrainingEnd"],
      ["fullName", "trainingType", "end", "hours"],
    ]);
    expect(staff.problems).toEqual([]);
  });
});

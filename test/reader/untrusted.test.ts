/**
 * Cells that cannot be trusted are named, in every column, the same way (issue #11 §4): a formula
 * never calculated, an error value, a blank cell the row needs, two columns that both name one
 * field, a value far below the table — one problem per cell, never a silent blank or a guess.
 */
import { describe, expect, it } from "vitest";
import { readAttestation } from "../../src/attestation/readAttestation";
import { problemMessage } from "../../src/reader/model";
import { readStaff } from "../../src/reader/readStaff";
import { NOT_CALCULATED, type CellValue, type WorkbookData } from "../../src/workbook/port";

const wb = (sheets: Record<string, CellValue[][]>): WorkbookData => ({
  sheets: Object.entries(sheets).map(([name, rows]) => ({ name, rows })),
  dateSystem: 1900,
});
const messages = (problems: readonly Parameters<typeof problemMessage>[0][]) =>
  problems.map((p) => problemMessage(p, "en"));

const HEADER = ["ФИО", "Категория", "Корпус", "Дата назначения", "Впервые поступивший", "Впервые на руководящей"];

describe("untrusted cells in a register", () => {
  it("an error value in the category column says which error, not '[object Object]'", () => {
    const read = readStaff(wb({ S: [HEADER, ["Иванов Иван", { error: "#N/A" }, "Б", "01.02.2025", "нет", "нет"]] }));
    expect(messages(read.problems)).toEqual(["S!B2: the cell shows the error #N/A"]);
  });

  it("a formula with no calculated value (a file written by a script) is a problem, not a blank", () => {
    const read = readStaff(wb({ S: [HEADER, ["Иванов Иван", "С-О-3", "Б", { error: NOT_CALCULATED }, "да", "нет"]] }));
    expect(messages(read.problems)).toEqual([
      "S!D2: the formula has no calculated value (the file was written by a program): open the file in Excel and save it",
    ]);
    expect(read.employees[0]?.appointment).toBeNull();
  });

  it("one problem per cell, even when the cell is read twice", () => {
    const read = readStaff(
      wb({
        S: [
          [...HEADER, "Оценка 2023", "Дата оценки 2023"],
          ["Иванов Иван", "С-О-3", "Б", "01.02.2025", "нет", "нет", "неуд", "32.13.2023"],
        ],
      }),
    );
    expect(read.problems.filter((p) => p.cell === "H2")).toHaveLength(1);
  });

  it("a blank appointment date or category where retraining needs them is a problem naming the cell", () => {
    const read = readStaff(
      wb({
        S: [HEADER, ["Иванов Иван", null, "Б", null, "да", "нет"], ["Петров Пётр", null, "Б", null, "нет", "нет"]],
      }),
    );
    expect(messages(read.problems)).toEqual([
      "S!B2: is blank, but Category is needed for Rules §13",
      "S!D2: is blank, but Appointment date is needed for Rules §14",
    ]);
  });

  it("two columns that both name one field are reported with both cells, not resolved by taking the first", () => {
    const read = readStaff(
      wb({
        S: [
          ["ФИО", "Категория", "ФИО", "Дата назначения"],
          ["Иванов Иван", "С-О-3", "Иванов И.", "01.02.2025"],
        ],
      }),
    );
    expect(messages(read.problems)).toEqual([
      'S!A1: more than one column could be "Full name" (A1 «ФИО», C1 «ФИО»): choose one in the Sheet section or with --map',
    ]);
    expect(read.employees).toEqual([]);
    // Mapping one by hand settles it.
    const fixed = readStaff(
      wb({
        S: [
          ["ФИО", "Категория", "ФИО", "Дата назначения"],
          ["Иванов Иван", "С-О-3", "Иванов И.", "01.02.2025"],
        ],
      }),
      undefined,
      {
        S: { fullName: 0 },
      },
    );
    expect(fixed.employees.map((e) => e.name)).toEqual(["Иванов Иван"]);
  });

  it("a value far below the table is a problem, not an employee; a blank row or two inside it is fine", () => {
    const rows: CellValue[][] = [
      HEADER,
      ["Иванов Иван", "С-О-3", "Б", "01.02.2025", "нет", "нет"],
      [],
      ["Петров Пётр", "С-О-3", "Б", "01.02.2025", "нет", "нет"],
    ];
    for (let i = 0; i < 200; i++) rows.push([]);
    rows.push(["итого 2"]);
    const read = readStaff(wb({ S: rows }));
    expect(read.employees.map((e) => e.name)).toEqual(["Иванов Иван", "Петров Пётр"]);
    expect(messages(read.problems)).toEqual([
      "S!A205: a value 200 blank rows below the table: not read as an employee",
    ]);
  });

  it("precision: a birth date, a dismissal order date, an IIN, service length and notes never become fields", () => {
    const read = readStaff(
      wb({
        S: [
          ["ФИО", "Дата рождения", "Дата приказа об увольнении", "ИИН", "Стаж", "Примечание", "Категория"],
          ["Иванов Иван", "01.02.1980", "01.02.2025", "800201300123", 12, "в отпуске", "С-О-3"],
        ],
      }),
    );
    expect(read.columns[0]?.found.map((f) => f.field)).toEqual(["fullName", "category"]);
    expect(read.columns[0]?.unused.map((u) => u.header)).toEqual([
      "Дата рождения",
      "Дата приказа об увольнении",
      "ИИН",
      "Стаж",
      "Примечание",
    ]);
    expect(read.employees[0]?.appointment).toBeNull();
  });
});

describe("untrusted cells in an attestation list", () => {
  it("a blank meeting date of an officer to be attested is a problem; an exempt officer's is not", () => {
    const list = readAttestation(
      wb({
        A: [
          ["ФИО", "Дата заседания", "Освобождение"],
          ["Аманов Асхат", null, null],
          ["Серикова Сауле", null, "беременность"],
        ],
      }),
    );
    expect(messages(list.problems)).toEqual(["A!B2: is blank, but Meeting date is needed for Rules §6"]);
  });

  it("«Примечание» is never «иные сведения» (field 8)", () => {
    const list = readAttestation(
      wb({
        A: [
          ["ФИО", "Дата заседания", "Примечание"],
          ["Аманов Асхат", "13.12.2024", "должность не из перечня?"],
        ],
      }),
    );
    expect(list.officers[0]?.otherInfo).toBeNull();
    expect(list.columns[0]?.unused.map((u) => u.header)).toEqual(["Примечание"]);
  });

  it("a workbook with no list: one problem naming each sheet and the cells it saw", () => {
    const list = readAttestation(wb({ Лист1: [["что-то", "ещё"]] }));
    expect(messages(list.problems)).toEqual([
      "no header row found (e.g. full name, category, appointment date; or full name, training type, end); the first cells are Лист1: A1 «что-то», B1 «ещё»",
    ]);
  });
});

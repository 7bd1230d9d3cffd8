import { describe, expect, it } from "vitest";
import { readStaff, trainingType } from "../../src/reader/readStaff";
import { headerField } from "../../src/reader/findHeader";
import { problemMessage } from "../../src/reader/model";
import type { CellValue, WorkbookData } from "../../src/workbook/port";
import { serial } from "../cases/functionCases";

const wb = (sheets: Record<string, CellValue[][]>, dateSystem: 1900 | 1904 = 1900): WorkbookData => ({
  dateSystem,
  sheets: Object.entries(sheets).map(([name, rows]) => ({ name, rows })),
});

/** A Russian register as officers keep it: title, blank row, merged title cells, messy values. */
const RU_REGISTER: CellValue[][] = [
  ["ГУ «Аппарат акима города Астаны»", null, null, null],
  ["Список сотрудников на 01.01.2025", null, null, null],
  [],
  [
    "  Ф.И.О. ",
    "Должность",
    "Категория",
    "Корпус",
    "Дата назначения",
    "Впервые поступивший",
    "Оценка 2022",
    "Оценка 2023",
    "Оценка 2024",
    "Дата оценки 2023",
    "Дата оценки 2024",
    "Последнее повышение квалификации",
  ],
  [
    "Иванова  Мария ",
    "главный специалист",
    "С-О-3",
    "Б",
    "15.03.2024",
    "да",
    "хорошо",
    "неуд.",
    "неудовлетворительно",
    "20.12.2023",
    serial("20.12.2024"),
    "01.06.2022",
  ],
  [
    "Петров Алексей",
    "руководитель отдела",
    "C-9",
    "Б",
    serial("01.02.2023"),
    "нет",
    null,
    null,
    "отлично",
    null,
    null,
    null,
  ],
  [null, null, null, null, null, null, null, null, null, null, null, null],
  [null, "специалист", "D-4", "Б", "01.02.2023", "нет", null, null, null, null, null, null],
  ["Сидоров Олег", "специалист", "D-4", "Б", { error: "#N/A" }, "может быть", "норм", null, null, null, null, null],
];

describe("readStaff: registers as they really are", () => {
  const data = readStaff(wb({ Сотрудники: RU_REGISTER }));

  it("finds the header below titles and blank rows and takes the title as the organisation", () => {
    expect(data.sheets).toEqual([{ name: "Сотрудники", kind: "register", headerRow: 3 }]);
    expect(data.title).toBe("ГУ «Аппарат акима города Астаны»");
  });

  it("reads Cyrillic categories, text and serial dates, yes/no words, ratings by year with their dates", () => {
    const [ivanova] = data.employees;
    expect(ivanova).toMatchObject({
      key: "иванова мария",
      name: "Иванова Мария",
      position: "главный специалист",
      corps: "B",
      category: { code: "C-O-3", venue: "regionalCentre" },
      appointment: serial("15.03.2024"),
      firstEntry: true,
      // The register has no first-leadership column: not "no", but not known (§3(2) is not checked).
      firstLeadership: null,
      lastAdvancedTraining: serial("01.06.2022"),
    });
    expect(ivanova?.ratings).toEqual([
      { year: 2022, rating: "effective", word: "хорошо", date: null, cell: "G5" },
      { year: 2023, rating: "unsatisfactory", word: "неуд.", date: serial("20.12.2023"), cell: "H5" },
      { year: 2024, rating: "unsatisfactory", word: "неудовлетворительно", date: serial("20.12.2024"), cell: "I5" },
    ]);
  });

  it("turns every unreadable cell into a problem naming sheet, cell and value — and keeps reading", () => {
    const messages = data.problems.map((p) => problemMessage(p, "en"));
    expect(messages).toEqual([
      'Сотрудники!C6: C-9 (written "C-9") is in neither list of Rules §13 (Academy, regional centres)',
      "Сотрудники!A8: the row has data but no full name",
      "Сотрудники!E9: the cell shows the error #N/A",
      'Сотрудники!F9: "может быть" is not yes/no (use TRUE/FALSE, 1/0, иә/жоқ, да/нет, yes/no)',
      'Сотрудники!G9: "норм" is not an evaluation result (e.g. unsatisfactory, satisfactory, effective, excellent)',
    ]);
    expect(data.employees.map((e) => e.name)).toEqual(["Иванова Мария", "Петров Алексей", "Сидоров Олег"]);
    expect(data.employees[1]?.category).toBeNull();
  });

  it("derives the register's last advanced training as a course", () => {
    expect(data.courses).toEqual([
      expect.objectContaining({
        key: "иванова мария",
        type: "advancedTraining",
        end: serial("01.06.2022"),
        venue: null,
      }),
    ]);
  });
});

describe("readStaff: Kazakh and English headers, columns in any order, a training log joined by name", () => {
  const data = readStaff(
    wb({
      Тізім: [
        [
          "Санаты",
          "Т.А.Ә.",
          "Тағайындалған күні",
          "Корпусы",
          "Лауазымы",
          "Қайта даярлау басталуы",
          "Қайта даярлау аяқталуы",
          "Қайта даярлау сағаттары",
        ],
        ["е-r-5", "Әбенов Нұрлан", "31.08.2024", "«Б»", "бас маман", "01.10.2024", "30.11.2024", 96],
      ],
      Log: [
        ["Full name", "Training type", "Organisation", "Start", "End", "Academic hours", "Document no"],
        [
          "Абенов  Нурлан",
          "Курсы повышения квалификации",
          "Региональный центр г. Астана",
          "2025-03-03",
          "2025-03-14",
          72,
          1234,
        ],
        ["АБЕНОВ НҰРЛАН", "қайта даярлау", "Өңірлік орталық", "01.10.2024", "30.11.2024", 96, "Н-55"],
        ["Ким Ирина", "семинар", "Академия", "01.04.2025", "05.04.2025", 24, null],
        ["Ким Ирина", "retraining", "Academy", "01.04.2025", null, 120, null],
      ],
    }),
  );

  it("maps kk and en headers whatever their order", () => {
    expect(data.sheets.map((s) => s.kind)).toEqual(["register", "log"]);
    expect(data.employees[0]).toMatchObject({
      name: "Әбенов Нұрлан",
      category: { code: "E-R-5" },
      corps: "B",
      appointment: serial("31.08.2024"),
    });
  });

  it("joins the log to the register on the normalised name and counts a course in both only once", () => {
    const courses = data.courses.map((c) => [c.key, c.type, c.end, c.venue, c.hours, c.document]);
    expect(courses).toEqual([
      ["абенов нурлан", "advancedTraining", serial("14.03.2025"), "Региональный центр г. Астана", 72, "1234"],
      ["абенов нурлан", "retraining", serial("30.11.2024"), "Өңірлік орталық", 96, "Н-55"],
    ]);
  });

  it("reports an unknown training type and a course without an end date", () => {
    expect(data.problems.map((p) => `${p.sheet}!${p.cell} ${p.error.code}`)).toEqual([
      "Log!B4 unknownTrainingType",
      "Log!E5 blank",
    ]);
  });
});

describe("header and type vocabulary", () => {
  it.each([
    ["Ф.И.О.", "fullName"],
    ["ФИО", "fullName"],
    ["Т.А.Ә.", "fullName"],
    ["Тегі, аты, әкесінің аты", "fullName"],
    ["Дата назначения на должность", "appointmentDate"],
    ["Должность (полностью)", "position"],
    ["КАТЕГОРИЯ", "category"],
    ["Начало переподготовки", "retrainingStart"],
    ["Начало", "start"],
    ["Примечание", null],
  ])("%j → %s", (header, field) => {
    expect(headerField(header)).toBe(field);
  });

  it.each([
    ["переподготовка", "retraining"],
    ["Қайта даярлау курсы", "retraining"],
    ["Retraining", "retraining"],
    ["повышение квалификации", "advancedTraining"],
    ["ПК", "advancedTraining"],
    ["біліктілікті арттыру", "advancedTraining"],
    ["Advanced training", "advancedTraining"],
    ["семинар", null],
  ])("training type %j → %s", (text, type) => {
    expect(trainingType(text)).toBe(type);
  });

  it("a sheet with data but no recognisable header is a problem, an empty sheet is not", () => {
    const data = readStaff(wb({ Notes: [["hello", "world"]], Empty: [[null]] }));
    expect(data.problems).toEqual([
      { sheet: "Notes", cell: "", error: { code: "noHeader", seen: "A1 «hello», B1 «world»" }, name: null },
    ]);
  });

  it("serials of a 1904 workbook are converted", () => {
    const data = readStaff(
      wb(
        {
          S: [
            ["ФИО", "Категория", "Дата назначения"],
            ["А Б", "C-1", 43000],
          ],
        },
        1904,
      ),
    );
    expect(data.employees[0]?.appointment).toBe(43000 + 1462);
  });
});

describe("rows and headers that are not what they seem", () => {
  const data = readStaff(
    wb({
      Реестр: [
        [
          "ФИО",
          "Категория",
          "Дата назначения",
          "Дата начала переподготовки",
          "Дата окончания переподготовки",
          "Количество часов переподготовки",
        ],
        [1, 2, 3, 4, 5, 6],
        ["Иванов Иван", "C-1", "01.02.2024", "01.03.2024", "29.03.2024", 120],
        ["ФИО", "Категория", "Дата назначения", null, null, null],
        ["Иванов  иван", "C-2", 5, null, null, null],
        [17, "C-3", "01.02.2024", null, null, null],
      ],
    }),
  );

  it("reads register training columns whose names start like a log's (Дата начала …)", () => {
    expect(data.courses).toEqual([
      expect.objectContaining({
        type: "retraining",
        start: serial("01.03.2024"),
        end: serial("29.03.2024"),
        hours: 120,
      }),
    ]);
  });

  it("skips the row of column numbers and a repeated header; reports a number as a name or a date, and a duplicate name", () => {
    expect(data.employees.map((e) => e.name)).toEqual(["Иванов Иван", "Иванов иван"]);
    expect(data.problems.map((p) => `${p.cell} ${p.error.code}`)).toEqual([
      "C5 notADate",
      "A6 noName",
      "A5 duplicateName",
    ]);
  });
});

describe("a name written twice", () => {
  // The name in column C, not A; a title row above the header.
  const data = readStaff(
    wb({
      Кадры: [
        ["ГУ «Тест»"],
        ["№", "Табельный", "ФИО", "Дата назначения"],
        [1, "T-1", "Серікова Айгүл", "01.02.2024"],
        [2, "T-2", "Ахметов Ерлан", "01.03.2024"],
        [3, "T-3", "СЕРІКОВА  Айгүл", "01.04.2024"],
      ],
      Журнал: [
        ["ФИО", "Вид обучения", "Дата окончания", "Часы"],
        ["Серикова Айгуль", "повышение квалификации", "01.06.2025", 40],
      ],
    }),
  );

  it("is reported at the second name cell, naming the first by its cell, and says truly what each keeps", () => {
    const problem = data.problems.find((p) => p.error.code === "duplicateName");
    expect(problem).toMatchObject({ sheet: "Кадры", cell: "C5", error: { first: "Кадры!C3" } });
    if (problem === undefined) return;
    expect(problemMessage(problem, "ru")).toContain("также в ячейке Кадры!C3");
    expect(problemMessage(problem, "ru")).toContain("только обучение из его строки");
    expect(problemMessage(problem, "en")).toContain("also in cell Кадры!C3");
    expect(problemMessage(problem, "kk")).toContain("Кадры!C3 ұяшығында да");
  });
});

describe("the officer's column mapping", () => {
  const rows: CellValue[][] = [
    ["ФИО", "Код", "Дата назначения", "Должность"],
    ["Иванов Иван", "С-О-3", "01.02.2024", "эксперт"],
  ];

  it("a column whose header is not recognised can be mapped by hand, and a wrong one unmapped", () => {
    const plain = readStaff(wb({ S: rows }));
    expect(plain.employees[0]?.category).toBeNull();
    const fixed = readStaff(wb({ S: rows }), undefined, { S: { category: 1, position: -1 } });
    expect(fixed.employees[0]).toMatchObject({ category: { code: "C-O-3" }, position: null });
  });
});

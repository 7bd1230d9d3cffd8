import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readStaff } from "../../src/reader/readStaff";
import { buildAnnualReport, layoutReport, reportSheetName, reportSummary } from "../../src/report";
import { LANGS } from "../../src/rules";
import type { CellValue } from "../../src/workbook/port";
import { serial } from "../cases/functionCases";
import { kadr } from "../support/kadr";

const REGISTER: CellValue[][] = [
  ["ГУ «Тестовое управление»"],
  [
    "ФИО",
    "Должность",
    "Корпус",
    "Категория",
    "Дата назначения",
    "Впервые поступивший",
    "Впервые назначен на руководящую должность",
    "Последнее повышение квалификации",
    "Часы ПК",
    "Оценка 2023",
    "Оценка 2024",
    "Дата оценки 2023",
    "Дата оценки 2024",
    // Rules §20(1): Волков is corps A, and his career plan provides for advanced training.
    "Карьерный план",
  ],
  [
    "Айдарова Сауле",
    "главный специалист",
    "Б",
    "C-O-3",
    "01.09.2024",
    "да",
    "нет",
    "15.05.2024",
    40,
    "хорошо",
    "хорошо",
    null,
    null,
  ],
  [
    "Бекова Алия",
    "руководитель",
    "Б",
    "C-O-1",
    "01.02.2024",
    "нет",
    "да",
    "10.03.2021",
    16,
    "неуд",
    "неуд",
    "20.12.2023",
    "20.12.2024",
  ],
  ["Волков Иван", "эксперт", "А", "A-3", "10.01.2022", "да", "нет", "20.02.2022", 36, null, null, null, null, "да"],
  ["Галиев Марат", "специалист", "Б", "Д-4", "15.06.2024", "нет", "нет", "2024-11-20", 24, null, null, null, null],
  ["Дос Ерлан", "специалист", "Б", "E-9", "15.06.2024", "нет", "нет", null, null, null, null, null, null],
];
const LOG: CellValue[][] = [
  ["ФИО", "Вид обучения", "Место обучения", "Начало", "Окончание", "Академические часы", "Документ"],
  ["Айдарова Сауле", "переподготовка", "Региональный центр", "01.10.2024", "30.10.2024", 120, "П-1"],
  ["Галиев Марат", "повышение квалификации", "Академия", "11.11.2024", "20.11.2024", 24, "С-2"],
  ["Волков Иван", "повышение квалификации", "Академия", "01.12.2023", "08.12.2023", 36, "С-0"],
];

const staff = readStaff({
  dateSystem: 1900,
  sheets: [
    { name: "Список", rows: REGISTER },
    { name: "Журнал", rows: LOG },
  ],
});
const report = buildAnnualReport(staff, { year: 2024, builtOn: serial("10.01.2025") });

describe("annual report model (Rules §30)", () => {
  it("carries year, deadline, organisation and date built", () => {
    expect(report).toMatchObject({
      year: 2024,
      deadline: serial("10.01.2025"),
      organisation: "ГУ «Тестовое управление»",
      builtOn: serial("10.01.2025"),
      asOf: serial("31.12.2024"),
      employees: 5,
    });
  });

  it("lists what was completed in the year, once each, register and log joined", () => {
    expect(report.courses.map((c) => [c.course.name, c.course.type, c.course.end])).toEqual([
      ["Айдарова Сауле", "advancedTraining", serial("15.05.2024")],
      ["Айдарова Сауле", "retraining", serial("30.10.2024")],
      ["Галиев Марат", "advancedTraining", serial("20.11.2024")],
    ]);
    expect(report.totals).toEqual({ retraining: { count: 1, hours: 120 }, advancedTraining: { count: 2, hours: 64 } });
  });

  it("totals by venue, corps and category group, and by month", () => {
    expect(report.byVenue.map((v) => [v.venue, v.totals.retraining.count, v.totals.advancedTraining.count])).toEqual([
      [{ text: "Региональный центр" }, 1, 0],
      [{ text: "Академия" }, 0, 1],
      [null, 0, 1],
    ]);
    expect(report.byCorps.map((c) => c.corps)).toEqual(["B"]);
    expect(report.byGroup.map((g) => [g.group, g.totals.retraining.count + g.totals.advancedTraining.count])).toEqual([
      ["C", 2],
      ["D", 1],
    ]);
    expect(report.byMonth.map((m) => m.retraining.count + m.advancedTraining.count)).toEqual([
      0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 1, 0,
    ]);
  });

  it("compliance as of 31 December: overdue, due soon, hour violations and unreadable rows, with names and paragraphs", () => {
    const { compliance } = report;
    // Бекова: §24(2) — unsatisfactory 20.12.2023 and 20.12.2024 → by 20.03.2025, but §24(1) 10.03.2024 is earlier → overdue.
    expect(
      compliance.overdueAdvanced.map((c) => [c.employee.name, c.advanced.due?.due, c.advanced.due?.paragraph]),
    ).toEqual([["Бекова Алия", serial("10.03.2024"), "§24(1)"]]);
    // Бекова: first leadership appointment 01.02.2024 → retraining by 01.08.2024 (§3(2), §14), never sent.
    // Волков: first entry into corps A 10.01.2022 → by 10.07.2022 (§3(1), §14); no retraining on record.
    // Айдарова was sent 01.10.2024, within 6 months of 01.09.2024: not overdue.
    expect(
      compliance.overdueRetraining.map((c) => [c.employee.name, c.retraining.deadline, c.retraining.requiredBy]),
    ).toEqual([
      ["Бекова Алия", serial("01.08.2024"), "§3(2)"],
      ["Волков Иван", serial("10.07.2022"), "§3(1)"],
    ]);
    // Волков: corps A, first entry 10.01.2022, last advanced 08.12.2023 (log) → due 08.12.2026: on track.
    expect(compliance.dueSoon).toEqual([]);
    expect(compliance.hourViolations).toEqual([]);
    expect(compliance.problems.map((p) => `${p.sheet}!${p.cell} ${p.error.code}`)).toEqual([
      "Список!D7 categoryNotInRules",
    ]);
  });

  it("summarises for --json", () => {
    expect(reportSummary(report, "ru")).toEqual({
      year: 2024,
      deadline: "2025-01-10",
      // 10.01.2025 is a Friday, a working day.
      deadlineNote: null,
      employees: 5,
      completed: { retraining: 1, advancedTraining: 2 },
      academicHours: { retraining: 120, advancedTraining: 64 },
      byVenue: { "Региональный центр": 1, Академия: 1, "(не указано)": 1 },
      overdue: { retraining: 2, advancedTraining: 1 },
      dueSoon: 0,
      hourViolations: 0,
      hourViolationsBy: { retraining: 0, advancedTraining: 0 },
      problems: [
        {
          sheet: "Список",
          cell: "D7",
          message: "Список!D7: E-9 (записано «E-9») нет ни в одном списке п. 13 Правил (Академия, региональные центры)",
        },
      ],
      // Every column the checks need is in the register or the log: nothing is left unchecked.
      notChecked: [],
      unusedHeaders: [],
    });
  });
});

describe("report sheet layout", () => {
  it("never overwrites a sheet: a free name by language", () => {
    expect(reportSheetName(2024, "en", [])).toBe("Report 2024");
    expect(reportSheetName(2024, "ru", ["Отчёт 2024"])).toBe("Отчёт 2024 (2)");
    expect(reportSheetName(2024, "kk", ["есеп 2024", "Есеп 2024 (2)"])).toBe("Есеп 2024 (3)");
  });

  const layout = layoutReport(report, "ru", "Отчёт 2024 (2)");

  it("has the heading, a table per section with unique names, dates as serials, a chart by month", () => {
    expect(layout.name).toBe("Отчёт 2024 (2)");
    expect(layout.cells[0]).toMatchObject({ row: 0, col: 0, style: "title" });
    expect(layout.cells).toContainEqual({ row: 4, col: 1, value: serial("10.01.2025"), format: "date" });
    expect(layout.tables.map((t) => t.name)).toEqual([
      "Отчёт_2024_2_Venue",
      "Отчёт_2024_2_Corps",
      "Отчёт_2024_2_Group",
      "Отчёт_2024_2_Courses",
      "Отчёт_2024_2_OverdueRetraining",
      "Отчёт_2024_2_OverdueAdvanced",
      "Отчёт_2024_2_Problems",
    ]);
    const courses = layout.tables.find((t) => t.name.endsWith("Courses"));
    expect(courses?.rows[1]).toEqual([
      "Айдарова Сауле",
      "главный специалист",
      "Корпус «Б»",
      "C-O-3",
      "Переподготовка",
      "Региональный центр",
      serial("01.10.2024"),
      serial("30.10.2024"),
      120,
      "П-1",
    ]);
    expect(courses?.formats[6]).toBe("date");
    expect(layout.chart?.series.map((s) => s.values.reduce((a, b) => a + b, 0))).toEqual([1, 2]);
    expect(layout.chart?.categories).toHaveLength(12);
  });

  it("prints as an officer would: landscape A4, frozen heading, widths that fit", () => {
    expect(layout.page).toEqual({ orientation: "landscape", paper: "A4", fitToWidth: true });
    expect(layout.frozenRows).toBeGreaterThan(0);
    expect(layout.columnWidths[0]).toBeGreaterThanOrEqual("Айдарова Сауле".length);
    for (const width of layout.columnWidths) expect(width).toBeLessThanOrEqual(45);
  });

  it("tables never overlap each other", () => {
    const spans = layout.tables
      .map((t) => [t.row, t.row + t.rows.length + (t.totals ? 1 : 0)] as const)
      .sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < spans.length; i++) expect(spans[i]![0]).toBeGreaterThan(spans[i - 1]![1]);
  });
});

describe("the year's compliance uses only what was known by 31 December", () => {
  it("a retraining begun after the year does not make the servant 'sent' in that year's report", () => {
    const later = readStaff({
      dateSystem: 1900,
      sheets: [
        {
          name: "S",
          rows: [
            ["ФИО", "Категория", "Корпус", "Дата назначения", "Впервые поступивший"],
            ["Ким Ирина", "C-1", "Б", "01.02.2024", "да"],
          ],
        },
        {
          name: "L",
          rows: [
            ["ФИО", "Вид обучения", "Место обучения", "Начало", "Окончание", "Часы"],
            ["Ким Ирина", "переподготовка", "Академия", "03.02.2025", "28.02.2025", 120],
          ],
        },
      ],
    });
    const in2024 = buildAnnualReport(later, { year: 2024, builtOn: serial("10.01.2025") });
    expect(in2024.compliance.overdueRetraining.map((c) => c.employee.name)).toEqual(["Ким Ирина"]);
    const in2025 = buildAnnualReport(later, { year: 2025, builtOn: serial("10.01.2026") });
    expect(in2025.compliance.overdueRetraining).toEqual([]);
  });
});

/** Rules §30: 10 January stands; on a Saturday or Sunday the deadline line and the JSON say which. */
describe("the report deadline on a day off", () => {
  const DAY_OFF_NOTES = {
    6: {
      en: "a Saturday — a day off; Rules §30 names the date, it is not moved",
      ru: "суббота — выходной день; п. 30 Правил называет дату, срок не переносится",
      kk: "сенбі — демалыс күні; Қағидалар, 30-тармақ: күні аталған, мерзім ауыстырылмайды",
    },
    0: {
      en: "a Sunday — a day off; Rules §30 names the date, it is not moved",
      ru: "воскресенье — выходной день; п. 30 Правил называет дату, срок не переносится",
      kk: "жексенбі — демалыс күні; Қағидалар, 30-тармақ: күні аталған, мерзім ауыстырылмайды",
    },
  } as const;
  /** The note expected for 10 January of a year, by the weekday Date.UTC gives (not the code's). */
  const expectedNote = (year: number, lang: (typeof LANGS)[number]) => {
    const weekday = new Date(Date.UTC(year, 0, 10)).getUTCDay();
    return weekday === 0 || weekday === 6 ? DAY_OFF_NOTES[weekday][lang] : null;
  };
  /** 10 January of 2025…2032 and its weekday: two Saturdays, a Sunday, the rest working days. */
  const YEARS = [
    [2025, "Fri"],
    [2026, "Sat"],
    [2027, "Sun"],
    [2028, "Mon"],
    [2029, "Wed"],
    [2030, "Thu"],
    [2031, "Fri"],
    [2032, "Sat"],
  ] as const;

  it.each(YEARS)("10.01.%i (%s): the sheet's deadline line and the JSON", (deadlineYear, weekday) => {
    expect(new Date(Date.UTC(deadlineYear, 0, 10)).toUTCString().slice(0, 3)).toBe(weekday);
    const built = buildAnnualReport(staff, { year: deadlineYear - 1, builtOn: serial(`10.01.${deadlineYear}`) });
    expect(built.deadline).toBe(serial(`10.01.${deadlineYear}`));
    for (const lang of LANGS) {
      const note = expectedNote(deadlineYear, lang);
      const layout = layoutReport(built, lang, "R");
      // The date itself stays a date cell of 10 January: never moved.
      expect(layout.cells).toContainEqual({ row: 4, col: 1, value: serial(`10.01.${deadlineYear}`), format: "date" });
      const beside = layout.cells.filter((c) => c.row === 4 && c.col > 1);
      if (note === null) {
        expect(beside).toEqual([]);
      } else {
        expect(beside).toEqual([{ row: 4, col: 2, value: `(${note})`, style: "note" }]);
        expect(layout.merges).toContainEqual({ row: 4, col: 2, toRow: 4, toCol: 9 });
      }
      const summary = reportSummary(built, lang);
      expect(summary.deadline).toBe(`${deadlineYear}-01-10`);
      expect(summary.deadlineNote).toBe(note);
    }
  });

  it("kadr report --json gains deadlineNote, and the written sheet shows it beside the date", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kadr-deadline-"));
    const input = join(dir, "staff.xlsx");
    const book = new ExcelJS.Workbook();
    book.addWorksheet("Список").addRows(REGISTER);
    book.addWorksheet("Журнал").addRows(LOG);
    await book.xlsx.writeFile(input);

    for (const [year, note] of [
      [2026, "a Sunday — a day off; Rules §30 names the date, it is not moved"],
      [2027, null],
    ] as const) {
      const out = join(dir, `report-${year}.xlsx`);
      const run = await kadr("report", input, "--year", String(year), "--out", out, "--json", "--lang", "en");
      expect(run.code).toBe(0);
      expect(JSON.parse(run.out)).toMatchObject({ year, deadline: `${year + 1}-01-10`, deadlineNote: note });
      const copy = new ExcelJS.Workbook();
      await copy.xlsx.readFile(out);
      const sheet = copy.getWorksheet(`Report ${year}`);
      expect(sheet?.getCell("B5").value).toEqual(new Date(Date.UTC(year + 1, 0, 10)));
      expect(sheet?.getCell("C5").value ?? null).toBe(note === null ? null : `(${note})`);
    }
  });
});

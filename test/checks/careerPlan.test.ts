/**
 * Issue #12 item 1, Rules §20(1): corps A advanced training every three years applies
 * «мансаптық жоспарларда көзделген жағдайларда» — where the career plan provides for it. A register
 * with a career-plan column says yes or no (blank = no); without one the §20(1) date is shown as due
 * *if the career plan provides for it* and is counted nowhere as overdue (checks, pane, report).
 * §20(2) is unconditional.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { checkStaff, flagReason, type EmployeeCheck } from "../../src/checks/checkStaff";
import { main } from "../../src/cli/main";
import { readStaff } from "../../src/reader/readStaff";
import { buildAnnualReport } from "../../src/report";
import { explainTrainingDue } from "../../src/rules";
import type { CellValue } from "../../src/workbook/port";
import { serial } from "../cases/functionCases";

const HEAD = ["ФИО", "Корпус", "Категория", "Дата назначения", "Дата последнего повышения квалификации"];
const RATINGS = ["Оценка 2023", "Оценка 2024", "Дата оценки 2023", "Дата оценки 2024"];
const GOOD = ["хорошо", "хорошо", "20.12.2023", "20.12.2024"];
const PAIR = ["неуд", "неуд", "20.12.2023", "20.12.2024"];

/** A register with no career-plan column. */
const NO_COLUMN: CellValue[][] = [
  [...HEAD, ...RATINGS],
  ["Абаев Нурлан", "А", "A-3", "01.02.2020", "01.03.2021", ...GOOD],
  ["Абаева Динара", "А", "A-3", "01.02.2020", "01.03.2021", ...PAIR],
  ["Бекенов Ерлан", "Б", "C-O-3", "01.02.2020", "01.03.2021", ...GOOD],
];
/** A register whose career-plan column says yes, no or nothing. */
const WITH_COLUMN: CellValue[][] = [
  [...HEAD, "Карьерный план предусматривает ПК (да/нет)", ...RATINGS],
  ["Да Асель", "А", "A-2", "01.02.2020", "01.03.2021", "да", ...GOOD],
  ["Нет Болат", "А", "A-2", "01.02.2020", "01.03.2021", "нет", ...GOOD],
  ["Нетова Гульнар", "А", "A-2", "01.02.2020", "01.03.2021", "нет", ...PAIR],
  ["Пусто Данияр", "А", "A-2", "01.02.2020", "01.03.2021", null, ...GOOD],
  ["Жоспар Ерболат", "«А»", "A-2", "01.02.2020", "01.03.2021", "иә", ...PAIR],
];
const AS_OF = serial("15.01.2026");

const staff = readStaff({
  dateSystem: 1900,
  sheets: [
    { name: "Без плана", rows: NO_COLUMN },
    { name: "С планом", rows: WITH_COLUMN },
  ],
});
const checks = checkStaff(staff, AS_OF);
const byName = (name: string): EmployeeCheck => {
  const check = checks.employees.find((c) => c.employee.name === name);
  if (!check) throw new Error(`${name} not read`);
  return check;
};

describe("Rules §20(1) and the career plan (issue #12 item 1)", () => {
  it("reads the career-plan column where the register has one; a corps A servant's blank cell is named", () => {
    // Not "no": not known — the §20(1) date stays conditional, and the cell is a problem.
    expect(staff.problems.map((p) => `${p.sheet}!${p.cell} ${p.error.code}`)).toEqual([
      expect.stringMatching(/^С планом!F\d+ requiredBlank$/u),
    ]);
    expect(checks.employees.map((c) => [c.employee.name, c.employee.careerPlan])).toEqual([
      ["Абаев Нурлан", null],
      ["Абаева Динара", null],
      ["Бекенов Ерлан", null],
      ["Да Асель", true],
      ["Нет Болат", false],
      ["Нетова Гульнар", false],
      ["Пусто Данияр", null],
      ["Жоспар Ерболат", true],
    ]);
  });

  interface Case {
    readonly name: string;
    readonly why: string;
    /** The deadline, its paragraph and status; null when no deadline applies. */
    readonly expected: { readonly due: string; readonly paragraph: string; readonly status: string } | null;
    readonly flag: "advancedOverdue" | null;
  }
  const cases: readonly Case[] = [
    {
      name: "Абаев Нурлан",
      why: "corps A, no career-plan column: the §20(1) date is conditional, not overdue",
      expected: { due: "01.03.2024", paragraph: "§20(1)", status: "conditional" },
      flag: null,
    },
    {
      name: "Абаева Динара",
      why: "corps A, no career-plan column, two unsatisfactory results: §20(2) is unconditional",
      expected: { due: "20.03.2025", paragraph: "§20(2)", status: "overdue" },
      flag: "advancedOverdue",
    },
    {
      name: "Бекенов Ерлан",
      why: "corps B: §24(1) has no condition",
      expected: { due: "01.03.2024", paragraph: "§24(1)", status: "overdue" },
      flag: "advancedOverdue",
    },
    {
      name: "Да Асель",
      why: "corps A, the career plan «да»: §20(1) applies, overdue",
      expected: { due: "01.03.2024", paragraph: "§20(1)", status: "overdue" },
      flag: "advancedOverdue",
    },
    {
      name: "Нет Болат",
      why: "corps A, the career plan «нет», no §20(2): no deadline",
      expected: null,
      flag: null,
    },
    {
      name: "Нетова Гульнар",
      why: "corps A, the career plan «нет»: only §20(2)",
      expected: { due: "20.03.2025", paragraph: "§20(2)", status: "overdue" },
      flag: "advancedOverdue",
    },
    {
      name: "Пусто Данияр",
      why: "corps A, the career-plan cell blank: not known, so the §20(1) date is conditional (and the cell named)",
      expected: { due: "01.03.2024", paragraph: "§20(1)", status: "conditional" },
      flag: null,
    },
    {
      name: "Жоспар Ерболат",
      why: "corps A, the career plan «иә», §20(1) earlier than §20(2): the earlier governs",
      expected: { due: "01.03.2024", paragraph: "§20(1)", status: "overdue" },
      flag: "advancedOverdue",
    },
  ];

  it.each(cases)("$name — $why", ({ name, expected, flag }) => {
    const { advanced, flags } = byName(name);
    if (expected === null) {
      expect(advanced).toMatchObject({ due: null, status: null });
    } else {
      expect(advanced.status).toBe(expected.status);
      expect(advanced.due).toMatchObject({ due: serial(expected.due), paragraph: expected.paragraph });
    }
    const deadlineFlags = flags.filter((f) => f.flag.code === "advancedOverdue" || f.flag.code === "advancedDueSoon");
    expect(deadlineFlags.map((f) => f.flag.code)).toEqual(flag ? [flag] : []);
  });

  it("says why: the plan not known, the plan «да», the plan «нет»", () => {
    const conditional = byName("Абаев Нурлан").advanced.due;
    expect(conditional?.conditional).toBe(true);
    expect(conditional && explainTrainingDue(conditional, "en", "lastTraining").text).toBe(
      "§20(1): last advanced training 01.03.2021 → at least once every 3 years if the career plan provides for it, by 01.03.2024",
    );
    const [yes] = byName("Да Асель").flags;
    expect(yes && flagReason(yes, "ru")).toEqual({
      paragraph: "§20(1)",
      text: "п. 20(1): последнее повышение квалификации 01.03.2021 → не реже одного раза в 3 года (предусмотрено карьерным планом), до 01.03.2024",
    });
    const [certain] = byName("Абаева Динара").flags;
    expect(certain && flagReason(certain, "en").text).toBe(
      "§20(2): unsatisfactory results given 20.12.2023 and 20.12.2024 → advanced training within 3 months, by 20.03.2025 (§20(1) sets an earlier date, 01.03.2024, if the career plan provides for it)",
    );
    const [no] = byName("Нетова Гульнар").flags;
    expect(no && flagReason(no, "en").text).toBe(
      "§20(2): unsatisfactory results given 20.12.2023 and 20.12.2024 → advanced training within 3 months, by 20.03.2025 (the career plan does not provide for training every 3 years: §20(1) does not apply)",
    );
  });

  it("the pane's counters: the conditional servant is not an overdue advanced training", () => {
    // ChecksSection counts employees with an advancedOverdue / advancedDueSoon flag.
    const count = (code: string) => checks.employees.filter((c) => c.flags.some((f) => f.flag.code === code)).length;
    expect(count("advancedOverdue")).toBe(5);
    expect(count("advancedDueSoon")).toBe(0);
    expect(byName("Абаев Нурлан").flags).toEqual([]);
  });

  it("the annual report: not in the overdue or due-soon lists", () => {
    const report = buildAnnualReport(staff, { year: 2025, builtOn: serial("10.01.2026") });
    const names = report.compliance.overdueAdvanced.map((c) => c.employee.name);
    expect(names).toEqual(["Абаева Динара", "Бекенов Ерлан", "Да Асель", "Нетова Гульнар", "Жоспар Ерболат"]);
    expect(report.compliance.dueSoon.map((d) => d.check.employee.name)).not.toContain("Абаев Нурлан");
  });

  it("`kadr check`: shown as conditional, in text and JSON", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "kadr-career-")), "staff.xlsx");
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Без плана").addRows(NO_COLUMN);
    workbook.addWorksheet("С планом").addRows(WITH_COLUMN);
    await workbook.xlsx.writeFile(path);
    const run = async (...extra: string[]) => {
      let out = "";
      const code = await main(["check", path, "--as-of", "2026-01-15", "--lang", "en", ...extra], {
        out: (t) => void (out += t),
        err: () => undefined,
        env: {},
        tty: false,
      });
      expect(code).toBe(0);
      return out;
    };
    const json = JSON.parse(await run("--json")) as {
      employees: { name: string; advancedTraining: { due: string | null; paragraph: string | null; status: string } }[];
    };
    expect(json.employees.find((e) => e.name === "Абаев Нурлан")?.advancedTraining).toEqual({
      last: "2021-03-01",
      due: "2024-03-01",
      paragraph: "§20(1)",
      status: "conditional",
    });
    expect(json.employees.find((e) => e.name === "Да Асель")?.advancedTraining.status).toBe("overdue");
    expect(json.employees.find((e) => e.name === "Нет Болат")?.advancedTraining).toMatchObject({
      due: null,
      status: null,
    });
    expect(await run()).toMatch(
      /\nАбаев Нурлан: [^\n]*; advanced training §20\(1\): conditional \(by 01\.03\.2024\)\n/u,
    );
  });
});

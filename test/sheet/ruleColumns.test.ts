import { describe, expect, it } from "vitest";
import { ruleColumns } from "../../src/sheet/ruleColumns";
import type { CellValue } from "../../src/workbook/port";
import { serial } from "../cases/functionCases";

const REGISTER: CellValue[][] = [
  ["ГУ «Тест»"],
  [
    "ФИО",
    "Категория",
    "Корпус",
    "Дата назначения",
    "Последнее повышение квалификации",
    "Оценка 2023",
    "Оценка 2024",
    "Дата оценки 2023",
    "Дата оценки 2024",
  ],
  ["Иванова Мария", "С-О-3", "Б", "01.02.2025", "01.06.2022", "хорошо", "неуд", "20.12.2023", "20.12.2024"],
  ["Петров Олег", "D-4", "Б", "01.02.2024", null, null, null, null, null],
];

describe("rule columns (issue #4: KADR formulas beside the register)", () => {
  const plan = ruleColumns({ name: "Сотрудники", rows: REGISTER }, serial("15.01.2026"), "ru");

  it("goes right of the data, under the header row, one formula row per data row", () => {
    expect(plan).toMatchObject({ sheet: "Сотрудники", headerRow: 1, firstRow: 2, lastRow: 3, col: 9 });
    expect(plan?.headers).toEqual([
      "Место переподготовки (п. 13)",
      "Срок переподготовки (п. 14)",
      "Срок ПК (п. 24)",
      "Статус",
    ]);
  });

  it("writes formulas that refer to the row's own cells and to ONE absolute 'as of' cell, never TODAY()", () => {
    expect(plan?.formulas[0]).toEqual([
      '=IF(B3="","",KADR.RETRAINING_VENUE(B3,C3,"ru"))',
      '=IF(D3="","",KADR.RETRAINING_DEADLINE(D3))',
      // The corps cell decides the paragraph: §20 for corps A, §24 for corps B.
      '=IF(E3="","",KADR.TRAINING_DUE(E3,F3:G3,H3:I3,C3))',
      // TRAINING_STATUS: a corps A §20(1) date the career plan may not provide for is never "overdue".
      '=IF(L3="","",KADR.TRAINING_STATUS($N$2,E3,F3:G3,H3:I3,C3,,"ru"))',
    ]);
    expect(plan?.formulas.flat().some((f) => /TODAY/iu.test(f))).toBe(false);
    expect(plan?.asOf).toEqual({ row: 1, col: 13, value: serial("15.01.2026"), numberFormat: '"На "dd.mm.yyyy' });
    expect(plan?.numberFormats).toEqual(["@", "dd.mm.yyyy", "dd.mm.yyyy", "@"]);
  });

  it("passes the career-plan cell (Rules §20(1)) where the register has one; omitted arguments stay empty", () => {
    const withPlan = ruleColumns(
      {
        name: "A",
        rows: [
          [
            "ФИО",
            "Категория",
            "Корпус",
            "Дата назначения",
            "Последнее ПК",
            "Оценка 2024",
            "Карьерный план (ПК да/нет)",
          ],
          ["Абаев Нурлан", "A-3", "А", "01.02.2020", "01.06.2022", "хорошо", "нет"],
        ],
      },
      serial("15.01.2026"),
      "en",
    );
    expect(withPlan?.formulas[0]?.slice(2)).toEqual([
      '=IF(E2="","",KADR.TRAINING_DUE(E2,F2:F2,,C2,G2))',
      '=IF(J2="","",KADR.TRAINING_STATUS($L$1,E2,F2:F2,,C2,G2,"en"))',
    ]);
    const noCorps = ruleColumns(
      {
        name: "B",
        rows: [
          ["ФИО", "Категория", "Дата назначения", "Последнее ПК"],
          ["Бекенов Ерлан", "C-O-3", "01.02.2020", "01.06.2022"],
        ],
      },
      serial("15.01.2026"),
      "kk",
    );
    expect(noCorps?.formulas[0]?.slice(2)).toEqual([
      '=IF(D2="","",KADR.TRAINING_DUE(D2,""))',
      '=IF(G2="","",KADR.TRAINING_STATUS($I$1,D2,"",,,,"kk"))',
    ]);
  });

  it("declines a sheet that is not a register with category and appointment date", () => {
    expect(
      ruleColumns(
        {
          name: "Log",
          rows: [
            ["ФИО", "Вид обучения", "Окончание"],
            ["А", "ПК", "01.01.2025"],
          ],
        },
        1,
        "en",
      ),
    ).toBeNull();
  });
});

describe("highlight plans", () => {
  it("one rule per 1,000 flagged rows, over the register's data range", async () => {
    const { highlightPlans } = await import("../../src/sheet/highlight");
    const employees = Array.from({ length: 2500 }, (_, i) => ({
      employee: { source: { sheet: "S", row: i + 2 } },
      flags: i % 2 === 0 ? [{}] : [],
    }));
    // Only the parts highlightPlans reads.
    const checks = { employees } as unknown as Parameters<typeof highlightPlans>[0];
    const [plan] = highlightPlans(checks, () => ({ first: 2, last: 2501, width: 6 }));
    expect(plan?.range).toBe("A3:F2502");
    expect(plan?.rows).toHaveLength(1250);
    expect(plan?.formulas).toHaveLength(2);
    expect(plan?.formulas[0]?.startsWith("=ISNUMBER(MATCH(ROW(),{3,5,7,")).toBe(true);
    for (const formula of plan?.formulas ?? []) expect(formula.length).toBeLessThan(8192);
  });
});

/**
 * Issue #12 item 4 through the list and the CLI: Attestation Rules §2 exempts officers on the
 * leaves «Заңның 77-бабында көзделген» — of Art. 77 of the Law. The leave is read only from an
 * article reference, never from digits inside another number; FALSE or 0 means "not exempt"; any
 * other text or number is a problem naming the cell, and the officer is not judged exempt.
 * The same table runs through the core and through `kadr attestation --json` on an .xlsx file.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { checkAttestation } from "../../src/attestation/checkAttestation";
import { readAttestation } from "../../src/attestation/readAttestation";
import { problemMessage } from "../../src/reader/model";
import type { CellValue } from "../../src/workbook/port";
import { memoryWorkbook } from "../../src/workbook/memoryWorkbook";
import { kadrAt } from "../support/kadr";

const HEADER = ["ФИО", "Должность", "Комиссия", "Начало аттестации", "Дата заседания", "Освобождение", "Решение"];

/** The exemption cell, and what it reads as: a §2 ground, not exempt, or a problem. */
const CASES: readonly [CellValue, "leave" | "pregnancy" | null | "problem"][] = [
  ["ст. 77", "leave"],
  ["77-бап", "leave"],
  ["Art. 77", "leave"],
  ["отпуск по п.1 статьи 77 Закона", "leave"],
  ["Заңның 77-бабында көзделген демалыс", "leave"],
  ["беременность", "pregnancy"],
  ["1977", "problem"],
  ["ст. 177", "problem"],
  ["77 дней", "problem"],
  [77, "problem"],
  [false, null],
  [0, null],
  [null, null],
];

const ROWS: CellValue[][] = [
  HEADER,
  ...CASES.map(([cell], i) => [
    `Офицеров ${i + 1}`,
    "Начальник учреждения КУИС",
    "центральная",
    "01.11.2024",
    "13.12.2024",
    cell,
    null,
  ]),
];
/** Excel's column of the exemption cell, and its 1-based row. */
const cellOf = (i: number) => `F${i + 2}`;

describe("§2 Art. 77 through the list (core)", async () => {
  const list = readAttestation(await memoryWorkbook({ L: ROWS }).read());
  const checked = checkAttestation(list);

  CASES.forEach(([cell, expected], i) => {
    it(`${JSON.stringify(cell)} → ${expected ?? "not exempt"}`, () => {
      const officer = checked.officers[i];
      const problem = checked.problems.find((p) => p.cell === cellOf(i));
      if (expected === "problem") {
        expect(officer?.officer.exemption).toBeNull();
        expect(problem && problemMessage(problem, "en")).toBe(
          `L!${cellOf(i)}: ${JSON.stringify(String(cell))} is not a ground of Attestation Rules §2 (pregnancy, or leave under Art. 77)`,
        );
        // Not known to be exempt: no form is made for the officer until the cell is fixed.
        expect(officer?.officer.exemptionUnread).toBe(true);
      } else {
        expect(problem).toBeUndefined();
        expect(officer?.officer.exemption).toBe(expected);
        expect(officer?.flags.some((f) => f.code === "exempt")).toBe(expected !== null);
      }
    });
  });
});

describe("§2 Art. 77 through `kadr attestation --json`", () => {
  let summary: {
    officers: { fullName: string; flags: { code: string; paragraph: string }[] }[];
    problems: string[];
    counts: { exempt: number | null };
  };

  beforeAll(async () => {
    const path = join(mkdtempSync(join(tmpdir(), "kadr-art77-")), "list.xlsx");
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("L").addRows(ROWS);
    await workbook.xlsx.writeFile(path);
    const run = await kadrAt("2024-12-01", "attestation", path, "--lang", "en", "--json");
    expect(run.code, run.err).toBe(0);
    summary = JSON.parse(run.out) as typeof summary;
  });

  it("exempts exactly the article references and pregnancy, each flagged §2", () => {
    const exempt = summary.officers.filter((o) => o.flags.some((f) => f.code === "exempt" && f.paragraph === "§2"));
    const want = CASES.flatMap(([, expected], i) => (expected === "leave" || expected === "pregnancy" ? [i] : []));
    expect(exempt.map((o) => o.fullName)).toEqual(want.map((i) => `Офицеров ${i + 1}`));
    expect(summary.counts.exempt).toBe(want.length);
  });

  it("names each cell that is no ground of §2", () => {
    const cells = CASES.flatMap(([, expected], i) => (expected === "problem" ? [cellOf(i)] : []));
    for (const cell of cells) expect(summary.problems.join("\n")).toContain(`L!${cell}:`);
    expect(summary.problems.filter((p) => /not a ground of Attestation Rules §2/u.test(p))).toHaveLength(cells.length);
  });
});

/**
 * `kadr report` and `kadr check` end to end on real .xlsx files (exceljs), through main() with
 * captured output: exit codes, the copy with the report sheet (opened again with exceljs: the totals
 * match the JSON), the input left untouched, and the bad inputs of issue #3.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { kadr } from "../support/kadr";
import { HEAVY } from "../support/timeouts";
import { makeSample } from "../../src/tools/sample";

const dir = mkdtempSync(join(tmpdir(), "kadr-cli-"));
const sample = join(dir, "staff.xlsx");

const hash = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

beforeAll(async () => {
  await makeSample({ employees: 40 }).xlsx.writeFile(sample);
});

describe("kadr report", () => {
  it("writes a copy with the report sheet, leaves the input untouched, and the copy's totals match --json", async () => {
    const before = hash(sample);
    const out = join(dir, "out.xlsx");
    const run = await kadr("report", sample, "--out", out, "--json", "--lang", "en");
    expect(run.code).toBe(0);
    expect(hash(sample)).toBe(before);
    const summary = JSON.parse(run.out) as {
      year: number;
      deadline: string;
      completed: { retraining: number; advancedTraining: number };
      problems: unknown[];
    };
    expect(summary).toMatchObject({ year: 2025, deadline: "2026-01-10" });
    expect(summary.problems.length).toBeGreaterThan(0);

    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(out);
    expect(copy.worksheets.map((s) => s.name)).toEqual(["Сотрудники", "Оқыту журналы", "Report 2025"]);
    const report = copy.getWorksheet("Report 2025");
    // exceljs reads a table's definition (its range), not its rows: read the cells it spans.
    const venue = report?.getTable("Report_2025_Venue") as unknown as {
      table: { tableRef: string; totalsRow: boolean };
    };
    const [from, to] = venue.table.tableRef.split(":").map((a) => report?.getCell(a ?? "A1")) as ExcelJS.Cell[];
    const firstData = Number(from?.row) + 1;
    const lastData = Number(to?.row) - (venue.table.totalsRow ? 1 : 0);
    const sum = (col: number) => {
      let total = 0;
      for (let r = firstData; r <= lastData; r++) total += Number(report?.getRow(r).getCell(col).value ?? 0);
      return total;
    };
    expect(lastData).toBeGreaterThanOrEqual(firstData);
    expect([sum(2), sum(4)]).toEqual([summary.completed.retraining, summary.completed.advancedTraining]);
  });

  it("never overwrites a sheet, never counts an earlier report as staff data, in any language", async () => {
    const first = join(dir, "first.xlsx");
    const second = join(dir, "second.xlsx");
    const third = join(dir, "third.xlsx");
    const runs = [
      await kadr("report", sample, "--out", first, "--lang", "en", "--json"),
      await kadr("report", first, "--out", second, "--lang", "en", "--json"),
      await kadr("report", second, "--out", third, "--lang", "ru", "--json"),
    ];
    expect(runs.map((r) => r.code)).toEqual([0, 0, 0]);
    const summaries = runs.map((r) => JSON.parse(r.out) as { completed: unknown; problems: unknown[] });
    // The same totals and problems each time: the reports already in the workbook are skipped.
    expect(summaries[1]).toEqual(summaries[0]);
    expect(summaries[2]?.completed).toEqual(summaries[0]?.completed);
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(third);
    expect(copy.worksheets.map((s) => s.name)).toEqual([
      "Сотрудники",
      "Оқыту журналы",
      "Report 2025",
      "Report 2025 (2)",
      "Отчёт 2025",
    ]);
  });

  it("refuses to write over its input", async () => {
    const run = await kadr("report", sample, "--out", sample);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/choose another name/);
  });

  it("lists formula errors and unreadable rows as problems, by cell", async () => {
    const run = await kadr("report", sample, "--out", join(dir, "p.xlsx"), "--json", "--lang", "ru");
    const { problems } = JSON.parse(run.out) as { problems: { sheet: string; cell: string; message: string }[] };
    expect(problems.map((p) => p.message)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Сотрудники!E\d+: C-9 \(записано «C-9»\)/u),
        expect.stringMatching(/^Сотрудники!F\d+: в ячейке ошибка #N\/A$/u),
        expect.stringMatching(/^Сотрудники!F\d+: «31\.02\.2025» — не дата/u),
      ]),
    );
  });
});

describe("kadr: bad input loses nothing and says why", () => {
  it.each([
    [
      "a password-protected (encrypted) workbook",
      Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(512)]),
      /password-protected/,
    ],
    ["a corrupt file", Buffer.from("PK\u0003\u0004 this is not really a zip"), /./],
    ["not a workbook at all", Buffer.from("ФИО;Категория\nИванов;C-1\n"), /not an \.xlsx workbook/],
  ])("%s → exit 1 with a message", async (_what, bytes, message) => {
    const path = join(dir, `bad-${Math.random()}.xlsx`);
    writeFileSync(path, bytes);
    const run = await kadr("report", path);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(message);
    expect(readFileSync(path)).toEqual(bytes);
  });

  it("a workbook with no recognisable header → exit 1, naming the sheets looked at", async () => {
    const path = join(dir, "noheader.xlsx");
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Лист1").addRow(["что-то", "ещё"]);
    await workbook.xlsx.writeFile(path);
    const run = await kadr("report", path);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/no sheet has a recognisable header row \(looked at "Лист1"\)/);
    // …and what it saw there, so the officer knows which header to map.
    expect(run.err).toContain("Лист1: no header row found");
    expect(run.err).toContain("the first cells are A1 «что-то», B1 «ещё»");
  });

  it("a sheet that reaches row 1,048,576 is read without trouble; the stray value there is no employee", async () => {
    const path = join(dir, "tall.xlsx");
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Staff");
    sheet.addRow(["Full name", "Category", "Appointment date"]);
    sheet.addRow(["Ivanov Ivan", "C-1", "01.02.2025"]);
    sheet.getCell("A1048576").value = "Last Row";
    await workbook.xlsx.writeFile(path);
    const run = await kadr("check", path, "--json");
    expect(run.code).toBe(0);
    const result = JSON.parse(run.out) as {
      employees: { name: string }[];
      problems: { cell: string; message: string }[];
    };
    expect(result.employees.map((e) => e.name)).toEqual(["Ivanov Ivan"]);
    expect(result.problems).toContainEqual({
      sheet: "Staff",
      cell: "A1048576",
      message: "Staff!A1048576: a value 1048573 blank rows below the table: not read as an employee",
    });
  });

  it.each([
    [[]],
    [["report"]],
    [["publish", "x.xlsx"]],
    [["report", "x.xlsx", "--lang", "de"]],
    [["report", "x.xlsx", "--year", "twenty"]],
    [["check", "x.xlsx", "--as-of", "soon"]],
  ])("bad usage %j → exit 2", async (argv) => {
    const run = await kadr(...argv);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/usage:/);
  });
});

describe("kadr check", () => {
  it("prints every employee's checks with the paragraph that decided each", async () => {
    const run = await kadr("check", sample, "--as-of", "2026-01-15", "--json", "--lang", "kk");
    expect(run.code).toBe(0);
    const result = JSON.parse(run.out) as {
      asOf: string;
      employees: {
        retraining: { paragraph: string; status: string; venue: string | null };
        advancedTraining: { paragraph: string | null };
      }[];
    };
    expect(result.asOf).toBe("2026-01-15");
    expect(result.employees.length).toBeGreaterThanOrEqual(40);
    for (const e of result.employees) {
      expect(e.retraining.paragraph).toMatch(/^§3/);
      if (e.advancedTraining.paragraph) expect(e.advancedTraining.paragraph).toMatch(/^§(20|24)\([12]\)$/);
      if (e.retraining.venue) expect(["Академия", "Өңірлік орталық"]).toContain(e.retraining.venue);
    }
  });

  it(
    "shows progress on stderr for a large workbook",
    async () => {
      const path = join(dir, "big.xlsx");
      await makeSample({ employees: 3000, messy: false }).xlsx.writeFile(path);
      const run = await kadr("check", path, "--json");
      expect(run.code).toBe(0);
      expect(run.err).toMatch(/reading rows: .* \(100%\)/);
    },
    HEAVY,
  );
});

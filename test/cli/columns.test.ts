/**
 * `kadr columns`, `--map` and `--mapping` (issue #11): the officer sees how each header was read
 * and corrects it on any command; a header the program cannot read is said, never dropped.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { ATTESTATION_TERMS } from "../../src/attestation/headers";
import { kadr } from "../support/kadr";
import { HEAVY } from "../support/timeouts";
import { FIELDS_OF } from "../../src/reader/findHeader";
import { MAPPABLE_FIELDS } from "../../src/rules";

const dir = mkdtempSync(join(tmpdir(), "kadr-columns-"));
const SAMPLE = join(__dirname, "../../assets/sample-staff.xlsx");
/** The sample with its first-entry header written as no synonym list would have it. */
const ODD = join(dir, "odd.xlsx");

const hash = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

beforeAll(async () => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(SAMPLE);
  const sheet = workbook.getWorksheet("Сотрудники");
  const cell = sheet?.getCell("G4");
  if (!cell || cell.value !== "Впервые поступивший") throw new Error("the sample moved its first-entry column");
  cell.value = "Ф-1";
  await workbook.xlsx.writeFile(ODD);
});

type CheckJson = { notChecked: { check: string }[]; employees: { retraining: { status: string } }[] };

describe("kadr columns", () => {
  it("prints field ← header (score), the fields missing and the headers not used, per sheet", async () => {
    const run = await kadr("columns", SAMPLE);
    expect(run.code).toBe(0);
    expect(run.out).toContain("Сотрудники (register, header row 4):");
    expect(run.out).toContain("  fullName ← B4 «Ф.И.О.» (1.00) — Full name");
    expect(run.out).toContain("  missing: retrainingStart, retrainingEnd, retrainingHours, advancedTrainingHours");
    expect(run.out).toContain("  headers not used: A4 «№»");
    expect(run.out).toContain("Оқыту журналы (log, header row 3):");
  });

  it("--json: the same per sheet, for scripts", async () => {
    const run = await kadr("columns", ODD, "--json");
    const json = JSON.parse(run.out) as {
      sheets: { sheet: string; missing: string[]; unused: { cell: string; header: string }[] }[];
    };
    const register = json.sheets.find((s) => s.sheet === "Сотрудники");
    expect(register?.missing).toContain("firstEntry");
    expect(register?.unused).toContainEqual({ col: 6, cell: "G4", header: "Ф-1" });
  });

  it("a sheet with no recognisable header: one problem naming the sheet and the cells it saw", async () => {
    const path = join(dir, "noheader.xlsx");
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Лист1").addRow(["что-то", "ещё"]);
    await workbook.xlsx.writeFile(path);
    const run = await kadr("columns", path);
    expect(run.code).toBe(0);
    expect(run.out).toBe(
      "Лист1: no header row found (e.g. full name, category, appointment date; or full name, training type, end); " +
        "the first cells are A1 «что-то», B1 «ещё»\n",
    );
  });
});

describe("--map and --mapping on every command", () => {
  it(
    "an unrecognised header leaves §3(1) not checked; --map by header text or column letter reads it",
    async () => {
      const before = hash(ODD);
      const plain = JSON.parse((await kadr("check", ODD, "--json")).out) as CheckJson;
      expect(plain.notChecked.map((n) => n.check)).toEqual(["retrainingFirstEntry"]);
      expect(plain.employees.some((e) => e.retraining.status === "notChecked")).toBe(true);

      const byText = JSON.parse((await kadr("check", ODD, "--json", "--map", "firstEntry=Ф-1")).out) as CheckJson;
      expect(byText.notChecked).toEqual([]);
      expect(byText.employees.some((e) => e.retraining.status === "notChecked")).toBe(false);
      const byLetter = JSON.parse(
        (await kadr("check", ODD, "--json", "--map", "Сотрудники!firstEntry=G")).out,
      ) as CheckJson;
      expect(byLetter).toEqual(byText);
      // The original reading, field for field: the same answers as the sample's own headers give.
      const sample = JSON.parse((await kadr("check", SAMPLE, "--json")).out) as CheckJson;
      expect(byText.employees).toEqual(sample.employees);
      expect(hash(ODD)).toBe(before);
    },
    HEAVY,
  );

  it(
    "--mapping FILE.json (the pane's shape) on report and attestation too; --map has the last word",
    async () => {
      const file = join(dir, "mapping.json");
      writeFileSync(file, JSON.stringify({ Сотрудники: { firstEntry: "Ф-1" } }));
      const report = await kadr(
        "report",
        ODD,
        "--json",
        "--year",
        "2025",
        "--mapping",
        file,
        "--out",
        join(dir, "r.xlsx"),
      );
      expect(report.code).toBe(0);
      const summary = JSON.parse(report.out) as { notChecked: unknown[]; overdue: { retraining: number | null } };
      expect(summary.notChecked).toEqual([]);
      expect(typeof summary.overdue.retraining).toBe("number");
      const undone = await kadr(
        "report",
        ODD,
        "--json",
        "--year",
        "2025",
        "--mapping",
        file,
        "--map",
        "firstEntry=-",
        "--out",
        join(dir, "r2.xlsx"),
      );
      expect((JSON.parse(undone.out) as { overdue: { retraining: number | null } }).overdue.retraining).toBeNull();

      const list = join(__dirname, "../../assets/sample-attestation.xlsx");
      const att = await kadr("attestation", list, "--json", "--map", "exemption=-", "--out", join(dir, "a.xlsx"));
      expect(att.code).toBe(0);
      expect((JSON.parse(att.out) as { notChecked: { check: string }[] }).notChecked.map((n) => n.check)).toEqual([
        "exempt",
      ]);
    },
    HEAVY,
  );

  it("a field that is not one, or a mapping file that is not JSON, is a usage error (exit 2) naming it", async () => {
    const bad = await kadr("check", ODD, "--map", "firstEntree=Ф-1");
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--map: "firstEntree" is not a field \(fields: fullName, firstName, patronymic, position/u);
    const noEq = await kadr("check", ODD, "--map", "firstEntry");
    expect(noEq.code).toBe(2);
    const file = join(dir, "broken.json");
    writeFileSync(file, "{ not json");
    const broken = await kadr("report", ODD, "--mapping", file);
    expect(broken.code).toBe(2);
    expect(broken.err).toMatch(/--mapping: cannot read .*broken\.json as JSON/u);
  });

  it("every field of the three kinds of list can be mapped, and nothing else", () => {
    const fields = new Set([...FIELDS_OF.register, ...FIELDS_OF.log, ...Object.keys(ATTESTATION_TERMS.fields)]);
    expect([...MAPPABLE_FIELDS].sort()).toEqual([...fields].sort());
  });
});

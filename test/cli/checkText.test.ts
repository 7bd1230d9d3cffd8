/**
 * `kadr check` says what it could not check, never a wrong "not required" or "no deadline": a
 * register without a first-entry column leaves §3 open, one without any record of advanced
 * training leaves its deadline unchecked; and a workbook holding only an attestation list is named
 * as such, with the command that reads it.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { kadr } from "../support/kadr";

const dir = mkdtempSync(join(tmpdir(), "kadr-check-text-"));
/** No first-entry and no first-leadership column: whether retraining is required cannot be told. */
const NO_FIRST_ENTRY = join(dir, "no-first-entry.xlsx");
/** No last-advanced-training column and no training log: the advanced-training deadline is not checked. */
const NO_ADVANCED = join(dir, "no-advanced.xlsx");
const ATTESTATION = join(__dirname, "../../assets/sample-attestation.xlsx");

async function write(path: string, rows: unknown[][]) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Staff");
  for (const row of rows) sheet.addRow(row);
  await workbook.xlsx.writeFile(path);
}

beforeAll(async () => {
  await write(NO_FIRST_ENTRY, [
    ["Full name", "Category", "Corps", "Appointment date", "Last advanced training"],
    ["Ivanov Ivan", "C-O-3", "B", "01.02.2024", "01.03.2024"],
    ["Political Person", "", "political", "01.02.2024", ""],
  ]);
  await write(NO_ADVANCED, [
    ["Full name", "Category", "Corps", "Appointment date", "First entry", "First leadership"],
    ["Petrov Petr", "C-O-3", "B", "01.02.2024", "no", "no"],
    // Required (§3(1)), but without any record of retraining its deadline is not checked.
    ["Sidorov Sidor", "C-O-3", "B", "01.02.2024", "yes", "no"],
    ["Political Person", "", "political", "01.02.2024", "no", "no"],
  ]);
});

type CheckJson = {
  employees: {
    name: string;
    retraining: { required: boolean | null; status: string };
    advancedTraining: { due: string | null; status: string | null };
  }[];
  notChecked: { check: string }[];
};

const employee = (json: CheckJson, name: string) => json.employees.find((e) => e.name === name);
const line = (out: string, name: string) => out.split("\n").find((l) => l.startsWith(`${name}:`));

describe("kadr check: retraining not checked", () => {
  it("prints «retraining: not checked», not «retraining not required», when the register lacks a first-entry column", async () => {
    const run = await kadr("check", NO_FIRST_ENTRY, "--lang", "en");
    expect(run.code).toBe(0);
    const ivanov = line(run.out, "Ivanov Ivan");
    expect(ivanov).toMatch(/^Ivanov Ivan: retraining: not checked; advanced training §24\(1\): /);
    expect(ivanov).not.toContain("not required");
    // A political servant is never retrained (§3): that stays as it was.
    expect(line(run.out, "Political Person")).toBe(
      "Political Person: retraining not required; advanced training: no deadline",
    );
  });

  it("--json: retraining.required is null when it could not be told", async () => {
    const run = await kadr("check", NO_FIRST_ENTRY, "--json");
    expect(run.code).toBe(0);
    const json = JSON.parse(run.out) as CheckJson;
    expect(json.notChecked.map((n) => n.check)).toContain("retrainingFirstEntry");
    expect(employee(json, "Ivanov Ivan")?.retraining).toMatchObject({ required: null, status: "notChecked" });
    expect(employee(json, "Political Person")?.retraining).toMatchObject({ required: false, status: "notRequired" });
  });
});

describe("kadr check: advanced training not checked", () => {
  it("prints «advanced training: not checked», not «no deadline», without any record of advanced training", async () => {
    const run = await kadr("check", NO_ADVANCED, "--lang", "en");
    expect(run.code).toBe(0);
    expect(line(run.out, "Petrov Petr")).toBe("Petrov Petr: retraining not required; advanced training: not checked");
    expect(line(run.out, "Sidorov Sidor")).toBe(
      "Sidorov Sidor: retraining §3(1): not checked; advanced training: not checked",
    );
    // No deadline applies to a political servant, whatever the columns.
    expect(line(run.out, "Political Person")).toBe(
      "Political Person: retraining not required; advanced training: no deadline",
    );
  });

  it('--json: advancedTraining.status is "notChecked" for the sheet whose check was skipped', async () => {
    const run = await kadr("check", NO_ADVANCED, "--json");
    expect(run.code).toBe(0);
    const json = JSON.parse(run.out) as CheckJson;
    expect(json.notChecked.map((n) => n.check)).toContain("advancedDue");
    expect(employee(json, "Petrov Petr")?.advancedTraining).toMatchObject({ due: null, status: "notChecked" });
    expect(employee(json, "Petrov Petr")?.retraining).toMatchObject({ required: false, status: "notRequired" });
    // Known to be required: only its deadline was not checked.
    expect(employee(json, "Sidorov Sidor")?.retraining).toMatchObject({ required: true, status: "notChecked" });
    expect(employee(json, "Political Person")?.advancedTraining).toMatchObject({ due: null, status: null });
  });
});

describe("a workbook whose only list is an attestation list", () => {
  it.each([["check"], ["report"]])(
    "kadr %s names its sheets, says it is an attestation list and points to kadr attestation (exit 1)",
    async (command) => {
      const out = join(dir, `${command}-out.xlsx`);
      const run = await kadr(command, ATTESTATION, ...(command === "report" ? ["--out", out] : []));
      expect(run.code).toBe(1);
      expect(run.err).not.toContain("(looked at )");
      expect(run.err).toContain('"Аттестация"');
      expect(run.err).toMatch(/"Аттестация" is an attestation list/);
      expect(run.err).toContain(`kadr attestation ${ATTESTATION}`);
    },
  );
});

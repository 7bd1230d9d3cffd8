/**
 * Never a silent wrong answer (issue #11): each column the checks stand on is removed in turn from
 * the sample register and the sample attestation list. Every dependent check must become a *not
 * checked* entry — in the core, in the CLI's JSON and on the report sheet — and every count built
 * on it must read "not checked", never 0. The expectations are written out by hand, case by case.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { makeAttestation } from "../../src/attestation/makeAttestation";
import { kadr } from "../support/kadr";
import { makeReport } from "../../src/report";
import { serial } from "../cases/functionCases";
import { data, dir, LIST, LIST_CASES, SLOW, STAFF, STAFF_CASES, staffWithout, without } from "./coverageCases";

const get = (object: unknown, path: string): unknown =>
  path.split(".").reduce<unknown>((o, key) => (o as Record<string, unknown> | null)?.[key], object);

const ALL_COUNTS = [
  "overdue.retraining",
  "overdue.advancedTraining",
  "dueSoon",
  "hourViolations",
  "completed.retraining",
  "completed.advancedTraining",
];

describe("a register without a column the checks need", () => {
  it("the sample as it is: everything checked, every count a number", async () => {
    const made = makeReport(await data(STAFF), { lang: "en", builtOn: serial("15.01.2026"), year: 2025 });
    expect(made.ok && made.summary.notChecked).toEqual([]);
    for (const path of ALL_COUNTS) expect(typeof get(made.ok && made.summary, path), path).toBe("number");
  });

  it.each(STAFF_CASES.map((c) => [c.name, c] as const))(
    "without %s: not checked in the core, the CLI JSON and the report sheet; no count falls to 0",
    async (name, c) => {
      const path = await staffWithout(c, name);

      const made = makeReport(await data(path), { lang: "en", builtOn: serial("15.01.2026"), year: 2025 });
      if (!made.ok) throw new Error("no staff sheet");
      const entries = made.report.notChecked.map(({ check, paragraph, missing }) => ({ check, paragraph, missing }));
      expect(entries).toEqual(c.notChecked);
      for (const path of ALL_COUNTS) {
        if (c.nullCounts.includes(path)) expect(get(made.summary, path), path).toBeNull();
        else expect(typeof get(made.summary, path), path).toBe("number");
      }

      // The report sheet says so near the top, before the figures.
      const texts = made.layout.cells.map((cell) => String(cell.value));
      const heading = texts.indexOf("Not checked: the register lacks the columns these checks need");
      expect(heading).toBeGreaterThan(0);
      expect(heading).toBeLessThan(texts.indexOf("1. Completed in the year: totals"));
      expect(texts.filter((t) => t.startsWith("Not checked: ")).length).toBe(1 + c.notChecked.length);

      // The CLI: --json names each entry, and the counts are null.
      const check = await kadr("check", path, "--json", "--lang", "en");
      expect(check.code).toBe(0);
      const checked = JSON.parse(check.out) as { notChecked: { check: string; missing: string[]; message: string }[] };
      expect(checked.notChecked.map((n) => n.check)).toEqual(c.notChecked.map((n) => n.check));
      expect(checked.notChecked.every((n) => n.message.startsWith("Not checked: "))).toBe(true);
      const report = await kadr(
        "report",
        path,
        "--json",
        "--lang",
        "en",
        "--year",
        "2025",
        "--out",
        `${path}.out.xlsx`,
      );
      expect(report.code).toBe(0);
      const summary = JSON.parse(report.out) as unknown;
      for (const p of c.nullCounts) expect(get(summary, p), p).toBeNull();
    },
    SLOW,
  );
});

const ATTESTATION_COUNTS = [
  "exempt",
  "afterReturn",
  "dismissalRecommended",
  "decisionNotAllowed",
  "stageMissing",
  "late",
  "subjectToDismissal",
];

describe("an attestation list without a column the checks need", () => {
  let fullDecisions = 0;
  beforeAll(async () => {
    const made = makeAttestation(await data(LIST), { lang: "ru", builtOn: serial("01.06.2024") });
    if (!made.ok) throw new Error("no list");
    fullDecisions = made.layouts
      .filter((l) => l.name.startsWith("Аттестационные листы"))
      .flatMap((l) => l.cells)
      .filter((cell) => /^[1-5]\) /u.test(String(cell.value))).length;
  });

  it("the sample as it is: everything checked, decisions printed", async () => {
    const made = makeAttestation(await data(LIST), { lang: "ru", builtOn: serial("01.06.2024") });
    expect(made.ok && made.check.coverage.notChecked).toEqual([]);
    for (const key of ATTESTATION_COUNTS) expect(typeof (made.ok && made.check.counts[key as "exempt"])).toBe("number");
    expect(fullDecisions).toBeGreaterThan(0);
  });

  it.each(LIST_CASES.map((c) => [c.name, c] as const))(
    "without %s: not checked in the core, the CLI JSON and the forms",
    async (name, c) => {
      const path = await without(LIST, "Аттестация", [c.header], `list-${name.replace(/\W+/gu, "-")}`);
      const made = makeAttestation(await data(path), { lang: "ru", builtOn: serial("01.06.2024") });
      if (!made.ok) throw new Error("no list");
      const entries = made.check.coverage.notChecked.map(({ check, paragraph, missing }) => ({
        check,
        paragraph,
        missing,
      }));
      expect(entries).toEqual(c.notChecked);
      for (const key of ATTESTATION_COUNTS) {
        const count = made.check.counts[key as "exempt"];
        if (c.nullCounts.includes(key)) expect(count, key).toBeNull();
        else expect(typeof count, key).toBe("number");
      }
      const sheets = made.layouts.filter((l) => l.name.startsWith("Аттестационные листы"));
      const cells = sheets.flatMap((l) => l.cells);
      const top = cells.filter((cell) => cell.row < 3).map((cell) => String(cell.value));
      expect(
        top.some((t) => t.startsWith("Не проверено: ")),
        "note above the forms",
      ).toBe(c.formsNote);
      const decisions = cells.filter((cell) => /^[1-5]\) /u.test(String(cell.value))).length;
      if (c.decisionsPrinted) expect(decisions).toBe(fullDecisions);
      else expect(decisions, "no unchecked decision in field 7").toBe(0);

      const run = await kadr("attestation", path, "--json", "--lang", "ru", "--out", `${path}.out.xlsx`);
      expect(run.code).toBe(0);
      const json = JSON.parse(run.out) as { notChecked: { check: string }[]; counts: Record<string, unknown> };
      expect(json.notChecked.map((n) => n.check)).toEqual(c.notChecked.map((n) => n.check));
      for (const key of c.nullCounts) expect(json.counts[key], key).toBeNull();
    },
    SLOW,
  );
});

describe("hour violations by paragraph", () => {
  it(
    "a register-only workbook with advanced-training hours but no retraining hours still counts §25's violations",
    async () => {
      const ExcelJS = (await import("exceljs")).default;
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet("Реестр");
      sheet.addRow(["ФИО", "Корпус", "Категория", "Дата назначения", "Последнее ПК", "Часы ПК"]);
      sheet.addRow(["Иванов Иван", "Б", "С-О-3", "01.02.2020", "10.05.2025", 90]);
      const path = `${dir}/hours-only-advanced.xlsx`;
      await workbook.xlsx.writeFile(path);
      const run = await kadr("report", path, "--json", "--year", "2025", "--out", `${path}.out.xlsx`);
      const summary = JSON.parse(run.out) as {
        hourViolations: number | null;
        hourViolationsBy: { retraining: number | null; advancedTraining: number | null };
      };
      // The total stands on both paragraphs: not checked; §25's own count is there.
      expect(summary.hourViolations).toBeNull();
      expect(summary.hourViolationsBy).toEqual({ retraining: null, advancedTraining: 1 });
    },
    SLOW,
  );
});

/**
 * Issue #12 item 11: Appendix 1 of the Attestation Rules — the positions subject to the
 * extraordinary attestation, part 1 examined by the central commission and part 2 by the regional
 * ones. One list, each officer one reading, through the core (readAttestation + checkAttestation)
 * and through `kadr attestation --json`; a property that the matcher never throws and never names
 * both parts as matched; and what a list without the position or commission column says.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { checkAttestation } from "../../src/attestation/checkAttestation";
import { readAttestation } from "../../src/attestation/readAttestation";
import { problemMessage } from "../../src/reader/model";
import { APPENDIX_1_ITEMS, explainAttestationFlag, matchPosition } from "../../src/rules";
import type { CellValue } from "../../src/workbook/port";
import { memoryWorkbook } from "../../src/workbook/memoryWorkbook";
import { kadrAt } from "../support/kadr";

const HEADER = ["ФИО", "Должность", "Комиссия", "Начало аттестации", "Дата заседания", "Решение"];

interface Case {
  readonly name: string;
  readonly position: string;
  readonly commission: string;
  /** The flag expected, with its citation and English words; null for none. */
  readonly flag: { readonly code: string; readonly paragraph: string; readonly en: string } | null;
  /** A note on the position cell (ambiguous between the parts). */
  readonly note?: RegExp;
}

const CASES: readonly Case[] = [
  // Part 1 item 9 (heads of police directorates) — central, as the list says.
  { name: "Центров А", position: "Начальник УП г. Темиртау", commission: "центральная", flag: null },
  // Part 2 item 10 (their deputies) — regional, as the list says.
  { name: "Областной Б", position: "Заместитель начальника УП г. Темиртау", commission: "региональная", flag: null },
  // Part 2 item 6 in Kazakh words — regional.
  { name: "Ротов В", position: "Командир роты полка ПП ДП г. Астаны", commission: "өңірлік", flag: null },
  // Central by the list's item, regional by the commission column.
  {
    name: "Перепутов Г",
    position: "Начальник учреждения ЛА-155/12 КУИС",
    commission: "региональная",
    flag: {
      code: "wrongCommission",
      paragraph: "Appendix 1, part 1, item 10",
      en: "Attestation Rules, Appendix 1, part 1, item 10 (central commission), but the list says regional",
    },
  },
  // On no item: a prompt to check, not a verdict.
  {
    name: "Участковый Д",
    position: "Участковый инспектор полиции ОП г. Сарани",
    commission: "региональная",
    flag: {
      code: "positionNotListed",
      paragraph: "§2",
      en: 'Attestation Rules §2: the position "Участковый инспектор полиции ОП г. Сарани" is not found on Appendix 1 of the Rules — check that the officer is subject to the extraordinary attestation',
    },
  },
  // Both parts fit: a note naming both items, no flag.
  {
    name: "Двойнов Е",
    position: "Начальник ОП г. Шахтинска",
    commission: "региональная",
    flag: null,
    note: /part 1, item 9.*part 2, item 13|central.*9.*regional.*13/u,
  },
];

const ROWS: CellValue[][] = [
  HEADER,
  ...CASES.map((c) => [c.name, c.position, c.commission, "01.11.2024", "13.12.2024", null]),
];

const flagsOf = (codes: readonly { code: string }[]) =>
  codes.map((f) => f.code).filter((code) => code === "positionNotListed" || code === "wrongCommission");

describe("Appendix 1 through the list (core)", async () => {
  const list = readAttestation(await memoryWorkbook({ L: ROWS }).read());
  const checked = checkAttestation(list);

  for (const [i, c] of CASES.entries()) {
    it(`${c.position} (${c.commission}) → ${c.flag?.code ?? (c.note ? "a note" : "nothing")}`, () => {
      const officer = checked.officers[i];
      expect(officer?.officer.fullName).toBe(c.name);
      const flags = (officer?.flags ?? []).filter((f) => flagsOf([f]).length > 0);
      expect(flags.map((f) => f.code)).toEqual(c.flag ? [c.flag.code] : []);
      if (c.flag && flags[0]) expect(explainAttestationFlag(flags[0], "en").text).toBe(c.flag.en);
      const note = checked.problems.find((p) => p.cell === `B${i + 2}`);
      if (c.note) expect(note && problemMessage(note, "en")).toMatch(c.note);
      else expect(note).toBeUndefined();
    });
  }

  it("counts the findings, and checks both with both columns", () => {
    expect(checked.counts).toMatchObject({ positionNotListed: 1, wrongCommission: 1 });
    expect(checked.coverage.notChecked.filter((n) => /position|commission/iu.test(n.check))).toEqual([]);
  });

  it("a list without a commission column: the wrong-commission check is not checked, its count null", async () => {
    const rows = ROWS.map((row) => row.filter((_, col) => col !== 2));
    const without = checkAttestation(readAttestation(await memoryWorkbook({ L: rows }).read()));
    expect(without.counts.wrongCommission).toBeNull();
    expect(without.counts.positionNotListed).toBe(1);
    expect(without.coverage.notChecked.map((n) => [n.check, n.missing])).toContainEqual([
      "commissionMatches",
      ["commission"],
    ]);
  });
});

describe("Appendix 1 through `kadr attestation --json`", () => {
  let summary: {
    officers: { fullName: string; flags: { code: string; paragraph: string; text: string }[] }[];
    counts: Record<string, number | null>;
  };

  beforeAll(async () => {
    const path = join(mkdtempSync(join(tmpdir(), "kadr-appendix1-")), "list.xlsx");
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("L").addRows(ROWS);
    await workbook.xlsx.writeFile(path);
    const run = await kadrAt("2024-12-01", "attestation", path, "--lang", "en", "--json");
    expect(run.code, run.err).toBe(0);
    summary = JSON.parse(run.out) as typeof summary;
  });

  for (const c of CASES) {
    it(`${c.name}: the same finding as the core`, () => {
      const officer = summary.officers.find((o) => o.fullName === c.name);
      const flags = (officer?.flags ?? []).filter((f) => flagsOf([f]).length > 0);
      expect(flags.map((f) => [f.code, f.text])).toEqual(c.flag ? [[c.flag.code, c.flag.en]] : []);
    });
  }

  it("counts them", () => {
    expect(summary.counts).toMatchObject({ positionNotListed: 1, wrongCommission: 1 });
  });
});

describe("the matcher (property)", () => {
  const words = fc.constantFrom(
    "начальник",
    "заместитель",
    "первый",
    "командир",
    "управления",
    "отдела",
    "отделения",
    "роты",
    "полка",
    "ДП",
    "УП",
    "ОП",
    "КУИС",
    "ДУИС",
    "ЛОП",
    "бастығы",
    "орынбасары",
    "басқармасының",
    "бөлімінің",
    "полиция",
    "департаменті",
    "г. Алматы",
    "—",
    "(",
    ")",
  );

  it("never throws, and never says matched with items of both parts", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(words, fc.string()), { maxLength: 8 }), (parts) => {
        const match = matchPosition(parts.join(" "));
        if (match.kind === "matched") {
          const parts = new Set(
            match.items.map((n) => APPENDIX_1_ITEMS.find((i) => i.part === match.part && i.number === n)?.part),
          );
          expect([...parts]).toEqual([match.part]);
        }
        if (match.kind === "ambiguous") {
          expect(match.central.length).toBeGreaterThan(0);
          expect(match.regional.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500 },
    );
  });
});

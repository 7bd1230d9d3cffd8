/**
 * Issue #12 item 13: Attestation Rules §4 (the stages in sequence: a decision with the standards
 * or the test blank) and §22 (subject to dismissal: decision 5, or decision 3/4 with the offered
 * post refused; a refusal elsewhere is a note on its cell). One table, through the core, through
 * `kadr attestation --json` and against KADR.ATTESTATION_SUBJECT_TO_DISMISSAL.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { checkAttestation } from "../../src/attestation/checkAttestation";
import { readAttestation } from "../../src/attestation/readAttestation";
import * as FUNCTIONS from "../../src/functions/catalogue";
import { problemMessage } from "../../src/reader/model";
import { attestationCite, explainAttestationFlag, type AttestationFlag } from "../../src/rules";
import { memoryWorkbook } from "../../src/workbook/memoryWorkbook";
import { kadrAt } from "../support/kadr";

const dir = mkdtempSync(join(tmpdir(), "kadr-order-dismissal-"));

const HEADER = [
  "ФИО",
  "Дата заседания",
  "Нормативы",
  "Тестирование",
  "Уважительная причина",
  "Неявки",
  "Освобождение",
  "Решение",
  "Отказ от предложенной должности",
];

/** standards, test, excused, absences, exemption, decision, refused */
type Cells = [string, string, string, number | null, string, number | string | null, string];

interface Case {
  readonly name: string;
  readonly cells: Cells;
  readonly flags: readonly string[];
  /** The English text of the case's §4 or §22 flag. */
  readonly text?: string;
  /** A problem on the row, by its message's start (after the cell). */
  readonly problem?: RegExp;
}

const CASES: readonly Case[] = [
  // §4: the stages before the decision.
  { name: "both stages recorded, decision 2", cells: ["сдал", "сдал", "", 0, "", 2, ""], flags: [] },
  {
    name: "§4 decision 2, the test blank",
    cells: ["сдал", "", "", 0, "", 2, ""],
    flags: ["stageMissing"],
    text: "Attestation Rules §4: decision 2 recorded, but the computer test is not recorded (the stages come in sequence, the decision last)",
  },
  {
    name: "§4 decision 2, the standards blank",
    cells: ["", "не сдал", "", 0, "", 2, ""],
    flags: ["stageMissing"],
    text: "Attestation Rules §4: decision 2 recorded, but the fitness standards are not recorded (the stages come in sequence, the decision last)",
  },
  {
    name: "§4 decision 1, both blank",
    cells: ["", "", "", 0, "", 1, ""],
    flags: ["stageMissing"],
    text: "Attestation Rules §4: decision 1 recorded, but the fitness standards and the computer test are not recorded (the stages come in sequence, the decision last)",
  },
  { name: "no decision yet, stages blank: nothing", cells: ["", "", "", 0, "", null, ""], flags: [] },
  {
    name: "§17 absent twice, decision 5 with the stages blank: no §4 (dismissal without the stages)",
    cells: ["", "", "", 2, "", 5, ""],
    flags: ["dismissalRecommended", "subjectToDismissal"],
  },
  {
    name: "§16 absent for a valid reason with a decision: no §4 (attested after returning)",
    cells: ["", "", "да", 0, "", 2, ""],
    flags: ["afterReturn"],
  },
  { name: "§2 exempt: nothing else", cells: ["", "", "", null, "беременность", 2, ""], flags: ["exempt"] },
  {
    name: "an unreadable standards cell is a problem, not a missing stage",
    cells: ["может быть", "сдал", "", 0, "", 2, ""],
    flags: [],
    problem: /«может быть»|"может быть"/u,
  },
  // §22.
  {
    name: "§22 decision 5: did not pass",
    cells: ["сдал", "не сдал", "", 0, "", 5, ""],
    flags: ["subjectToDismissal"],
    text: "Attestation Rules §22: did not pass the extraordinary attestation (decision 5) → subject to dismissal in the order the Law sets",
  },
  {
    name: "§22 decision 4 and the offered post refused",
    cells: ["сдал", "сдал", "", 0, "", 4, "да"],
    flags: ["subjectToDismissal"],
    text: "Attestation Rules §22: decision 4 offers another post and the officer refused it → subject to dismissal in the order the Law sets",
  },
  {
    name: "§22 decision 3 refused (Kazakh иә)",
    cells: ["не сдал", "не сдал", "", 0, "", 3, "иә"],
    flags: ["subjectToDismissal"],
  },
  { name: "decision 4, not refused", cells: ["сдал", "сдал", "", 0, "", 4, "нет"], flags: [] },
  { name: "decision 3, refusal blank (= no)", cells: ["сдал", "сдал", "", 0, "", 3, ""], flags: [] },
  {
    name: "a refusal with decision 2: a note on the cell, not a flag",
    cells: ["сдал", "сдал", "", 0, "", 2, "да"],
    flags: [],
    problem: /^a refusal of the offered post is recorded, but decision 2 offers no other post/u,
  },
  {
    name: "a refusal with no decision: a note",
    cells: ["сдал", "сдал", "", 0, "", null, "да"],
    flags: [],
    problem: /^a refusal of the offered post is recorded, but there is no decision/u,
  },
  {
    name: "a refusal cell that is not yes/no: a problem, no flag",
    cells: ["сдал", "сдал", "", 0, "", 4, "подумает"],
    flags: [],
    problem: /is not yes\/no/u,
  },
];

const rows = CASES.map((c, i) => [`Офицер ${i + 1}`, "10.06.2024", ...c.cells]);

async function core(grid: unknown[][]) {
  return checkAttestation(readAttestation(await memoryWorkbook({ Аттестация: grid as never }).read()));
}

/** The not-checked entries of §4 and §22 (the list lacks other columns too, checked elsewhere). */
const own = (check: Awaited<ReturnType<typeof core>>) =>
  check.coverage.notChecked.filter((n) => ["stageOrder", "notPassed", "refusedPost"].includes(n.check));

/** A problem's message without its "Sheet!Cell: " prefix. */
const reason = (message: string) => message.replace(/^[^:]*!\w+\d+: /u, "");

describe("§4 order and §22 dismissal through the core", () => {
  it.each(CASES.map((c, i) => [c.name, c, i] as const))("%s", async (_, c, i) => {
    const check = await core([HEADER, rows[i] ?? []]);
    const flags = check.officers[0]?.flags ?? [];
    expect(flags.map((f) => f.code)).toEqual(c.flags);
    if (c.text) {
      const own = flags.find((f) => f.code === "stageMissing" || f.code === "subjectToDismissal") as AttestationFlag;
      expect(explainAttestationFlag(own, "en").text).toBe(c.text);
    }
    const problems = check.problems.map((p) => reason(problemMessage(p, "en")));
    if (c.problem)
      expect(
        problems.some((p) => c.problem?.test(p)),
        problems.join("\n"),
      ).toBe(true);
    else expect(problems).toEqual([]);
  });

  it("agrees with KADR.ATTESTATION_SUBJECT_TO_DISMISSAL on every decided, attested row", async () => {
    const check = await core([HEADER, ...rows]);
    let compared = 0;
    for (const { officer, flags } of check.officers) {
      if (officer.decision === null || officer.exemption !== null || officer.unread.includes("refusedPost")) continue;
      const subject = flags.some((f) => f.code === "subjectToDismissal");
      expect(FUNCTIONS.ATTESTATION_SUBJECT_TO_DISMISSAL(officer.decision, officer.refusedPost), officer.fullName).toBe(
        subject,
      );
      compared++;
    }
    expect(compared).toBeGreaterThan(10);
  });

  it("counts: §4 and §22 with every column; null where a column is missing", async () => {
    const check = await core([HEADER, ...rows]);
    expect(check.counts.stageMissing).toBe(3);
    expect(check.counts.subjectToDismissal).toBe(4);
    const cut = (col: number) => (r: unknown[]) => r.filter((_, c) => c !== col);
    const noRefusal = await core([HEADER, ...rows].map(cut(HEADER.indexOf("Отказ от предложенной должности"))));
    expect(own(noRefusal).map((n) => [n.check, n.paragraph, n.missing])).toEqual([
      ["refusedPost", "§22", ["refusedPost"]],
    ]);
    expect(noRefusal.counts.subjectToDismissal).toBeNull();
    // Decision 5 is still said: it needs no refusal column.
    expect(noRefusal.officers[9]?.flags.map((f) => f.code)).toEqual(["subjectToDismissal"]);
    const noTest = await core([HEADER, ...rows].map(cut(HEADER.indexOf("Тестирование"))));
    expect(own(noTest).map((n) => [n.check, n.missing])).toEqual([["stageOrder", ["testPassed"]]]);
    expect(noTest.counts.stageMissing).toBeNull();
    expect(noTest.officers.flatMap((o) => o.flags).some((f) => f.code === "stageMissing")).toBe(false);
    const noDecision = await core([HEADER, ...rows].map(cut(HEADER.indexOf("Решение"))));
    expect(own(noDecision).map((n) => n.check)).toEqual(["stageOrder", "notPassed", "refusedPost"]);
  });

  it("says §4 and §22 in Russian and Kazakh, the paragraph cited from the data", () => {
    const stage: AttestationFlag = { code: "stageMissing", decision: 2, missing: ["standards"] };
    expect(explainAttestationFlag(stage, "ru").text).toBe(
      `${attestationCite("§4", "ru")}: записано решение 2, но нет отметки о нормативах (этапы идут последовательно, решение — последний)`,
    );
    const refused: AttestationFlag = { code: "subjectToDismissal", decision: 4, refusedPost: true };
    expect(explainAttestationFlag(refused, "kk").text).toBe(
      `${attestationCite("§22", "kk")}: 4 шешім басқа лауазым ұсынады, қызметкер одан бас тартты → Заңда белгіленген тәртіппен жұмыстан шығарылуға жатады`,
    );
  });
});

describe("the same table through kadr attestation --json", () => {
  it("gives the same flags, texts, notes and counts", async () => {
    const path = join(dir, "order.xlsx");
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Аттестация").addRows([HEADER, ...rows]);
    await workbook.xlsx.writeFile(path);
    const run = await kadrAt(
      "2024-12-20",
      "attestation",
      path,
      "--json",
      "--lang",
      "en",
      "--out",
      join(dir, "out.xlsx"),
    );
    expect(run.code, run.err).toBe(0);
    const summary = JSON.parse(run.out) as {
      counts: { stageMissing: number | null; subjectToDismissal: number | null };
      officers: { flags: { code: string; paragraph: string; text: string }[]; refusedPost: boolean | null }[];
      problems: string[];
    };
    CASES.forEach((c, i) => {
      const flags = summary.officers[i]?.flags ?? [];
      expect(
        flags.map((f) => f.code),
        c.name,
      ).toEqual(c.flags);
      if (c.text)
        expect(
          flags.map((f) => f.text),
          c.name,
        ).toContain(c.text);
    });
    for (const c of CASES.filter((k) => k.problem)) {
      expect(
        summary.problems.map(reason).some((p) => c.problem?.test(p)),
        c.name,
      ).toBe(true);
    }
    expect(summary.counts).toMatchObject({ stageMissing: 3, subjectToDismissal: 4 });
    expect(summary.officers[10]?.refusedPost).toBe(true);
  });
});

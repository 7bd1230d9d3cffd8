/**
 * `kadr attestation` end to end on the committed sample list (assets/sample-attestation.xlsx):
 * exit codes, the input untouched, the JSON's findings for each awkward case with its paragraph,
 * and the copy's forms opened again with exceljs — one officer per printed page, every field of
 * Appendix 3 present, A4 and a print area.
 */
import { createHash } from "node:crypto";
import { copyFileSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { kadrAt } from "../support/kadr";
import { APPENDIX_3 } from "../../src/rules";
import { ATTESTATION_SAMPLE_CASES } from "../../src/tools/attestationSample";

const dir = mkdtempSync(join(tmpdir(), "kadr-attestation-"));
const list = join(dir, "list.xlsx");
const out = join(dir, "out.xlsx");

const kadr = (...argv: string[]) => kadrAt("2024-12-01", ...argv);

const hash = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

interface Summary {
  counts: Record<string, number>;
  officers: {
    fullName: string;
    row: number;
    protocolBy: string | null;
    flags: { code: string; paragraph: string; text: string }[];
  }[];
  problems: string[];
  sheets: string[];
  sheetsAdded: string[];
}

let summary: Summary;
let copy: ExcelJS.Workbook;
let formsXml: string;

beforeAll(async () => {
  copyFileSync(join(__dirname, "../../assets/sample-attestation.xlsx"), list);
  const before = hash(list);
  const run = await kadr("attestation", list, "--out", out, "--lang", "ru", "--json");
  expect(run.code, run.err).toBe(0);
  expect(hash(list)).toBe(before);
  summary = JSON.parse(run.out) as Summary;
  copy = new ExcelJS.Workbook();
  await copy.xlsx.readFile(out);
  const zip = await JSZip.loadAsync(readFileSync(out));
  formsXml = (await zip.file("xl/worksheets/sheet3.xml")?.async("string")) ?? "";
});

/** The officer on a sample case's row (Excel rows are 1-based). */
function officerOf(id: string) {
  const found = ATTESTATION_SAMPLE_CASES.find((c) => c.case === id);
  const officer = summary.officers.find((o) => o.row === (found?.row ?? -1) + 1);
  if (!officer) throw new Error(`no officer for case ${id}`);
  return officer;
}

describe("kadr attestation on the sample list", () => {
  it.each([
    ["pregnancy", ["exempt"], "§2"],
    ["leaveArt77", ["exempt"], "§2"],
    ["excusedAbsence", ["afterReturn"], "§16"],
    ["absentOnce", [], ""],
    ["absentTwiceDecision5", ["dismissalRecommended", "subjectToDismissal"], "§17"],
    ["absentTwiceDecision2", ["dismissalRecommended", "decisionNotAllowed"], "§17"],
    ["failedBothDecision2", ["decisionNotAllowed"], "§18"],
    ["failedBothDecision4", [], ""],
    ["failedStandardsOnlyDecision2", [], ""],
    // Started 04.03.2024 and met 20.03.2024: both before the decree's period.
    ["meetingBeforePeriod", ["outsidePeriod", "outsidePeriod"], "§1"],
    ["meetingAfterPeriod", ["outsidePeriod"], "§1"],
  ])("%s → %j %s", (id, codes, paragraph) => {
    const officer = officerOf(id);
    expect(officer.flags.map((f) => f.code)).toEqual(codes);
    if (paragraph) expect(officer.flags.map((f) => f.paragraph)).toContain(paragraph);
  });

  it("gives the whole timetable of a holiday-eve meeting (§5, §6, §7 in calendar days; §20, §21 in working days)", () => {
    // Started Friday 08.11.2024, met Friday 13.12.2024; Monday 16.12 is Independence Day.
    expect(officerOf("holidayEve")).toMatchObject({
      meeting: "13.12.2024",
      noticeBy: "08.10.2024", // §5: a month before the start
      characteristicBy: "22.11.2024", // §6: three weeks before the meeting
      materialsBy: "06.12.2024", // §7: a week before
      protocolBy: "19.12.2024", // §20: 17, 18, 19 December
      acknowledgeBy: "19.12.2024", // §21
    });
  });

  it("§12 quorum and §19 ties go through the same CLI (kadr fn), as the meeting check has no list column", async () => {
    const tie = async (chair: string) =>
      (await kadr("fn", "ATTESTATION_ADOPTED", "--args", JSON.stringify([3, 6, chair]))).out.trim();
    expect(await tie("иә")).toBe("true");
    expect(await tie("нет")).toBe("false");
    const noChair = await kadr("fn", "ATTESTATION_ADOPTED", "--args", "[3, 6, null]");
    expect(noChair.code).toBe(1);
    expect((await kadr("fn", "ATTESTATION_QUORUM", "--args", "[6, 9]")).out.trim()).toBe("true");
    expect((await kadr("fn", "ATTESTATION_QUORUM", "--args", "[5, 9]")).out.trim()).toBe("false");
  });

  it("names each bad cell and still processes every other row", () => {
    expect(summary.problems).toHaveLength(4);
    expect(summary.problems.join("\n")).toMatch(/K16: «31\.02\.2024» — не дата/u);
    expect(summary.problems.join("\n")).toMatch(/Q42: «6» — не решение 1–5/u);
    expect(summary.officers).toHaveLength(49);
    expect(summary.counts).toMatchObject({ officers: 49, exempt: 2 });
  });

  it("adds the timetable and both forms, keeping the original sheet", () => {
    expect(copy.worksheets.map((s) => s.name)).toEqual([
      "Аттестация",
      "График аттестации",
      "Аттестационные листы",
      "Служебные характеристики",
    ]);
    expect(summary.sheetsAdded).toEqual(copy.worksheets.slice(1).map((s) => s.name));
  });

  it("Appendix 3: one officer per printed A4 page, every field 1–8 on each page", () => {
    const sheet = copy.getWorksheet("Аттестационные листы");
    if (!sheet) throw new Error("no forms sheet");
    const attested = summary.officers.length - summary.counts["exempt"]!;
    // exceljs does not read page breaks back: take them from the sheet's XML (the forms are the
    // third sheet). <brk id="N"> breaks above 0-based row N: one fewer break than pages.
    const breaks = [...formsXml.matchAll(/<brk id="(\d+)"[^>]*man="1"/gu)].map((m) => Number(m[1]));
    expect(breaks).toHaveLength(attested - 1);
    expect(sheet.pageSetup.paperSize).toBe(9); // A4
    expect(sheet.pageSetup.orientation).toBe("portrait");
    expect(sheet.pageSetup.printArea).toMatch(/^A1:C\d+$/u);
    // Page k spans the rows from one break to the next.
    const starts = [0, ...breaks];
    const texts = (from: number, to: number) => {
      const all: string[] = [];
      for (let r = from + 1; r <= to; r++) sheet.getRow(r).eachCell((cell) => all.push(String(cell.text)));
      return all.join("\n");
    };
    const names = new Set<string>();
    starts.forEach((start, k) => {
      const page = texts(start, starts[k + 1] ?? sheet.rowCount);
      for (const field of APPENDIX_3.fields) expect(page, `page ${k + 1}`).toContain(`${field.kk}\n${field.ru}`);
      expect(page).toContain(APPENDIX_3.chair.kk);
      expect(page).toContain(APPENDIX_3.acknowledged.ru);
      const name = summary.officers.find((o) => page.includes(o.fullName))?.fullName;
      expect(name, `page ${k + 1} names an officer`).toBeDefined();
      names.add(name ?? "");
    });
    expect(names.size).toBe(attested);
  });
});

describe("kadr attestation: bad usage and unreadable input", () => {
  it("exit 2 for a bad --days-off, 1 for a workbook with no list, 2 when --out is the input", async () => {
    expect((await kadr("attestation", list, "--days-off", "31.02.2024")).code).toBe(2);
    const staff = join(__dirname, "../../assets/sample-staff.xlsx");
    const none = await kadr("attestation", staff, "--out", join(dir, "none.xlsx"));
    expect(none.code).toBe(1);
    expect(none.err).toMatch(/no sheet is a list of officers for attestation/u);
    expect((await kadr("attestation", list, "--out", list)).code).toBe(2);
  });
});

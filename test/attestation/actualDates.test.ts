/**
 * Issue #12 item 12: the dates the list says were kept, against the deadlines the timetable counts
 * (Attestation Rules §5 notice, §6 characteristic, §7 materials, §20 protocol, §21 the sheet). One
 * table, run through the core (readAttestation + checkAttestation), through `kadr attestation
 * --json`, and against KADR.ATTESTATION_ON_TIME.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { checkAttestation } from "../../src/attestation/checkAttestation";
import { readAttestation } from "../../src/attestation/readAttestation";
import * as FUNCTIONS from "../../src/functions/catalogue";
import { attestationCite, explainAttestationFlag, type AttestationFlag } from "../../src/rules";
import { memoryWorkbook } from "../../src/workbook/memoryWorkbook";
import { kadrAt } from "../support/kadr";

const dir = mkdtempSync(join(tmpdir(), "kadr-actual-dates-"));

const HEADER = [
  "ФИО",
  "Начало аттестации",
  "Дата заседания",
  "Нормативы",
  "Тестирование",
  "Уважительная причина",
  "Освобождение",
  "Решение",
  "Дата уведомления",
  "Характеристика поступила",
  "Материалы направлены",
  "Дата протокола",
  "Ознакомлен с листом (дата)",
];

/** start, meeting, excused, exemption, notice, characteristic, materials, protocol, signed */
type Dates = [string, string, string, string, string, string, string, string, string];
/** A flag as the table writes it: "late:notice", "noDeadline:protocol", or another flag's code. */
type Want = string;

interface Case {
  readonly name: string;
  readonly dates: Dates;
  readonly flags: readonly Want[];
  /** The English text of the first flag, when the case pins it. */
  readonly text?: string;
}

// Start Saturday 01.06.2024 → notice by 01.05.2024. Meeting Wednesday 10.07.2024 → characteristic
// by 19.06.2024, materials by 03.07.2024, protocol and signature by Monday 15.07.2024 (11, 12, 15 July).
const ON_TIME: Dates = [
  "01.06.2024",
  "10.07.2024",
  "",
  "",
  "01.05.2024",
  "19.06.2024",
  "03.07.2024",
  "15.07.2024",
  "15.07.2024",
];
const with_ = (changes: Partial<Record<number, string>>): Dates =>
  ON_TIME.map((value, i) => changes[i] ?? value) as Dates;

const CASES: readonly Case[] = [
  { name: "every step on its deadline day (in time)", dates: ON_TIME, flags: [] },
  {
    name: "§5 notice a day late",
    dates: with_({ 4: "02.05.2024" }),
    flags: ["late:notice"],
    text: "Attestation Rules §5: notice given 02.05.2024, later than 01.05.2024 (1 month before the start 01.06.2024)",
  },
  {
    name: "§6 characteristic a day late",
    dates: with_({ 5: "20.06.2024" }),
    flags: ["late:characteristic"],
    text: "Attestation Rules §6: characteristic received by HR 20.06.2024, later than 19.06.2024 (3 weeks before the meeting 10.07.2024)",
  },
  {
    name: "§7 materials a day late",
    dates: with_({ 6: "04.07.2024" }),
    flags: ["late:materials"],
    text: "Attestation Rules §7: materials sent to the commission 04.07.2024, later than 03.07.2024 (1 week before the meeting 10.07.2024)",
  },
  {
    name: "§20 protocol a working day late",
    dates: with_({ 7: "16.07.2024" }),
    flags: ["late:protocol"],
    text: "Attestation Rules §20: protocol drawn up 16.07.2024, later than 15.07.2024 (3 working days after the decision of 10.07.2024)",
  },
  {
    name: "§21 sheet signed a working day late",
    dates: with_({ 8: "16.07.2024" }),
    flags: ["late:sheet"],
    text: "Attestation Rules §21: attestation sheet signed by the officer 16.07.2024, later than 15.07.2024 (3 working days after the decision of 10.07.2024)",
  },
  {
    name: "every step late: five flags, in the order of the Rules",
    dates: with_({ 4: "20.05.2024", 5: "01.07.2024", 6: "09.07.2024", 7: "19.07.2024", 8: "22.07.2024" }),
    flags: ["late:notice", "late:characteristic", "late:materials", "late:protocol", "late:sheet"],
  },
  {
    name: "blank dates are not late (nothing recorded)",
    dates: with_({ 4: "", 5: "", 6: "", 7: "", 8: "" }),
    flags: [],
  },
  {
    name: "§20 across Independence Day: Friday 13.12.2024 → 19.12.2024 in time",
    dates: ["08.11.2024", "13.12.2024", "", "", "", "", "", "19.12.2024", "20.12.2024"],
    flags: ["late:sheet"],
  },
  {
    name: "a notice date with no start: said, not skipped",
    dates: with_({ 0: "" }),
    flags: ["noDeadline:notice"],
    text: "Attestation Rules §5: notice given 01.05.2024, but its deadline cannot be counted: the attestation start is not recorded",
  },
  {
    name: "dates before the meeting with no meeting date: said for each",
    dates: with_({ 1: "", 7: "", 8: "" }),
    flags: ["noDeadline:characteristic", "noDeadline:materials"],
    text: "Attestation Rules §6: characteristic received by HR 19.06.2024, but its deadline cannot be counted: the meeting date is not recorded",
  },
  {
    name: "a protocol for an officer absent for a valid reason (§16): no decision to count from",
    dates: with_({ 2: "да", 8: "" }),
    flags: ["afterReturn", "noDeadline:protocol"],
  },
  {
    name: "exempt (§2): nothing else is a finding",
    dates: with_({ 3: "беременность", 4: "20.05.2024" }),
    flags: ["exempt"],
  },
  {
    name: "an unreadable meeting is a problem, not a blank: no «not recorded» flag",
    dates: with_({ 1: "31.02.2024", 7: "", 8: "" }),
    flags: [],
  },
];

const row = (name: string, d: Dates) => [
  name,
  d[0],
  d[1],
  "сдал",
  "сдал",
  d[2],
  d[3],
  d[2] === "да" ? "" : 2,
  ...d.slice(4),
];
const rows = CASES.map((c, i) => row(`Офицер ${i + 1}`, c.dates));

const want = (flag: AttestationFlag): Want =>
  flag.code === "late" || flag.code === "noDeadline" ? `${flag.code}:${flag.step}` : flag.code;

async function core(grid: unknown[][]) {
  const workbook = memoryWorkbook({ Аттестация: grid as never });
  return checkAttestation(readAttestation(await workbook.read()));
}

describe("the dates kept against the timetable (Attestation Rules §5–§7, §20–§21), through the core", () => {
  it.each(CASES.map((c, i) => [c.name, c, i] as const))("%s", async (_, c, i) => {
    const check = await core([HEADER, rows[i] ?? []]);
    const flags = check.officers[0]?.flags ?? [];
    expect(flags.map(want)).toEqual(c.flags);
    if (c.text) expect(explainAttestationFlag(flags[0] as AttestationFlag, "en").text).toBe(c.text);
  });

  it("agrees with KADR.ATTESTATION_ON_TIME on every recorded date that has a deadline", async () => {
    const check = await core([HEADER, ...rows]);
    const fields = ["noticeGiven", "characteristicReceived", "materialsSent", "protocolDate", "sheetSigned"] as const;
    const steps = ["notice", "characteristic", "materials", "protocol", "sheet"] as const;
    let compared = 0;
    for (const { officer, flags } of check.officers) {
      if (officer.exemption !== null || officer.excusedAbsence === true) continue;
      steps.forEach((step, k) => {
        const actual = officer[fields[k] ?? "noticeGiven"];
        const from = step === "notice" ? officer.attestationStart : officer.meetingDate;
        if (actual === null || from === null) return;
        const late = flags.some((f) => f.code === "late" && f.step === step);
        expect(FUNCTIONS.ATTESTATION_ON_TIME(step, from, actual, null, null), `${officer.fullName} ${step}`).toBe(
          !late,
        );
        compared++;
      });
    }
    expect(compared).toBeGreaterThan(40);
  });

  it("says each flag in Russian and Kazakh, the paragraph cited from the data", async () => {
    const check = await core([HEADER, rows[1] ?? []]);
    const flag = check.officers[0]?.flags[0] as AttestationFlag;
    expect(explainAttestationFlag(flag, "ru").text).toBe(
      `${attestationCite("§5", "ru")}: уведомление вручено 02.05.2024 — позже срока 01.05.2024 (за 1 месяц до начала аттестации 01.06.2024)`,
    );
    expect(explainAttestationFlag(flag, "kk").text).toBe(
      `${attestationCite("§5", "kk")}: хабарлама берілді 02.05.2024 — мерзімі 01.05.2024 (аттестаттау басталғанға дейін (01.06.2024) 1 ай бұрын), мерзімнен кеш`,
    );
  });

  it("counts the officers late on any step; the extra days off of Settings move §20–§21", async () => {
    const check = await core([HEADER, ...rows]);
    // Cases 2–7 and the holiday one.
    expect(check.counts.late).toBe(7);
    const holiday = rows[8] ?? [];
    const moved = checkAttestation(
      readAttestation(await memoryWorkbook({ A: [HEADER, holiday] as never }).read()),
      new Set([45644]),
    );
    // 18.12.2024 off: the signature of 20.12.2024 is in time.
    expect(moved.officers[0]?.flags).toEqual([]);
  });

  it("a list without a date column: that step is not checked, and the count is null, never 0", async () => {
    for (const [k, header] of [
      "Дата уведомления",
      "Характеристика поступила",
      "Материалы направлены",
      "Дата протокола",
      "Ознакомлен с листом (дата)",
    ].entries()) {
      const col = HEADER.indexOf(header);
      const cut = (r: unknown[]) => r.filter((_, c) => c !== col);
      const check = await core([cut(HEADER), ...rows.map(cut)]);
      const ids = ["noticeLate", "characteristicLate", "materialsLate", "protocolLate", "sheetLate"];
      const fields = ["noticeGiven", "characteristicReceived", "materialsSent", "protocolDate", "sheetSigned"];
      const lateness = check.coverage.notChecked.filter((n) => ids.includes(n.check));
      expect(lateness.map((n) => [n.check, n.missing])).toEqual([[ids[k], [fields[k]]]]);
      expect(check.counts.late).toBeNull();
      // The other steps are still flagged.
      expect(check.officers[6]?.flags.filter((f) => f.code === "late")).toHaveLength(4);
    }
  });
});

describe("the same table through kadr attestation --json", () => {
  it("gives the same flags, texts and count", async () => {
    const path = join(dir, "dates.xlsx");
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
      counts: { late: number | null };
      officers: { flags: { code: string; text: string }[]; noticeGiven: string | null }[];
    };
    CASES.forEach((c, i) => {
      const flags = summary.officers[i]?.flags ?? [];
      expect(
        flags.map((f) => f.code),
        c.name,
      ).toEqual(c.flags.map((w) => w.split(":")[0]));
      if (c.text) expect(flags[0]?.text, c.name).toBe(c.text);
    });
    expect(summary.officers[1]?.noticeGiven).toBe("02.05.2024");
    expect(summary.counts.late).toBe(7);
  });
});

/**
 * `kadr attestation --work-days` (issue #12 item 14): a Saturday the government made a working day
 * shortens §20–§21's three working days, alongside --days-off; a day in both lists, or a word that is
 * not a date, is a usage error naming it. On the committed sample list's holiday-eve meeting.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { kadrAt } from "../support/kadr";
import { ATTESTATION_SAMPLE_CASES } from "../../src/tools/attestationSample";

const list = join(__dirname, "../../assets/sample-attestation.xlsx");
const dir = mkdtempSync(join(tmpdir(), "kadr-work-days-"));
let runs = 0;

/** The holiday-eve officer's §20–§21 dates after `kadr attestation` with the given options. */
async function holidayEve(...options: string[]) {
  const run = await kadrAt(
    "2024-12-01",
    "attestation",
    list,
    "--json",
    "--out",
    join(dir, `${++runs}.xlsx`),
    ...options,
  );
  expect(run.code, run.err).toBe(0);
  const row = (ATTESTATION_SAMPLE_CASES.find((c) => c.case === "holidayEve")?.row ?? -1) + 1;
  const summary = JSON.parse(run.out) as { officers: { row: number; protocolBy: string; acknowledgeBy: string }[] };
  const officer = summary.officers.find((o) => o.row === row);
  return { protocolBy: officer?.protocolBy, acknowledgeBy: officer?.acknowledgeBy, err: run.err };
}

describe("kadr attestation --work-days", () => {
  it("a working Saturday brings §20–§21 a day earlier; with a day off too, both count", async () => {
    // Met Friday 13.12.2024; Monday 16.12 is Independence Day: 17, 18, 19 December.
    expect(await holidayEve()).toMatchObject({ protocolBy: "19.12.2024", acknowledgeBy: "19.12.2024" });
    // Saturday 14.12 made working: 14, 17, 18 December.
    expect(await holidayEve("--work-days", "14.12.2024")).toMatchObject({
      protocolBy: "18.12.2024",
      acknowledgeBy: "18.12.2024",
      err: "",
    });
    // …and Wednesday 18.12 made off: 14, 17, 19 December.
    expect(await holidayEve("--work-days", "2024-12-14", "--days-off", "18.12.2024")).toMatchObject({
      protocolBy: "19.12.2024",
    });
  });

  it("a work day that is a working day anyway changes nothing, and a note says so", async () => {
    const run = await holidayEve("--work-days", "17.12.2024");
    expect(run.protocolBy).toBe("19.12.2024");
    expect(run.err).toMatch(/note: --work-days 17\.12\.2024 is already a working day/u);
  });

  it("exit 2 naming the day given both as off and as working, or the word that is not a date", async () => {
    const kadr = (...argv: string[]) =>
      kadrAt("2024-12-01", "attestation", list, "--out", join(dir, "bad.xlsx"), ...argv);
    const both = await kadr("--days-off", "14.12.2024,18.12.2024", "--work-days", "14.12.2024");
    expect(both.code).toBe(2);
    expect(both.err).toMatch(/^kadr: 14\.12\.2024 in both --days-off and --work-days: a day is either off or working/u);
    const bad = await kadr("--work-days", "14.12.2024 31.02.2024");
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^kadr: --work-days: "31\.02\.2024" not a date/u);
    expect((await kadrAt("2024-12-01", "--help")).out).toMatch(/--work-days LIST {5}extra working days/u);
  });
});

import { describe, expect, it } from "vitest";
import { ATTESTATION_SPEC } from "../../src/attestation/readAttestation";
import { LOG_SPEC, REGISTER_SPEC } from "../../src/reader/findHeader";
import { fieldOfHeader, recognizeHeader, type ListSpec } from "../../src/reader/headers/recognizeHeader";
import type { SheetGrid } from "../../src/workbook/port";
import { GRID_CASES, HEADER_CASES, type ListKind } from "./headerCorpus";
import { HOLDOUT_CASES } from "./headerHoldout";

/**
 * Recall and precision of header recognition on a corpus written independently of the terms
 * (test/reader/headerCorpus.ts): every header alone, and two-row headers as small grids.
 */
const SPECS: Readonly<Record<ListKind, ListSpec<string, string>>> = {
  register: REGISTER_SPEC,
  log: LOG_SPEC,
  attestation: ATTESTATION_SPEC,
};

function answer(list: ListKind, header: string): string | null {
  const found = fieldOfHeader(SPECS[list], header);
  if (!found) return null;
  return found.year === undefined ? found.field : `${found.field}:${found.year}`;
}

const expected = (c: (typeof HEADER_CASES)[number]) =>
  c.field === null ? null : c.year === undefined ? c.field : `${c.field}:${c.year}`;

describe("header corpus", () => {
  const positives = HEADER_CASES.filter((c) => c.field !== null);
  const negatives = HEADER_CASES.filter((c) => c.field === null);
  const results = HEADER_CASES.map((c) => ({ c, got: answer(c.list, c.header), want: expected(c) }));
  const hits = results.filter((r) => r.want !== null && r.got === r.want);
  const wrong = results.filter((r) => r.got !== null && r.got !== r.want);
  const missed = results.filter((r) => r.want !== null && r.got === null);

  it("has the size the issue asks for (≥ 300 spellings, ≥ 40 non-fields, two-row grids)", () => {
    expect(positives.length).toBeGreaterThanOrEqual(300);
    expect(negatives.length).toBeGreaterThanOrEqual(40);
    expect(GRID_CASES.length).toBeGreaterThanOrEqual(5);
  });

  it("reads ≥ 98 % of the spellings to their field and never gives a wrong one", () => {
    const recall = hits.length / positives.length;
    const precision = hits.length / (hits.length + wrong.length);
    console.log(
      `header corpus: recall ${(recall * 100).toFixed(1)} % (${hits.length}/${positives.length}), ` +
        `precision ${(precision * 100).toFixed(1)} % (${wrong.length} wrong), missed ${missed.length}`,
    );
    for (const r of missed) console.log(`  missed [${r.c.list}] ${JSON.stringify(r.c.header)} → ${r.want}`);
    expect(wrong.map((r) => `[${r.c.list}] ${JSON.stringify(r.c.header)} → ${r.got} (want ${r.want})`)).toEqual([]);
    expect(recall).toBeGreaterThanOrEqual(0.98);
  });

  it.each(GRID_CASES.map((g) => [g.title, g] as const))("grid: %s", (_, grid) => {
    const sheet: SheetGrid = { name: "Sheet1", rows: grid.rows.map((row) => row.map((v) => (v === "" ? null : v))) };
    const header = recognizeHeader(sheet, [SPECS[grid.list]]);
    expect(header, "a header is found").not.toBeNull();
    const got: Record<number, string> = {};
    for (const [field, found] of header?.found ?? []) got[found.col] = field;
    for (const r of header?.ratings ?? []) got[r.col] = `${r.isDate ? "ratingDate" : "rating"}:${r.year}`;
    expect(got).toEqual(grid.expect);
  });
});

describe("second corpus, by another writer (97.4 % and one false match when first measured)", () => {
  it("reads its spellings to their field and gives no wrong field", () => {
    const positives = HOLDOUT_CASES.filter((c) => c.field !== null);
    const results = HOLDOUT_CASES.map((c) => ({ c, got: answer(c.list, c.header), want: expected(c) }));
    const hits = results.filter((r) => r.want !== null && r.got === r.want);
    const wrong = results.filter((r) => r.got !== null && r.got !== r.want);
    const recall = hits.length / positives.length;
    console.log(
      `second corpus: recall ${(recall * 100).toFixed(1)} % (${hits.length}/${positives.length}), ${wrong.length} wrong`,
    );
    for (const r of results.filter((r) => r.got !== r.want))
      console.log(`  [${r.c.list}] ${JSON.stringify(r.c.header)} → ${r.got} (want ${r.want})`);
    expect(wrong.map((r) => `[${r.c.list}] ${JSON.stringify(r.c.header)} → ${r.got} (want ${r.want})`)).toEqual([]);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  attestationAdopted,
  attestationCharacteristicBy,
  attestationDecisionAllowed,
  attestationMaterialsBy,
  attestationNoticeBy,
  attestationProtocolBy,
  attestationQuorum,
} from "../../src/rules";
import { serial } from "../cases/functionCases";

describe("extraordinary attestation (Attestation Rules)", () => {
  it("§5, §6, §7: notice a month before the start; characteristic 3 weeks and materials 1 week before the meeting", () => {
    expect(attestationNoticeBy(serial("01.04.2024"))).toEqual({ ok: true, value: serial("01.03.2024") });
    expect(attestationCharacteristicBy(serial("20.03.2024"))).toEqual({ ok: true, value: serial("28.02.2024") });
    expect(attestationMaterialsBy(serial("20.03.2024"))).toEqual({ ok: true, value: serial("13.03.2024") });
  });

  it("property §12: quorum is present ≥ ⅔ of members, computed without rounding", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }).chain((m) => fc.tuple(fc.integer({ min: 0, max: m }), fc.constant(m))),
        ([p, m]) => {
          const q = attestationQuorum(p, m);
          return q.ok && q.value === p / m >= 2 / 3 - 1e-12;
        },
      ),
    );
  });

  it("property §19: adopted by a majority of those present; a tie goes the chair's way", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }).chain((p) => fc.tuple(fc.integer({ min: 0, max: p }), fc.constant(p))),
        fc.boolean(),
        ([v, p], chair) => {
          const adopted = attestationAdopted(v, p, chair);
          return adopted.ok && adopted.value === (2 * v === p ? chair : 2 * v > p);
        },
      ),
    );
  });

  it("§15, §18: decisions 1 and 2 only when the standards or the test were passed", () => {
    const table: [number, boolean, boolean, boolean][] = [];
    for (const d of [1, 2, 3, 4, 5])
      for (const s of [true, false]) for (const t of [true, false]) table.push([d, s, t, d >= 3 || s || t]);
    for (const [d, s, t, allowed] of table)
      expect(attestationDecisionAllowed(d, s, t), `${d} ${s} ${t}`).toEqual({ ok: true, value: allowed });
    expect(attestationDecisionAllowed(0, true, true)).toMatchObject({
      ok: false,
      error: { code: "decisionOutOfRange" },
    });
  });

  it("§20, §21: protocol within three working days, skipping Nauryz and its substitute day", () => {
    expect(attestationProtocolBy(serial("20.03.2024"))).toEqual({ ok: true, value: serial("28.03.2024") });
  });
});

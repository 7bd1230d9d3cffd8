import { existsSync, readFileSync } from "node:fs";
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
  attestationQuorumNeeded,
  attestationVotingPresent,
  ATTESTATION_COMMISSION_COMPOSITIONS,
  formatError,
  LANGS,
  parseExemption,
} from "../../src/rules";
import { readAttestation } from "../../src/attestation/readAttestation";
import { problemMessage } from "../../src/reader/model";
import { memoryWorkbook } from "../../src/workbook/memoryWorkbook";
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

  describe("§12 on the composition, the secretary included; §19 on the voting members present (§11)", () => {
    const { central, regional } = ATTESTATION_COMMISSION_COMPOSITIONS;

    it("the decree's compositions count the secretary: central 8, regional 10", () => {
      expect(central).toEqual({ composition: 8, paragraph: "§3(2)" });
      expect(regional).toEqual({ composition: 10, paragraph: "§3(3)" });
      expect(ATTESTATION_COMMISSION_COMPOSITIONS.secretaryIncluded).toBe(true);
    });

    // The decree's two lists, counted in the seed itself: from the heading to the «…, хатшы» line.
    const seed = new URL("../../../shared/seeds/003_f3051a77cf46666b.txt", import.meta.url);
    it.skipIf(!existsSync(seed))("the compositions are the decree's lists as written (seed 003)", () => {
      const lines = readFileSync(seed, "utf8")
        .split("\n")
        .map((line) => line.trim())
        .filter(Boolean);
      const listed = (heading: string) => {
        const from = lines.findIndex((line) => line.startsWith(heading) && line.endsWith("ЛАУАЗЫМДЫҚ ҚҰРАМЫ"));
        const to = lines.findIndex((line, i) => i > from && line.endsWith(", хатшы"));
        expect(from, heading).toBeGreaterThan(-1);
        expect(lines[from + 1], heading).toMatch(/, төраға$/u);
        return to - from;
      };
      expect(listed("Орталық аттестаттау комиссиясының")).toBe(central.composition);
      expect(listed("Өңірлік аттестаттау комиссияларының")).toBe(regional.composition);
    });

    it("§12: present × 3 ≥ composition × 2 on the decree's compositions", () => {
      expect(attestationQuorum(6, central.composition)).toEqual({ ok: true, value: true });
      expect(attestationQuorum(5, central.composition)).toEqual({ ok: true, value: false });
      expect(attestationQuorum(7, regional.composition)).toEqual({ ok: true, value: true });
      expect(attestationQuorum(6, regional.composition)).toEqual({ ok: true, value: false });
      expect(attestationQuorumNeeded(central.composition)).toEqual({ ok: true, value: 6 });
      expect(attestationQuorumNeeded(regional.composition)).toEqual({ ok: true, value: 7 });
      expect(attestationQuorum(regional.composition + 1, regional.composition)).toEqual({
        ok: false,
        error: { code: "presentExceedsMembers", present: 11, members: 10 },
      });
      expect(attestationQuorumNeeded(0)).toEqual({ ok: false, error: { code: "noMembers" } });
    });

    it("property §12: the quorum needed is the fewest present that make a quorum", () => {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 60 }), (c) => {
          const needed = attestationQuorumNeeded(c);
          if (!needed.ok) return false;
          const at = attestationQuorum(needed.value, c);
          const below = needed.value === 0 ? null : attestationQuorum(needed.value - 1, c);
          return at.ok && at.value && (below === null || (below.ok && !below.value));
        }),
      );
    });

    it("§11: the voting members present are those present less the secretary, when present", () => {
      expect(attestationVotingPresent(8, true)).toEqual({ ok: true, value: 7 });
      expect(attestationVotingPresent(7, false)).toEqual({ ok: true, value: 7 });
      expect(attestationVotingPresent(0, false)).toEqual({ ok: true, value: 0 });
      expect(attestationVotingPresent(0, true)).toEqual({
        ok: false,
        error: { code: "secretaryNotCounted", present: 0 },
      });
      expect(attestationVotingPresent(1, true)).toEqual({ ok: false, error: { code: "onlySecretaryPresent" } });
    });

    it("§12 and §19 on one meeting: 7 of a regional 10 with the secretary is a quorum; 3 for of the 6 voting is a tie", () => {
      expect(attestationQuorum(7, regional.composition)).toEqual({ ok: true, value: true });
      const voting = attestationVotingPresent(7, true);
      expect(voting).toEqual({ ok: true, value: 6 });
      if (!voting.ok) return;
      // The chair decides the tie; counted with the secretary (7), 3 for would simply be lost.
      expect(attestationAdopted(3, voting.value, true)).toEqual({ ok: true, value: true });
      expect(attestationAdopted(3, 7, true)).toEqual({ ok: true, value: false });
    });

    it("property: the quorum counts the secretary, the vote does not", () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 2, max: 40 }).chain((c) => fc.tuple(fc.integer({ min: 2, max: c }), fc.constant(c))),
          ([p, c]) => {
            // With the secretary present: the quorum on p, the vote on p − 1.
            const voting = attestationVotingPresent(p, true);
            const quorum = attestationQuorum(p, c);
            return voting.ok && voting.value === p - 1 && quorum.ok && quorum.value === 3 * p >= 2 * c;
          },
        ),
      );
    });

    it.each(LANGS)("the %s messages of the secretary's counts name the count and the paragraph", (lang) => {
      const notCounted = formatError({ code: "secretaryNotCounted", present: 0, arg: "present" }, lang);
      expect(notCounted.startsWith("present: "), notCounted).toBe(true);
      expect(notCounted).toMatch(/\b0\b/u);
      expect(notCounted).toContain("12");
      expect(formatError({ code: "onlySecretaryPresent" }, lang)).toContain("11");
    });
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

  it("property §19 with the votes against: adopted by a majority of those present; equal votes go the chair's way", () => {
    fc.assert(
      fc.property(
        // [for, against, present] with for + against ≤ present (the rest abstained).
        fc
          .integer({ min: 1, max: 40 })
          .chain((p) =>
            fc
              .integer({ min: 0, max: p })
              .chain((v) => fc.tuple(fc.constant(v), fc.integer({ min: 0, max: p - v }), fc.constant(p))),
          ),
        fc.boolean(),
        ([v, a, p], chair) => {
          const adopted = attestationAdopted(v, p, chair, a);
          // An abstention is not a vote for: the majority is of the members present (§19).
          return adopted.ok && adopted.value === (2 * v > p || (v === a && v > 0 && chair));
        },
      ),
    );
  });

  it("property §19: the votes against as present − for give the 3-argument answer", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }).chain((p) => fc.tuple(fc.integer({ min: 0, max: p }), fc.constant(p))),
        fc.constantFrom(true, false, null),
        ([v, p], chair) => {
          const abstentionsAware = attestationAdopted(v, p, chair, p - v);
          const old = attestationAdopted(v, p, chair);
          // Both say the same, or both want the chair's vote on the same tie.
          return old.ok ? abstentionsAware.ok && abstentionsAware.value === old.value : !abstentionsAware.ok;
        },
      ),
    );
  });

  it("§19 with abstentions: the edges", () => {
    // An abstention is not a vote for: 3 of 7 present is no majority (§19), though 3 > 2 against.
    expect(attestationAdopted(3, 7, null, 2)).toEqual({ ok: true, value: false });
    expect(attestationAdopted(4, 7, null, 1)).toEqual({ ok: true, value: true });
    expect(attestationAdopted(3, 7, null)).toEqual({ ok: true, value: false });
    expect(attestationAdopted(2, 7, null, 2)).toEqual({
      ok: false,
      error: { code: "tieWithoutChair", votes: 2, against: 2, present: 7 },
    });
    expect(attestationAdopted(0, 5, true, 0)).toEqual({ ok: true, value: false });
    expect(attestationAdopted(4, 7, null, 4)).toEqual({
      ok: false,
      error: { code: "votesCastExceedPresent", votes: 4, against: 4, present: 7 },
    });
    expect(attestationAdopted(8, 7, null, 0)).toMatchObject({ ok: false, error: { code: "votesExceedPresent" } });
    expect(attestationAdopted(0, 0, null, 0)).toMatchObject({ ok: false, error: { code: "nobodyPresent" } });
  });

  it.each(LANGS)("§19: the %s messages name the votes for, the votes against and those present", (lang) => {
    for (const error of [
      { code: "votesCastExceedPresent", votes: 4, against: 5, present: 7, arg: "votesAgainst" },
      { code: "tieWithoutChair", votes: 2, against: 2, present: 7, arg: "chairVotedFor" },
    ] as const) {
      const text = formatError(error, lang);
      expect(text.startsWith(`${error.arg}: `), text).toBe(true);
      for (const n of [error.votes, error.against, error.present]) expect(text, error.code).toContain(String(n));
    }
    expect(formatError({ code: "votesCastExceedPresent", votes: 4, against: 5, present: 7 }, lang)).toContain("9");
    // Without the votes against, the tie reads as before.
    expect(formatError({ code: "tieWithoutChair", votes: 3, present: 6 }, lang)).not.toMatch(/against|против|қарсы/u);
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

  describe("§2: Art. 77 is read only as an article reference, the number standing alone", () => {
    it.each([
      ["ст. 77"],
      ["ст.77"],
      ["Ст 77"],
      ["статья 77"],
      ["статьи 77"],
      ["отпуск по ст. 77 Закона"],
      ["п. 1 ст. 77"],
      ["отпуск по п.1 статьи 77 Закона «О правоохранительной службе»"],
      ["ст. 77, п. 1"],
      ["отпуск (ст. 77)."],
      ["ст. № 77"],
      ["77-бап"],
      ["77 бап"],
      ["77-бабы"],
      ["Заңның 77-бабында көзделген демалыс"],
      ["77‑бап 1-тармағы"],
      ["Art. 77"],
      ["Art.77"],
      ["Article 77"],
      ["article 77 leave"],
    ])("%j → leave", (cell) => {
      expect(parseExemption(cell)).toEqual({ ok: true, value: "leave" });
    });

    it.each([
      ["1977"],
      ["177"],
      ["77"],
      ["отпуск 77 дней"],
      ["приказ № 477"],
      ["приказ № 77"],
      ["77.5"],
      ["ст. 77.5"],
      ["ст. 177"],
      ["ст. 770"],
      ["ст. 77-1"],
      ["77-1-бап"],
      ["1.77-бап"],
      ["пост. 77"],
      ["Article 177"],
      ["part 77"],
      ["отпуск с 01.01.1977"],
      [77],
      [1977],
      [true],
      [1],
    ])("%j → a problem naming the cell's value, not a guess", (cell) => {
      expect(parseExemption(cell)).toEqual({ ok: false, error: { code: "unknownExemption", value: cell } });
    });

    it.each([
      ["беременность", "pregnancy"],
      ["Жүктілік", "pregnancy"],
      ["pregnancy", "pregnancy"],
      ["декретный отпуск", "leave"],
      ["отпуск по уходу за ребёнком", "leave"],
      ["бала күтімі бойынша демалыс", "leave"],
      ["adoption leave", "leave"],
      ["нет", null],
      ["—", null],
      ["-", null],
      ["жоқ", null],
      ["", null],
      [null, null],
      // A yes/no column's "no": not exempt. (TRUE or 1 names no ground: see the negatives above.)
      [false, null],
      [0, null],
    ] as const)("the other grounds still read: %j → %j", (cell, value) => {
      expect(parseExemption(cell)).toEqual({ ok: true, value });
    });

    it("a bare 77 in the list is a problem naming its cell, and the officer is not read as exempt", async () => {
      const workbook = memoryWorkbook({
        Аттестация: [
          ["ФИО", "Дата заседания", "Освобождение"],
          ["Ақанов А", "10.06.2024", "отпуск 77 дней"],
          ["Беков Б", "10.06.2024", "77-бап бойынша демалыс"],
        ],
      });
      const list = readAttestation(await workbook.read());
      expect(list.problems.map((p) => problemMessage(p, "en"))).toEqual([
        'Аттестация!C2: "отпуск 77 дней" is not a ground of Attestation Rules §2 (pregnancy, or leave under Art. 77)',
      ]);
      expect(list.officers.map((o) => [o.fullName, o.exemption, o.exemptionUnread])).toEqual([
        ["Ақанов А", null, true],
        ["Беков Б", "leave", false],
      ]);
    });

    it("an annual leave is still not a ground of §2", () => {
      expect(parseExemption("очередной отпуск")).toMatchObject({ ok: false, error: { code: "unknownExemption" } });
    });
  });
});

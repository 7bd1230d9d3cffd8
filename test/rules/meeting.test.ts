/** One meeting's §12 quorum, §11 voting members and §19 decision from the secretary's numbers. */
import { describe, expect, it } from "vitest";
import { meetingOutcome } from "../../src/rules";

const regional = { composition: 10, present: 10, secretary: true, votes: 5, against: 4, chair: null } as const;

describe("meetingOutcome (Rules §11, §12, §19)", () => {
  it("§12 quorum with the secretary, §11 votes without, §19 majority of those voting", () => {
    const outcome = meetingOutcome(regional);
    expect(outcome.quorum).toEqual({ ok: true, value: true });
    expect(outcome.needed).toEqual({ ok: true, value: 7 });
    expect(outcome.voting).toEqual({ ok: true, value: 9 });
    expect(outcome.decision).toEqual({ ok: true, value: true });
  });

  it("a vote carried without a quorum adopts nothing (§12)", () => {
    const outcome = meetingOutcome({ ...regional, present: 5, votes: 4, against: 0 });
    expect(outcome.quorum).toEqual({ ok: true, value: false });
    expect(outcome.decision).toEqual({ ok: true, value: false });
  });

  it("a tie waits for the chair's vote (§19), and the secretary alone gives no vote (§11)", () => {
    expect(meetingOutcome({ ...regional, votes: 4, against: 4 }).decision.ok).toBe(false);
    expect(meetingOutcome({ ...regional, votes: 4, against: 4, chair: "yes" }).decision).toEqual({
      ok: true,
      value: true,
    });
    const alone = meetingOutcome({ ...regional, present: 1, votes: 0, against: 0 });
    expect(alone.voting).toEqual({ ok: false, error: { code: "onlySecretaryPresent" } });
    expect(alone.decision).toEqual(alone.voting);
  });
});

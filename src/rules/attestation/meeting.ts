import {
  attestationAdopted,
  attestationQuorum,
  attestationQuorumNeeded,
  attestationVotingPresent,
} from "./attestation";
import type { Outcome } from "../outcome";

/** What the secretary enters about one meeting (Rules §11, §12, §19). */
export interface MeetingInput {
  /** The commission's composition, the secretary included (Rules §12). */
  readonly composition: number;
  /** Those present, the secretary included when present (Rules §12). */
  readonly present: number;
  /** Whether the secretary is among those present: the secretary does not vote (Rules §11). */
  readonly secretary: boolean;
  readonly votes: number;
  readonly against: number;
  /** Unset until the secretary says: a tie must not look adopted before the chair's vote is known (Rules §19). */
  readonly chair: "yes" | "no" | null;
}

/** The meeting's findings, each an outcome so a count that cannot be made shows its error. */
export interface MeetingOutcome {
  /** Rules §12: the meeting is valid. */
  readonly quorum: Outcome<boolean>;
  /** Rules §12: the fewest present that make the quorum. */
  readonly needed: Outcome<number>;
  /** Rules §11: the members who vote, of those present. */
  readonly voting: Outcome<number>;
  /** Rules §19 at a valid meeting (Rules §12): the decision is adopted. */
  readonly decision: Outcome<boolean>;
}

/**
 * The §12 quorum and §19 vote of one meeting, from the numbers the secretary has — for the pane's
 * meeting check and any host that asks. Rules §12 counts
 * the composition and those present with the secretary; Rules §11 leaves the secretary out of the
 * vote; Rules §19 adopts on a majority of those present, a tie (for = against) going to the chair.
 * A vote carried at a meeting without a quorum adopts nothing (Rules §12: only a quorate meeting is
 * valid), so `decision` is "no" then, while an error of the vote itself is kept to be shown.
 */
export function meetingOutcome(input: MeetingInput): MeetingOutcome {
  const { composition, present, secretary, votes, against, chair } = input;
  const quorum = attestationQuorum(present, composition);
  const needed = attestationQuorumNeeded(composition);
  const voting = attestationVotingPresent(present, secretary);
  const adopted = voting.ok
    ? attestationAdopted(votes, voting.value, chair === null ? null : chair === "yes", against)
    : voting;
  const decision: Outcome<boolean> = adopted.ok
    ? { ok: true, value: adopted.value && quorum.ok && quorum.value }
    : adopted;
  return { quorum, needed, voting, decision };
}

/**
 * The meeting check's state: the numbers the secretary enters about one meeting and what the
 * Rules make of them (§11, §12, §19), as one hook the meeting check lays out.
 */
import { useState } from "react";
import { ATTESTATION_COMMISSION_COMPOSITIONS } from "../../rules";
import { meetingOutcome, type MeetingInput, type MeetingOutcome } from "../../rules";
import { spinCount } from "./attestationView";

/** A number the secretary sets, as a SpinButton's onChange. */
type SpinChange = (_: unknown, data: { value?: number | null; displayValue?: string }) => void;

/** The meeting's numbers, what the Rules make of them, and how the secretary changes them. */
export interface Meeting extends MeetingInput, MeetingOutcome {
  /** Sets the composition from one of the decree's presets. */
  readonly preset: (size: number) => void;
  readonly onComposition: SpinChange;
  readonly onPresent: SpinChange;
  readonly onVotes: SpinChange;
  readonly onAgainst: SpinChange;
  readonly setSecretary: (present: boolean) => void;
  readonly setChair: (chair: "yes" | "no") => void;
}

/** A SpinButton's onChange that applies only whole, non-negative numbers (`spinCount`). */
function spin(set: (n: number) => void): SpinChange {
  return (_, data) => {
    const n = spinCount(data);
    if (n !== null) set(n);
  };
}

/**
 * The meeting's state, starting as a regional commission (the decree's §3(3), 10 with the
 * secretary) where everyone attended and every voting member voted: 5 for, 4 against. Why these
 * defaults: the secretary corrects what differs instead of entering every number; the chair's vote
 * stays unset so a tie does not look adopted before it is known (Rules §19).
 */
export function useMeeting(): Meeting {
  const regional = ATTESTATION_COMMISSION_COMPOSITIONS.regional.composition;
  const [composition, setComposition] = useState<number>(regional);
  // Everyone attended, the secretary too, until the secretary says otherwise.
  const [present, setPresent] = useState<number>(regional);
  const [secretary, setSecretary] = useState(true);
  const [votes, setVotes] = useState(5);
  // Every voting member present voted until the secretary says otherwise: 5 for, 4 against.
  const [against, setAgainst] = useState(4);
  // Unset until the secretary says: a tie must not look adopted before the chair's vote is known (§19).
  const [chair, setChair] = useState<"yes" | "no" | null>(null);
  const input: MeetingInput = { composition, present, secretary, votes, against, chair };
  // A preset sets the composition; those present are kept, but never more than the composition.
  const preset = (size: number) => {
    setComposition(size);
    setPresent((p) => Math.min(p, size));
  };
  return {
    ...input,
    ...meetingOutcome(input),
    preset,
    onComposition: spin(setComposition),
    onPresent: spin(setPresent),
    onVotes: spin(setVotes),
    onAgainst: spin(setAgainst),
    setSecretary,
    setChair,
  };
}

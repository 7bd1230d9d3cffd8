import type { FunctionCase } from "./functionCases";

/**
 * Cases of issue #12 item 9 (the functions' side) for the shared table: Rules §15 — «Мемлекеттік
 * қызметшілер қайта даярлаудан күндізгі негізде өтеді. «Б» корпусының мемлекеттік әкімшілік
 * қызметіне алғаш кірген адамдарға қашықтан білім беру технологиялары арқылы қайта даярлаудан өтуге
 * болады.» DISTANCE_LEARNING_ALLOWED takes an optional trailing [form]: without it (or blank) the
 * answer is whether distance learning is open, as before; with a form of study, whether a
 * retraining of that form is allowed — full-time always, distance only on first entry into corps B.
 * A form §15 does not name, or a cell that says both, is an error naming the argument.
 */
const v = (value: unknown) => ({ value });
const F = "DISTANCE_LEARNING_ALLOWED";
const P = "§15";

export const FORM_CASES: readonly FunctionCase[] = [
  // Without a form (or blank): as the two-argument formulas always answered.
  { fn: F, args: ["Б", "да", null], expected: v(true), rule: P },
  { fn: F, args: ["А", "да", ""], expected: v(false), rule: P },
  // Distance learning, in kk/ru/en words: open only to first entrants to corps B.
  { fn: F, args: ["Б", "да", "қашықтан"], expected: v(true), rule: P },
  { fn: F, args: ["B", "иә", "Қашықтықтан"], expected: v(true), rule: P },
  { fn: F, args: ["B", true, "онлайн"], expected: v(true), rule: P },
  { fn: F, args: ["Б", "нет", "дистанционно"], expected: v(false), rule: P },
  { fn: F, args: ["Б", "", "Online"], expected: v(false), rule: P },
  { fn: F, args: ["«А»", "да", "дистанционная"], expected: v(false), rule: P },
  { fn: F, args: ["A", true, "distance learning"], expected: v(false), rule: P },
  { fn: F, args: ["политический", "да", "онлайн"], expected: v(false), rule: P },
  // Full-time: the form §15 sets for everyone.
  { fn: F, args: ["A", false, "күндізгі"], expected: v(true), rule: P },
  { fn: F, args: ["Б", "нет", "очная"], expected: v(true), rule: P },
  { fn: F, args: ["B", "no", "Full-time"], expected: v(true), rule: P },
  { fn: F, args: ["А", "нет", "Очно (офлайн)"], expected: v(true), rule: P },
  // Not one of §15's forms, or both at once: an error, never a guess («очн…» is not read in «заочная»).
  {
    fn: F,
    args: ["Б", "да", "заочная"],
    expected: { error: /form: "заочная" is not a form of study §15 reads/ },
    rule: P,
  },
  {
    fn: F,
    args: ["Б", "нет", "очно-дистанционно"],
    expected: { error: /form: "очно-дистанционно" is not a form of study §15 reads/ },
    rule: P,
  },
  { fn: F, args: ["Б", "нет", "смешанная"], expected: { error: /form: "смешанная"/ }, rule: P },
  { fn: F, args: ["Б", "нет", 5], expected: { error: /form: "5" is not a form of study/ }, rule: P },
];

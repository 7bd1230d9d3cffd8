import { serial, type FunctionCase } from "./functionCases";

/**
 * Cases of issue #12 (item 12) for the shared table (test/cases/functionCases.ts spreads them in):
 * KADR.ATTESTATION_ON_TIME(step, fromDate, actualDate, [holidays], [workDays]) — whether a step of
 * the attestation was done by the deadline the *_BY functions give.
 *
 * §5 «ол басталғанға дейін бір ай бұрын жазбаша хабарлайды» — a month before the start; §6 «отырысына
 * дейін үш аптадан кешіктірілмейтін мерзімде» — no later than three weeks before the meeting; §7 «бір
 * аптадан кешіктірілмейтін мерзімде» — no later than a week before; §20 «үш жұмыс күні ішінде» and §21
 * «шешімі қабылданған күннен бастап үш жұмыс күні ішінде» — within three working days of the decision.
 * "No later than" and "within" keep the deadline day itself in time.
 */
export const LATE_CASES: readonly FunctionCase[] = [
  // §5: start 01.06.2024 → notice by 01.05.2024.
  {
    fn: "ATTESTATION_ON_TIME",
    args: ["notice", "01.06.2024", "10.05.2024", null, null],
    expected: { value: false },
    rule: "A§5",
  },
  {
    fn: "ATTESTATION_ON_TIME",
    args: ["notice", "01.06.2024", "01.05.2024", null, null],
    expected: { value: true },
    rule: "A§5",
  },
  {
    fn: "ATTESTATION_ON_TIME",
    args: ["Уведомление", serial("01.06.2024"), serial("30.04.2024"), null, null],
    expected: { value: true },
    rule: "A§5",
  },
  {
    fn: "ATTESTATION_ON_TIME",
    args: ["хабарлау", "01.06.2024", "02.05.2024", null, null],
    expected: { value: false },
    rule: "A§5",
  },
  // §6: meeting Monday 10.06.2024 → the characteristic reaches HR by 20.05.2024.
  {
    fn: "ATTESTATION_ON_TIME",
    args: ["characteristic", "10.06.2024", "20.05.2024", null, null],
    expected: { value: true },
    rule: "A§6",
  },
  {
    fn: "ATTESTATION_ON_TIME",
    args: ["мінездеме", "10.06.2024", "21.05.2024", null, null],
    expected: { value: false },
    rule: "A§6",
  },
  // §7: the same meeting → the materials go by 03.06.2024.
  {
    fn: "ATTESTATION_ON_TIME",
    args: ["материалы", "10.06.2024", "03.06.2024", null, null],
    expected: { value: true },
    rule: "A§7",
  },
  {
    fn: "ATTESTATION_ON_TIME",
    args: ["materials", "10.06.2024", "04.06.2024", null, null],
    expected: { value: false },
    rule: "A§7",
  },
  // §20: Friday 13.12.2024 → the weekend and 16.12 (Independence Day) skipped → by 19.12.2024.
  {
    fn: "ATTESTATION_ON_TIME",
    args: ["protocol", "13.12.2024", "19.12.2024", null, null],
    expected: { value: true },
    rule: "A§20",
  },
  {
    fn: "ATTESTATION_ON_TIME",
    args: ["Хаттама", "13.12.2024", "20.12.2024", null, null],
    expected: { value: false },
    rule: "A§20",
  },
  // An extra day off (17.12) moves it to 20.12.2024: in time.
  {
    fn: "ATTESTATION_ON_TIME",
    args: ["протокол", serial("13.12.2024"), serial("20.12.2024"), [[serial("17.12.2024")]], null],
    expected: { value: true },
    rule: "A§20",
  },
  // §21: meeting Monday 10.06.2024 → the officer signs by 13.06.2024.
  {
    fn: "ATTESTATION_ON_TIME",
    args: ["sheet", "10.06.2024", "13.06.2024", null, null],
    expected: { value: true },
    rule: "A§21",
  },
  {
    fn: "ATTESTATION_ON_TIME",
    args: ["парақ", "10.06.2024", "14.06.2024", null, null],
    expected: { value: false },
    rule: "A§21",
  },
  {
    fn: "ATTESTATION_ON_TIME",
    args: ["лист", "10.06.2024", "17.06.2024", null, null],
    expected: { value: false },
    rule: "A§21",
  },
  // Done before the start or the meeting is in time (no earliest day in the Rules).
  {
    fn: "ATTESTATION_ON_TIME",
    args: ["sheet", "10.06.2024", "10.06.2024", null, null],
    expected: { value: true },
    rule: "A§21",
  },
  // Bad input names its argument.
  {
    fn: "ATTESTATION_ON_TIME",
    args: ["interview", "10.06.2024", "10.06.2024", null, null],
    expected: { error: /^step: "interview" is not a step of the attestation/ },
    rule: "A§4",
  },
  {
    fn: "ATTESTATION_ON_TIME",
    args: [null, "10.06.2024", "10.06.2024", null, null],
    expected: { error: /^step: is blank/ },
    rule: "A§5",
  },
  {
    fn: "ATTESTATION_ON_TIME",
    args: ["protocol", "10.06.2024", null, null, null],
    expected: { error: /^actualDate: is blank/ },
    rule: "A§20",
  },
  {
    fn: "ATTESTATION_ON_TIME",
    args: ["notice", "31.02.2024", "01.01.2024", null, null],
    expected: { error: /^fromDate: "31.02.2024" is not a date/ },
    rule: "A§5",
  },
];

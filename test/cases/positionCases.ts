import type { FunctionCase } from "./functionCases";

/**
 * Cases of issue #12 (item 11) for the shared table (test/cases/functionCases.ts spreads them in).
 *
 * KADR.ATTESTATION_COMMISSION(position, [lang]): the commission Appendix 1 of the Attestation Rules
 * names for a position — part 1 the central commission, part 2 a regional one. Positions as HR
 * units write them, in Russian and in Kazakh (the Kazakh ones after the items' own words); `rule`
 * is the item («A1.1.7» = Appendix 1, part 1, item 7).
 */
type Case = readonly [position: string, lang: string | null, answer: string, item: string];

const CENTRAL = { en: "Central commission", ru: "Центральная комиссия", kk: "Орталық комиссия" } as const;
const REGIONAL = { en: "Regional commission", ru: "Региональная комиссия", kk: "Өңірлік комиссия" } as const;

const MATCHED: readonly Case[] = [
  // Russian spellings
  ["Начальник управления кадров ДП г. Алматы", null, CENTRAL.en, "A1.1.7"],
  ["Заместитель начальника управления ДП Карагандинской области", null, REGIONAL.en, "A1.2.1"],
  ["Начальник отдела полиции Алмалинского РУП ДП г. Алматы", "ru", REGIONAL.ru, "A1.2.13"],
  ["Командир роты полка ПП ДП г. Астаны", "ru", REGIONAL.ru, "A1.2.6"],
  ["Начальник учреждения ЛА-155/12 КУИС", "ru", CENTRAL.ru, "A1.1.10"],
  ["Заместитель начальника учреждения УИС", "ru", REGIONAL.ru, "A1.2.14"],
  ["заместитель начальника Департамента полиции Карагандинской области", null, CENTRAL.en, "A1.1.4"],
  ["Первый заместитель начальника ДП на транспорте", null, CENTRAL.en, "A1.1.4"],
  ["Начальник Алмалинского районного управления полиции ДП г. Алматы", null, CENTRAL.en, "A1.1.9"],
  ["Заместитель начальника УП г. Темиртау", null, REGIONAL.en, "A1.2.10"],
  ["Начальник отдела кадров УП г. Караганды", null, REGIONAL.en, "A1.2.16"],
  ["Зам. начальника ЛУП на ст. Алматы", null, REGIONAL.en, "A1.2.10"],
  ["Начальник ЛОП на ст. Астана ДП на транспорте", null, CENTRAL.en, "A1.1.9"],
  ["Начальник линейного отделения полиции на ст. Жезказган", null, REGIONAL.en, "A1.2.12"],
  ["Старший оперуполномоченный УСБ ДП Костанайской области", "ru", CENTRAL.ru, "A1.1.1"],
  ["Заместитель командира СОБР ДП Карагандинской области", null, REGIONAL.en, "A1.2.7"],
  ["Командир отряда СпН ДП г. Шымкент", null, REGIONAL.en, "A1.2.8"],
  ["Заместитель начальника ДУИС по Карагандинской области", null, CENTRAL.en, "A1.1.6"],
  ["Начальник отдела ДУИС по Карагандинской области", null, CENTRAL.en, "A1.1.8"],
  ["Заместитель начальника отдела ДУИС по г. Алматы", null, REGIONAL.en, "A1.2.9"],
  ["Начальник отдела службы пробации ДУИС по г. Алматы", null, REGIONAL.en, "A1.2.11"],
  ["Заместитель начальника управления Комитета миграционной службы МВД", "ru", CENTRAL.ru, "A1.1.3"],
  ["Начальник управления КУИС МВД РК", null, CENTRAL.en, "A1.1.2"],
  ["Начальник отдела представительства МВД в г. Байконыр", null, REGIONAL.en, "A1.2.2"],
  // Kazakh spellings
  ["Қарағанды облысы ПД кадр басқармасының бастығы", "kk", CENTRAL.kk, "A1.1.7"],
  ["Қарағанды облысы ПД криминалдық полиция басқармасы бастығының орынбасары", "kk", REGIONAL.kk, "A1.2.1"],
  ["Қарағанды облысы ПД Теміртау қаласы полиция басқармасының бастығы", "kk", CENTRAL.kk, "A1.1.9"],
  ["Қарағанды облысы ПД Теміртау қаласы полиция басқармасы бөлімінің бастығы", "kk", REGIONAL.kk, "A1.2.16"],
  ["Қылмыстық-атқару жүйесі мекемесінің бастығы", "kk", CENTRAL.kk, "A1.1.10"],
  ["Қылмыстық-атқару жүйесі мекемесі бастығының орынбасары", "kk", REGIONAL.kk, "A1.2.14"],
  ["Көліктегі полиция департаменті желілік полиция бөлімшесінің бастығы", "kk", REGIONAL.kk, "A1.2.12"],
  ["Алматы облысы мамандандырылған күзет қызметі басқармасының бастығы", "kk", CENTRAL.kk, "A1.1.11"],
  ["Алматы облысы мамандандырылған күзет қызметі басқармасы батальонының командирі", "kk", REGIONAL.kk, "A1.2.17"],
  ["Кинологиялық орталықтың бастығы", "kk", CENTRAL.kk, "A1.1.12"],
  ['"Оңтүстік" әскери және арнайы жабдықтау базасы бастығының орынбасары', "kk", REGIONAL.kk, "A1.2.4"],
  ["Ішкі істер министрлігінің Байқоңыр қаласындағы өкілдігінің бастығы", "kk", CENTRAL.kk, "A1.1.5"],
  ["Облыс ПД жедел ден қою арнайы жасағының командирі", "kk", REGIONAL.kk, "A1.2.7"],
  ["Аумақтық қылмыстық-атқару жүйесі департаменті бастығының орынбасары", "kk", CENTRAL.kk, "A1.1.6"],
];

export const POSITION_CASES: readonly FunctionCase[] = [
  ...MATCHED.map(([position, lang, answer, item]): FunctionCase => ({
    fn: "ATTESTATION_COMMISSION",
    args: lang === null ? [position, null] : [position, lang],
    expected: { value: answer },
    rule: item,
  })),
  // On no item: not the commission's to examine under Appendix 1 — a message naming the value.
  {
    fn: "ATTESTATION_COMMISSION",
    args: ["Участковый инспектор", null],
    expected: { error: /^position: "Участковый инспектор" is not found on Appendix 1 of the Attestation Rules/ },
    rule: "A§2",
  },
  {
    fn: "ATTESTATION_COMMISSION",
    args: ["Начальник ДП Карагандинской области", "ru"],
    expected: { error: /^position: «Начальник ДП Карагандинской области» не найдена в приложении 1/ },
    rule: "A§2",
  },
  {
    fn: "ATTESTATION_COMMISSION",
    args: ["Заместитель начальника отдела УП г. Караганды", "kk"],
    expected: { error: /^position: «Заместитель начальника отдела УП г\. Караганды» .*1-қосымшасында/ },
    rule: "A§2",
  },
  // Fits items of both parts: the body is not named, so the commission is not guessed.
  {
    fn: "ATTESTATION_COMMISSION",
    args: ["Заместитель начальника управления", null],
    expected: {
      error:
        /^position: "Заместитель начальника управления" fits Appendix 1, part 1, items 2, 3 \(central commission\) and Appendix 1, part 2, items 1, 3 \(regional commission\)/,
    },
    rule: "A1",
  },
  {
    fn: "ATTESTATION_COMMISSION",
    args: ["Начальник ОП Абайского района", "ru"],
    expected: { error: /приложение 1, часть 1, пункт 9 .*приложение 1, часть 2, пункт 13/ },
    rule: "A1",
  },
  { fn: "ATTESTATION_COMMISSION", args: ["", null], expected: { error: /^position: is blank/ }, rule: "A§2" },
  { fn: "ATTESTATION_COMMISSION", args: [42, null], expected: { error: /"42" is not found/ }, rule: "A§2" },
  {
    fn: "ATTESTATION_COMMISSION",
    args: ["Начальник управления кадров ДП г. Алматы", "de"],
    expected: { error: /lang: "de"/ },
    rule: "A1",
  },
];

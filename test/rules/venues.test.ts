import { describe, expect, it } from "vitest";
import { advancedVenueAllowed, classifyVenue } from "../../src/rules";

describe("classifyVenue: what kind of venue a training log names", () => {
  it.each([
    ["Академия государственного управления при Президенте РК", "academy"],
    ["Академия", "academy"],
    ["Қазақстан Республикасы Президентінің жанындағы Мемлекеттік басқару академиясы", "academy"],
    ["Academy of Public Administration", "academy"],
    ["Академия государственного управления (с участием зарубежных преподавателей)", "academy"],
    ["Филиал Академии государственного управления по г. Шымкент", "regionalCentre"],
    ["Региональный центр переподготовки г. Астана", "regionalCentre"],
    ["Өңірлік орталық", "regionalCentre"],
    ["Ведомственный учебный центр МФ РК", "departmental"],
    ["Академия МВД Республики Казахстан", "departmental"],
    ["Академия правосудия", "departmental"],
    ["Международный университет информационных технологий", "departmental"],
    ["Университет международного бизнеса", "departmental"],
    ["Стажировка за рубежом (Сингапур)", "abroad"],
    ["Шетелде оқу", "abroad"],
    ["Онлайн-курс", null],
    ["Astana Hub", null],
    ["Региональный хаб в сфере госслужбы", null],
  ] as const)("%j → %s", (text, type) => {
    expect(classifyVenue(text)).toBe(type);
  });

  // Issue #12 item 3 and a tester's finding: the Academy's branches are its regional centres (§13),
  // the Academy by its short names (§18), and a body named in the venue makes it departmental even
  // when the centre calls itself regional (§22).
  it.each([
    ["филиал Академии", "regionalCentre"],
    ["Филиал Академии по г. Алматы", "regionalCentre"],
    ["филиал Академии в г. Алматы", "regionalCentre"],
    ["филиал АГУ", "regionalCentre"],
    ["Мемлекеттік басқару академиясының Алматы облысы бойынша филиалы", "regionalCentre"],
    ["Академиясының Қарағанды облысы бойынша филиалы", "regionalCentre"],
    ["Академия госуправления", "academy"],
    ["Академия государственного управления при Президенте РК", "academy"],
    ["АГУ", "academy"],
    ["Мемлекеттік басқару академиясы", "academy"],
    ["Региональный учебный центр МВД", "departmental"],
    ["Учебный центр Министерства финансов по Карагандинской области", "departmental"],
  ] as const)("issue #12: %j → %s", (text, type) => {
    expect(classifyVenue(text)).toBe(type);
  });

  it.each([
    // Case, Kazakh letters typed without a Kazakh layout, and punctuation do not matter.
    ["ФИЛИАЛ АКАДЕМИИ ГОСУПРАВЛЕНИЯ ПО Г.ШЫМКЕНТ", "regionalCentre"],
    ["Мемлекеттик баскару академиясынын Караганды облысы бойынша филиалы", "regionalCentre"],
    ["Филиал Академии по Восточно-Казахстанской области", "regionalCentre"],
    ["Филиал АГУ при Президенте РК по г. Шымкент", "regionalCentre"],
    ["Branch of the Academy in Almaty", "regionalCentre"],
    [
      "Academy of Public Administration under the President of the Republic of Kazakhstan, Shymkent branch",
      "regionalCentre",
    ],
    ["Региональный центр Академии", "regionalCentre"],
    ["Академия, г. Астана", "academy"],
    ["Курсы повышения квалификации в Академии", "academy"],
    ["Академияда біліктілікті арттыру курстары", "academy"],
    ["Өңірлік орталық, Ақтөбе қаласы", "regionalCentre"],
    ["Академия гос. управления при Президенте Республики Казахстан", "academy"],
    ["Қаржы министрлігінің оқу орталығы", "departmental"],
    ["Төтенше жағдайлар министрлігінің Өңірлік оқу орталығы", "departmental"],
    ["Региональный учебный центр МЧС по Павлодарской области", "departmental"],
    ["Департамент полиции г. Алматы", "departmental"],
    ["Ministry of Finance training centre", "departmental"],
    ["Учебный центр Агентства по финансовому мониторингу", "departmental"],
    // Precision: «Академия МВД» is a departmental organisation of the internal affairs bodies, not
    // the Academy of Public Administration — nor is its branch a regional centre (§22, not §13).
    ["Академия МВД", "departmental"],
    ["Филиал Академии МВД в г. Алматы", "departmental"],
    ["Карагандинская академия МВД РК им. Б. Бейсенова", "departmental"],
    ["ІІМ Қарағанды академиясы", "departmental"],
    ["Қаржы академиясы", "departmental"],
    ["Академия гражданской авиации", "departmental"],
    ["Курсы повышения квалификации в Академии МВД", "departmental"],
    ["Академия правоохранительных органов при Генеральной прокуратуре РК", "departmental"],
    // "АГУ им. К. Жубанова" is a university named after someone, not the Academy; its words do not
    // say what kind it is. Spelled out, it is an other organisation, though "региональный".
    ["АГУ им. К. Жубанова", null],
    ["Актюбинский региональный университет им. К. Жубанова", "departmental"],
    // The civil-service agency is not a departmental body: its old regional centres are regional.
    ["Региональный центр переподготовки Агентства РК по делам государственной службы", "regionalCentre"],
    ["Агентство по делам государственной службы", null],
    // Words that say nothing of the kind: unknown, never a guess.
    ["Регион", null],
    ["Семинар по г. Алматы", null],
    ["Филиал", null],
    ["г. Астана", null],
  ] as const)("%j → %s", (text, type) => {
    expect(classifyVenue(text)).toBe(type);
  });

  it.each([
    ["academy", "A", false, true, "§18"],
    ["regionalCentre", "A", false, false, "§18"],
    ["abroad", "A", false, true, "§27"],
    ["regionalCentre", "B", false, true, "§22"],
    ["departmental", "B", false, true, "§22"],
    ["academy", "B", true, false, "§23"],
    ["departmental", "B", true, true, "§23"],
    ["abroad", "B", true, true, "§27"],
    ["regionalCentre", "political", false, false, "§18"],
  ] as const)(
    "advanced training at %s for corps %s (certified %s): allowed %s under %s",
    (type, corps, certified, allowed, paragraph) => {
      expect(advancedVenueAllowed(type, corps, certified)).toMatchObject({ allowed, rule: { paragraph } });
    },
  );
});

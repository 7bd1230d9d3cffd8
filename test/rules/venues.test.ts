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

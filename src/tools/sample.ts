/**
 * The sample staff workbook (`npm run sample` writes assets/sample-staff.xlsx with make-sample.ts), a synthetic staff workbook as a kadr service
 * keeps it — a Russian-headed staff register (~200 employees) and a Kazakh-headed training log —
 * with the mess of real sheets: a title and blank rows above the header, merged title cells,
 * Cyrillic category codes, text and serial dates, stray spaces, and a few rows the add-in must
 * refuse (unknown category, impossible date, a #N/A formula, a course without an end date).
 * Deterministic: the same file every run. All names are invented.
 */
import ExcelJS from "exceljs";
import { normalizeCategory } from "../rules/category/normalizeCategory";
import { FULL_TIME, PRACTICE_CASES } from "./practiceCases";

/**
 * A small deterministic generator (mulberry32). A plain LCG's successive outputs are correlated,
 * which made name tuples repeat far more often than chance on big samples.
 */
export function rng(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SampleOptions {
  readonly employees: number;
  readonly seed?: number;
  /** Add the deliberately broken rows (the checked-in sample has them). */
  readonly messy?: boolean;
}

/** Surnames are given in the masculine form; feminine ones add -а (Ахметов → Ахметова), as in Kazakh and Russian. */
const SURNAME_STEMS = [
  "Ахметов",
  "Беков",
  "Жумабаев",
  "Искаков",
  "Касымов",
  "Нурланов",
  "Омаров",
  "Сарсенов",
  "Тулегенов",
  "Утепов",
  "Иванов",
  "Петров",
  "Сидоров",
  "Әбенов",
  "Қасымов",
  "Серікбаев",
  "Нұрғалиев",
  "Төлеуов",
  "Жақсылықов",
  "Абдрахманов",
  "Байжанов",
  "Габдуллин",
  "Досмухамбетов",
  "Ермеков",
  "Жанибеков",
  "Ибраев",
  "Калиев",
  "Мамыров",
  "Нургожин",
  "Оспанов",
  "Рахимов",
  "Садыков",
  "Тоқтаров",
  "Усенов",
  "Шайхин",
  "Ыбыраев",
  "Кузнецов",
  "Смирнов",
  "Попов",
  "Ли",
];
const NAMES = {
  m: [
    "Ерлан",
    "Марат",
    "Нурлан",
    "Бауыржан",
    "Данияр",
    "Олег",
    "Ержан",
    "Қанат",
    "Алексей",
    "Айдос",
    "Арман",
    "Бекзат",
    "Дамир",
    "Ельдар",
    "Жандос",
    "Нұрсұлтан",
    "Руслан",
    "Тимур",
  ],
  f: [
    "Айгуль",
    "Дина",
    "Сауле",
    "Алия",
    "Асель",
    "Мария",
    "Гүлнар",
    "Әсел",
    "Ирина",
    "Аружан",
    "Балжан",
    "Гаухар",
    "Жанар",
    "Камила",
    "Ләззат",
    "Мадина",
    "Салтанат",
    "Томирис",
  ],
};
const PATRONYMICS = {
  m: [
    "Серикович",
    "Ерланович",
    "Асанович",
    "Иванович",
    "Болатұлы",
    "Маратович",
    "Нурланович",
    "Қайратұлы",
    "Сергеевич",
    "Талгатович",
  ],
  f: [
    "Маратовна",
    "Нурлановна",
    "Болатовна",
    "Петровна",
    "Серікқызы",
    "Ерлановна",
    "Асановна",
    "Қайратқызы",
    "Сергеевна",
    "Талгатовна",
  ],
};
const POSITIONS = [
  "главный специалист",
  "ведущий специалист",
  "эксперт",
  "главный эксперт",
  "руководитель отдела",
  "заместитель руководителя управления",
  "руководитель управления",
];
const CATEGORIES_B = [
  "C-O-3",
  "С-О-4",
  "C-O-5",
  "C-O-6",
  "C-R-1",
  "С-R-3",
  "D-4",
  "D-5",
  "D-O-3",
  "Д-О-4",
  "E-3",
  "E-4",
  "Е-R-2",
  "E-G-1",
  "C-1",
  "C-3",
  "С-5",
  "C-O-1",
  "D-2",
  "D-O-2",
  "E-1",
  "B-2",
  "В-4",
];
const CATEGORIES_A = ["A-1", "A-2", "А-3"];
const VENUES_RETRAINING = [
  "Академия государственного управления при Президенте РК",
  "Региональный центр переподготовки г. Астана",
  "Региональный центр г. Алматы",
];
const VENUES_ADVANCED = [
  "Академия государственного управления",
  "Региональный центр г. Астана",
  "Филиал Академии по г. Шымкент",
  "Ведомственный учебный центр",
];
const RATINGS = ["хорошо", "удовлетворительно", "эффективно", "отлично", "неудовлетворительно", "превосходно"];

export const dmy = (d: Date) =>
  `${String(d.getUTCDate()).padStart(2, "0")}.${String(d.getUTCMonth() + 1).padStart(2, "0")}.${d.getUTCFullYear()}`;
export const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
export const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);

/**
 * Names of invented people, each different from the ones before (big samples take double-barrelled
 * surnames); `pick` draws from the caller's seeded generator, so the names follow its seed.
 */
export function uniqueNames(pick: <T>(items: readonly T[]) => T): (sex: "m" | "f") => string {
  const used = new Set<string>();
  return (sex) => {
    for (let attempt = 0; ; attempt++) {
      const surname = attempt < 5 ? pick(SURNAME_STEMS) : `${pick(SURNAME_STEMS)}-${pick(SURNAME_STEMS)}`;
      const name = `${surname}${sex === "f" ? "а" : ""} ${pick(NAMES[sex])} ${pick(PATRONYMICS[sex])}`;
      if (!used.has(name) || attempt > 50) {
        used.add(name);
        return name;
      }
    }
  };
}

/** Builds the sample workbook in memory. */
export function makeSample(options: SampleOptions): ExcelJS.Workbook {
  const random = rng(options.seed ?? 20261125);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const between = (from: Date, to: Date) =>
    addDays(from, Math.floor(random() * ((to.getTime() - from.getTime()) / 86_400_000)));

  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Kadr Rules sample generator";
  const register = workbook.addWorksheet("Сотрудники");
  const log = workbook.addWorksheet("Оқыту журналы");

  register.mergeCells("A1:L1");
  register.getCell("A1").value = "ГУ «Управление цифровизации акимата города Астаны»";
  register.getCell("A1").font = { bold: true, size: 14 };
  register.mergeCells("A2:L2");
  register.getCell("A2").value = "Список государственных служащих (по состоянию на 01.01.2026)";
  register.addRow([]);
  register.addRow([
    "№",
    "Ф.И.О.",
    "Должность",
    "Корпус",
    "Категория",
    "Дата назначения",
    "Впервые поступивший",
    "Впервые назначен на руководящую должность",
    "Последнее повышение квалификации",
    "Оценка 2023",
    "Оценка 2024",
    "Оценка 2025",
    "Дата оценки 2023",
    "Дата оценки 2024",
    "Дата оценки 2025",
    "Профессиональная сертификация",
    "Карьерный план",
  ]).font = { bold: true };

  log.getCell("A1").value = "Біліктілікті арттыру және қайта даярлау журналы";
  log.addRow([]);
  // Rules §15 (form of study) and §3, §4 (the document issued on completion) have their columns.
  log.addRow([
    "Т.А.Ә.",
    "Оқыту түрі",
    "Оқу орны",
    "Басталуы",
    "Аяқталуы",
    "Академиялық сағат",
    "Құжат нөмірі",
    "Оқу нысаны",
  ]).font = {
    bold: true,
  };

  // Mostly where §13 sends the category; now and then somewhere else, as happens.
  const retrainingVenue = (corpsA: boolean, category: string) => {
    const read = normalizeCategory(category);
    const academy = corpsA || (read.ok && read.value.venue === "academy");
    if (random() < 0.05) return pick(VENUES_RETRAINING);
    return academy ? VENUES_RETRAINING[0] : pick(VENUES_RETRAINING.slice(1));
  };
  // Every synthetic employee has a name of their own, so that only the deliberate duplicates below are flagged.
  const uniqueName = uniqueNames(pick);
  let documentNo = 1000;
  for (let i = 0; i < options.employees; i++) {
    const sex = random() < 0.5 ? "m" : "f";
    const name = uniqueName(sex);
    const corpsA = random() < 0.08;
    const category = corpsA ? pick(CATEGORIES_A) : pick(CATEGORIES_B);
    const appointed = between(utc(2019, 1, 1), utc(2025, 11, 30));
    const firstEntry = random() < 0.3;
    const leadership = !firstEntry && random() < 0.15;
    const lastAdvanced = between(utc(2022, 6, 1), utc(2025, 11, 30));
    const ratings = [pick(RATINGS), pick(RATINGS), pick(RATINGS)];
    // Stray spaces and mixed date forms, as typed by hand.
    const appointedCell = random() < 0.5 ? appointed : dmy(appointed);
    register.addRow([
      i + 1,
      random() < 0.1 ? ` ${name}  ` : name,
      pick(POSITIONS),
      corpsA ? "«А»" : random() < 0.5 ? "Б" : "B",
      category,
      appointedCell,
      firstEntry ? "да" : "нет",
      leadership ? "да" : "нет",
      random() < 0.7 ? lastAdvanced : dmy(lastAdvanced),
      ...ratings,
      utc(2023, 12, 20),
      utc(2024, 12, 20),
      utc(2025, 12, 19),
      // Rules §20(1): the career plans of the corps A servants provide for advanced training.
      null,
      corpsA ? "да" : null,
    ]);

    // Retraining for most who need it, within (or sometimes after) six months of appointment.
    if ((firstEntry || leadership || corpsA) && random() < 0.8) {
      const start = addDays(appointed, Math.floor(random() * 240));
      const end = addDays(start, 20 + Math.floor(random() * 40));
      if (end < utc(2026, 1, 1)) {
        log.addRow([
          name,
          random() < 0.5 ? "қайта даярлау" : "переподготовка",
          retrainingVenue(corpsA, category),
          dmy(start),
          end,
          random() < 0.9 ? 120 : 96,
          `ҚД-${documentNo++}`,
          // Rules §15: full-time (no draw from the generator, so the rest of the sample stays as it was).
          documentNo % 2 === 0 ? "күндізгі" : "очная",
        ]);
      }
    }
    // Advanced training: the last one, with its hours (a few out of 24–80).
    const hours = random() < 0.93 ? pick([24, 36, 40, 72, 80]) : pick([16, 96]);
    log.addRow([
      name,
      random() < 0.5 ? "біліктілікті арттыру" : "повышение квалификации",
      pick(VENUES_ADVANCED),
      addDays(lastAdvanced, -5),
      lastAdvanced,
      hours,
      `БА-${documentNo++}`,
      documentNo % 5 === 0 ? "онлайн" : "күндізгі",
    ]);
  }

  if (options.messy ?? true) {
    // One employee per rule of practice (issue #7), flagged in the report's compliance section.
    PRACTICE_CASES.forEach((c, i) => {
      register.addRow([
        options.employees + 10 + i,
        c.name,
        c.position,
        c.corps,
        c.category,
        c.appointed,
        c.firstEntry,
        c.firstLeadership,
        c.lastAdvanced,
        "хорошо",
        "хорошо",
        "хорошо",
        null,
        null,
        null,
        c.certified,
        c.corps === "А" ? "да" : null,
      ]);
      for (const course of c.courses) {
        log.addRow([
          c.name,
          course.type,
          course.venue,
          course.start,
          course.end,
          course.hours,
          course.document === undefined ? `ПР-${i + 1}` : course.document,
          course.form ?? FULL_TIME,
        ]);
      }
    });
    register.addRow([]);
    register.addRow([
      options.employees + 1,
      "Тестова Ошибка Категории",
      "специалист",
      "Б",
      "C-9",
      "01.03.2025",
      "да",
      "нет",
      null,
      "хорошо",
      "хорошо",
      "хорошо",
    ]);
    register.addRow([
      options.employees + 2,
      "Датаева Неверная",
      "специалист",
      "Б",
      "D-4",
      "31.02.2025",
      "нет",
      "нет",
      "15.05.2024",
    ]);
    const broken = register.addRow([
      options.employees + 3,
      "Формулова Ошибка",
      "эксперт",
      "Б",
      "E-3",
      null,
      "нет",
      "нет",
      "01.06.2023",
    ]);
    broken.getCell(6).value = { formula: "NA()", result: { error: "#N/A" } };
    register.addRow([options.employees + 4, null, "вакансия", "Б", "C-O-4", "01.09.2025"]);
    log.addRow(["Датаева Неверная", "семинар", "Онлайн", "01.04.2025", "03.04.2025", 8, null]);
    log.addRow(["Формулова Ошибка", "повышение квалификации", "Академия", "01.10.2025", null, 40, null]);
  }

  for (const sheet of [register, log]) {
    sheet.columns.forEach((column, index) => {
      column.width = index === 1 || index === 0 ? 32 : 18;
    });
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.value instanceof Date) cell.numFmt = "dd.mm.yyyy";
      }),
    );
  }
  register.getColumn(1).width = 6;
  return workbook;
}

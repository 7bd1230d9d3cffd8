/**
 * Staff whose training breaks one rule each (issue #7): the sample workbook carries them, and the
 * tests (test/checks/practice.test.ts) check that each is flagged with the right paragraph and words.
 * Dates are dd.mm.yyyy text, as officers type them.
 */
export interface PracticeCourse {
  readonly type: "қайта даярлау" | "біліктілікті арттыру";
  readonly venue: string;
  readonly start: string;
  readonly end: string;
  readonly hours: number;
  /** Rules §15: the form of study as the log writes it; full-time when not given. */
  readonly form?: string;
  /** Rules §3, §4: the document number; a number of the case's own when not given, null for a blank. */
  readonly document?: string | null;
}

/** The form of study of the courses that do not say one (Rules §15: retraining is full-time). */
export const FULL_TIME = "күндізгі";

export interface PracticeCase {
  readonly name: string;
  readonly position: string;
  readonly corps: string;
  readonly category: string;
  readonly appointed: string;
  readonly firstEntry: "да" | "нет";
  readonly firstLeadership: "да" | "нет";
  readonly lastAdvanced: string | null;
  readonly certified: "да" | "нет";
  readonly courses: readonly PracticeCourse[];
}

const RETRAINING = "қайта даярлау";
const ADVANCED = "біліктілікті арттыру";

export const PRACTICE_CASES: readonly PracticeCase[] = [
  {
    // §13: C-O-3 is retrained at a regional centre, not at the Academy.
    name: "Венуева Асель Маратовна",
    position: "главный специалист",
    corps: "Б",
    category: "С-О-3",
    appointed: "01.02.2025",
    firstEntry: "да",
    firstLeadership: "нет",
    lastAdvanced: null,
    certified: "нет",
    courses: [
      {
        type: RETRAINING,
        venue: "Академия государственного управления",
        start: "03.03.2025",
        end: "28.03.2025",
        hours: 120,
      },
    ],
  },
  {
    // §14: appointed 01.01.2025, sent only on 15.08.2025 (deadline 01.07.2025).
    name: "Поздняков Ерлан Асанович",
    position: "ведущий специалист",
    corps: "Б",
    category: "D-4",
    appointed: "01.01.2025",
    firstEntry: "да",
    firstLeadership: "нет",
    lastAdvanced: null,
    certified: "нет",
    courses: [
      { type: RETRAINING, venue: "Региональный центр г. Астана", start: "15.08.2025", end: "12.09.2025", hours: 120 },
    ],
  },
  {
    // §16: first corps A appointment; retraining ran more than three months from its start.
    name: "Долгова Дина Ерлановна",
    position: "эксперт",
    corps: "А",
    category: "A-3",
    appointed: "10.01.2025",
    firstEntry: "да",
    firstLeadership: "нет",
    lastAdvanced: null,
    certified: "нет",
    courses: [
      {
        type: RETRAINING,
        venue: "Академия государственного управления",
        start: "01.02.2025",
        end: "15.06.2025",
        hours: 120,
      },
    ],
  },
  {
    // §16: retraining of 96 academic hours.
    name: "Часова Алия Болатовна",
    position: "главный специалист",
    corps: "Б",
    category: "C-R-2",
    appointed: "01.03.2025",
    firstEntry: "да",
    firstLeadership: "нет",
    lastAdvanced: null,
    certified: "нет",
    courses: [{ type: RETRAINING, venue: "Өңірлік орталық", start: "01.04.2025", end: "25.04.2025", hours: 96 }],
  },
  {
    // §18: corps A takes advanced training at the Academy (or abroad), not at a regional centre.
    name: "Академов Марат Серикович",
    position: "руководитель управления",
    corps: "А",
    category: "A-2",
    appointed: "01.06.2020",
    firstEntry: "нет",
    firstLeadership: "нет",
    lastAdvanced: null,
    certified: "нет",
    courses: [
      { type: ADVANCED, venue: "Региональный центр г. Астана", start: "02.06.2025", end: "06.06.2025", hours: 40 },
    ],
  },
  {
    // §23: a position requiring professional certification trains at specialised organisations.
    name: "Сертова Гүлнар Нурлановна",
    position: "главный эксперт (аудит)",
    corps: "Б",
    category: "C-O-4",
    appointed: "01.06.2021",
    firstEntry: "нет",
    firstLeadership: "нет",
    lastAdvanced: null,
    certified: "да",
    courses: [
      {
        type: ADVANCED,
        venue: "Академия государственного управления",
        start: "08.09.2025",
        end: "12.09.2025",
        hours: 36,
      },
    ],
  },
  {
    // §22: corps B may train at a departmental organisation: nothing to flag.
    name: "Ведомова Сауле Серікқызы",
    position: "специалист",
    corps: "Б",
    category: "E-3",
    appointed: "01.06.2021",
    firstEntry: "нет",
    firstLeadership: "нет",
    lastAdvanced: null,
    certified: "нет",
    courses: [
      { type: ADVANCED, venue: "Ведомственный учебный центр МФ РК", start: "06.10.2025", end: "10.10.2025", hours: 40 },
    ],
  },
  {
    // §25: advanced training of 16 academic hours.
    name: "Краткова Мария Петровна",
    position: "специалист",
    corps: "Б",
    category: "E-4",
    appointed: "01.06.2021",
    firstEntry: "нет",
    firstLeadership: "нет",
    lastAdvanced: null,
    certified: "нет",
    courses: [
      { type: ADVANCED, venue: "Региональный центр г. Алматы", start: "03.11.2025", end: "04.11.2025", hours: 16 },
    ],
  },
  {
    // §16 applies to first corps B leadership appointees: more than three months is flagged.
    name: "Руководова Жанар Талгатовна",
    position: "руководитель отдела",
    corps: "Б",
    category: "C-O-2",
    appointed: "01.02.2025",
    firstEntry: "нет",
    firstLeadership: "да",
    lastAdvanced: null,
    certified: "нет",
    courses: [
      {
        type: RETRAINING,
        venue: "Академия государственного управления",
        start: "03.03.2025",
        end: "20.06.2025",
        hours: 120,
      },
    ],
  },
  {
    // §16 does not limit first entrants to corps B who are not leaders: a long retraining is fine.
    name: "Новиков Арман Сергеевич",
    position: "главный специалист",
    corps: "Б",
    category: "D-O-4",
    appointed: "01.02.2025",
    firstEntry: "да",
    firstLeadership: "нет",
    lastAdvanced: null,
    certified: "нет",
    courses: [{ type: RETRAINING, venue: "Өңірлік орталық", start: "03.03.2025", end: "20.06.2025", hours: 144 }],
  },
  {
    // §27: abroad is open to corps A as well: nothing to flag.
    name: "Шетелова Томирис Асановна",
    position: "заместитель руководителя управления",
    corps: "А",
    category: "A-4",
    appointed: "01.06.2020",
    firstEntry: "нет",
    firstLeadership: "нет",
    lastAdvanced: null,
    certified: "нет",
    courses: [
      { type: ADVANCED, venue: "Стажировка за рубежом (Сингапур)", start: "07.07.2025", end: "18.07.2025", hours: 72 },
    ],
  },
  {
    // §22: corps B at a regional centre: nothing to flag.
    name: "Өңірова Ләззат Қайратқызы",
    position: "ведущий специалист",
    corps: "Б",
    category: "D-5",
    appointed: "01.06.2021",
    firstEntry: "нет",
    firstLeadership: "нет",
    lastAdvanced: null,
    certified: "нет",
    courses: [
      { type: ADVANCED, venue: "Региональный центр г. Алматы", start: "10.03.2025", end: "14.03.2025", hours: 40 },
    ],
  },
  {
    // A venue the words do not classify: a problem for the officer, never a guess.
    name: "Онлайнов Данияр Иванович",
    position: "специалист",
    corps: "Б",
    category: "E-5",
    appointed: "01.06.2021",
    firstEntry: "нет",
    firstLeadership: "нет",
    lastAdvanced: null,
    certified: "нет",
    courses: [{ type: ADVANCED, venue: "Онлайн-курс", start: "01.12.2025", end: "05.12.2025", hours: 40 }],
  },
  {
    // §15: a first corps B leadership appointee is not a first entrant: no distance retraining.
    name: "Дистанов Ерлан Маратович",
    position: "руководитель отдела",
    corps: "Б",
    category: "C-O-2",
    appointed: "01.02.2025",
    firstEntry: "нет",
    firstLeadership: "да",
    lastAdvanced: null,
    certified: "нет",
    courses: [
      {
        type: RETRAINING,
        venue: "Академия государственного управления",
        start: "03.03.2025",
        end: "28.03.2025",
        hours: 120,
        form: "дистанционно",
      },
    ],
  },
  {
    // §15: a first entrant to corps B may take retraining by distance learning: nothing to flag.
    name: "Қашықова Әсел Нурлановна",
    position: "ведущий специалист",
    corps: "Б",
    category: "D-4",
    appointed: "01.02.2025",
    firstEntry: "да",
    firstLeadership: "нет",
    lastAdvanced: null,
    certified: "нет",
    courses: [
      {
        type: RETRAINING,
        venue: "Өңірлік орталық",
        start: "03.03.2025",
        end: "31.03.2025",
        hours: 120,
        form: "онлайн",
      },
    ],
  },
  {
    // §4: a completed advanced training with no document number: a note, not a violation.
    name: "Құжатсыз Марат Серикович",
    position: "специалист",
    corps: "Б",
    category: "E-3",
    appointed: "01.06.2021",
    firstEntry: "нет",
    firstLeadership: "нет",
    lastAdvanced: null,
    certified: "нет",
    courses: [
      {
        type: ADVANCED,
        venue: "Региональный центр г. Алматы",
        start: "06.10.2025",
        end: "10.10.2025",
        hours: 40,
        document: null,
      },
    ],
  },
];

/**
 * The sample attestation list (`npm run sample:attestation` writes assets/sample-attestation.xlsx
 * with make-attestation-sample.ts): the list of officers subject to the extraordinary attestation
 * of Decree No. 490 of 28.02.2024 (1 April – 31 December 2024) as a regional police department's
 * HR unit keeps it — Russian headers under two title rows and a blank row, ~50 officers — with the
 * awkward cases the rules and the reader must handle, one officer each, listed in
 * ATTESTATION_SAMPLE_CASES. Deterministic: the same cell values every run. All names are invented.
 */
import ExcelJS from "exceljs";
import { ATTESTATION_PERIOD } from "../rules/data/rules";
import { serialFromParts } from "../rules/dates/excelSerial";
import { isKzDayOff } from "../rules/workdays/kzCalendar";
import { addDays, dmy, rng, uniqueNames, utc } from "./sample";

/** The header row's titles, left to right (synonyms src/attestation/headers.ts knows). */
export const ATTESTATION_SAMPLE_HEADERS = [
  "№",
  "Ф.И.О.",
  "Дата рождения",
  "Образование",
  "Специальность",
  "Должность",
  "Звание",
  "Дата назначения",
  "Комиссия",
  "Начало аттестации",
  "Дата заседания",
  "Нормативы",
  "Тестирование",
  "Уважительная причина",
  "Неявки",
  "Освобождение",
  "Решение",
  "Иные сведения",
  "Дата уведомления",
  "Характеристика поступила",
  "Материалы направлены",
  "Дата протокола",
  "Ознакомлен с листом (дата)",
  "Отказ от предложенной должности",
] as const;

/** 0-based sheet rows: two title rows and a blank row above the header. */
export const ATTESTATION_SAMPLE_HEADER_ROW = 3;
/** The number of officers (data rows right under the header, no blank rows among them). */
export const ATTESTATION_SAMPLE_OFFICERS = 50;

type Value = string | number | Date | null;

/** One officer's line, in the order of ATTESTATION_SAMPLE_HEADERS (without №). */
interface Line {
  name: string | null;
  birth: Date | string;
  education: string;
  speciality: string;
  position: string;
  rank: string;
  appointed: Date;
  commission: string;
  start: Date | string | null;
  meeting: Date | string | null;
  standards: string | null;
  test: string | null;
  excused: string | null;
  absences: number | null;
  exemption: string | null;
  decision: number | null;
  other: string | null;
  /**
   * The dates kept (§5, §6, §7, §20, §21): undefined → drawn in time from the final start and
   * meeting (keepDates); a case sets one to make it late, or null to leave it blank.
   */
  notice?: Date | null;
  characteristic?: Date | null;
  materials?: Date | null;
  protocol?: Date | null;
  signed?: Date | null;
  /** §22: «да» when the officer refused the post a decision 3 or 4 offered. */
  refused: string | null;
}

interface CaseSpec {
  /** 0-based index among the officers (the sheet row is the header row + 1 + at). */
  readonly at: number;
  readonly case: string;
  readonly note: string;
  /** Who the case needs (pregnancy: a woman); otherwise drawn like everyone else. */
  readonly sex?: "m" | "f";
  readonly apply: (line: Line) => void;
}

/** A date the regional commission could sit on, moved to the next working day of Kazakhstan. */
const isDayOff = (d: Date) => isKzDayOff(serialFromParts(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()));
const workingDayFrom = (d: Date) => {
  let day = d;
  while (isDayOff(day)) day = addDays(day, 1);
  return day;
};
/** Attestation starts about five weeks before the meeting, never before the decree's period. */
const PERIOD_START = utc(ATTESTATION_PERIOD.from.year, ATTESTATION_PERIOD.from.month, ATTESTATION_PERIOD.from.day);
const startFor = (meeting: Date) => {
  const start = workingDayFrom(addDays(meeting, -35));
  return start < PERIOD_START ? PERIOD_START : start;
};
const meetingAt = (line: Line, meeting: Date) => {
  line.meeting = meeting;
  line.start = startFor(meeting);
};
const exempt = (line: Line, ground: string, other: string) => {
  line.exemption = ground;
  line.notice = null;
  line.characteristic = null;
  line.materials = null;
  line.protocol = null;
  line.signed = null;
  line.meeting = null;
  line.standards = null;
  line.test = null;
  line.absences = null;
  line.decision = null;
  line.other = other;
};

/** A working day on or before `d`. */
const workingDayBefore = (d: Date) => {
  let day = d;
  while (isDayOff(day)) day = addDays(day, -1);
  return day;
};
/**
 * The dates an HR unit that keeps its deadlines records: the notice five weeks before the start
 * (§5: a month), the characteristic 25 days and the materials 9 days before the meeting (§6: three
 * weeks, §7: one), the protocol and the signature the next working day after a decision (§20–§21:
 * three working days). Only where the start and the meeting are date cells; a case's own value stays.
 */
const keepDates = (line: Line) => {
  const start = line.start instanceof Date ? line.start : null;
  const meeting = line.meeting instanceof Date ? line.meeting : null;
  const decided = meeting !== null && line.decision !== null;
  if (line.notice === undefined) line.notice = start && workingDayBefore(addDays(start, -35));
  if (line.characteristic === undefined) line.characteristic = meeting && workingDayBefore(addDays(meeting, -25));
  if (line.materials === undefined) line.materials = meeting && workingDayBefore(addDays(meeting, -9));
  if (line.protocol === undefined) line.protocol = decided ? workingDayFrom(addDays(meeting, 1)) : null;
  if (line.signed === undefined) line.signed = decided ? workingDayFrom(addDays(meeting, 1)) : null;
};

const CASES: readonly CaseSpec[] = [
  {
    at: 1,
    case: "failedStandardsOnlyDecision2",
    note: "Failed the fitness standards but passed the test, decision 2: allowed (§18 needs both failed)",
    apply: (l) => {
      l.standards = "не сдал";
      l.test = "сдал";
      l.decision = 2;
      l.other = null;
    },
  },
  {
    at: 3,
    case: "pregnancy",
    sex: "f",
    note: "Exempt while pregnant (§2): no meeting date, no decision",
    apply: (l) => exempt(l, "беременность", "справка о беременности представлена"),
  },
  {
    at: 5,
    case: "meetingDateAsText",
    note: "Meeting date (and start) typed as text dd.mm.yyyy, not an Excel date; otherwise ordinary",
    apply: (l) => {
      // 13.06.2024 less five weeks is 09.05, Victory Day: the start is 10.05.2024.
      l.meeting = "13.06.2024";
      l.start = dmy(startFor(utc(2024, 6, 13)));
      l.decision = 2;
    },
  },
  {
    at: 7,
    case: "absentOnce",
    note: "Absent once without a valid reason (Неявки 1): no decision yet, to be called again",
    apply: (l) => {
      meetingAt(l, utc(2024, 10, 22));
      l.absences = 1;
      l.excused = null;
      l.decision = null;
      l.other = "не явился на заседание 22.10.2024";
    },
  },
  {
    at: 9,
    case: "centralCommission",
    note: "The one officer of the central commission (Комиссия «центральная») among the regional ones",
    apply: (l) => {
      l.commission = "центральная";
      l.position = "заместитель начальника Департамента полиции Карагандинской области";
      l.rank = "полковник полиции";
      l.birth = utc(1976, 3, 14);
      l.education = "послевузовское";
      meetingAt(l, utc(2024, 10, 17));
      l.decision = 1;
      l.other = "рекомендован в кадровый резерв";
    },
  },
  {
    at: 11,
    case: "badMeetingDate",
    note: "Unreadable meeting date «31.02.2024» (typed as text): reported, the rest of the list still read",
    apply: (l) => {
      l.meeting = "31.02.2024";
      l.decision = 2;
    },
  },
  {
    at: 13,
    case: "failedBothDecision2",
    note: "Failed both the fitness standards and the test, decision 2: forbidden (§18 allows only 3, 4 or 5)",
    apply: (l) => {
      l.standards = "не сдал";
      l.test = "не сдал";
      l.decision = 2;
      l.other = null;
    },
  },
  {
    at: 15,
    case: "excusedAbsence",
    note: "Absent with a valid reason (Уважительная причина «да»), no decision: attested after returning (§16)",
    apply: (l) => {
      meetingAt(l, utc(2024, 9, 12));
      l.excused = "да";
      l.absences = null;
      l.decision = null;
      l.other = "больничный лист с 02.09.2024, аттестуется после выхода";
    },
  },
  {
    at: 17,
    case: "yesNoPassFail",
    note: "Нормативы and Тестирование written «да»/«да» instead of «сдал»: both passed",
    apply: (l) => {
      l.standards = "да";
      l.test = "да";
    },
  },
  {
    at: 19,
    case: "absentTwiceDecision5",
    note: "Absent twice without a valid reason (Неявки 2), decision 5: dismissal recommended, as §17 says",
    apply: (l) => {
      meetingAt(l, utc(2024, 9, 26));
      l.absences = 2;
      l.excused = null;
      l.decision = 5;
      l.other = "не явился на заседания 10.09.2024 и 26.09.2024 без уважительной причины";
    },
  },
  {
    at: 21,
    case: "meetingBeforePeriod",
    note: "Meeting on 20.03.2024, before the decree's period (1 April – 31 December 2024)",
    apply: (l) => {
      l.meeting = utc(2024, 3, 20);
      l.start = utc(2024, 3, 4);
      l.decision = 2;
    },
  },
  {
    at: 23,
    case: "leaveArt77",
    sex: "f",
    note: "Exempt while on a leave of Art. 77 (§2): no meeting date, no decision",
    apply: (l) => exempt(l, "отпуск (ст. 77)", "отпуск по уходу за ребенком до достижения им возраста трех лет"),
  },
  {
    at: 25,
    case: "birthDateAsText",
    note: "Date of birth typed as text dd.mm.yyyy, not an Excel date; otherwise ordinary",
    apply: (l) => {
      l.birth = dmy(l.birth as Date);
    },
  },
  {
    at: 27,
    case: "badStandards",
    note: "Нормативы «может быть» is neither passed nor failed: reported, the rest of the list still read",
    apply: (l) => {
      l.standards = "может быть";
      l.test = "сдал";
      l.decision = 2;
    },
  },
  {
    at: 29,
    case: "failedBothDecision4",
    note: "Failed both the fitness standards and the test, decision 4: allowed (§18: 3, 4 or 5)",
    apply: (l) => {
      l.standards = "не сдал";
      l.test = "не сдал";
      l.decision = 4;
      l.other = "рекомендован перевод на другую должность";
    },
  },
  {
    at: 31,
    case: "holidayEve",
    note:
      "Meeting on Friday 13.12.2024, the eve of Independence Day: the protocol and the signature (§20–21, " +
      "3 working days) are due by 19.12.2024 — the weekend and 16.12 skipped (17.12 is a working day in 2024)",
    apply: (l) => {
      meetingAt(l, utc(2024, 12, 13));
      l.decision = 2;
    },
  },
  {
    at: 33,
    case: "absentTwiceDecision2",
    note: "Absent twice without a valid reason (Неявки 2) but decision 2: forbidden (§17 recommends dismissal, 5)",
    apply: (l) => {
      meetingAt(l, utc(2024, 11, 14));
      l.absences = 2;
      l.excused = null;
      l.decision = 2;
      l.other = "не явился на заседания 29.10.2024 и 14.11.2024 без уважительной причины";
    },
  },
  {
    at: 35,
    case: "noName",
    note: "A row with no name but other data: reported, the rest of the list still read",
    apply: (l) => {
      l.name = null;
    },
  },
  {
    at: 37,
    case: "badDecision",
    note: "Решение 6: not one of the decisions 1–5 (§15)",
    apply: (l) => {
      l.decision = 6;
    },
  },
  {
    at: 39,
    case: "meetingAfterPeriod",
    note: "Meeting on 15.01.2025, after the decree's period (1 April – 31 December 2024)",
    apply: (l) => {
      meetingAt(l, utc(2025, 1, 15));
      l.decision = 2;
    },
  },
  {
    at: 41,
    case: "lateNotice",
    note: "Notice given 10.05.2024 for an attestation starting 03.06.2024: later than 03.05.2024 (§5, a month before)",
    apply: (l) => {
      meetingAt(l, utc(2024, 7, 9));
      l.start = utc(2024, 6, 3);
      l.notice = utc(2024, 5, 10);
      l.decision = 2;
    },
  },
  {
    at: 44,
    case: "lateCharacteristic",
    note: "Characteristic reached HR 02.09.2024 for the meeting of 17.09.2024: later than 27.08.2024 (§6, three weeks before)",
    apply: (l) => {
      meetingAt(l, utc(2024, 9, 17));
      l.characteristic = utc(2024, 9, 2);
      l.decision = 2;
    },
  },
  {
    at: 45,
    case: "lateMaterials",
    note: "Materials sent 11.10.2024 for the meeting of 15.10.2024: later than 08.10.2024 (§7, a week before)",
    apply: (l) => {
      meetingAt(l, utc(2024, 10, 15));
      l.materials = utc(2024, 10, 11);
      l.decision = 2;
    },
  },
  {
    at: 46,
    case: "lateProtocol",
    note: "Protocol of the meeting of 12.11.2024 drawn up 20.11.2024: later than 15.11.2024 (§20, three working days)",
    apply: (l) => {
      meetingAt(l, utc(2024, 11, 12));
      l.protocol = utc(2024, 11, 20);
      l.decision = 2;
    },
  },
  {
    at: 47,
    case: "lateSheet",
    note: "Attestation sheet of the meeting of 26.11.2024 signed 03.12.2024: later than 29.11.2024 (§21, three working days)",
    apply: (l) => {
      meetingAt(l, utc(2024, 11, 26));
      l.signed = utc(2024, 12, 3);
      l.decision = 2;
    },
  },
  {
    at: 48,
    case: "decisionTestBlank",
    note: "Decision 2 recorded with the Тестирование cell blank: the computer test stage is missing (§4)",
    apply: (l) => {
      l.test = null;
      l.decision = 2;
    },
  },
  {
    at: 49,
    case: "decision4RefusedPost",
    note: "Decision 4 (transfer recommended) and the offered post refused (Отказ «да»): subject to dismissal (§22)",
    apply: (l) => {
      meetingAt(l, utc(2024, 10, 24));
      l.decision = 4;
      l.refused = "да";
      l.other = "отказался от перевода на должность участкового инспектора";
    },
  },
  {
    at: 40,
    case: "positionNotListed",
    note: "A district police inspector: a position on neither part of Appendix 1 — check that the officer is subject to the attestation",
    apply: (l) => {
      l.position = "участковый инспектор полиции ОП г. Сарани";
      l.rank = "капитан полиции";
    },
  },
  {
    at: 43,
    case: "wrongCommission",
    note: "Head of a city police directorate (Appendix 1 part 1 item 9: the central commission) listed for the regional commission",
    apply: (l) => {
      l.position = "начальник УП г. Темиртау";
      l.rank = "подполковник полиции";
      l.commission = "региональная";
    },
  },
  {
    at: 42,
    case: "decisionPending",
    note: "Meeting on 20.12.2024, no decision entered yet (Решение blank)",
    apply: (l) => {
      meetingAt(l, utc(2024, 12, 20));
      l.decision = null;
      l.other = null;
    },
  },
];

export interface AttestationSampleCase {
  /** 0-based sheet row (the Excel row number is one more). */
  readonly row: number;
  /** A short id, unique in the list. */
  readonly case: string;
  readonly note: string;
}

/** The awkward rows of the sample, for tests and for trying the add-in. */
export const ATTESTATION_SAMPLE_CASES: readonly AttestationSampleCase[] = CASES.map((c) => ({
  row: ATTESTATION_SAMPLE_HEADER_ROW + 1 + c.at,
  case: c.case,
  note: c.note,
}));

const SPECIALITIES = [
  "юриспруденция",
  "юриспруденция",
  "правоохранительная деятельность",
  "правоохранительная деятельность",
  "правоведение",
  "международное право",
  "экономика",
  "информационные системы",
  "психология",
];
/**
 * The posts of ordinary officers: regional-commission positions of Appendix 1 part 2 (deputy heads
 * of police directorates and divisions, item 10; company and battalion commanders and their
 * deputies, item 6), since the list holds only positions subject to the attestation.
 */
const POSTS: readonly { readonly position: string; readonly ranks: readonly string[] }[] = [
  { position: "заместитель начальника", ranks: ["подполковник полиции", "майор полиции"] },
  { position: "заместитель начальника отдела полиции", ranks: ["майор полиции", "подполковник полиции"] },
  { position: "командир роты", ranks: ["капитан полиции", "майор полиции"] },
  { position: "заместитель командира роты", ranks: ["старший лейтенант полиции", "капитан полиции"] },
  { position: "командир роты патрульной полиции", ranks: ["капитан полиции", "майор полиции"] },
  {
    position: "заместитель командира роты патрульной полиции",
    ranks: ["старший лейтенант полиции", "капитан полиции"],
  },
  { position: "командир батальона", ranks: ["капитан полиции", "майор полиции"] },
  { position: "заместитель командира батальона", ranks: ["старший лейтенант полиции", "капитан полиции"] },
  {
    position: "заместитель командира батальона патрульной полиции",
    ranks: ["старший лейтенант полиции", "капитан полиции"],
  },
  { position: "заместитель начальника отдела полиции", ranks: ["капитан полиции", "майор полиции"] },
];
/** Years of birth that fit a rank (an officer's rank follows their years of service). */
const BORN: Readonly<Record<string, readonly [number, number]>> = {
  "старший лейтенант полиции": [1993, 1999],
  "капитан полиции": [1987, 1996],
  "майор полиции": [1980, 1991],
  "подполковник полиции": [1974, 1986],
};
const UNITS = [
  "УП г. Караганды",
  "УП г. Караганды",
  "УП г. Темиртау",
  "УП г. Балхаш",
  "ОП г. Сарани",
  "ОП г. Шахтинска",
  "ОП Абайского района",
  "ОП Бухар-Жырауского района",
];
const NOTES = [
  "поощрение: благодарность (2023)",
  "дисциплинарное взыскание: замечание (2023)",
  "окончил курсы повышения квалификации (2023)",
];

/** Builds the sample attestation list in memory. */
export function makeAttestationSample(): ExcelJS.Workbook {
  const random = rng(20240228);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const between = (from: Date, to: Date) =>
    addDays(from, Math.floor(random() * ((to.getTime() - from.getTime()) / 86_400_000)));
  const uniqueName = uniqueNames(pick);

  // The regional commission sits twice a month, 15.04–20.12.2024, on working days.
  const sessions: Date[] = [];
  for (let month = 4; month <= 12; month++) {
    const first = month === 4 ? 15 : 8;
    const second = month === 12 ? 17 : 20;
    sessions.push(workingDayFrom(utc(2024, month, first + Math.floor(random() * 5))));
    sessions.push(workingDayFrom(utc(2024, month, second + Math.floor(random() * 4))));
  }

  const ordinary = (sex: "m" | "f"): Line => {
    const name = uniqueName(sex);
    const post = pick(POSTS);
    const rank = pick(post.ranks);
    const [born, bornTo] = BORN[rank] ?? [1974, 1999];
    const birth = between(utc(born, 1, 1), utc(bornTo, 12, 31));
    const unit = pick(UNITS);
    const from = utc(Math.max(birth.getUTCFullYear() + 22, 2012), 1, 1);
    const appointed = workingDayFrom(between(from, utc(2023, 12, 29)));
    const meeting = pick(sessions);
    const decided = meeting < utc(2024, 12, 17);
    const promote = random() < 0.2;
    const note = random() < 0.25 ? pick(NOTES) : null;
    return {
      name,
      birth,
      education: random() < 0.8 ? "высшее" : "послевузовское",
      speciality: pick(SPECIALITIES),
      position: `${post.position} ${unit}`,
      rank,
      appointed,
      commission: "региональная",
      start: startFor(meeting),
      meeting,
      standards: "сдал",
      test: "сдал",
      excused: null,
      absences: random() < 0.5 ? 0 : null,
      exemption: null,
      decision: decided ? (promote ? 1 : 2) : null,
      other: decided && promote ? "рекомендован в кадровый резерв" : note,
      refused: null,
    };
  };

  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Kadr Rules sample generator";
  const sheet = workbook.addWorksheet("Аттестация", {
    views: [{ state: "frozen", xSplit: 2, ySplit: ATTESTATION_SAMPLE_HEADER_ROW + 1 }],
  });
  const lastColumn = String.fromCharCode("A".charCodeAt(0) + ATTESTATION_SAMPLE_HEADERS.length - 1);
  sheet.mergeCells(`A1:${lastColumn}1`);
  sheet.getCell("A1").value = "ДП Карагандинской области";
  sheet.getCell("A1").font = { bold: true, size: 14 };
  sheet.mergeCells(`A2:${lastColumn}2`);
  sheet.getCell("A2").value = "Список сотрудников, подлежащих внеочередной аттестации";
  sheet.getCell("A2").font = { bold: true, size: 12 };
  sheet.addRow([]);
  const header = sheet.addRow([...ATTESTATION_SAMPLE_HEADERS]);
  header.font = { bold: true };
  header.alignment = { vertical: "middle", horizontal: "center", wrapText: true };

  for (let i = 0; i < ATTESTATION_SAMPLE_OFFICERS; i++) {
    const spec = CASES.find((c) => c.at === i);
    const sex = random() < 0.8 ? "m" : "f";
    const line = ordinary(spec?.sex ?? sex);
    spec?.apply(line);
    keepDates(line);
    const values: Value[] = [
      i + 1,
      line.name,
      line.birth,
      line.education,
      line.speciality,
      line.position,
      line.rank,
      line.appointed,
      line.commission,
      line.start,
      line.meeting,
      line.standards,
      line.test,
      line.excused,
      line.absences,
      line.exemption,
      line.decision,
      line.other,
      line.notice ?? null,
      line.characteristic ?? null,
      line.materials ?? null,
      line.protocol ?? null,
      line.signed ?? null,
      line.refused,
    ];
    sheet.addRow(values);
  }

  const widths = [5, 34, 12, 15, 30, 48, 26, 12, 13, 12, 12, 10, 12, 12, 8, 16, 8, 50, 12, 14, 12, 12, 14, 14];
  sheet.columns.forEach((column, index) => {
    column.width = widths[index] ?? 12;
  });
  sheet.eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.value instanceof Date) cell.numFmt = "dd.mm.yyyy";
    }),
  );
  return workbook;
}

/**
 * Issue #12 items 9 and 10: the training log's form-of-study column (Rules §15) and its
 * document-number column (Rules §3, §4) in the spellings officers write, kk/ru/en and abbreviated —
 * and the columns they must never steal: the venue («Место обучения»), the training type («Вид
 * обучения») and the number of the order that sent the servant («Номер приказа»), which is not the
 * number of the document issued on completion.
 */
import { describe, expect, it } from "vitest";
import { LOG_SPEC } from "../../src/reader/findHeader";
import { fieldOfHeader, recognizeHeader } from "../../src/reader/headers/recognizeHeader";
import { readStaff } from "../../src/reader/readStaff";
import type { SheetGrid } from "../../src/workbook/port";

const field = (header: string) => fieldOfHeader(LOG_SPEC, header)?.field ?? null;

const HEADERS: readonly [string, string | null][] = [
  // form — Rules §15
  ["Оқу нысаны", "form"],
  ["Оқыту нысаны", "form"],
  ["Күндізгі/қашықтан", "form"],
  ["Форма обучения", "form"],
  ["Форма обуч.", "form"],
  ["Форма проведения", "form"],
  ["Очно/дистанционно", "form"],
  ["Формат обучения", "form"],
  ["Form of study", "form"],
  ["Study mode", "form"],
  ["Mode", "form"],
  // document — Rules §3, §4
  ["Құжат нөмірі", "document"],
  ["Куәлік нөмірі", "document"],
  ["Куәлік №", "document"],
  ["Сертификат нөмірі", "document"],
  ["Номер свидетельства", "document"],
  ["Свидетельство №", "document"],
  ["Номер сертификата", "document"],
  ["Номер удостоверения", "document"],
  ["№ удостоверения", "document"],
  ["№ документа", "document"],
  ["№ док.", "document"],
  ["Certificate no.", "document"],
  ["Cert. no.", "document"],
  ["Document no.", "document"],
  // an order is not the completion document: no field at all
  ["Номер приказа", null],
  ["№ приказа", null],
  ["Приказ о направлении на обучение", null],
  ["Бұйрық нөмірі", null],
  ["Бұйрық №", null],
  ["Order no.", null],
  ["Дата выдачи свидетельства", null],
  // the columns beside them keep their fields
  ["Место обучения", "venue"],
  ["Оқу орны", "venue"],
  ["Вид обучения", "trainingType"],
  ["Оқыту түрі", "trainingType"],
];

describe("the form and document columns of a training log", () => {
  it.each(HEADERS)("%s → %s", (header, want) => expect(field(header)).toBe(want));

  const GRIDS: readonly { title: string; rows: (string | number | null)[][]; expect: Record<number, string> }[] = [
    {
      title: "Russian: order number, certificate number and form side by side",
      rows: [
        [
          "ФИО",
          "Вид обучения",
          "Место обучения",
          "№ приказа",
          "Начало",
          "Окончание",
          "Ак. часы",
          "№ удостоверения",
          "Форма обучения",
        ],
        ["Иванов Сергей", "переподготовка", "Академия", "12-ж", "03.03.2025", "28.03.2025", 120, "У-77", "очная"],
      ],
      expect: {
        0: "fullName",
        1: "trainingType",
        2: "venue",
        4: "start",
        5: "end",
        6: "hours",
        7: "document",
        8: "form",
      },
    },
    {
      title: "Kazakh: бұйрық нөмірі, куәлік нөмірі, оқу нысаны",
      rows: [
        [
          "Т.А.Ә.",
          "Оқыту түрі",
          "Оқу орны",
          "Бұйрық нөмірі",
          "Басталуы",
          "Аяқталуы",
          "Сағат",
          "Куәлік нөмірі",
          "Оқу нысаны",
        ],
        [
          "Сейітова Айгүл",
          "қайта даярлау",
          "Өңірлік орталық",
          "45-ж",
          "03.03.2025",
          "28.03.2025",
          120,
          "К-1",
          "қашықтан",
        ],
      ],
      expect: {
        0: "fullName",
        1: "trainingType",
        2: "venue",
        4: "start",
        5: "end",
        6: "hours",
        7: "document",
        8: "form",
      },
    },
    {
      title: "English: order no., certificate no., mode",
      rows: [
        ["Full name", "Training type", "Provider", "Order no.", "Start", "End", "Hours", "Certificate no.", "Mode"],
        ["Abenov Nurlan", "retraining", "Academy", "O-5", "03.03.2025", "28.03.2025", 120, "C-1", "online"],
      ],
      expect: {
        0: "fullName",
        1: "trainingType",
        2: "venue",
        4: "start",
        5: "end",
        6: "hours",
        7: "document",
        8: "form",
      },
    },
  ];

  it.each(GRIDS.map((g) => [g.title, g] as const))("grid: %s", (_, grid) => {
    const sheet: SheetGrid = { name: "Log", rows: grid.rows };
    const header = recognizeHeader(sheet, [LOG_SPEC]);
    const got: Record<number, string> = {};
    for (const [name, found] of header?.found ?? []) got[found.col] = name;
    expect(got).toEqual(grid.expect);
    // Read through: the document is the certificate's number, not the order's; the form is read.
    const [course] = readStaff({ dateSystem: 1900, sheets: [sheet] }).courses;
    expect(course?.document).toBe(grid.rows[1]?.[7]);
    expect(course?.studyForm).toEqual({
      form: grid.rows[1]?.[8] === "қашықтан" || grid.rows[1]?.[8] === "online" ? "distance" : "fullTime",
      from: "form",
      written: grid.rows[1]?.[8],
    });
    expect(course?.documentCell).toBe("H2");
    expect(course?.formCell).toBe("I2");
  });
});

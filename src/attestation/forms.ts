import { APPENDIX_2, APPENDIX_3, ATTESTATION_DECISION_WORDS, type Lang } from "../rules";
import {
  MAX_ROW_BREAKS,
  type CellFormat,
  type CellStyle,
  type LayoutCell,
  type LayoutMerge,
  type SheetLayout,
} from "../workbook/layout";
import { freeSheetName } from "../workbook/sheetNames";
import type { Officer } from "./model";

/*
 * The printable forms of the Attestation Rules, one officer per page: Appendix 3 (the attestation
 * sheet, §21) and Appendix 2 (the service characteristic, §6). The words are the seed's Kazakh; in
 * Russian the Russian stands under it, in English the English does (the forms are Kazakh documents).
 * Pure: officers in, SheetLayouts out; every adapter prints them the same way.
 */

type Words = Readonly<Record<Lang, string>>;

/**
 * Columns: the item number, the label, the value. 70 characters in all: what fits across A4
 * portrait between default margins at 100 % (LibreOffice's print of wider columns put the value
 * column on a page of its own).
 */
const COLUMN_WIDTHS = [4, 30, 36];
const LAST_COL = COLUMN_WIDTHS.length - 1;
/**
 * Characters of 10-pt text per line across the merged width and in each column (a little under
 * what fits: a row too tall wastes a line, one too short hides one), and the points per line.
 */
const LINE_CHARS = { all: 72, label: 31, value: 38, title: 56 } as const;
const LINE_HEIGHT = 13;
/** Excel's default row height, which needs no entry in the layout. */
const DEFAULT_HEIGHT = 15;

/** The form's words in the chosen language: Kazakh, with Russian or English under it. */
export function formText(words: Words, lang: Lang): string {
  return lang === "kk" ? words.kk : `${words.kk}\n${words[lang]}`;
}

/** Short words (a corner mark, "(қолы)") side by side on one line: `3-ҚОСЫМША / Приложение 3`. */
function shortText(words: Words, lang: Lang): string {
  return lang === "kk" ? words.kk : `${words.kk} / ${words[lang]}`;
}

/** Rows of wrapped text a cell needs (each explicit line wraps on its own). */
function lines(text: string, width: number): number {
  return text.split("\n").reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / width)), 0);
}

/** Builds one sheet's cells, merges, boxes and heights, a page at a time. */
class FormSheet {
  readonly cells: LayoutCell[] = [];
  readonly merges: LayoutMerge[] = [];
  readonly boxes: LayoutMerge[] = [];
  readonly heights: { row: number; height: number }[] = [];
  readonly breaks: number[] = [];
  row = 0;

  newPage(): void {
    if (this.row > 0) this.breaks.push(this.row);
  }

  put(col: number, value: string | number | null, style: CellStyle, format?: CellFormat): void {
    this.cells.push({ row: this.row, col, value, style, ...(format ? { format } : {}) });
  }

  height(points: number): void {
    if (points !== DEFAULT_HEIGHT) this.heights.push({ row: this.row, height: points });
  }

  /** A text across the page (title, section), its row as tall as its lines. */
  wide(text: string, style: CellStyle, box = false): void {
    const width = style === "formTitle" ? LINE_CHARS.title : LINE_CHARS.all;
    this.put(0, text, style);
    const range = { row: this.row, col: 0, toRow: this.row, toCol: LAST_COL };
    this.merges.push(range);
    if (box) this.boxes.push(range);
    this.height(lines(text, width) * (style === "formTitle" ? 16 : LINE_HEIGHT) + 4);
    this.row++;
  }

  /** A numbered label with its value on a line (the value may be blank: a line to write on). */
  field(no: string, label: string, value: string | number | null, format?: CellFormat): void {
    if (no) this.put(0, no, "field");
    this.put(1, label, "field");
    this.put(2, value, "fill", format);
    const text = typeof value === "string" ? lines(value, LINE_CHARS.value) : 1;
    this.height(Math.max(lines(label, LINE_CHARS.label), text) * LINE_HEIGHT + 4);
    this.row++;
  }

  /** A 9-pt hint under a line, e.g. "(қолы)"; as tall as its lines. */
  caption(text: string): void {
    this.put(2, text, "caption");
    this.height(lines(text, LINE_CHARS.value + 6) * 12 + 3);
    this.row++;
  }

  skip(rows = 1): void {
    this.row += rows;
  }

  layout(name: string): SheetLayout {
    return {
      name,
      cells: this.cells,
      tables: [],
      merges: this.merges,
      boxes: this.boxes,
      columnWidths: COLUMN_WIDTHS,
      rowHeights: this.heights,
      frozenRows: 0,
      chart: null,
      page: {
        orientation: "portrait",
        paper: "A4",
        // Manual breaks decide the pages; "fit to" scaling could override them.
        fitToWidth: false,
        rowBreaks: this.breaks,
        printArea: { toRow: Math.max(0, this.row - 1), toCol: LAST_COL },
      },
    };
  }
}

/** The decision in words (Attestation Rules §15), or blank for the commission to fill. */
function decisionWords(officer: Officer, lang: Lang): string | null {
  return officer.decision === null
    ? null
    : `${officer.decision}) ${formText(ATTESTATION_DECISION_WORDS[officer.decision], lang)}`;
}

/** Appendix 3 for one officer: fields 1–8 filled from the list, signatures and dates left blank. */
function attestationSheet(sheet: FormSheet, officer: Officer, lang: Lang): void {
  const form = APPENDIX_3;
  sheet.newPage();
  sheet.put(LAST_COL, shortText(form.appendix, lang), "appendix");
  sheet.skip();
  sheet.wide(formText(form.title, lang), "formTitle");
  sheet.skip();
  const values: readonly [string | number | null, CellFormat?][] = [
    [officer.fullName],
    [officer.birthDate, "date"],
    [officer.education],
    [officer.speciality],
    [officer.position],
    [officer.rank],
    [decisionWords(officer, lang)],
    [officer.otherInfo],
  ];
  form.fields.forEach((field, i) => {
    const [value, format] = values[i] ?? [null];
    sheet.field(`${field.no}.`, formText(field, lang), value, format);
  });
  sheet.skip();
  sheet.field("", formText(form.chair, lang), null);
  sheet.caption(shortText(form.signature, lang));
  sheet.field("", formText(form.secretary, lang), null);
  sheet.caption(shortText(form.signature, lang));
  // The date of attestation is the meeting's once the commission has decided; blank before.
  const date = officer.decision === null ? null : officer.meetingDate;
  sheet.field("", formText(form.date, lang), date, "date");
  sheet.field("", formText(form.acknowledged, lang), null);
  sheet.caption(formText(form.officerSignature, lang));
  sheet.skip();
  sheet.put(1, shortText(form.seal, lang), "field");
  sheet.skip();
}

/** Rows of writing space in each of the six boxes of Appendix 2. */
const BOX_HEIGHT = 96;

/** Appendix 2 for one officer: the header filled, six empty boxes, the supervisor's lines. */
function characteristic(sheet: FormSheet, officer: Officer, lang: Lang): void {
  const form = APPENDIX_2;
  sheet.newPage();
  sheet.put(LAST_COL, shortText(form.appendix, lang), "appendix");
  sheet.skip();
  sheet.wide(formText(form.title, lang), "formTitle");
  sheet.skip();
  sheet.field("", formText(form.header.fullName, lang), officer.fullName);
  sheet.field("", formText(form.header.position, lang), officer.position);
  sheet.field("", formText(form.header.appointmentDate, lang), officer.appointmentDate, "date");
  sheet.field("", formText(form.header.rank, lang), officer.rank);
  sheet.skip();
  for (const section of form.sections) {
    sheet.wide(formText(section, lang), "field");
    sheet.put(0, null, "field");
    sheet.merges.push({ row: sheet.row, col: 0, toRow: sheet.row, toCol: LAST_COL });
    sheet.boxes.push({ row: sheet.row, col: 0, toRow: sheet.row, toCol: LAST_COL });
    sheet.height(BOX_HEIGHT);
    sheet.row++;
  }
  sheet.skip();
  sheet.field("", formText(form.supervisor.fullName, lang), null);
  sheet.field("", formText(form.supervisor.position, lang), null);
  sheet.field("", formText(form.supervisor.rank, lang), null);
  sheet.field("", formText(form.supervisor.date, lang), null);
  sheet.skip();
  sheet.put(1, shortText(form.seal, lang), "field");
  sheet.skip();
  sheet.wide(formText(form.note, lang), "caption");
}

export type FormKind = "attestationSheets" | "characteristics";

/** Sheet names of the forms, by language (Kazakh for kk, else the officer's language). */
export const FORM_SHEET_NAMES: Readonly<Record<FormKind, Words>> = {
  attestationSheets: { kk: "Аттестаттау парақтары", ru: "Аттестационные листы", en: "Attestation sheets" },
  characteristics: { kk: "Қызметтік мінездемелер", ru: "Служебные характеристики", en: "Service characteristics" },
};

/**
 * The forms of `kind` for these officers: one sheet with a page per officer (Appendix 3 fits a
 * page; an Appendix 2 may run onto a second, and the next officer still starts a new page). More
 * officers than Excel keeps page breaks on one sheet go on further sheets. Names never collide
 * with `existing` sheets.
 */
export function layoutForms(
  kind: FormKind,
  officers: readonly Officer[],
  lang: Lang,
  existing: readonly string[],
  notes: readonly string[] = [],
): SheetLayout[] {
  const layouts: SheetLayout[] = [];
  const taken = [...existing];
  // One officer per break, and the first page needs none.
  const perSheet = MAX_ROW_BREAKS + 1;
  for (let from = 0; from < Math.max(officers.length, 1); from += perSheet) {
    const sheet = new FormSheet();
    // What the list did not let be checked is said above the forms, before anyone signs them.
    for (const note of notes) sheet.wide(note, "caption");
    for (const officer of officers.slice(from, from + perSheet)) {
      if (kind === "attestationSheets") attestationSheet(sheet, officer, lang);
      else characteristic(sheet, officer, lang);
    }
    const name = freeSheetName(FORM_SHEET_NAMES[kind][lang], taken);
    taken.push(name);
    layouts.push(sheet.layout(name));
  }
  return layouts;
}

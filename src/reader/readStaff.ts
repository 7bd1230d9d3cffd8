import {
  compactKey,
  normalizeCategory,
  normalizeCorps,
  normalizeWord,
  parseHours,
  parseRating,
  parseYesNo,
  type Category,
  type Corps,
  type DateSystem,
} from "../rules";
import { isCellError, type SheetGrid, type WorkbookData } from "../workbook/port";
import { cellDate, cellText, isBlankCell } from "./cells";
import { FieldRow } from "./fieldRow";
import { findHeader, headerField, withOverrides, type ColumnOverrides, type HeaderMatch } from "./findHeader";
import { TRAINING_TYPE_WORDS, type Field } from "./headers";
import type { Course, Employee, Problem, RatingEntry, SheetKind, StaffData, TrainingType } from "./model";

/** The join key of a full name: case, spaces, punctuation and Kazakh letters do not matter. */
export function nameKey(name: string): string {
  return normalizeWord(name);
}

const TYPE_STEMS = (
  Object.entries(TRAINING_TYPE_WORDS) as [TrainingType, (typeof TRAINING_TYPE_WORDS)["retraining"]][]
).map(([type, words]) => ({ type, stems: words.stems.map(normalizeWord), whole: words.whole.map(compactKey) }));

/** Retraining or advanced training, from the words of a log's type column. */
export function trainingType(text: string): TrainingType | null {
  const words = normalizeWord(text);
  const key = compactKey(text);
  const found = TYPE_STEMS.filter(
    ({ stems, whole }) => whole.includes(key) || stems.some((stem) => words.includes(stem)),
  );
  return found.length === 1 ? (found[0]?.type ?? null) : null;
}

/** Reads the cells of one data row, collecting a problem for each cell it cannot use. */
class RowReader extends FieldRow<Field> {
  constructor(grid: SheetGrid, header: HeaderMatch, row: number, system: DateSystem) {
    super(grid, header.columns, row, system);
  }

  hours(field: Field): number | null {
    const value = this.raw(field);
    if (isBlankCell(value)) return null;
    if (isCellError(value)) return this.take(field, { ok: false, error: { code: "cellError", value: value.error } });
    return this.take(field, parseHours(value));
  }

  /** Yes/no where blank means no. */
  yesNo(field: Field): boolean {
    const value = this.raw(field);
    if (isBlankCell(value)) return false;
    if (isCellError(value))
      return this.take(field, { ok: false, error: { code: "cellError", value: value.error } }) ?? false;
    return this.take(field, parseYesNo(value)) ?? false;
  }

  category(): Category | null {
    const value = this.raw("category");
    if (isBlankCell(value)) return null;
    return this.take("category", normalizeCategory(isCellError(value) ? value : String(value)));
  }

  corps(): Corps | null {
    const value = this.raw("corps");
    if (isCellError(value)) return this.take("corps", { ok: false, error: { code: "cellError", value: value.error } });
    return this.take("corps", normalizeCorps(isBlankCell(value) ? null : String(value)));
  }

  /**
   * Rows that are not data although they are not blank: a repeated header (a sheet printed in
   * parts), or the row of column numbers (1, 2, 3 …) that many official tables carry under the header.
   */
  isLayoutRow(): boolean {
    const name = this.raw("fullName");
    if (typeof name === "string" && headerField(name) === "fullName") return true;
    const values = (this.grid.rows[this.row] ?? []).filter((value) => !isBlankCell(value));
    return values.length > 1 && values.every((value, i) => value === i + 1 || value === String(i + 1));
  }

  /** The row's full name; a row with data but no name is a problem, not a silent skip. */
  readName(): string | null {
    const raw = this.raw("fullName");
    // A number is not a name (a row number typed into the name column, say).
    this.name = typeof raw === "number" ? null : this.text("fullName");
    if (!this.name && !this.problems.length) this.problem(this.cell("fullName"), { code: "noName" });
    return this.name;
  }
}

function readRegisterRow(reader: RowReader, header: HeaderMatch, sheet: string, row: number, system: DateSystem) {
  const name = reader.readName();
  if (!name) return null;
  const key = nameKey(name);
  const source = { sheet, row };
  const courses: Course[] = [];

  const ratingDates = new Map<number, number>();
  for (const column of header.ratings) if (column.isDate) ratingDates.set(column.year, column.col);
  const ratings: RatingEntry[] = [];
  for (const column of [...header.ratings].filter((c) => !c.isDate).sort((a, b) => a.year - b.year)) {
    const value = reader.cellAt(column.col);
    if (isBlankCell(value)) continue;
    const cell = reader.address(column.col);
    const word = isCellError(value) ? value : String(value);
    const rating = isCellError(word)
      ? ({ ok: false, error: { code: "cellError", value: word.error } } as const)
      : parseRating(word);
    if (!rating.ok) {
      reader.problem(cell, rating.error);
      continue;
    }
    const dateCol = ratingDates.get(column.year);
    const date = dateCol === undefined ? { ok: true as const, value: null } : cellDate(reader.cellAt(dateCol), system);
    if (!date.ok) reader.problem(reader.address(dateCol ?? column.col), date.error);
    ratings.push({ year: column.year, value: String(word), date: date.ok ? date.value : null, cell });
  }

  const retrainingEnd = reader.date("retrainingEnd");
  const retrainingStart = reader.date("retrainingStart");
  const retrainingHours = reader.hours("retrainingHours");
  if (retrainingEnd !== null) {
    courses.push({
      key,
      name,
      type: "retraining",
      venue: null,
      start: retrainingStart,
      end: retrainingEnd,
      hours: retrainingHours,
      document: null,
      source,
      hoursCell: reader.column("retrainingHours") === undefined ? null : reader.cell("retrainingHours"),
      venueCell: null,
    });
  }
  const lastAdvancedTraining = reader.date("lastAdvancedTraining");
  const advancedHours = reader.hours("advancedTrainingHours");
  if (lastAdvancedTraining !== null) {
    courses.push({
      key,
      name,
      type: "advancedTraining",
      venue: null,
      start: null,
      end: lastAdvancedTraining,
      hours: advancedHours,
      document: null,
      source,
      hoursCell: reader.column("advancedTrainingHours") === undefined ? null : reader.cell("advancedTrainingHours"),
      venueCell: null,
    });
  }

  const employee: Employee = {
    key,
    name,
    source,
    position: reader.text("position"),
    corps: reader.corps(),
    category: reader.category(),
    appointment: reader.date("appointmentDate"),
    firstEntry: reader.yesNo("firstEntry"),
    firstLeadership: reader.yesNo("firstLeadership"),
    certifiedPosition: reader.yesNo("certifiedPosition"),
    ratings,
    lastAdvancedTraining,
  };
  return { employee, courses };
}

function readLogRow(reader: RowReader, sheet: string, row: number): Course | null {
  const name = reader.readName();
  if (!name) return null;
  const typeText = reader.text("trainingType");
  const type = typeText ? trainingType(typeText) : null;
  if (!type)
    reader.problem(
      reader.cell("trainingType"),
      typeText ? { code: "unknownTrainingType", value: typeText } : { code: "blank" },
    );
  const end = reader.date("end");
  if (end === null && isBlankCell(reader.raw("end"))) reader.problem(reader.cell("end"), { code: "blank" });
  const start = reader.date("start");
  const hours = reader.hours("hours");
  const document = reader.text("document");
  const venue = reader.text("venue");
  if (!type || end === null) return null;
  return {
    key: nameKey(name),
    name,
    type,
    venue,
    start,
    end,
    hours,
    document,
    source: { sheet, row },
    hoursCell: reader.column("hours") === undefined ? null : reader.cell("hours"),
    venueCell: reader.column("venue") === undefined ? null : reader.cell("venue"),
  };
}

/** Text above a header: usually the organisation and the sheet's title. */
function titleAbove(grid: SheetGrid, headerRow: number): string | null {
  for (let row = 0; row < headerRow; row++) {
    for (const value of grid.rows[row] ?? []) {
      const text = cellText(value);
      if (text && typeof value === "string") return text;
    }
  }
  return null;
}

/** Progress callback: rows read so far and rows in all. */
export type Progress = (done: number, total: number) => void;

/**
 * Reads the staff register(s) and training log(s) of a workbook, whatever their layout: finds each
 * sheet's header row, maps columns by their kk/ru/en names, and reads every row. A row that cannot
 * be read yields a problem naming the cell (`Staff!E17: "C-9" is not a position category …`) and the
 * rest of the sheet is still read. Courses of the register and of the log are joined on the
 * normalised full name; a course in both is counted once.
 */
export function readStaff(workbook: WorkbookData, progress?: Progress, overrides?: ColumnOverrides): StaffData {
  const employees: Employee[] = [];
  const registerCourses: Course[] = [];
  const logCourses: Course[] = [];
  const problems: Problem[] = [];
  const sheets: { name: string; kind: SheetKind; headerRow: number | null }[] = [];
  const mappings: Record<string, Partial<Record<Field, number>>> = {};
  let title: string | null = null;
  const total = workbook.sheets.reduce((sum, grid) => sum + grid.rows.length, 0);
  let done = 0;

  for (const grid of workbook.sheets) {
    const header = withOverrides(findHeader(grid), overrides, grid.name);
    const hasData = grid.rows.some((cells) => cells.some((value) => !isBlankCell(value)));
    if (!header || header.kind === "other") {
      sheets.push({ name: grid.name, kind: "other", headerRow: null });
      if (hasData) problems.push({ sheet: grid.name, cell: "", error: { code: "noHeader" }, name: null });
      done += grid.rows.length;
      continue;
    }
    sheets.push({ name: grid.name, kind: header.kind, headerRow: (grid.origin?.row ?? 0) + header.row });
    mappings[grid.name] = Object.fromEntries(header.columns);
    if (header.kind === "register" && title === null) title = titleAbove(grid, header.row);
    for (let row = header.row + 1; row < grid.rows.length; row++) {
      const reader = new RowReader(grid, header, row, workbook.dateSystem);
      if (!reader.isBlank() && !reader.isLayoutRow()) {
        if (header.kind === "register") {
          const read = readRegisterRow(reader, header, grid.name, (grid.origin?.row ?? 0) + row, workbook.dateSystem);
          if (read) {
            employees.push(read.employee);
            registerCourses.push(...read.courses);
          }
        } else {
          const course = readLogRow(reader, grid.name, (grid.origin?.row ?? 0) + row);
          if (course) logCourses.push(course);
        }
        problems.push(...reader.problems);
      }
      if (progress && ++done % 5000 === 0) progress(done, total);
    }
    done += header.row + 1;
  }
  // Two register rows with one name cannot be told apart when courses are joined by name.
  const seen = new Map<string, Employee>();
  for (const employee of employees) {
    const first = seen.get(employee.key);
    if (!first) {
      seen.set(employee.key, employee);
      continue;
    }
    problems.push({
      sheet: employee.source.sheet,
      cell: `A${employee.source.row + 1}`,
      error: { code: "duplicateName", value: employee.name, first: `${first.source.sheet}!${first.source.row + 1}` },
      name: employee.name,
    });
  }
  // A register row's training that the log also lists is one course, not two.
  const inLog = new Set(logCourses.map((c) => `${c.key}|${c.type}|${c.end}`));
  const courses = [...logCourses, ...registerCourses.filter((c) => !inLog.has(`${c.key}|${c.type}|${c.end}`))];
  progress?.(total, total);
  return { employees, courses, problems, sheets, mappings, title };
}

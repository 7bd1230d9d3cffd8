import {
  compactKey,
  normalizeCategory,
  normalizeCorps,
  normalizeWord,
  parseHours,
  parseRating,
  parseYesNo,
  ADVANCED_TRAINING_PERIOD,
  RETRAINING_SEND_WITHIN,
  RETRAINING_VENUE_PARAGRAPH,
  DISTANCE_LEARNING_PARAGRAPH,
  studyForm,
  studyFormOfVenue,
  type Category,
  type Corps,
  type DateSystem,
} from "../rules";
import { isCellError, type SheetGrid, type WorkbookData } from "../workbook/port";
import { a1 } from "../workbook/layout";
import { cellDate, cellErrorOf, cellText, firstCellsSeen, isBlankCell } from "./cells";
import { FieldRow } from "./fieldRow";
import { FIELDS_OF, findHeader, withOverrides, type ColumnOverrides, type HeaderMatch } from "./findHeader";
import { TRAINING_TYPE_WORDS, type Field } from "./headers/staffTerms";
import type { Course, Employee, Problem, RatingEntry, SheetColumns, SheetKind, StaffData, TrainingType } from "./model";
import { ambiguityProblems, sheetColumns } from "./sheetColumns";

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

/**
 * Blank rows after which a value is no longer part of the table: a stray entry far below it (in
 * row 1,048,576, say) is reported, not read as an employee. Registers split by department leave a
 * blank row or two, never this many.
 */
export const TABLE_GAP_ROWS = 50;

/** Reads the cells of one data row, collecting a problem for each cell it cannot use. */
class RowReader extends FieldRow<Field> {
  constructor(
    grid: SheetGrid,
    private readonly header: HeaderMatch & { readonly nameKey: string },
    row: number,
    system: DateSystem,
  ) {
    super(grid, header.columns, row, system);
  }

  hours(field: Field): number | null {
    const value = this.raw(field);
    if (isBlankCell(value)) return null;
    if (isCellError(value)) return this.cellError(field, value);
    return this.take(field, parseHours(value));
  }

  /** Yes/no where blank means no; null when the sheet has no such column. */
  yesNo(field: Field): boolean | null {
    if (this.column(field) === undefined) return null;
    const value = this.raw(field);
    if (isBlankCell(value)) return false;
    if (isCellError(value)) return this.cellError(field, value) ?? false;
    return this.take(field, parseYesNo(value)) ?? false;
  }

  category(): Category | null {
    const value = this.raw("category");
    if (isBlankCell(value)) return null;
    if (isCellError(value)) return this.cellError("category", value);
    return this.take("category", normalizeCategory(String(value)));
  }

  corps(): Corps | null {
    const value = this.raw("corps");
    if (isCellError(value)) return this.cellError("corps", value);
    return this.take("corps", normalizeCorps(isBlankCell(value) ? null : String(value)));
  }

  /**
   * Rows that are not data although they are not blank: a repeated header (a sheet printed in
   * parts), or the row of column numbers (1, 2, 3 …) that many official tables carry under the header.
   */
  isLayoutRow(): boolean {
    const name = this.raw("fullName");
    // The header repeated (a sheet printed in parts): the name cell says what the header's says.
    if (typeof name === "string" && compactKey(name) === this.header.nameKey) return true;
    const values = (this.grid.rows[this.row] ?? []).filter((value) => !isBlankCell(value));
    return values.length > 1 && values.every((value, i) => value === i + 1 || value === String(i + 1));
  }

  /** The row's full name; a row with data but no name is a problem, not a silent skip. */
  readName(): string | null {
    const raw = this.raw("fullName");
    // A number is not a name (a row number typed into the name column, say).
    this.name = typeof raw === "number" ? null : this.fullName("fullName", "firstName", "patronymic");
    if (!this.name && !this.problems.length) this.problem(this.cell("fullName"), { code: "noName" });
    return this.name;
  }

  /** A cell the rules need for this row, left blank: a problem naming it, not a silent gap. */
  needed(field: Field, paragraph: string): void {
    if (this.column(field) !== undefined && isBlankCell(this.raw(field)))
      this.problem(this.cell(field), { code: "requiredBlank", field, paragraph });
  }
}

/**
 * Rules §20(1): whether the career plan provides for advanced training. For a corps A servant a
 * blank cell is not "no" but not known (the §20(1) date stays conditional), and a problem names it.
 */
function careerPlanOf(reader: RowReader, corps: Corps | null): boolean | null {
  if (corps !== "A" || !isBlankCell(reader.raw("careerPlan"))) return reader.yesNo("careerPlan");
  reader.needed("careerPlan", ADVANCED_TRAINING_PERIOD.corpsA);
  return null;
}

function readRatings(reader: RowReader, header: HeaderMatch, system: DateSystem): RatingEntry[] {
  const ratingDates = new Map<number, number>();
  for (const column of header.ratings) if (column.isDate) ratingDates.set(column.year, column.col);
  const ratings: RatingEntry[] = [];
  for (const column of [...header.ratings].filter((c) => !c.isDate).sort((a, b) => a.year - b.year)) {
    const value = reader.cellAt(column.col);
    if (isBlankCell(value)) continue;
    const cell = reader.address(column.col);
    if (isCellError(value)) {
      reader.problem(cell, cellErrorOf(value));
      continue;
    }
    const word = String(value);
    const rating = parseRating(word);
    if (!rating.ok) {
      reader.problem(cell, rating.error);
      continue;
    }
    const dateCol = ratingDates.get(column.year);
    const date = dateCol === undefined ? { ok: true as const, value: null } : cellDate(reader.cellAt(dateCol), system);
    if (!date.ok) reader.problem(reader.address(dateCol ?? column.col), date.error);
    ratings.push({ year: column.year, rating: rating.value, word, date: date.ok ? date.value : null, cell });
  }
  return ratings;
}

function registerCourses(reader: RowReader, key: string, name: string, source: Course["source"]): Course[] {
  const courses: Course[] = [];
  const retrainingEnd = reader.date("retrainingEnd");
  const retrainingStart = reader.date("retrainingStart");
  const retrainingHours = reader.hours("retrainingHours");
  // Object literals, not spreads: this runs once per register row.
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
      form: null,
      studyForm: null,
      formCell: null,
      documentCell: null,
      source,
      hoursCell: reader.column("retrainingHours") === undefined ? null : reader.cell("retrainingHours"),
      venueCell: null,
      nameCell: reader.cell("fullName"),
    });
  }
  const last = reader.date("lastAdvancedTraining");
  const advancedHours = reader.hours("advancedTrainingHours");
  if (last !== null) {
    courses.push({
      key,
      name,
      type: "advancedTraining",
      venue: null,
      start: null,
      end: last,
      hours: advancedHours,
      document: null,
      form: null,
      studyForm: null,
      formCell: null,
      documentCell: null,
      source,
      hoursCell: reader.column("advancedTrainingHours") === undefined ? null : reader.cell("advancedTrainingHours"),
      venueCell: null,
      nameCell: reader.cell("fullName"),
    });
  }
  return courses;
}

function readRegisterRow(reader: RowReader, header: HeaderMatch, sheet: string, row: number, system: DateSystem) {
  const name = reader.readName();
  if (!name) return null;
  const key = nameKey(name);
  const source = { sheet, row };
  const ratings = readRatings(reader, header, system);
  const courses = registerCourses(reader, key, name, source);
  const corps = reader.corps();
  const firstEntry = reader.yesNo("firstEntry");
  const firstLeadership = reader.yesNo("firstLeadership");
  // Rules §3: a servant sent to retraining needs the appointment date (§14) and, in corps B, the category (§13).
  if (corps !== "political" && (firstEntry === true || firstLeadership === true)) {
    reader.needed("appointmentDate", RETRAINING_SEND_WITHIN.paragraph);
    if (corps !== "A") reader.needed("category", RETRAINING_VENUE_PARAGRAPH);
  }
  const employee: Employee = {
    key,
    name,
    source,
    nameCell: reader.cell("fullName"),
    position: reader.text("position"),
    corps,
    category: reader.category(),
    appointment: reader.date("appointmentDate"),
    firstEntry,
    firstLeadership,
    certifiedPosition: reader.yesNo("certifiedPosition") ?? false,
    careerPlan: careerPlanOf(reader, corps),
    ratings,
    lastAdvancedTraining: courses.find((c) => c.type === "advancedTraining")?.end ?? null,
    retrainingStartOnly: courses.some((c) => c.type === "retraining") ? null : reader.date("retrainingStart"),
  };
  return { employee, courses };
}

/**
 * Rules §15: a retraining's form of study — its form cell's words; where the cell is blank or the log
 * has no form column, its venue's words when they say distance learning («Онлайн-курс»). A form
 * cell §15 cannot read is a problem naming it; so is a blank one the venue does not make up for.
 */
function readStudyForm(reader: RowReader, form: string | null, venue: string | null): Course["studyForm"] {
  if (form !== null) {
    const read = studyForm(form);
    if (read.ok) return { form: read.value, from: "form", written: form };
    reader.problem(reader.cell("form"), read.error);
    return null;
  }
  const fromVenue = venue === null ? null : studyFormOfVenue(venue);
  if (fromVenue !== null && venue !== null) return { form: fromVenue, from: "venue", written: venue };
  reader.needed("form", DISTANCE_LEARNING_PARAGRAPH);
  return null;
}

function readLogRow(reader: RowReader, sheet: string, row: number): Course | null {
  const name = reader.readName();
  if (!name) return null;
  const typeText = reader.text("trainingType");
  const type = typeText ? trainingType(typeText) : null;
  if (!type && !isCellError(reader.raw("trainingType")))
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
  const form = reader.text("form");
  const read = type === "retraining" ? readStudyForm(reader, form, venue) : null;
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
    form,
    studyForm: read,
    formCell: reader.column("form") === undefined ? null : reader.cell("form"),
    documentCell: reader.column("document") === undefined ? null : reader.cell("document"),
    source: { sheet, row },
    hoursCell: reader.column("hours") === undefined ? null : reader.cell("hours"),
    venueCell: reader.column("venue") === undefined ? null : reader.cell("venue"),
    nameCell: reader.cell("fullName"),
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

interface Collected {
  readonly employees: Employee[];
  readonly registerCourses: Course[];
  readonly logCourses: Course[];
  readonly problems: Problem[];
}

/** A value far below the table: one problem at its first cell, and the row is not read. */
function strayProblem(grid: SheetGrid, row: number, blankRows: number): Problem {
  const cells = grid.rows[row] ?? [];
  const col = Math.max(
    0,
    cells.findIndex((value) => !isBlankCell(value)),
  );
  const origin = grid.origin ?? { row: 0, col: 0 };
  return {
    sheet: grid.name,
    cell: a1(origin.row + row, origin.col + col),
    error: { code: "strayBelowTable", blankRows },
    name: null,
  };
}

/** Reads the data rows of one recognised sheet; returns how many rows it went through. */
function readRows(grid: SheetGrid, found: HeaderMatch, system: DateSystem, into: Collected, tick: () => void) {
  const origin = grid.origin?.row ?? 0;
  const header = { ...found, nameKey: compactKey(found.found.get("fullName")?.header ?? "") };
  let blankRun = 0;
  for (let row = header.dataStart; row < grid.rows.length; row++) {
    tick();
    const reader = new RowReader(grid, header, row, system);
    if (reader.isBlank()) {
      blankRun++;
      continue;
    }
    if (blankRun >= TABLE_GAP_ROWS) {
      into.problems.push(strayProblem(grid, row, blankRun));
      blankRun = 0;
      continue;
    }
    blankRun = 0;
    if (reader.isLayoutRow()) continue;
    if (header.kind === "register") {
      const read = readRegisterRow(reader, header, grid.name, origin + row, system);
      if (read) {
        into.employees.push(read.employee);
        into.registerCourses.push(...read.courses);
      }
    } else {
      const course = readLogRow(reader, grid.name, origin + row);
      if (course) into.logCourses.push(course);
    }
    into.problems.push(...byColumn(reader.problems));
  }
}

/** A row's problems left to right, as the officer reads the row. */
function byColumn(problems: readonly Problem[]): readonly Problem[] {
  if (problems.length < 2) return problems;
  const letters = (cell: string) => cell.replace(/\d+$/u, "");
  return [...problems].sort((a, b) => {
    const x = letters(a.cell);
    const y = letters(b.cell);
    return x.length - y.length || (x < y ? -1 : x > y ? 1 : 0);
  });
}

/**
 * The surname and initials of a name: «Иванов С.П.», «Иванов С. П.» and «Иванов Сергей Петрович»
 * all give «иванов сп». Logs often write initials where the register has the whole name.
 */
export function initialsKey(name: string): string {
  const [surname, ...rest] = nameKey(name).split(" ");
  const initials = rest.map((word) => (word.length <= 2 ? word : (word[0] ?? ""))).join("");
  return `${surname ?? ""} ${initials}`;
}

/** A name whose given names are initials only («Иванов С.П.», «Иванов С. П.»). */
function writtenWithInitials(name: string): boolean {
  const rest = nameKey(name).split(" ").slice(1);
  return rest.length > 0 && rest.every((word) => word.length <= 2);
}

/**
 * Log courses joined to the register: by the full name, else by surname and initials where that
 * names one servant only. A log name that matches nobody in a register is a problem (once per
 * name): its course still counts in the year's totals, but no servant's check stands on it.
 */
function joinLog(logCourses: readonly Course[], employees: readonly Employee[], problems: Problem[]): Course[] {
  if (employees.length === 0) return [...logCourses];
  const keys = new Set(employees.map((e) => e.key));
  const byInitials = new Map<string, Employee | null>();
  for (const e of employees) {
    const key = initialsKey(e.name);
    byInitials.set(key, byInitials.has(key) ? null : e);
  }
  const reported = new Set<string>();
  return logCourses.map((course) => {
    if (keys.has(course.key)) return course;
    // Only a name written with initials joins by initials: «Иванов Сергей Павлович» is not
    // «Иванов Сергей Петрович».
    const employee = writtenWithInitials(course.name) ? byInitials.get(initialsKey(course.name)) : undefined;
    if (employee) return { ...course, key: employee.key };
    if (!reported.has(course.key)) {
      reported.add(course.key);
      problems.push({
        sheet: course.source.sheet,
        cell: course.nameCell,
        error: { code: "notInRegister", value: course.name },
        name: course.name,
      });
    }
    return course;
  });
}

/**
 * A course written twice in the logs (the same servant, type, start and end — «Иванов С.П.» and
 * «ИВАНОВ СЕРГЕЙ ПЕТРОВИЧ» on two rows, say) is one course: counted once, the repeat reported.
 */
function withoutRepeats(courses: readonly Course[], problems: Problem[]): Course[] {
  const first = new Map<string, Course>();
  const kept: Course[] = [];
  for (const course of courses) {
    const key = `${course.key}|${course.type}|${course.start ?? ""}|${course.end}`;
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, course);
      kept.push(course);
      continue;
    }
    problems.push({
      sheet: course.source.sheet,
      cell: course.nameCell,
      error: { code: "repeatedCourse", value: course.name, first: `${earlier.source.sheet}!${earlier.source.row + 1}` },
      name: course.name,
    });
  }
  return kept;
}

/**
 * Two register rows with one name cannot be told apart when courses are joined by name: each keeps
 * only the training on its own row (checkStaff). Reported at the second name cell, naming the first.
 */
function duplicateNames(employees: readonly Employee[]): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, Employee>();
  for (const employee of employees) {
    const first = seen.get(employee.key);
    if (!first) {
      seen.set(employee.key, employee);
      continue;
    }
    problems.push({
      sheet: employee.source.sheet,
      cell: employee.nameCell,
      error: { code: "duplicateName", value: employee.name, first: `${first.source.sheet}!${first.nameCell}` },
      name: employee.name,
    });
  }
  return problems;
}

/**
 * Reads the staff register(s) and training log(s) of a workbook, whatever their layout: finds each
 * sheet's header (by meaning, one or two rows), maps columns to fields, and reads every row. A row
 * that cannot be read yields a problem naming the cell (`Staff!E17: "C-9" is not a position
 * category …`) and the rest of the sheet is still read. Each sheet's coverage says which fields it
 * gave and which it lacks, so that checks can say what they could not check. Courses of the
 * register and of the log are joined on the normalised full name; a course in both is counted once.
 */
export function readStaff(workbook: WorkbookData, progress?: Progress, overrides?: ColumnOverrides): StaffData {
  const into: Collected = { employees: [], registerCourses: [], logCourses: [], problems: [] };
  const sheets: { name: string; kind: SheetKind; headerRow: number | null }[] = [];
  const mappings: Record<string, Partial<Record<Field, number>>> = {};
  const columns: SheetColumns[] = [];
  let title: string | null = null;
  const total = workbook.sheets.reduce((sum, grid) => sum + grid.rows.length, 0);
  let done = 0;
  const tick = () => {
    if (progress && ++done % 5000 === 0) progress(done, total);
  };

  for (const grid of workbook.sheets) {
    const header = withOverrides(findHeader(grid), overrides, grid);
    const hasData = grid.rows.some((cells) => cells.some((value) => !isBlankCell(value)));
    if (header) into.problems.push(...ambiguityProblems(grid, header));
    // Two columns both named like the full name: which one is meant is the officer's to say (the
    // ambiguity is reported); without it no row can be told apart, so the sheet is not read.
    if (!header || header.kind === "other" || !header.columns.has("fullName")) {
      sheets.push({ name: grid.name, kind: "other", headerRow: null });
      if (hasData && !header?.ambiguous.length)
        into.problems.push({
          sheet: grid.name,
          cell: "",
          error: { code: "noHeader", seen: firstCellsSeen(grid) },
          name: null,
        });
      done += grid.rows.length;
      continue;
    }
    sheets.push({ name: grid.name, kind: header.kind, headerRow: (grid.origin?.row ?? 0) + header.row });
    mappings[grid.name] = Object.fromEntries(header.columns);
    columns.push(sheetColumns(grid, header.kind, header, FIELDS_OF[header.kind], header.kind === "register"));
    if (header.kind === "register" && title === null) title = titleAbove(grid, header.rows[0] ?? header.row);
    readRows(grid, header, workbook.dateSystem, into, tick);
    done += header.dataStart;
  }
  into.problems.push(...duplicateNames(into.employees));
  const logCourses = withoutRepeats(joinLog(into.logCourses, into.employees, into.problems), into.problems);
  // A register row's training that the log also lists is one course, not two.
  const inLog = new Set(logCourses.map((c) => `${c.key}|${c.type}|${c.end}`));
  const courses = [...logCourses, ...into.registerCourses.filter((c) => !inLog.has(`${c.key}|${c.type}|${c.end}`))];
  progress?.(total, total);
  return { employees: into.employees, courses, problems: into.problems, sheets, mappings, columns, title };
}

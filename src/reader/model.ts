import type { Category, Corps, Lang, Rating, RuleError, Serial, StudyForm } from "../rules";
import type { Field } from "./headers/staffTerms";
import { formatError } from "../rules";

/** Where a record came from: sheet name and 0-based sheet row. */
export interface SourceRef {
  readonly sheet: string;
  readonly row: number;
}

export type TrainingType = "retraining" | "advancedTraining";

/** An annual evaluation of a register row, read once: the rules take it as it is (Evaluation). */
export interface RatingEntry {
  readonly year: number;
  /** The result the word stands for. */
  readonly rating: Rating;
  /** The word as typed, for messages. */
  readonly word: string;
  readonly date: Serial | null;
  /** A1 address of the rating cell, for problems. */
  readonly cell: string;
}

/** One employee of a staff register. */
export interface Employee {
  /** Join key: the full name normalised (case, spaces, punctuation, Kazakh letters). */
  readonly key: string;
  readonly name: string;
  readonly source: SourceRef;
  /** A1 address of the name cell, where problems of the person as a whole are shown. */
  readonly nameCell: string;
  readonly position: string | null;
  readonly corps: Corps | null;
  readonly category: Category | null;
  readonly appointment: Serial | null;
  /** Yes/no as read (blank = no); null when the sheet has no such column (the check is not run). */
  readonly firstEntry: boolean | null;
  readonly firstLeadership: boolean | null;
  /** The position's qualification requirements include professional certification (Rules §23). */
  readonly certifiedPosition: boolean;
  /** The career plan provides for advanced training (Rules §20(1)); null when the sheet has no such column. */
  readonly careerPlan: boolean | null;
  /** Non-blank annual evaluation results, oldest first. */
  readonly ratings: readonly RatingEntry[];
  readonly lastAdvancedTraining: Serial | null;
  /**
   * The start of a retraining the register records without an end (under way, or its end not
   * written): it was *sent* (§14), though not completed; null when there is none.
   */
  readonly retrainingStartOnly: Serial | null;
}

/** One completed course: a training-log row, or the training columns of a register row. */
export interface Course {
  readonly key: string;
  readonly name: string;
  readonly type: TrainingType;
  readonly venue: string | null;
  readonly start: Serial | null;
  readonly end: Serial;
  readonly hours: number | null;
  readonly document: string | null;
  /** Form of study as written (full-time, distance, online), when the log has that column. */
  readonly form: string | null;
  /**
   * Rules §15, for a retraining: the form of study its form cell says, else the one its venue's
   * words say («Онлайн-курс»: distance); null when neither says (or the course is not a retraining).
   */
  readonly studyForm: {
    readonly form: StudyForm;
    readonly from: "form" | "venue";
    /** The words of the cell it was read from. */
    readonly written: string;
  } | null;
  /** A1 address of the form-of-study cell; null when the sheet has no such column (a register row). */
  readonly formCell: string | null;
  /** A1 address of the document-number cell (Rules §3, §4); null when the sheet has no such column. */
  readonly documentCell: string | null;
  readonly source: SourceRef;
  /** A1 address of the hours cell, for hour violations. */
  readonly hoursCell: string | null;
  /** A1 address of the venue cell, for venues that cannot be classified. */
  readonly venueCell: string | null;
  /** A1 address of the name cell (the log's or the register's). */
  readonly nameCell: string;
}

/** A cell (or sheet) the reader could not use, and why. Never a silent skip. */
export interface Problem {
  readonly sheet: string;
  /** A1 address, or "" for a whole sheet. */
  readonly cell: string;
  readonly error: RuleError;
  /** The employee's name when the row has one. */
  readonly name: string | null;
}

export type SheetKind = "register" | "log" | "other";

/**
 * What a sheet's header gave the reader: every field found (with its header and how surely), the
 * fields of its kind it lacks, and the headers no field took — so that every answer can say what
 * it stood on and what it could not check, and the officer can map what was missed.
 */
export interface SheetColumns {
  readonly sheet: string;
  readonly kind: SheetKind | "attestation";
  /** 0-based sheet row of the (last) header row; null when no header was found. */
  readonly headerRow: number | null;
  readonly found: readonly {
    readonly field: string;
    /** 0-based column within the used range (the shape the Sheet section saves). */
    readonly col: number;
    /** A1 address of the header cell. */
    readonly cell: string;
    readonly header: string;
    /** 0.5–1; 1 for a column the officer mapped by hand. */
    readonly score: number;
    readonly byHand: boolean;
  }[];
  readonly missing: readonly string[];
  /** Fields two or more columns name about equally well (not read until the officer picks one). */
  readonly ambiguous: readonly { readonly field: string; readonly cells: string }[];
  readonly unused: readonly { readonly col: number; readonly cell: string; readonly header: string }[];
  /** Annual evaluation columns found (a register's «Оценка 2023» …). */
  readonly ratings: number;
  /** Those columns, and the columns of their dates, each with its header cell and year. */
  readonly ratingColumns: readonly {
    readonly cell: string;
    readonly header: string;
    readonly year: number;
    readonly isDate: boolean;
  }[];
}

export interface StaffData {
  readonly employees: readonly Employee[];
  readonly courses: readonly Course[];
  readonly problems: readonly Problem[];
  readonly sheets: readonly { readonly name: string; readonly kind: SheetKind; readonly headerRow: number | null }[];
  /** The column each field was read from, per sheet (0-based within the used range). */
  readonly mappings: Readonly<Record<string, Readonly<Partial<Record<Field, number>>>>>;
  /** Per sheet with a header: the fields found, missing and the headers not used. */
  readonly columns: readonly SheetColumns[];
  /** Text above the register's header (usually the organisation's name), if any. */
  readonly title: string | null;
}

/**
 * A problem as users read it: `Register!E17: "C-9" is not a position category …`.
 *
 * @example
 * problemMessage({ sheet: "Staff", cell: "E17", error: { code: "notACategory", value: "C-9" }, name: null }, "en")
 * //=> 'Staff!E17: "C-9" is not a position category (e.g. C-O-3, D-2, E-R-1)'
 */
export function problemMessage(problem: Problem, lang: Lang): string {
  const where = problem.cell ? `${problem.sheet}!${problem.cell}` : problem.sheet;
  return formatError({ ...problem.error, arg: where }, lang);
}

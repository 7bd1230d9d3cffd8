/**
 * Reading an .xlsx file with exceljs into the port's WorkbookData, keeping the exceljs workbook so
 * that a copy with a report sheet added can be written (writeXlsx.ts). Bad files are outcomes, not
 * exceptions: the CLI shows the message and stops.
 */
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { DateSystem } from "../../rules";
import type { CellValue, SheetGrid, WorkbookData } from "../../workbook/port";
import { cellValueOf, isDateFormulaResult } from "./cellValue";
import { describeLosses } from "./lacks";
import { sheetPartsById, typedFormulaResults } from "./packageParts";

export interface ReadSuccess {
  readonly ok: true;
  readonly data: WorkbookData;
  /** The exceljs workbook, for addLayoutSheet and saveWorkbook. */
  readonly workbook: ExcelJS.Workbook;
  /** What a copy written from `workbook` lacks compared with the file, e.g. "2 charts" (see lacks.ts). */
  readonly lacks: string[];
}

export type ReadFailureReason = "encrypted" | "notXlsx" | "corrupt" | "missing";

export interface ReadFailure {
  readonly ok: false;
  readonly reason: ReadFailureReason;
  /** An English sentence for the user, saying what to do where there is something to do. */
  readonly message: string;
}

export type ReadOutcome = ReadSuccess | ReadFailure;

const GENERAL = "General";
/**
 * Rows are padded to the sheet's width unless that would take more than this many cells (a stray
 * value in column XFD of a big sheet); then each row ends at its own last value, so memory stays
 * proportional to the data.
 */
const DENSE_CELL_BUDGET = 20_000_000;

/** Every compound-file (OLE/CFB) container starts with this: legacy .xls, and encrypted OOXML. */
const CFB_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/**
 * Where a workbook read from a file came from, so that saveWorkbook can refuse to overwrite it. A
 * registered symbol on the workbook rather than a module-level WeakMap: a loader that evaluates this
 * module twice (tsx running ESM and CJS side by side does) must still see the mark.
 */
const SOURCE_PATH = Symbol.for("kadr-rules.exceljs.sourcePath");

/** The absolute path a workbook was read from by readWorkbookFile, if it was. */
export function sourcePathOf(workbook: ExcelJS.Workbook): string | undefined {
  const path: unknown = (workbook as unknown as Record<symbol, unknown>)[SOURCE_PATH];
  return typeof path === "string" ? path : undefined;
}

function failure(reason: ReadFailureReason, message: string): ReadFailure {
  return { ok: false, reason, message };
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Reads an .xlsx file: every sheet's values and number formats, the exceljs workbook and what a
 * copy would lack. Never throws: a missing, encrypted, non-xlsx or damaged file is a ReadFailure.
 *
 * @example
 * const read = await readWorkbookFile("kadry.xlsx");
 * if (!read.ok) console.error(read.message);
 */
export async function readWorkbookFile(path: string): Promise<ReadOutcome> {
  let buffer: Buffer;
  try {
    buffer = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return failure("missing", `File not found: ${path}`);
    if (code === "EISDIR") return failure("notXlsx", `${path} is a folder, not an .xlsx file.`);
    return failure("missing", `Cannot read ${path}: ${errorText(error)}`);
  }
  const outcome = await readWorkbookBuffer(buffer);
  if (outcome.ok) Object.defineProperty(outcome.workbook, SOURCE_PATH, { value: resolve(path), enumerable: false });
  return outcome;
}

/** What a compound-file container most likely is, by the stream names in its directory. */
function describeCompoundFile(buffer: Buffer): string {
  const has = (name: string): boolean => buffer.includes(Buffer.from(name, "utf16le"));
  if (has("EncryptionInfo") || has("EncryptedPackage")) {
    return "The workbook is password-protected; save it as .xlsx without a password and try again.";
  }
  if (has("Workbook") || has("Book")) {
    return "The file is a legacy .xls workbook; save it as .xlsx (Excel Workbook) and try again.";
  }
  return "The file is password-protected or a legacy .xls file; save it as .xlsx without a password.";
}

/** Why a zip package that is not an .xlsx is not one, or undefined when it looks like an .xlsx. */
function notAnXlsxPackage(zip: JSZip): string | undefined {
  if (zip.file("xl/workbook.xml") !== null && zip.file("[Content_Types].xml") !== null) return undefined;
  if (zip.file("xl/workbook.bin") !== null) {
    return "The file is a binary workbook (.xlsb); save it as .xlsx (Excel Workbook) and try again.";
  }
  if (zip.file("word/document.xml") !== null) return "The file is a Word document, not an Excel workbook.";
  if (zip.file("ppt/presentation.xml") !== null) return "The file is a PowerPoint presentation, not an Excel workbook.";
  if (zip.file("content.xml") !== null && zip.file("mimetype") !== null) {
    return "The file is an OpenDocument spreadsheet (.ods); save it as .xlsx (Excel Workbook) and try again.";
  }
  return "The file is a zip archive but not an Excel workbook (.xlsx).";
}

/**
 * Reads .xlsx bytes; see readWorkbookFile. The bytes are checked before exceljs sees them, so that
 * an encrypted or legacy file gets a message saying what to do instead of a zip error.
 */
export async function readWorkbookBuffer(buffer: Buffer): Promise<ReadOutcome> {
  if (buffer.length === 0) return failure("notXlsx", "The file is empty.");
  if (buffer.subarray(0, CFB_SIGNATURE.length).equals(CFB_SIGNATURE)) {
    return failure("encrypted", describeCompoundFile(buffer));
  }
  // Local file header "PK\3\4", or "PK\5\6" for an empty archive.
  if (buffer.length < 4 || buffer[0] !== 0x50 || buffer[1] !== 0x4b) {
    return failure("notXlsx", "The file is not an .xlsx workbook; save it as .xlsx (Excel Workbook) and try again.");
  }
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(buffer);
  } catch (error) {
    return failure("corrupt", `The file is damaged: its zip package cannot be opened (${errorText(error)}).`);
  }
  const notXlsx = notAnXlsxPackage(zip);
  if (notXlsx !== undefined) return failure("notXlsx", notXlsx);

  try {
    const workbook = new ExcelJS.Workbook();
    // exceljs declares its parameter as an ArrayBuffer-like "Buffer" but reads Node Buffers (via JSZip).
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    const system: DateSystem = workbook.properties.date1904 ? 1904 : 1900;
    const sheets: SheetGrid[] = [];
    let sheetParts: Map<number, string> | undefined;
    for (const worksheet of workbook.worksheets) {
      const { grid, dateFormulaCells } = readSheet(worksheet, system);
      if (dateFormulaCells.length > 0) {
        sheetParts ??= await sheetPartsById(zip);
        const part = sheetParts.get(worksheet.id);
        const xml = part === undefined ? undefined : await zip.file(part)?.async("string");
        if (xml !== undefined) restoreTypedResults(grid, dateFormulaCells, typedFormulaResults(xml));
      }
      sheets.push(grid.sheet);
    }
    return { ok: true, data: { sheets, dateSystem: system }, workbook, lacks: await describeLosses(zip) };
  } catch (error) {
    return failure("corrupt", `The workbook is damaged or uses a form this program cannot read (${errorText(error)}).`);
  }
}

/** A formula cell of a date-formatted cell, whose cached result exceljs may have garbled. */
interface DateFormulaCell {
  readonly row: number;
  readonly col: number;
  readonly cell: ExcelJS.Cell;
}

interface MutableGrid {
  readonly sheet: SheetGrid;
  readonly rows: CellValue[][];
}

/**
 * One worksheet as a SheetGrid from A1. Only rows with a value get their own arrays; blank rows
 * share one frozen row, so a lone value at row 1,048,576 costs a million references, not a
 * million arrays.
 */
function readSheet(
  worksheet: ExcelJS.Worksheet,
  system: DateSystem,
): { grid: MutableGrid; dateFormulaCells: DateFormulaCell[] } {
  const dataRows: { index: number; values: CellValue[]; formats: string[] }[] = [];
  const dateFormulaCells: DateFormulaCell[] = [];
  let width = 0;
  worksheet.eachRow((row, rowNumber) => {
    const values: CellValue[] = [];
    const formats: string[] = [];
    row.eachCell((cell, colNumber) => {
      const value = cellValueOf(cell, system);
      const garbled = isDateFormulaResult(cell);
      if (value === null && !garbled) return;
      const col = colNumber - 1;
      while (values.length < col) {
        values.push(null);
        formats.push(GENERAL);
      }
      values[col] = value;
      formats[col] = cell.numFmt || GENERAL;
      if (garbled) dateFormulaCells.push({ row: rowNumber - 1, col, cell });
    });
    if (values.length === 0) return;
    dataRows.push({ index: rowNumber - 1, values, formats });
    width = Math.max(width, values.length);
  });

  const dense = width * dataRows.length <= DENSE_CELL_BUDGET;
  const blankValues: readonly CellValue[] = Object.freeze(dense ? new Array<CellValue>(width).fill(null) : []);
  const blankFormats: readonly string[] = Object.freeze(dense ? new Array<string>(width).fill(GENERAL) : []);
  const height = (dataRows.at(-1)?.index ?? -1) + 1;
  const rows = new Array<readonly CellValue[]>(height).fill(blankValues);
  const numberFormats = new Array<readonly string[]>(height).fill(blankFormats);
  for (const { index, values, formats } of dataRows) {
    if (dense) {
      for (let col = values.length; col < width; col++) {
        values.push(null);
        formats.push(GENERAL);
      }
    }
    rows[index] = values;
    numberFormats[index] = formats;
  }
  // Only rows with data are written to later (restoreTypedResults); the shared blank row never is.
  return {
    grid: { sheet: { name: worksheet.name, rows, numberFormats }, rows: rows as CellValue[][] },
    dateFormulaCells,
  };
}

/**
 * Puts back the error, text and boolean results exceljs turned into Dates (see
 * typedFormulaResults), in the grid and in the exceljs cell too: otherwise the copy saveWorkbook
 * writes would hold an empty result for `#VALUE!` and 1 for TRUE.
 */
function restoreTypedResults(
  grid: MutableGrid,
  cells: readonly DateFormulaCell[],
  raw: ReturnType<typeof typedFormulaResults>,
): void {
  for (const { row, col, cell } of cells) {
    const result = raw.get(cell.address);
    const values = grid.rows[row];
    if (result === undefined || values === undefined) continue;
    values[col] = result;
    // Setting a formula value keeps formula, shared-formula master/ref and array range as given;
    // exceljs types an error result as a union of known codes, the file may hold any.
    cell.value = { ...(cell.value as ExcelJS.CellFormulaValue), result: result as ExcelJS.CellFormulaValue["result"] };
  }
}

import type { DateSystem, Outcome, RuleError, Serial } from "../rules";
import { a1 } from "../workbook/layout";
import { isCellError, type CellValue, type SheetGrid } from "../workbook/port";
import { cellDate, cellErrorOf, cellText, isBlankCell } from "./cells";
import type { Problem } from "./model";

/**
 * One data row of a sheet read by named fields (the staff register's, the training log's, the
 * attestation list's): each cell by its field's column, and a problem naming the cell for each one
 * that cannot be read — never a silent skip. Sheet readers extend it with their own fields.
 */
export class FieldRow<F extends string> {
  readonly problems: Problem[] = [];
  /** The row's full name once read, for the problems that follow. */
  name: string | null = null;

  constructor(
    protected readonly grid: SheetGrid,
    protected readonly columns: ReadonlyMap<F, number>,
    protected readonly row: number,
    protected readonly system: DateSystem,
  ) {}

  /** The A1 address of a column of this row, in sheet coordinates (the used range's origin added). */
  address(col: number): string {
    return a1((this.grid.origin?.row ?? 0) + this.row, (this.grid.origin?.col ?? 0) + col);
  }

  cellAt(col: number): CellValue | undefined {
    return this.grid.rows[this.row]?.[col];
  }

  column(field: F): number | undefined {
    return this.columns.get(field);
  }

  raw(field: F): CellValue | undefined {
    const col = this.column(field);
    return col === undefined ? undefined : this.cellAt(col);
  }

  /** The address of a field's cell, or "" when the sheet has no such column. */
  cell(field: F): string {
    const col = this.column(field);
    return col === undefined ? "" : this.address(col);
  }

  /** One problem per cell: a cell read twice (a date and its year, say) is reported once. */
  problem(cell: string, error: RuleError): void {
    if (cell !== "" && this.problems.some((p) => p.cell === cell)) return;
    this.problems.push({ sheet: this.grid.name, cell, error, name: this.name });
  }

  /** The problem of an error cell of a field (#N/A, #DIV/0!, a formula never calculated). */
  cellError(field: F, value: CellValue | undefined): null {
    if (isCellError(value)) this.problem(this.cell(field), cellErrorOf(value));
    return null;
  }

  /** The value of an outcome, or null with a problem at the field's cell. */
  take<T>(field: F, outcome: Outcome<T>): T | null {
    if (outcome.ok) return outcome.value;
    this.problem(this.cell(field), outcome.error);
    return null;
  }

  text(field: F): string | null {
    const value = this.raw(field);
    if (isCellError(value)) return this.cellError(field, value);
    return cellText(value);
  }

  date(field: F): Serial | null {
    return this.take(field, cellDate(this.raw(field), this.system));
  }

  /**
   * The full name, with the first name and patronymic added where the sheet splits the name over
   * columns (Фамилия | Имя | Отчество); null when the name cell is blank.
   */
  fullName(name: F, ...rest: readonly F[]): string | null {
    const surname = this.text(name);
    if (surname === null) return null;
    return [surname, ...rest.map((field) => this.text(field))]
      .filter((part): part is string => part !== null)
      .join(" ");
  }

  isBlank(): boolean {
    return (this.grid.rows[this.row] ?? []).every((value) => isBlankCell(value));
  }
}

/**
 * `kadr columns`: how the program read each sheet's header — field ← header (score), the fields it
 * lacks and the headers no field took — so the officer can check the reading and correct it with
 * `--map` or `--mapping` before trusting a report.
 */
import type { ColumnOverrides } from "../reader/findHeader";
import { language, mapping, open, type Io } from "./shared";
import { problemMessage, type SheetColumns } from "../reader/model";
import { readStaff } from "../reader/readStaff";
import { onlyStaffSheets } from "../survey";
import { workbookColumns } from "../survey/workbookColumns";
import { fieldLabel, type Lang } from "../rules";
import type { WorkbookData } from "../workbook/port";

export interface ColumnsReport {
  readonly sheets: readonly (SheetColumns & { readonly missingLabels: readonly string[] })[];
  /** Sheets with data whose header was not recognised: what was seen there. */
  readonly unrecognised: readonly { readonly sheet: string; readonly message: string }[];
}

export function columnsReport(data: WorkbookData, overrides: ColumnOverrides | undefined, lang: Lang): ColumnsReport {
  const staff = readStaff(onlyStaffSheets(data), undefined, overrides);
  const sheets = workbookColumns(data, overrides, staff).flatMap(({ columns }) =>
    columns ? [{ ...columns, missingLabels: columns.missing.map((field) => fieldLabel(field, lang)) }] : [],
  );
  const known = new Set(sheets.map((s) => s.sheet));
  const unrecognised = staff.problems
    .filter((p) => p.error.code === "noHeader" && !known.has(p.sheet))
    .map((p) => ({ sheet: p.sheet, message: problemMessage(p, lang) }));
  return { sheets, unrecognised };
}

/** The report as text, one block per sheet. */
export function columnsText(report: ColumnsReport, lang: Lang): string {
  const lines: string[] = [];
  for (const sheet of report.sheets) {
    lines.push(`${sheet.sheet} (${sheet.kind}, header row ${(sheet.headerRow ?? 0) + 1}):`);
    for (const f of sheet.found)
      lines.push(
        `  ${f.field} ← ${f.cell} «${f.header}» (${f.byHand ? "mapped by hand" : f.score.toFixed(2)}) — ${fieldLabel(f.field, lang)}`,
      );
    for (const r of sheet.ratingColumns)
      lines.push(`  ${r.isDate ? "ratingDate" : "rating"} ${r.year} ← ${r.cell} «${r.header}»`);
    for (const a of sheet.ambiguous) lines.push(`  ${a.field}: in doubt between ${a.cells} — choose one with --map`);
    lines.push(`  missing: ${sheet.missing.length ? sheet.missing.join(", ") : "none"}`);
    lines.push(
      `  headers not used: ${sheet.unused.length ? sheet.unused.map((u) => `${u.cell} «${u.header}»`).join(", ") : "none"}`,
    );
  }
  for (const u of report.unrecognised) lines.push(u.message);
  return `${lines.join("\n")}\n`;
}

/** `kadr columns`: how each sheet's header was read, and what it lacks. */
export async function columns(io: Io, path: string, values: Record<string, unknown>): Promise<number> {
  const lang = language(io, values["lang"] as string | undefined);
  const overrides = mapping(values);
  const read = await open(io, path);
  if (!read) return 1;
  const report = columnsReport(read.data, overrides, lang);
  io.out(values["json"] ? `${JSON.stringify(report)}\n` : columnsText(report, lang));
  return 0;
}

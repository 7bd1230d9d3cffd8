/**
 * The preview host: the task pane's PaneHost over the in-memory workbook (the same workbook port the
 * Excel adapter implements), for the browser preview (`npm start` without Excel) and the browser
 * tests. Settings live in a Map, and selecting a row or activating a sheet is recorded instead of
 * moving Excel's cursor, so tests can assert what the pane asked for.
 */
import { dateToSerial, LANGS, serialFromParts, type Lang, type Serial } from "../rules";
import type { HighlightPlan } from "../sheet/highlight";
import type { RuleColumnsPlan } from "../sheet/ruleColumns";
import type { SheetLayout } from "../workbook/layout";
import { memoryWorkbook } from "../workbook/memoryWorkbook";
import type { WorkbookPort } from "../workbook/port";
import type { PaneHost } from "../taskpane/host";
import type { PaneTheme } from "../ui/theme";
import type { PreviewWorkbook } from "./sampleWorkbook";

export interface RowSelection {
  readonly sheet: string;
  readonly row: number;
}

export interface MemoryHost extends PaneHost {
  /** Sheets the pane added (the annual report), as the layouts it wrote. */
  added(): readonly SheetLayout[];
  /** Rows highlighted now (cleared by clearHighlights). */
  highlights(): readonly HighlightPlan[];
  /** Rule columns the pane asked to add, as plans. */
  columns(): readonly RuleColumnsPlan[];
  /** The row the pane last selected, or null. */
  selected(): RowSelection | null;
  /** The sheet the pane last activated (or selected a row on), or null. */
  active(): string | null;
}

/**
 * `?today=YYYY-MM-DD` freezes the day (screenshots and tests must not depend on when they run);
 * `?lang=kk|ru|en` plays Office's display language, Russian by default (the sample is a Russian
 * register); `?theme=dark` plays Office's dark theme. A malformed parameter throws: silently falling
 * back to the real date would make a test pass or fail depending on the day.
 */
export function previewOptions(
  search: string,
  now: () => Date = () => new Date(),
): {
  today: () => Serial;
  officeLanguage: Lang;
  theme: PaneTheme;
} {
  const params = new URLSearchParams(search);
  const todayParam = params.get("today");
  let today = (): Serial => dateToSerial(now());
  if (todayParam !== null) {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(todayParam);
    const [year, month, day] = [match?.[1], match?.[2], match?.[3]].map(Number) as [number, number, number];
    // Date.UTC rolls 2026-02-30 over to March: a real date reads back as the same parts.
    const check = new Date(Date.UTC(year, month - 1, day));
    if (check.getUTCFullYear() !== year || check.getUTCMonth() + 1 !== month || check.getUTCDate() !== day) {
      throw new Error(`?today=${todayParam} is not a date: write it as YYYY-MM-DD, e.g. ?today=2026-01-15.`);
    }
    const frozen = serialFromParts(year, month, day);
    today = () => frozen;
  }
  const langParam = params.get("lang");
  if (langParam !== null && !(LANGS as readonly string[]).includes(langParam)) {
    throw new Error(`?lang=${langParam} is not one of ${LANGS.join(", ")}.`);
  }
  const themeParam = params.get("theme");
  if (themeParam !== null && themeParam !== "light" && themeParam !== "dark") {
    throw new Error(`?theme=${themeParam} is not light or dark.`);
  }
  return { today, officeLanguage: (langParam as Lang | null) ?? "ru", theme: themeParam ?? "light" };
}

/** A PaneHost over an in-memory copy of `data`; `search` is the page's query string (see previewOptions). */
export function memoryHost(data: PreviewWorkbook, search = "", now?: () => Date): MemoryHost {
  const { today, officeLanguage, theme } = previewOptions(search, now);
  const { inMemory, workbook } = orderedWorkbook(data);
  const sheetNamed = (name: string) => existingSheet(workbook, name);
  const settings = new Map<string, string>();
  let selected: RowSelection | null = null;
  const columns: RuleColumnsPlan[] = [];
  const highlights: HighlightPlan[] = [];
  let active: string | null = data.sheets[0]?.name ?? null;

  return {
    workbook: Object.assign(workbook, {
      async activate(name: string) {
        active = await sheetNamed(name);
      },
    }),
    officeLanguage,
    theme,
    today,
    settings: {
      get: (key) => settings.get(key) ?? null,
      set: async (key, value) => void settings.set(key, value),
    },
    async selectRow(sheet, row) {
      active = await sheetNamed(sheet);
      selected = { sheet, row };
    },
    async addColumns(plan) {
      await sheetNamed(plan.sheet);
      columns.push(plan);
    },
    async highlight(plans) {
      for (const plan of plans) await sheetNamed(plan.sheet);
      highlights.push(...plans);
    },
    async clearHighlights() {
      highlights.length = 0;
    },
    added: () => inMemory.added,
    columns: () => columns,
    highlights: () => highlights,
    selected: () => selected,
    active: () => active,
  };
}

/**
 * The in-memory workbook over `data`, and the port over it that reads the sheets in the
 * workbook's own order: memoryWorkbook takes a Record, which puts sheets named like "2024" first
 * (added sheets come last, as Excel appends them).
 */
function orderedWorkbook(data: PreviewWorkbook): {
  inMemory: ReturnType<typeof memoryWorkbook>;
  workbook: WorkbookPort;
} {
  const inMemory = memoryWorkbook(
    Object.fromEntries(data.sheets.map((sheet) => [sheet.name, sheet.rows])),
    data.dateSystem,
  );
  const position = new Map(data.sheets.map((sheet, index) => [sheet.name, index]));
  const at = (name: string): number => position.get(name) ?? Number.MAX_SAFE_INTEGER;
  const workbook: WorkbookPort = {
    async read() {
      const read = await inMemory.read();
      return { ...read, sheets: [...read.sheets].sort((a, b) => at(a.name) - at(b.name)) };
    },
    addSheet: (layout) => inMemory.addSheet(layout),
  };
  return { inMemory, workbook };
}

/**
 * `name`, once the workbook is seen to have that sheet. Excel throws ItemNotFound for a sheet that
 * is not there; so does the preview, so a pane bug that names a wrong sheet shows up here rather
 * than only in Excel.
 */
async function existingSheet(workbook: WorkbookPort, name: string): Promise<string> {
  const { sheets } = await workbook.read();
  if (!sheets.some((sheet) => sheet.name === name)) {
    throw Object.assign(new Error(`The sheet "${name}" does not exist.`), { code: "ItemNotFound" });
  }
  return name;
}

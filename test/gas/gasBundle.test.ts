/**
 * dist/gas/Code.js, as `npm run build` writes it for `clasp push`, loaded in a Node vm context with
 * fakes of exactly the Apps Script services it calls (SpreadsheetApp over test/support's fake
 * spreadsheet, HtmlService, PropertiesService). The shared table of function cases runs against
 * its global functions with the arguments shaped as Sheets passes them (Date objects for date
 * cells, undefined for omitted arguments) and must give the Excel answers; the menu's report over
 * the sample workbook must give the CLI's totals. The sidebar's page runs in jsdom with a
 * google.script.run that calls Code.js's globals: its "Columns" part, the saved column mapping and
 * what the report makes of it.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { ATTESTATION_TERMS } from "../../src/attestation/headers";
import { main, type Io } from "../../src/cli/main";
import { FIELDS_OF } from "../../src/reader/findHeader";
import { FUNCTION_CASES, FUNCTION_IDS } from "../cases/functionCases";
import { runCases } from "../cases/runCases";
import { dateInZone, fakeSpreadsheet, type FakeSpreadsheet } from "../support/fakeSpreadsheet";

const ROOT = join(__dirname, "../..");
const CODE = readFileSync(join(ROOT, "dist/gas/Code.js"), "utf8");
const TIME_ZONE = "Asia/Almaty";
const metadata = JSON.parse(readFileSync(join(ROOT, "dist/functions.json"), "utf8")) as {
  functions: { id: string; parameters: { name: string }[] }[];
};

interface Ui {
  menus: { caption: string; items: [string, string][] }[];
  sidebars: { html: string; title: string }[];
}

/** What a fake Apps Script service was asked, for tests of what a cell costs. */
interface Asked {
  activeSpreadsheet: number;
  /** Utilities.formatDate calls, with their zones and patterns. */
  formatDate: { timeZone: string; pattern: string }[];
}

interface AppsScriptOptions {
  /**
   * Whether there is `Utilities.formatDate` (as in Apps Script), implemented here with Intl; and the
   * zone data it has: a zone → the IANA zone whose rules it applies instead (Sheets' servers and
   * V8's ICU may disagree on a zone's offset).
   */
  readonly utilities?: boolean | { readonly zoneData: Readonly<Record<string, string>> };
}

/** `Utilities.formatDate` for the one pattern the bundle uses, by Intl. */
function fakeFormatDate(asked: Asked, zoneData: Readonly<Record<string, string>>) {
  return (date: Date, timeZone: string, pattern: string): string => {
    asked.formatDate.push({ timeZone, pattern });
    if (pattern !== "yyyy-MM-dd HH:mm:ss") throw new Error(`fake Utilities.formatDate: pattern ${pattern}`);
    const parts = new Intl.DateTimeFormat("en-US", {
      timeZone: zoneData[timeZone] ?? timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    }).formatToParts(date);
    const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
    return `${part("year").padStart(4, "0")}-${part("month")}-${part("day")} ${part("hour")}:${part("minute")}:${part("second")}`;
  };
}

/** A vm context with the Apps Script services over `spreadsheet`, and Code.js loaded into it. */
function appsScript(spreadsheet: FakeSpreadsheet, options: AppsScriptOptions = {}) {
  const ui: Ui = { menus: [], sidebars: [] };
  const properties = new Map<string, string>();
  const asked: Asked = { activeSpreadsheet: 0, formatDate: [] };
  const context: Record<string, unknown> = {
    // The test realm's Date: frozen at 25.11.2026 by the test setup, so "today" is fixed in Code.js too.
    Date,
    SpreadsheetApp: {
      getActiveSpreadsheet: () => (asked.activeSpreadsheet++, spreadsheet),
      getUi: () => ({
        createMenu(caption: string) {
          const menu = { caption, items: [] as [string, string][] };
          ui.menus.push(menu);
          const builder = {
            addItem: (item: string, fn: string) => (menu.items.push([item, fn]), builder),
            addToUi: () => undefined,
          };
          return builder;
        },
        showSidebar: (output: { html: string; title: string }) => void ui.sidebars.push(output),
        alert: () => undefined,
      }),
    },
    HtmlService: {
      createHtmlOutput(html: string) {
        const output = { html, title: "", setTitle: (title: string) => ((output.title = title), output) };
        return output;
      },
    },
    PropertiesService: {
      getDocumentProperties: () => ({
        getProperty: (key: string) => properties.get(key) ?? null,
        setProperty: (key: string, value: string) => void properties.set(key, value),
      }),
    },
  };
  if (options.utilities) {
    const zoneData = options.utilities === true ? {} : options.utilities.zoneData;
    context["Utilities"] = { formatDate: fakeFormatDate(asked, zoneData) };
  }
  runInNewContext(CODE, context, { filename: "Code.js" });
  return { context: context as Record<string, (...args: unknown[]) => unknown>, ui, properties, asked };
}

/** Arguments that are dates in Sheets arrive as Date objects at midnight in the spreadsheet's zone. */
const DATE_PARAMETERS = new Set([
  "lastDate",
  "ratingDates",
  "appointmentDate",
  "startDate",
  "deadline",
  "asOf",
  "start",
  "holidays",
  "attestationStart",
  "meetingDate",
  "decisionDate",
]);
const toDate = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(toDate);
  if (typeof value !== "number" || value < 61 || !Number.isInteger(value)) return value;
  const day = new Date(Date.UTC(1899, 11, 30) + value * 86_400_000);
  return dateInZone(TIME_ZONE, day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate());
};
function sheetsArgs(fn: string, args: readonly unknown[]): unknown[] {
  const names = metadata.functions.find((f) => f.id === fn)?.parameters.map((p) => p.name) ?? [];
  // Sheets passes an omitted argument as undefined (Excel: null).
  return args.map((arg, i) => (arg === null ? undefined : DATE_PARAMETERS.has(names[i] ?? "") ? toDate(arg) : arg));
}

describe("dist/gas/Code.js: the custom functions", () => {
  const { context } = appsScript(fakeSpreadsheet({ Sheet1: [[""]] }, { timeZone: TIME_ZONE, locale: "en_US" }));

  it("defines every function of the catalogue, named as in Excel without the namespace", () => {
    for (const id of FUNCTION_IDS) expect(typeof context[id], id).toBe("function");
    expect(metadata.functions.map((f) => f.id).sort()).toEqual([...FUNCTION_IDS].sort());
  });

  it("gives each a @customfunction JSDoc with its parameters, for Sheets' autocomplete", () => {
    for (const fn of metadata.functions) {
      const block = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*function ${fn.id}\\(`, "u").exec(CODE)?.[1] ?? "";
      expect(block, fn.id).toContain("@customfunction");
      for (const p of fn.parameters)
        expect(block, `${fn.id} ${p.name}`).toMatch(new RegExp(`@param \\{[^}]+\\} \\[?${p.name}\\]?`, "u"));
    }
  });

  it("reads a date cell as the day it shows in the spreadsheet's zone, not the script's", () => {
    const newYork = appsScript(fakeSpreadsheet({ Sheet1: [[""]] }, { timeZone: "America/New_York", locale: "en_US" }));
    // Midnight 31.08.2024 in New York is 04:00 UTC; in Almaty (the test's TZ) it is already 09:00.
    const date = dateInZone("America/New_York", 2024, 8, 31);
    expect(newYork.context["RETRAINING_DEADLINE"]?.(date)).toBe(toSerialOf("28.02.2025"));
  });

  it("speaks the spreadsheet's language", () => {
    const kk = appsScript(fakeSpreadsheet({ Sheet1: [[""]] }, { locale: "kk" }));
    expect(kk.context["RETRAINING_VENUE"]?.("С-О-3")).toBe("Өңірлік орталық");
    expect(() => kk.context["RETRAINING_VENUE"]?.("C-6")).toThrow(/Қағидалардың 13-тармағының/u);
  });
});

// The same table as Excel's, with Sheets' shapes; errors are plain Errors with Excel's message.
describe("dist/gas/Code.js: the shared table, dates read with Intl (no Utilities)", () => {
  const { context } = appsScript(fakeSpreadsheet({ Sheet1: [[""]] }, { timeZone: TIME_ZONE, locale: "en_US" }));
  runCases(FUNCTION_CASES, (id) => context[id], { errorCode: null, args: sheetsArgs });
});

describe("dist/gas/Code.js: the shared table, dates read with Utilities.formatDate (as in Apps Script)", () => {
  const gas = appsScript(fakeSpreadsheet({ Sheet1: [[""]] }, { timeZone: TIME_ZONE, locale: "en_US" }), {
    utilities: true,
  });
  runCases(FUNCTION_CASES, (id) => gas.context[id], { errorCode: null, args: sheetsArgs });

  it("read the table's date arguments with Utilities.formatDate, in the spreadsheet's zone", () => {
    expect(gas.asked.formatDate.length).toBeGreaterThan(0);
    expect(new Set(gas.asked.formatDate.map((call) => `${call.timeZone} ${call.pattern}`))).toEqual(
      new Set([`${TIME_ZONE} yyyy-MM-dd HH:mm:ss`]),
    );
  });
});

describe("dist/gas/Code.js: what a custom-function cell costs", () => {
  // Every cell is an Apps Script execution of its own: a fresh Code.js per test.
  const fresh = (utilities = true) => {
    const spreadsheet = fakeSpreadsheet({ Sheet1: [[""]] }, { timeZone: TIME_ZONE, locale: "ru_RU" });
    const gas = appsScript(spreadsheet, { utilities });
    const cost = () => ({
      activeSpreadsheet: gas.asked.activeSpreadsheet,
      locale: spreadsheet.count("Spreadsheet.getSpreadsheetLocale"),
      timeZone: spreadsheet.count("Spreadsheet.getSpreadsheetTimeZone"),
      formatDate: gas.asked.formatDate.length,
    });
    return { fn: (id: string) => gas.context[id] as (...args: unknown[]) => unknown, cost };
  };
  const almaty = (ddmmyyyy: string) => {
    const [d, m, y] = ddmmyyyy.split(".").map(Number) as [number, number, number];
    return dateInZone(TIME_ZONE, y, m, d);
  };

  it("a number, yes/no or text argument asks the spreadsheet nothing", () => {
    const { fn, cost } = fresh();
    expect(fn("ADVANCED_TRAINING_HOURS_OK")(24)).toBe(true);
    expect(fn("RETRAINING_REQUIRED")("A", "да", "нет")).toBe(true);
    expect(fn("RETRAINING_DEADLINE")("31.08.2024")).toBe(toSerialOf("28.02.2025"));
    expect(fn("ATTESTATION_DECISION_ALLOWED")(1, "не сдал", "сдал")).toBe(true);
    expect(cost()).toEqual({ activeSpreadsheet: 0, locale: 0, timeZone: 0, formatDate: 0 });
  });

  it("a text result with its lang given asks nothing; a blank lang asks the locale once", () => {
    const { fn, cost } = fresh();
    expect(fn("RETRAINING_VENUE")("С-О-3", undefined, "kk")).toBe("Өңірлік орталық");
    expect(cost().locale).toBe(0);
    expect(fn("RETRAINING_VENUE")("С-О-3")).toBe("Региональный центр");
    expect(fn("RETRAINING_VENUE")("D-O-2", "")).toBe("Академия");
    expect(cost()).toEqual({ activeSpreadsheet: 1, locale: 1, timeZone: 0, formatDate: 0 });
  });

  it("bad input asks the locale for its message, once", () => {
    const { fn, cost } = fresh();
    expect(() => fn("ADVANCED_TRAINING_HOURS_OK")("сто")).toThrow(/«сто» — не число/u);
    expect(() => fn("RETRAINING_HOURS_OK")(-1)).toThrow(/hours/u);
    expect(cost()).toEqual({ activeSpreadsheet: 1, locale: 1, timeZone: 0, formatDate: 0 });
  });

  it("a date argument asks the zone once, and each instant is formatted once", () => {
    const { fn, cost } = fresh();
    expect(fn("RETRAINING_DEADLINE")(almaty("15.08.2024"))).toBe(toSerialOf("15.02.2025"));
    expect(fn("RETRAINING_COMPLETE_BY")(almaty("15.08.2024"))).toBe(toSerialOf("15.11.2024"));
    expect(fn("WORKDAY_KZ")(almaty("15.08.2024"), 1, [[almaty("16.08.2024")], [""]])).toBe(toSerialOf("19.08.2024"));
    expect(cost()).toEqual({ activeSpreadsheet: 1, locale: 0, timeZone: 1, formatDate: 2 });
  });

  it("without Utilities (outside Apps Script) the dates are read with Intl", () => {
    const { fn, cost } = fresh(false);
    expect(fn("RETRAINING_DEADLINE")(almaty("15.08.2024"))).toBe(toSerialOf("15.02.2025"));
    expect(cost()).toEqual({ activeSpreadsheet: 1, locale: 0, timeZone: 1, formatDate: 0 });
  });

  it("trusts Utilities.formatDate's zone data over V8's (Almaty: UTC+6 until 1.03.2024, then UTC+5)", () => {
    // A Sheets server still on UTC+6 hands 15.08.2024 over as its midnight there, 14.08 18:00 UTC:
    // the day Sheets shows is the day Utilities.formatDate reads, whatever V8's ICU says.
    const spreadsheet = fakeSpreadsheet({ Sheet1: [[""]] }, { timeZone: TIME_ZONE, locale: "ru_RU" });
    const gas = appsScript(spreadsheet, { utilities: { zoneData: { [TIME_ZONE]: "Etc/GMT-6" } } });
    const date = dateInZone("Etc/GMT-6", 2024, 8, 15);
    expect(gas.context["RETRAINING_DEADLINE"]?.(date)).toBe(toSerialOf("15.02.2025"));
    expect(gas.asked.formatDate).toHaveLength(1);
  });
});

function toSerialOf(ddmmyyyy: string): number {
  const [d, m, y] = ddmmyyyy.split(".").map(Number) as [number, number, number];
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/** A cell as Sheets' getValues gives it: "" for empty, Dates for dates, an error as its text. */
function asSheets(value: ExcelJS.CellValue): unknown {
  if (value instanceof Date) {
    return dateInZone(TIME_ZONE, value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
  }
  if (value === null || value === undefined) return "";
  if (typeof value === "object" && "error" in value) return value.error;
  if (typeof value === "object" && "result" in value) return asSheets(value.result as ExcelJS.CellValue);
  return value;
}

/** A sample workbook's values as Sheets' getValues gives them: "" for empty, Dates for dates. */
async function sampleAsSheets(file = "assets/sample-staff.xlsx"): Promise<Record<string, unknown[][]>> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(join(ROOT, file));
  const sheets: Record<string, unknown[][]> = {};
  book.eachSheet((sheet) => {
    const rows: unknown[][] = [];
    for (let r = 1; r <= sheet.rowCount; r++) {
      const row: unknown[] = [];
      for (let c = 1; c <= sheet.columnCount; c++) {
        row.push(asSheets(sheet.getCell(r, c).value));
      }
      rows.push(row);
    }
    sheets[sheet.name] = rows;
  });
  return sheets;
}

/** `kadr report --json` over the sample staff workbook, in Russian, on 25.11.2026. */
async function cliSummary(): Promise<Record<string, unknown>> {
  let out = "";
  const io: Io = { out: (t) => void (out += t), err: () => undefined, env: { KADR_TODAY: "2026-11-25" }, tty: false };
  const code = await main(
    [
      "report",
      join(ROOT, "assets/sample-staff.xlsx"),
      "--lang",
      "ru",
      "--json",
      "--out",
      join(mkdtempSync(join(tmpdir(), "kadr-gas-")), "cli.xlsx"),
    ],
    io,
  );
  expect(code).toBe(0);
  return JSON.parse(out) as Record<string, unknown>;
}

describe("dist/gas/Code.js: the Kadr menu and the annual report", () => {
  let spreadsheet: FakeSpreadsheet;
  let gas: ReturnType<typeof appsScript>;
  let cli: Record<string, unknown>;

  beforeAll(async () => {
    spreadsheet = fakeSpreadsheet(await sampleAsSheets(), { timeZone: TIME_ZONE, locale: "ru_RU" });
    // As in Apps Script: the adapter reads the date cells with Utilities.formatDate.
    gas = appsScript(spreadsheet, { utilities: true });
    cli = await cliSummary();
  });

  it("onOpen adds the Kadr menu with its two items, in the spreadsheet's language", () => {
    gas.context["onOpen"]?.({});
    expect(gas.ui.menus).toEqual([
      {
        caption: "Kadr",
        items: [
          ["Составить годовой отчёт", "kadrBuildAnnualReport"],
          ["Открыть панель Kadr", "kadrOpenPanel"],
        ],
      },
    ]);
  });

  it("Build annual report: a new sheet whose figures are the CLI's, said in a toast", () => {
    const result = gas.context["kadrBuildAnnualReport"]?.() as { ok: boolean; sheet: string; summary: unknown };
    expect(result.ok).toBe(true);
    expect(result.sheet).toBe("Отчёт 2025");
    expect(spreadsheet.sheetNames()).toEqual(["Сотрудники", "Оқыту журналы", "Отчёт 2025"]);
    expect(spreadsheet.activeSheetName()).toBe("Отчёт 2025");
    expect(spreadsheet.toasts).toEqual(["Добавлен лист «Отчёт 2025»."]);
    // The same engine over the same values: the summary is the CLI's, figure for figure.
    expect(JSON.parse(JSON.stringify(result.summary))).toEqual(cli);
  });

  it("reads the date cells (and today) with Utilities.formatDate in the spreadsheet's zone", () => {
    expect(gas.asked.formatDate.length).toBeGreaterThan(1);
    expect(gas.asked.formatDate.every((call) => call.timeZone === TIME_ZONE)).toBe(true);
  });

  it("without Utilities (outside Apps Script) reads them with Intl, to the same figures", async () => {
    const plain = appsScript(fakeSpreadsheet(await sampleAsSheets(), { timeZone: TIME_ZONE, locale: "ru_RU" }));
    const result = plain.context["kadrBuildAnnualReport"]?.() as { ok: boolean; summary: unknown };
    expect(result.ok).toBe(true);
    expect(plain.asked.formatDate).toEqual([]);
    expect(JSON.parse(JSON.stringify(result.summary))).toEqual(cli);
  });

  it("a second build never overwrites: it adds «Отчёт 2025 (2)»", () => {
    const again = gas.context["kadrBuildAnnualReport"]?.() as { sheet: string };
    expect(again.sheet).toBe("Отчёт 2025 (2)");
  });

  it("Open Kadr panel: a sidebar with the options and no outside resource", () => {
    gas.context["kadrOpenPanel"]?.();
    const [sidebar] = gas.ui.sidebars;
    expect(sidebar?.title).toBe("Kadr Rules");
    expect(sidebar?.html).toContain('value="2025"');
    expect(sidebar?.html).toContain("kadrBuildReportFromPanel");
    expect(sidebar?.html).not.toMatch(/https?:\/\//u);
  });

  it("the sidebar's call builds for the chosen year, and remembers the organisation", () => {
    const result = gas.context["kadrBuildReportFromPanel"]?.({
      year: 2024,
      organisation: "ДП области",
      lang: "kk",
    }) as {
      ok: boolean;
      sheet: string;
    };
    expect(result).toMatchObject({ ok: true, sheet: "Есеп 2024" });
    expect(gas.properties.get("kadr.organisation")).toBe("ДП области");
  });

  it("the sidebar's call refuses a year that is not one, naming it, and adds no sheet", () => {
    const sheets = spreadsheet.sheetNames();
    const refused = (options: Record<string, unknown>) =>
      gas.context["kadrBuildReportFromPanel"]?.({ organisation: "Другая", ...options }) as Record<string, unknown>;
    expect(refused({ year: NaN, lang: "ru" })).toEqual({
      ok: false,
      message: "«NaN» — не год: укажите год от 1901 до 9998.",
      sheet: null,
      summary: null,
    });
    expect(refused({ year: 0, lang: "en" })).toMatchObject({ ok: false, message: /^«0» is not a year/u, sheet: null });
    expect(refused({ year: "" })).toMatchObject({ ok: false, message: /^«» — не год/u, sheet: null });
    expect(refused({ year: 2024.5, lang: "kk" })).toMatchObject({ ok: false, message: /^«2024\.5» — жыл емес/u });
    expect(refused({ year: 9999 })).toMatchObject({ ok: false, message: /«9999»/u });
    expect(refused({ year: null })).toMatchObject({ ok: false, message: /«null»/u });
    expect(refused({ year: "2024abc" })).toMatchObject({ ok: false, message: /«2024abc»/u });
    expect(spreadsheet.sheetNames()).toEqual(sheets);
    // Nothing remembered from a refused call either.
    expect(gas.properties.get("kadr.organisation")).toBe("ДП области");
  });

  it("refuses a report language that is not kk, ru or en, in the spreadsheet's language", () => {
    const sheets = spreadsheet.sheetNames();
    const result = gas.context["kadrBuildReportFromPanel"]?.({ year: 2024, lang: "de" }) as Record<string, unknown>;
    expect(result).toEqual({
      ok: false,
      message: "«de» — не язык отчёта: выберите kk, ru или en.",
      sheet: null,
      summary: null,
    });
    expect(gas.context["kadrBuildReportFromPanel"]?.({ year: 2024, lang: "" })).toMatchObject({ ok: false });
    expect(spreadsheet.sheetNames()).toEqual(sheets);
  });

  it("takes the year as digits too (a caller other than the sidebar)", () => {
    const result = gas.context["kadrBuildReportFromPanel"]?.({ year: " 2023 ", lang: "ru" }) as Record<string, unknown>;
    expect(result).toMatchObject({ ok: true, sheet: "Отчёт 2023" });
  });
});

/** The part of jsdom these tests use (the package has no types of its own here). */
interface Dom {
  readonly window: { readonly document: Document };
}
type DomOptions = { runScripts?: "dangerously"; beforeParse?: (window: Record<string, unknown>) => void };
const { JSDOM } = createRequire(import.meta.url)("jsdom") as { JSDOM: new (html: string, options?: DomOptions) => Dom };

/**
 * `google.script.run` as the sidebar sees it, calling Code.js's globals: arguments and results
 * cross as copies (as Apps Script serialises them), the handlers are called with the result or
 * the error. Synchronous here; Apps Script's is not, which the sidebar does not rely on.
 */
function scriptRun(gas: ReturnType<typeof appsScript>) {
  const copy = (value: unknown): unknown => (value === undefined ? null : JSON.parse(JSON.stringify(value)));
  type Handler = (value: unknown) => void;
  const runner = (success: Handler | null, failure: Handler | null): unknown =>
    new Proxy(
      {},
      {
        get(_, name: string) {
          if (name === "withSuccessHandler") return (fn: Handler) => runner(fn, failure);
          if (name === "withFailureHandler") return (fn: Handler) => runner(success, fn);
          return (...args: unknown[]) => {
            const fn = gas.context[name];
            if (typeof fn !== "function") throw new Error(`google.script.run: no global ${name}`);
            let result: unknown;
            try {
              result = fn(...args.map(copy));
            } catch (error) {
              failure?.({ message: error instanceof Error ? error.message : String(error) });
              return;
            }
            success?.(copy(result));
          };
        },
      },
    );
  return runner(null, null);
}

/** The sidebar's page with its script running, over Code.js. */
function sidebarPage(gas: ReturnType<typeof appsScript>): Document {
  gas.context["kadrOpenPanel"]?.();
  const html = gas.ui.sidebars[gas.ui.sidebars.length - 1]?.html ?? "";
  const dom = new JSDOM(html, {
    runScripts: "dangerously",
    beforeParse: (window) => void (window["google"] = { script: { run: scriptRun(gas) } }),
  });
  return dom.window.document;
}

/** The last sidebar's page as markup only (no script run). */
function lastSidebar(gas: ReturnType<typeof appsScript>): Document {
  return new JSDOM(gas.ui.sidebars[gas.ui.sidebars.length - 1]?.html ?? "").window.document;
}

const selectOf = (doc: Document, sheet: string, field: string) => {
  const found = Array.from(doc.querySelectorAll<HTMLSelectElement>("#columns select")).find(
    (select) => select.dataset["sheet"] === sheet && select.dataset["field"] === field,
  );
  if (!found) throw new Error(`no picker for ${sheet}.${field}`);
  return found;
};
const labelOf = (doc: Document, select: HTMLSelectElement) =>
  doc.querySelector<HTMLLabelElement>(`label[for="${select.id}"]`);

const REGISTER = "Сотрудники";
const LOG = "Оқыту журналы";
/** Column G of the sample register, «Впервые поступивший» (first entry), renamed in these tests. */
const FIRST_ENTRY_COL = 6;

describe("dist/gas/Code.js: the sidebar's columns and the saved mapping", () => {
  let cli: Record<string, unknown>;
  /** The sample with the register's first-entry header (G4) renamed to «Ф-1», which no field names. */
  let renamed: Record<string, unknown[][]>;

  beforeAll(async () => {
    cli = await cliSummary();
    renamed = await sampleAsSheets();
    const header = renamed[REGISTER]?.[3];
    expect(header?.[FIRST_ENTRY_COL]).toMatch(/Впервые/u);
    header![FIRST_ENTRY_COL] = "Ф-1";
  });

  const fresh = () => {
    const spreadsheet = fakeSpreadsheet(structuredClone(renamed), { timeZone: TIME_ZONE, locale: "ru_RU" });
    return { spreadsheet, gas: appsScript(spreadsheet, { utilities: true }) };
  };

  it("lists each recognised sheet's fields with a picker of its header cells, the missing marked, the unused listed", () => {
    const { gas } = fresh();
    gas.context["kadrOpenPanel"]?.();
    const html = gas.ui.sidebars[0]?.html ?? "";
    expect(html).not.toMatch(/https?:\/\/|<script[^>]+src|<link/u);
    const doc = lastSidebar(gas);
    const sheets = Array.from(doc.querySelectorAll<HTMLFieldSetElement>("#columns fieldset"));
    expect(sheets.map((set) => [set.dataset["sheet"], set.dataset["kind"]])).toEqual([
      [REGISTER, "register"],
      [LOG, "log"],
    ]);
    expect(sheets[0]?.querySelector("legend")?.textContent).toBe(
      `${REGISTER}: список сотрудников, заголовок в строке 4`,
    );
    // Every register field has a picker, in the reader's order.
    expect(Array.from(sheets[0]!.querySelectorAll("select")).map((s) => s.dataset["field"])).toEqual([
      ...FIELDS_OF.register,
    ]);
    expect(Array.from(sheets[1]!.querySelectorAll("select")).map((s) => s.dataset["field"])).toEqual([
      ...FIELDS_OF.log,
    ]);

    // Found: preselected at its column; the choices are "—" and each header cell by letter and text.
    const fullName = selectOf(doc, REGISTER, "fullName");
    expect(fullName.value).toBe("1");
    expect(fullName.selectedOptions[0]?.textContent).toBe("B: Ф.И.О.");
    expect(
      Array.from(fullName.options)
        .slice(0, 3)
        .map((o) => o.textContent),
    ).toEqual(["—", "A: №", "B: Ф.И.О."]);
    expect(labelOf(doc, fullName)?.textContent).toBe("ФИО");

    // Not found: "—" selected and marked; its column is offered under its own header.
    const firstEntry = selectOf(doc, REGISTER, "firstEntry");
    expect(firstEntry.value).toBe("-1");
    expect(labelOf(doc, firstEntry)?.className).toBe("missing");
    expect(labelOf(doc, firstEntry)?.textContent).toMatch(/\(не найден\)$/u);
    expect(firstEntry.options[FIRST_ENTRY_COL + 1]?.textContent).toBe("G: Ф-1");
    expect(sheets[0]?.querySelector("p.missing")?.getAttribute("data-missing")?.split(" ")).toContain("firstEntry");
    expect(sheets[0]?.querySelector("p.missing")?.textContent).toMatch(/^Не найдены: .*Впервые/u);

    // The headers no field took, by cell.
    expect(sheets[0]?.querySelector("p.unused")?.textContent).toBe("Не использованы заголовки: A4 «№», G4 «Ф-1»");
    expect(sheets[1]?.querySelector("p.unused")).toBeNull();
    expect(doc.getElementById("saveColumns")?.textContent).toBe("Сохранить столбцы");
  });

  it("escapes the spreadsheet's text in the sidebar", () => {
    const sheets = structuredClone(renamed);
    sheets[REGISTER]![3]![0] = '<img src=x onerror="alert(1)">';
    const gas = appsScript(fakeSpreadsheet(sheets, { timeZone: TIME_ZONE, locale: "ru_RU" }));
    gas.context["kadrOpenPanel"]?.();
    const html = gas.ui.sidebars[0]?.html ?? "";
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    expect(lastSidebar(gas).querySelector("p.unused")?.textContent).toContain('A4 «<img src=x onerror="alert(1)">»');
  });

  it("shows an attestation list once, as the attestation list, with its fields", async () => {
    const gas = appsScript(
      fakeSpreadsheet(await sampleAsSheets("assets/sample-attestation.xlsx"), { timeZone: TIME_ZONE, locale: "en_US" }),
    );
    gas.context["kadrOpenPanel"]?.();
    const doc = lastSidebar(gas);
    const sheets = Array.from(doc.querySelectorAll<HTMLFieldSetElement>("#columns fieldset"));
    expect(sheets.map((set) => [set.dataset["sheet"], set.dataset["kind"]])).toEqual([["Аттестация", "attestation"]]);
    expect(sheets[0]?.querySelector("legend")?.textContent).toMatch(
      /^Аттестация: attestation list, header in row \d+$/u,
    );
    expect(Array.from(sheets[0]!.querySelectorAll("select")).map((s) => s.dataset["field"])).toEqual(
      Object.keys(ATTESTATION_TERMS.fields),
    );
    expect(selectOf(doc, "Аттестация", "meetingDate").selectedOptions[0]?.textContent).toMatch(
      /^[A-Z]+: Дата заседания$/u,
    );
  });

  it("a register whose first-entry header is not recognised: the report says what it did not check", () => {
    const { spreadsheet, gas } = fresh();
    const result = gas.context["kadrBuildAnnualReport"]?.() as { ok: boolean; sheet: string; summary: Summary };
    expect(result.ok).toBe(true);
    expect(result.summary.notChecked).toEqual([
      expect.objectContaining({ check: "retrainingFirstEntry", missing: ["firstEntry"], sheet: REGISTER }),
    ]);
    // A count that stands on the column is "not checked", never 0 or a guess.
    expect(result.summary.overdue.retraining).toBeNull();
    expect(result.summary.dueSoon).toBeNull();
    expect(spreadsheet.toasts).toEqual([
      "Добавлен лист «Отчёт 2025». Не проверено проверок: 1 (нет нужного столбца) — они перечислены в начале отчёта.",
    ]);
    // …and the report does list it at its top, before the totals.
    const column = spreadsheet.sheet(result.sheet).values.map((row) => String(row[0] ?? ""));
    const heading = column.indexOf("Не проверено: в списке нет столбцов, нужных для этих проверок");
    expect(heading).toBeGreaterThan(0);
    expect(heading).toBeLessThan(column.findIndex((text) => text.startsWith("Итоги") || text.startsWith("Обучение")));
    expect(column[heading + 1]).toMatch(/Впервые/u);

    // In the report's language when the sidebar asks for another.
    const en = gas.context["kadrBuildReportFromPanel"]?.({ year: 2025, lang: "en" }) as { message: string };
    expect(en.message).toMatch(
      / Checks not run: 1 \(a column they need is missing\) — the report lists them at its top\.$/u,
    );
    const kk = gas.context["kadrBuildReportFromPanel"]?.({ year: 2025, lang: "kk" }) as { message: string };
    expect(kk.message).toMatch(/ Тексерілмеген тексерулер: 1 .*есептің басында/u);
  });

  it("Save columns (in the sidebar): the changed picker is stored, and the next report checks it", () => {
    const { spreadsheet, gas } = fresh();
    const doc = sidebarPage(gas);
    const firstEntry = selectOf(doc, REGISTER, "firstEntry");
    firstEntry.value = String(FIRST_ENTRY_COL);
    doc.getElementById("saveColumns")?.click();
    expect(doc.getElementById("columnsStatus")?.textContent).toBe(
      "Столбцы сохранены (изменено: 1): следующий отчёт прочтёт их так.",
    );
    // Only what the officer changed: the other fields are still recognised by their headers.
    expect(JSON.parse(gas.properties.get("kadr.mapping") ?? "null")).toEqual({ [REGISTER]: { firstEntry: 6 } });
    // The part is redrawn with the saved choice, marked as chosen by hand, and G4 no longer unused.
    const redrawn = selectOf(doc, REGISTER, "firstEntry");
    expect(redrawn.value).toBe("6");
    expect(labelOf(doc, redrawn)?.textContent).toMatch(/\(выбран вручную\)$/u);
    expect(doc.querySelector('fieldset[data-sheet="Сотрудники"] p.unused')?.textContent).toBe(
      "Не использованы заголовки: A4 «№»",
    );

    const result = gas.context["kadrBuildAnnualReport"]?.() as { ok: boolean; message: string; summary: Summary };
    expect(result.summary.notChecked.filter((entry) => entry.missing.includes("firstEntry"))).toEqual([]);
    expect(result.summary.notChecked).toEqual([]);
    expect(typeof result.summary.overdue.retraining).toBe("number");
    expect(typeof result.summary.dueSoon).toBe("number");
    expect(result.message).toBe("Добавлен лист «Отчёт 2025».");
    // The column read by hand gives exactly the figures of the original sample.
    expect(JSON.parse(JSON.stringify(result.summary))).toEqual(cli);
    expect(spreadsheet.toasts).toEqual(["Добавлен лист «Отчёт 2025»."]);

    // A second save lays its change over the first; an unchanged sidebar saves nothing.
    const again = sidebarPage(gas);
    expect(selectOf(again, REGISTER, "firstEntry").value).toBe("6");
    selectOf(again, LOG, "hours").value = "-1";
    again.getElementById("saveColumns")?.click();
    expect(JSON.parse(gas.properties.get("kadr.mapping") ?? "null")).toEqual({
      [REGISTER]: { firstEntry: 6 },
      [LOG]: { hours: -1 },
    });
    // "None" chosen by hand is shown as the officer's choice, not as a header not found.
    const hours = selectOf(again, LOG, "hours");
    expect(hours.value).toBe("-1");
    expect(labelOf(again, hours)?.textContent).toMatch(/\(выбран вручную\)$/u);
    // A picker left as detected is not marked as chosen by hand.
    expect(labelOf(again, selectOf(again, LOG, "form"))?.textContent).not.toMatch(/\(выбран вручную\)$/u);
    const unchanged = sidebarPage(gas);
    unchanged.getElementById("saveColumns")?.click();
    expect(unchanged.getElementById("columnsStatus")?.textContent).toBe(
      "Ни один столбец не изменён: ничего не сохранено.",
    );

    // Detect again: forgotten, and the report is back to not checking the first entry.
    unchanged.getElementById("forgetColumns")?.click();
    expect(gas.properties.get("kadr.mapping")).toBe("{}");
    expect(selectOf(unchanged, REGISTER, "firstEntry").value).toBe("-1");
    const forgotten = gas.context["kadrBuildAnnualReport"]?.() as { summary: Summary };
    expect(forgotten.summary.notChecked.map((entry) => entry.check)).toEqual(["retrainingFirstEntry"]);
  });

  it("refuses a bad mapping, naming the bad value, and stores nothing", () => {
    const { gas } = fresh();
    const save = (mapping: unknown) =>
      gas.context["kadrSaveColumnsFromPanel"]?.(mapping) as { ok: boolean; message: string; columns: unknown };
    const refusals: [unknown, string][] = [
      [{ Лист9: { firstEntry: 6 } }, "«Лист9» — не лист этой таблицы: ничего не сохранено."],
      [{ [REGISTER]: { firstEntri: 6 } }, "лист «Сотрудники»: «firstEntri» — не поле: ничего не сохранено."],
      [{ [REGISTER]: { firstEntry: 2.5 } }, "«2.5» — не столбец"],
      [{ [REGISTER]: { firstEntry: -2 } }, "«-2» — не столбец"],
      [{ [REGISTER]: { firstEntry: "G" } }, "«G» — не столбец"],
      [{ [REGISTER]: { firstEntry: null } }, "«null» — не столбец"],
      [{ [REGISTER]: { firstEntry: 26 } }, "«26» — не столбец (0 — столбец A … 25 — Z; -1 — нет)"],
      [{ [REGISTER]: [6] }, "лист «Сотрудники»: «[6]» — не поля и столбцы"],
      [[{ firstEntry: 6 }], '«[{"firstEntry":6}]» — не сопоставление столбцов'],
      [null, "«null» — не сопоставление столбцов"],
      // One bad value spoils the lot: the good choice beside it is not stored either.
      [{ [REGISTER]: { firstEntry: 6, fullName: "B" } }, "поле fullName: «B» — не столбец"],
      [{ [LOG]: { hours: 5 }, Лист9: {} }, "«Лист9» — не лист"],
    ];
    for (const [mapping, message] of refusals) {
      const result = save(mapping);
      expect(result, JSON.stringify(mapping)).toMatchObject({ ok: false, columns: null });
      expect(result.message).toContain(message);
      expect(result.message).toMatch(/: ничего не сохранено\.$/u);
      expect(gas.properties.has("kadr.mapping")).toBe(false);
    }
    // A mapping already saved is kept as it was.
    expect(save({ [REGISTER]: { firstEntry: 6 } }).ok).toBe(true);
    const saved = gas.properties.get("kadr.mapping");
    for (const [mapping] of refusals) save(mapping);
    expect(gas.properties.get("kadr.mapping")).toBe(saved);
  });

  it("a stored mapping that is not valid JSON, or not a mapping, is ignored with a note, never a crash", () => {
    const { spreadsheet, gas } = fresh();
    gas.properties.set("kadr.mapping", "{Сотрудники: {firstEntry: 6}");
    const result = gas.context["kadrBuildAnnualReport"]?.() as { ok: boolean; message: string; summary: Summary };
    expect(result.ok).toBe(true);
    expect(result.summary.notChecked.map((entry) => entry.check)).toEqual(["retrainingFirstEntry"]);
    expect(result.message).toBe(
      "Добавлен лист «Отчёт 2025». Не проверено проверок: 1 (нет нужного столбца) — они перечислены в начале отчёта. " +
        "Сохранённое сопоставление столбцов — не JSON, оно не учтено: столбцы определены по заголовкам.",
    );
    expect(spreadsheet.toasts).toEqual([result.message]);
    // The sidebar opens all the same, saying so; a save replaces the bad value.
    const doc = sidebarPage(gas);
    expect(doc.getElementById("columnsNote")?.textContent).toMatch(/не JSON/u);
    selectOf(doc, REGISTER, "firstEntry").value = "6";
    doc.getElementById("saveColumns")?.click();
    expect(JSON.parse(gas.properties.get("kadr.mapping") ?? "null")).toEqual({ [REGISTER]: { firstEntry: 6 } });
    expect(doc.getElementById("columnsNote")).toBeNull();

    gas.properties.set("kadr.mapping", JSON.stringify({ [REGISTER]: { firstEntry: "G" } }));
    const ignored = gas.context["kadrBuildReportFromPanel"]?.({ year: 2025, lang: "en" }) as {
      message: string;
      summary: Summary;
    };
    expect(ignored.summary.notChecked.map((entry) => entry.check)).toEqual(["retrainingFirstEntry"]);
    expect(ignored.message).toMatch(
      /The saved column mapping was ignored \(sheet «Сотрудники», field firstEntry: «G» is not a column .*\): the columns were recognised by their headers\.$/u,
    );
  });
});

interface Summary {
  readonly notChecked: readonly {
    readonly check: string;
    readonly missing: readonly string[];
    readonly sheet: string;
  }[];
  readonly overdue: { readonly retraining: number | null; readonly advancedTraining: number | null };
  readonly dueSoon: number | null;
}

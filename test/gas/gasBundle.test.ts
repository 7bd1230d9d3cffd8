/**
 * dist/gas/Code.js, as `npm run build` writes it for `clasp push`, loaded in a Node vm context with
 * fakes of exactly the Apps Script services it calls (SpreadsheetApp over test/support's fake
 * spreadsheet, HtmlService, PropertiesService). The shared table of function cases runs against
 * its global functions with the arguments shaped as Sheets passes them (Date objects for date
 * cells, undefined for omitted arguments) and must give the Excel answers; the menu's report over
 * the sample workbook must give the CLI's totals.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { main, type Io } from "../../src/cli/main";
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

/** The sample staff workbook's values as Sheets' getValues gives them: "" for empty, Dates for dates. */
async function sampleAsSheets(): Promise<Record<string, unknown[][]>> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(join(ROOT, "assets/sample-staff.xlsx"));
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

describe("dist/gas/Code.js: the Kadr menu and the annual report", () => {
  let spreadsheet: FakeSpreadsheet;
  let gas: ReturnType<typeof appsScript>;
  let cli: Record<string, unknown>;

  beforeAll(async () => {
    spreadsheet = fakeSpreadsheet(await sampleAsSheets(), { timeZone: TIME_ZONE, locale: "ru_RU" });
    // As in Apps Script: the adapter reads the date cells with Utilities.formatDate.
    gas = appsScript(spreadsheet, { utilities: true });
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
    cli = JSON.parse(out) as Record<string, unknown>;
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

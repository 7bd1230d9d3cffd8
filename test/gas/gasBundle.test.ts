/**
 * dist/gas/Code.js, as `npm run build` writes it for `clasp push`, loaded in a Node vm context with
 * fakes of exactly the Apps Script services it calls (SpreadsheetApp over test/support's fake
 * spreadsheet, HtmlService, PropertiesService). The shared table of function cases runs against
 * its global functions with the arguments shaped as Sheets passes them (Date objects for date
 * cells, undefined for omitted arguments) and must give the Excel answers; the menu's report over
 * the sample workbook must give the CLI's totals.
 */
import { readFileSync } from "node:fs";
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

/** A vm context with the Apps Script services over `spreadsheet`, and Code.js loaded into it. */
function appsScript(spreadsheet: FakeSpreadsheet) {
  const ui: Ui = { menus: [], sidebars: [] };
  const properties = new Map<string, string>();
  const context: Record<string, unknown> = {
    // The test realm's Date: frozen at 25.11.2026 by the test setup, so "today" is fixed in Code.js too.
    Date,
    SpreadsheetApp: {
      getActiveSpreadsheet: () => spreadsheet,
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
  runInNewContext(CODE, context, { filename: "Code.js" });
  return { context: context as Record<string, (...args: unknown[]) => unknown>, ui, properties };
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

  // The same table as Excel's, with Sheets' shapes; errors are plain Errors with Excel's message.
  runCases(FUNCTION_CASES, (id) => context[id], { errorCode: null, args: sheetsArgs });

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
    gas = appsScript(spreadsheet);
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
        join(__dirname, "../../test-output/gas-cli.xlsx"),
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
});

/** The preview host: query parameters, what it records for the browser tests, the JSON check. */
import { describe, expect, it } from "vitest";
import { memoryHost, previewOptions } from "../../src/preview/memoryHost";
import { parsePreviewWorkbook, type PreviewWorkbook } from "../../src/preview/sampleWorkbook";
import { serialFromParts } from "../../src/rules";

const DATA: PreviewWorkbook = {
  source: "test",
  dateSystem: 1900,
  sheets: [
    { name: "Сотрудники", rows: [["ФИО"], ["Иванова Мария"]] },
    { name: "2024", rows: [["x"]] },
  ],
};

describe("preview host", () => {
  it("takes today from ?today=, else the real date, and Office's language from ?lang=, else Russian", () => {
    expect(previewOptions("?today=2026-01-15").today()).toBe(serialFromParts(2026, 1, 15));
    expect(previewOptions("", () => new Date(2025, 11, 31, 23, 59)).today()).toBe(serialFromParts(2025, 12, 31));
    expect(previewOptions("").officeLanguage).toBe("ru");
    expect(previewOptions("?lang=kk").officeLanguage).toBe("kk");
  });

  it("refuses a malformed ?today or ?lang rather than guessing", () => {
    expect(() => previewOptions("?today=2026-02-30")).toThrow(/not a date/u);
    expect(() => previewOptions("?today=15.01.2026")).toThrow(/YYYY-MM-DD/u);
    expect(() => previewOptions("?lang=de")).toThrow(/kk, ru, en/u);
  });

  it("reads the sheets in workbook order and records selections, activations, settings and added sheets", async () => {
    const host = memoryHost(DATA, "?today=2026-01-15");
    const read = await host.workbook.read();
    expect(read.sheets.map((sheet) => sheet.name)).toEqual(["Сотрудники", "2024"]);
    expect(host.active()).toBe("Сотрудники");
    await host.selectRow("2024", 0);
    expect(host.selected()).toEqual({ sheet: "2024", row: 0 });
    expect(host.active()).toBe("2024");
    await expect(host.workbook.activate("Нет такого")).rejects.toMatchObject({ code: "ItemNotFound" });
    await host.settings.set("kadr.lang", "en");
    expect(host.settings.get("kadr.lang")).toBe("en");
    expect(host.settings.get("missing")).toBeNull();
    const layout = { name: "Отчёт", cells: [], tables: [], merges: [], columnWidths: [], frozenRows: 0, chart: null };
    await host.workbook.addSheet({ ...layout, page: { orientation: "portrait", paper: "A4", fitToWidth: true } });
    expect(host.added().map((sheet) => sheet.name)).toEqual(["Отчёт"]);
    await host.workbook.activate("Отчёт");
    expect(host.active()).toBe("Отчёт");
  });

  it("checks the fetched JSON", () => {
    expect(parsePreviewWorkbook(JSON.parse(JSON.stringify(DATA)))).toEqual(DATA);
    expect(() => parsePreviewWorkbook({ sheets: [] })).toThrow(/npm run build/u);
    expect(() => parsePreviewWorkbook({ dateSystem: 1900, sheets: [{ name: "A", rows: [[{}]] }] })).toThrow();
    expect(() => parsePreviewWorkbook(null)).toThrow();
  });
});

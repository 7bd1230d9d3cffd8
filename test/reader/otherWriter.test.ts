/**
 * A workbook this project did not write: the minimal package a script or converter writes — inline
 * strings instead of a shared-strings table, no styles part, dates as text, a formula with no
 * cached value, a Kazakh header in another spelling — read end to end (package → grids → reader).
 */
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { readWorkbookBuffer } from "../../src/adapters/exceljs/readXlsx";
import { problemMessage } from "../../src/reader/model";
import { readStaff } from "../../src/reader/readStaff";

const esc = (text: string) => text.replace(/&/gu, "&amp;").replace(/</gu, "&lt;");
const col = (i: number) => String.fromCharCode(65 + i);

/** One sheet of inline-string and number cells; `=F` makes a formula with no cached value. */
async function scriptWritten(rows: readonly (readonly (string | number | null)[])[]): Promise<Buffer> {
  const cell = (value: string | number | null, ref: string) => {
    if (value === null) return "";
    if (typeof value === "number") return `<c r="${ref}"><v>${value}</v></c>`;
    if (value.startsWith("=")) return `<c r="${ref}"><f>${esc(value.slice(1))}</f></c>`;
    return `<c r="${ref}" t="inlineStr"><is><t>${esc(value)}</t></is></c>`;
  };
  const sheetRows = rows
    .map((row, r) => `<row r="${r + 1}">${row.map((v, c) => cell(v, `${col(c)}${r + 1}`)).join("")}</row>`)
    .join("");
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.file(
    "xl/workbook.xml",
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Тізім" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
  );
  zip.file(
    "xl/worksheets/sheet1.xml",
    `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetRows}</sheetData></worksheet>`,
  );
  return zip.generateAsync({ type: "nodebuffer" });
}

describe("a workbook written by a script, not by this project", () => {
  it("reads its Kazakh headers, names the formula with no value, and checks what it can", async () => {
    const buffer = await scriptWritten([
      ["Қызметшілер тізімі"],
      [
        "Р/с",
        "Тегі, аты, әкесінің аты",
        "Лауазымдық санаты",
        "Лауазымға тағайындалған күні",
        "Мемлекеттік қызметке алғаш рет қабылданды (иә/жоқ)",
      ],
      [1, "Сәрсенов Ерлан", "С-О-4", "=TODAY()-300", "иә"],
      [2, "Жұмабаева Айгүл", "D-4", "12.03.2025", "жоқ"],
    ]);
    const read = await readWorkbookBuffer(buffer);
    if (!read.ok) throw new Error(read.message);
    const staff = readStaff(read.data);
    expect(staff.columns[0]?.found.map((f) => f.field)).toEqual([
      "fullName",
      "category",
      "appointmentDate",
      "firstEntry",
    ]);
    expect(staff.employees.map((e) => e.name)).toEqual(["Сәрсенов Ерлан", "Жұмабаева Айгүл"]);
    expect(staff.problems.map((p) => problemMessage(p, "en"))).toEqual([
      "Тізім!D3: the formula has no calculated value (the file was written by a program): open the file in Excel and save it",
    ]);
  });
});

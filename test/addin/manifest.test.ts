/**
 * manifest.xml beyond what the XSD can check (`npm run validate:offline` does the schema): read
 * with office-addin-manifest, and cross-references checked — every resid names a resource, one
 * shared runtime serves the task pane, the functions and the commands, the ribbon's function
 * command is the one the code registers.
 */
import { readFileSync } from "node:fs";
import { OfficeAddinManifest } from "office-addin-manifest";
import { describe, expect, it, vi } from "vitest";

const path = new URL("../../manifest.xml", import.meta.url).pathname;
const xml = readFileSync(path, "utf8");
const all = (pattern: RegExp) => [...xml.matchAll(pattern)].map((m) => m[1] as string);

describe("manifest.xml", () => {
  it("is an Excel task-pane add-in with localised name and description", async () => {
    const info = await OfficeAddinManifest.readManifestFile(path);
    expect(info.officeAppType).toBe("TaskPaneApp");
    expect(info.hosts).toEqual(["Workbook"]);
    expect(info.displayName).toBe("Kadr Rules");
    expect(info.id).toMatch(/^[0-9a-f-]{36}$/);
    for (const locale of ["ru-RU", "kk-KZ"]) {
      expect(
        all(new RegExp(`<Override Locale="${locale}" Value="([^"]+)"`, "g")).length,
        locale,
      ).toBeGreaterThanOrEqual(2);
    }
  });

  it("every resid names a resource", () => {
    const ids = new Set(all(/\sid="([^"]+)"/g));
    for (const resid of all(/resid="([^"]+)"/g)) expect(ids.has(resid), resid).toBe(true);
  });

  it("runs task pane, functions and commands in one shared runtime", () => {
    expect(xml).toMatch(/<Set Name="SharedRuntime" MinVersion="1.1"\/>/);
    const runtime = all(/<Runtime resid="([^"]+)"/g);
    expect(runtime).toEqual(["Taskpane.Url"]);
    expect(all(/<FunctionFile resid="([^"]+)"/g)).toEqual(runtime);
    expect(xml).toMatch(/<Page>\s*<SourceLocation resid="Taskpane.Url"\/>/);
    expect(xml).toMatch(/<Action xsi:type="ShowTaskpane">[\s\S]*?<SourceLocation resid="Taskpane.Url"\/>/);
  });

  it("declares the KADR namespace and points at the built functions files", () => {
    expect(xml).toMatch(/<bt:String id="Functions.Namespace" DefaultValue="KADR"\/>/);
    expect(xml).toMatch(/id="Functions.Script.Url" DefaultValue="[^"]+\/functions.js"/);
    expect(xml).toMatch(/id="Functions.Metadata.Url" DefaultValue="[^"]+\/functions.json"/);
  });

  it("wires the Build annual report button to the function command the code registers", async () => {
    const [name] = all(/<FunctionName>([^<]+)<\/FunctionName>/g);
    expect(name).toBe("buildAnnualReport");
    // Load the commands entry as Office would, and see what it registers.
    const associate = vi.fn();
    vi.stubGlobal("Office", { onReady: (start: () => void) => Promise.resolve(start()), actions: { associate } });
    try {
      await import("../../src/commands/commands");
      expect(associate.mock.calls.map((call) => call[0])).toEqual([name]);
    } finally {
      vi.unstubAllGlobals();
    }
    expect(xml).toMatch(/<OfficeTab id="TabHome">/);
  });

  it("has every icon it names in assets/", () => {
    for (const url of all(/DefaultValue="https:\/\/localhost:3000\/(assets\/[^"]+)"/g)) {
      expect(() => readFileSync(new URL(`../../${url}`, import.meta.url)), url).not.toThrow();
    }
  });
});

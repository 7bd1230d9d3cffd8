/**
 * The production manifest (issue #17 item 7): `KADR_ADDIN_URL=… npm run build` writes
 * dist/manifest.xml with that host, through the webpack config's own copy step (as the `yo office`
 * templates do); the result is still a valid manifest. Without the variable the dev URLs stay.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { OfficeAddinManifest } from "office-addin-manifest";
import { afterEach, describe, expect, it } from "vitest";

const require = createRequire(import.meta.url);
const root = new URL("../..", import.meta.url).pathname;
const xml = readFileSync(join(root, "manifest.xml"), "utf8");
const { addinBase, DEV_ORIGIN } = require("../../src/tools/manifestUrl.cjs") as {
  addinBase: (url: string) => { ok: true; base: string; origin: string } | { ok: false; message: string };
  DEV_ORIGIN: string;
};
const validator = join(root, "../shared/tools/validate-manifest");

interface CopyPattern {
  from: string;
  transform?: (content: Buffer) => string | Buffer;
}

/** manifest.xml as the webpack config's copy step writes it into dist/ for a build in `mode`. */
async function builtManifest(mode: "production" | "development", url?: string): Promise<string> {
  if (url === undefined) delete process.env["KADR_ADDIN_URL"];
  else process.env["KADR_ADDIN_URL"] = url;
  const config = (await require("../../webpack.config.js")({}, { mode })) as {
    plugins: { patterns?: CopyPattern[] }[];
  };
  const pattern = config.plugins.flatMap((p) => p.patterns ?? []).find((p) => p.from === "manifest.xml");
  if (pattern === undefined) throw new Error("the webpack config copies no manifest.xml");
  const out = pattern.transform ? pattern.transform(Buffer.from(xml, "utf8")) : xml;
  return out.toString();
}

afterEach(() => {
  delete process.env["KADR_ADDIN_URL"];
});

describe("addinBase: the URL given at build time", () => {
  it.each([
    ["https://kadr.example.kz", "https://kadr.example.kz/", "https://kadr.example.kz"],
    ["https://kadr.example.kz/addin", "https://kadr.example.kz/addin/", "https://kadr.example.kz"],
    ["https://hr.gov.kz:8443/kadr/v1/", "https://hr.gov.kz:8443/kadr/v1/", "https://hr.gov.kz:8443"],
  ])("%s → files under %s, AppDomain %s", (url, base, origin) => {
    expect(addinBase(url)).toEqual({ ok: true, base, origin });
  });

  it.each([
    ["http://kadr.example.kz/", /must use https/],
    ["kadr.example.kz", /not an absolute URL/],
    ["https://kadr.example.kz/?v=2", /query/],
    ["https://kadr.example.kz/a&b/", /path may hold only/],
  ])("refuses %s", (url, message) => {
    const result = addinBase(url);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});

describe("the webpack build's manifest", () => {
  it("production with KADR_ADDIN_URL: every URL on that host, the AppDomain its origin, still valid", async () => {
    const built = await builtManifest("production", "https://kadr.example.kz/addin");
    expect(built).not.toContain("localhost");
    const urls = [...built.matchAll(/DefaultValue="(https:[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBe([...xml.matchAll(/DefaultValue="(https:[^"]+)"/g)].length);
    for (const url of urls) expect(url).toMatch(/^https:\/\/kadr\.example\.kz\/addin\/[a-z]/);
    expect(built).toContain('<SourceLocation DefaultValue="https://kadr.example.kz/addin/taskpane.html"/>');
    expect(built).toContain("<AppDomain>https://kadr.example.kz</AppDomain>");
    // Nothing else moves: the same manifest once the host is put back.
    expect(
      built
        .split("https://kadr.example.kz/addin/")
        .join(`${DEV_ORIGIN}/`)
        .split("https://kadr.example.kz")
        .join(DEV_ORIGIN),
    ).toBe(xml);

    const dir = mkdtempSync(join(tmpdir(), "kadr-manifest-"));
    const file = join(dir, "manifest.xml");
    writeFileSync(file, built);
    const info = await OfficeAddinManifest.readManifestFile(file);
    expect(info.defaultSettings?.sourceLocation).toBe("https://kadr.example.kz/addin/taskpane.html");
    // The XSD check where the workplace's validator is (CI has it; validate:offline fails there without it).
    if (existsSync(validator)) {
      const run = spawnSync("bash", [validator, file], { encoding: "utf8" });
      expect(run.stdout).toMatch(/^VALID/m);
      expect(run.status).toBe(0);
    }
  });

  it("production without KADR_ADDIN_URL, and development: the dev server's URLs unchanged", async () => {
    expect(await builtManifest("production")).toBe(xml);
    expect(await builtManifest("development", "https://kadr.example.kz/")).toBe(xml);
  });

  it("a URL Office would not load stops the build with the reason", async () => {
    await expect(builtManifest("production", "http://kadr.example.kz/")).rejects.toThrow(/must use https/);
  });
});

describe("npm run validate:offline", () => {
  const script = join(root, "src/tools/validate-manifest.mjs");
  const run = (env: Record<string, string>) =>
    spawnSync(process.execPath, [script], {
      cwd: root,
      encoding: "utf8",
      env: { PATH: process.env["PATH"] ?? "", KADR_MANIFEST_TOOL: "/nonexistent/validate-manifest", ...env },
    });

  it("fails when CI is set and the validator is missing: CI never passes a check it did not run", () => {
    const ci = run({ CI: "true" });
    expect(ci.status).toBe(1);
    expect(ci.stderr).toMatch(/not found; CI is set/);
  });

  it("says it skipped, and passes, on a developer's machine without the validator", () => {
    const local = run({});
    expect(local.status).toBe(0);
    expect(local.stdout).toMatch(/XSD check skipped \(not CI\)/);
  });
});

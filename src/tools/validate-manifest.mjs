/**
 * `npm run validate:offline`: checks manifest.xml against Microsoft's XSDs with the workplace's
 * validator (../shared/tools/validate-manifest, needs xmllint from libxml2-utils). Where that tool
 * is not beside the checkout, says so and passes; `npm run validate` (office-addin-manifest) is the
 * online check.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
const tool = fileURLToPath(new URL("../../../shared/tools/validate-manifest", import.meta.url));

if (!existsSync(tool)) {
  console.log(`validate-manifest: ${tool} not found; XSD check skipped`);
  process.exit(0);
}
const run = spawnSync("bash", [tool, "manifest.xml"], { cwd: root, stdio: "inherit" });
process.exit(run.status ?? 1);

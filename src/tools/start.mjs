// `npm start`. Where Excel desktop can be (Windows, macOS): sideload manifest.xml and start debugging
// with office-addin-debugging, as the `yo office` templates do. Elsewhere (Linux, CI) there is no
// Excel to sideload into, so say so, build, and serve the browser preview — the real task pane over
// the bundled sample workbook — so that `npm start` still shows the product working.
// `npm start -- --preview` serves the preview on any platform.
import { spawn, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { serveStatic } from "./staticServer.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
const windows = process.platform === "win32";
// npm scripts run through a shell on Windows, where npm and the .bin shims are .cmd files.
const shell = windows;

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", shell });
  if (result.error) throw result.error;
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const wantsPreview = process.argv.includes("--preview");
if ((windows || process.platform === "darwin") && !wantsPreview) {
  const child = spawn("office-addin-debugging", ["start", "manifest.xml"], { cwd: root, stdio: "inherit", shell });
  child.on("exit", (code) => process.exit(code ?? 1));
} else {
  // The same port the manifest and dev server use, so one URL to remember.
  const port = Number(
    process.env.npm_package_config_dev_server_port ??
      JSON.parse(readFileSync(join(root, "package.json"), "utf8")).config.dev_server_port,
  );
  const url = `http://localhost:${port}/preview.html`;
  console.log(wantsPreview ? `Serving the preview on ${url}` : `No Excel desktop here: serving the preview on ${url}`);
  run("npm", ["run", "build"]);
  let server;
  try {
    server = await serveStatic(join(root, "dist"), port);
  } catch (error) {
    console.error(
      error.code === "EADDRINUSE"
        ? `Port ${port} is taken (is \`npm run dev-server\` or another \`npm start\` running?). Stop it and try again.`
        : `Cannot serve dist/: ${error.message}`,
    );
    process.exit(1);
  }
  console.log(`\nThe Kadr task pane over assets/sample-staff.xlsx (in memory): ${url}`);
  console.log(`  Kazakh or English: ${url}?lang=kk · ?lang=en   Another day: ?today=2026-01-15`);
  console.log("  Nothing is sent anywhere; the server listens on this computer only. Ctrl+C stops it.");
  const stop = () => void server.close().then(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

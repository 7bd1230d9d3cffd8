#!/usr/bin/env node
// The `kadr` bin: runs the TypeScript CLI through tsx's loader (no build step needed in the repo).
import { tsImport } from "tsx/esm/api";

// `kadr check … | head` closes the pipe early: that is not an error.
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});
const { main } = await tsImport("./main.ts", import.meta.url);
try {
  process.exitCode = await main(process.argv.slice(2), {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    env: process.env,
    tty: Boolean(process.stderr.isTTY),
  });
} catch (error) {
  process.stderr.write(`kadr: unexpected error: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
}

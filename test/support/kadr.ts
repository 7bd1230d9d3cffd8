import { main, type Io } from "../../src/cli/main";

/**
 * Runs the `kadr` command line in-process with captured output, "today" frozen (15.01.2026 unless
 * given) and no terminal: what the CLI tests assert on.
 */
export async function kadr(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  return kadrAt("2026-01-15", ...argv);
}

/** The same, with another frozen "today". */
export async function kadrAt(today: string, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: Io = {
    out: (t) => void (out += t),
    err: (t) => void (err += t),
    env: { KADR_TODAY: today },
    tty: false,
  };
  const code = await main(argv, io);
  return { code, out, err };
}

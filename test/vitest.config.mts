import { defineConfig } from "vitest/config";

/**
 * No test may depend on the machine's speed (CI shares its two cores): vitest's defaults (5 s a
 * test, 10 s a hook) are a race with the clock on a loaded machine, so every test and hook gets a
 * generous bound, and the CPU-heavy ones set their own. Speed is measured by `npm run bench`.
 */
export default defineConfig({
  test: {
    root: new URL("..", import.meta.url).pathname,
    include: ["test/**/*.test.ts", "test/**/*.test.tsx"],
    setupFiles: ["test/support/setup.ts"],
    testTimeout: 120_000,
    hookTimeout: 240_000,
    teardownTimeout: 60_000,
    // Dates are local dates: run the suite in Almaty time, where the users are.
    env: { TZ: "Asia/Almaty" },
  },
});

import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    root: new URL("..", import.meta.url).pathname,
    include: ["test/**/*.test.ts", "test/**/*.test.tsx"],
    setupFiles: ["test/support/setup.ts"],
    // Dates are local dates: run the suite in Almaty time, where the users are.
    env: { TZ: "Asia/Almaty" },
  },
});

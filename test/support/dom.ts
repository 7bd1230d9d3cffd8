import { vi } from "vitest";

/** jsdom has no ResizeObserver; Fluent UI's tabs and fields observe their size. */
export function stubResizeObserver(): void {
  vi.stubGlobal(
    "ResizeObserver",
    class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  );
}

/**
 * Bounds for the CPU-heavy tests (hundreds of thousands of rows, a 3,000-employee workbook through
 * the CLI, a sample rewritten per case). They are generous on purpose: ten times what a loaded
 * two-core machine takes, so no test races the clock. How fast these run is `npm run bench`'s
 * business, never a test's.
 */
export const HEAVY = 600_000;

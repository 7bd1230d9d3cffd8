/** A blank cell: nothing, or only spaces. Every reader of cells uses this one test. */
export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

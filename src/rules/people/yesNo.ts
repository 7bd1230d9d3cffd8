import { fail, ok, type Outcome } from "../outcome";

const YES = new Set(["иә", "ия", "да", "yes", "y", "true", "истина", "1"]);
const NO = new Set(["жоқ", "жок", "нет", "no", "n", "false", "ложь", "0"]);

/**
 * A yes/no cell: TRUE/FALSE, 1/0, иә/жоқ, да/нет, yes/no (any case, stray spaces). Blank is its
 * own error so that callers choose what blank means.
 *
 * @example
 * parseYesNo(" Иә ") //=> { ok: true, value: true }
 * parseYesNo(0)      //=> { ok: true, value: false }
 * parseYesNo("")     //=> { ok: false, error: { code: "blank" } }
 */
export function parseYesNo(value: unknown): Outcome<boolean> {
  if (typeof value === "boolean") return ok(value);
  if (value === 1 || value === 0) return ok(value === 1);
  if (value === null || value === undefined) return fail({ code: "blank" });
  if (typeof value === "string") {
    const key = value.trim().toLowerCase();
    if (key === "") return fail({ code: "blank" });
    if (YES.has(key)) return ok(true);
    if (NO.has(key)) return ok(false);
  }
  return fail({ code: "notYesNo", value });
}

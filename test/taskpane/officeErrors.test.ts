import { describe, expect, it } from "vitest";
import { officeErrorText } from "../../src/ui/officeErrors";

describe("Excel's errors in the officer's words", () => {
  it.each([
    [{ code: "AccessDenied", message: "AccessDenied" }, "ru", /^Книга или лист защищены\. Снимите защиту/u],
    [{ code: "InvalidOperationInCellEditMode" }, "kk", /^Excel ұяшықты өңдеп жатыр/u],
    [{ code: "InvalidOperationInEditMode" }, "en", /^Excel is editing a cell\. Press Enter or Esc/u],
    [{ code: "ApiNotFound" }, "en", /does not support this action\. Update Office/u],
    [{ code: "RequestPayloadSizeLimitExceeded" }, "ru", /ограничение Excel в браузере/u],
    [new Error("Something odd"), "en", /^Something odd$/u],
  ] as const)("%j in %s", (error, lang, text) => {
    expect(officeErrorText(error, lang)).toMatch(text);
  });
});

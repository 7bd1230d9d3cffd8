import { beforeEach, describe } from "vitest";
import * as catalogue from "../../src/functions/catalogue";
import { resetOfficeLanguage } from "../../src/adapters/office/language";
import { FUNCTION_CASES } from "../cases/functionCases";
import { runCases } from "../cases/runCases";

describe("KADR.* implementations (TypeScript, default language English)", () => {
  beforeEach(() => resetOfficeLanguage());
  runCases(FUNCTION_CASES, (id) => (catalogue as Record<string, (...args: unknown[]) => unknown>)[id]);
});

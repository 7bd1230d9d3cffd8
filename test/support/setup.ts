import { vi } from "vitest";
import { customFunctionsStub } from "./customFunctionsStub";

// The custom functions throw CustomFunctions.Error; give them the runtime's global.
vi.stubGlobal("CustomFunctions", customFunctionsStub());
// Nothing in the rules reads the clock, but freeze it so no test can depend on the day it runs.
vi.useFakeTimers({ now: new Date(2026, 10, 25, 12), toFake: ["Date"] });

// In jsdom: `findBy…` and `waitFor` wait for what the pane shows, not for 1 s (Testing Library's
// default, which a loaded machine overruns). Loaded only where there is a DOM.
if (typeof document !== "undefined") {
  const { configure } = await import("@testing-library/dom");
  configure({ asyncUtilTimeout: 60_000 });
}

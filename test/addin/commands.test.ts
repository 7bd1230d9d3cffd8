/**
 * The ribbon's "Build annual report" function command, through the real entry (commands.ts) with
 * Office.js mocked by office-addin-mock: Office.onReady, Office.actions.associate and
 * Office.addin.showAsTaskpane.
 */
import { OfficeMockObject } from "office-addin-mock";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { resetOfficeLanguage } from "../../src/functions/officeLanguage";
import { UI_STRINGS } from "../../src/ui/strings";

type Handler = (event: { completed: () => void }) => void;

async function officeMock(displayLanguage: string) {
  const handlers: Record<string, Handler> = {};
  const shown = vi.fn(async () => undefined);
  const office = new OfficeMockObject({
    context: { displayLanguage },
    onReady: async (callback?: () => void) => callback?.(),
    actions: { associate: (id: string, handler: Handler) => (handlers[id] = handler) },
    addin: { showAsTaskpane: shown },
  });
  // office-addin-mock serves properties once loaded, as Office.js proxies do.
  office.context.load("displayLanguage");
  await office.context.sync();
  return { office, handlers, shown };
}

function pageWithNotice() {
  const notice = { textContent: "", hidden: true };
  return { notice, document: { getElementById: (id: string) => (id === "notice" ? notice : null) } };
}

describe("Build annual report (ribbon command)", () => {
  beforeEach(() => {
    resetOfficeLanguage();
    vi.resetModules();
  });
  afterEach(() => vi.unstubAllGlobals());

  it.each([
    ["ru-RU", "ru"],
    ["kk-KZ", "kk"],
    ["en-US", "en"],
    ["de-DE", "en"],
  ] as const)(
    "in %s: says plainly the report is not available yet, opens the pane, completes the event",
    async (tag, lang) => {
      const { office, handlers, shown } = await officeMock(tag);
      const page = pageWithNotice();
      vi.stubGlobal("Office", office);
      vi.stubGlobal("document", page.document);
      await import("../../src/commands/commands");
      await Promise.resolve();

      const completed = vi.fn();
      handlers["buildAnnualReport"]?.({ completed });
      await vi.waitFor(() => expect(completed).toHaveBeenCalledOnce());

      expect(page.notice.hidden).toBe(false);
      expect(page.notice.textContent).toBe(UI_STRINGS.reportNotAvailable[lang]);
      expect(shown).toHaveBeenCalledOnce();
    },
  );

  it("completes the event even when the pane cannot be shown", async () => {
    const { office, handlers } = await officeMock("ru-RU");
    office.addin.showAsTaskpane = async () => {
      throw new Error("no pane on this platform");
    };
    const page = pageWithNotice();
    vi.stubGlobal("Office", office);
    vi.stubGlobal("document", page.document);
    await import("../../src/commands/commands");
    await Promise.resolve();
    const completed = vi.fn();
    handlers["buildAnnualReport"]?.({ completed });
    await vi.waitFor(() => expect(completed).toHaveBeenCalledOnce());
    // The failure is shown to the user, not swallowed.
    expect(page.notice.textContent).toContain("no pane on this platform");
  });
});

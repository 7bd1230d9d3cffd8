// @vitest-environment jsdom
/**
 * Settings' extra working days (issue #12 item 14), the section rendered on its own: a Saturday the
 * government made working is saved like the extra days off; a typo, or a day in both lists, is
 * named and not saved; a weekday, already working, is a warning. The section hides the field when
 * no handler is given.
 */
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { useState } from "react";
import { I18nextProvider } from "react-i18next";
import { afterEach, describe, expect, it } from "vitest";
import { formatExtraDaysOff, type Serial } from "../../src/rules";
import { createI18n } from "../../src/taskpane/i18n/i18n";
import { SettingsSection } from "../../src/taskpane/sections/SettingsSection";
import { serial } from "../cases/functionCases";
import { stubResizeObserver } from "../support/dom";

stubResizeObserver();
afterEach(cleanup);

/** The section with both lists kept as the pane keeps them; `saved` is what reached the workbook. */
function Settings({ saved, workDays = true }: { saved: Map<string, string>; workDays?: boolean }) {
  const [off, setOff] = useState<readonly Serial[]>([serial("04.12.2026")]);
  const [work, setWork] = useState<readonly Serial[]>([]);
  return (
    <SettingsSection
      lang="en"
      onLang={() => undefined}
      dueSoonDays={90}
      onDueSoonDays={() => undefined}
      extraDaysOff={off}
      onExtraDaysOff={(days) => {
        setOff(days);
        saved.set("kadr.extraDaysOff", formatExtraDaysOff(days));
      }}
      extraWorkDays={work}
      {...(workDays
        ? {
            onExtraWorkDays: (days: readonly Serial[]) => {
              setWork(days);
              saved.set("kadr.extraWorkDays", formatExtraDaysOff(days));
            },
          }
        : {})}
      version="0"
    />
  );
}

const show = (saved: Map<string, string>, workDays = true) =>
  render(
    <I18nextProvider i18n={createI18n("en")}>
      <Settings saved={saved} workDays={workDays} />
    </I18nextProvider>,
  );

function type(box: HTMLElement, text: string) {
  fireEvent.change(box, { target: { value: text } });
  fireEvent.blur(box);
}

describe("Settings: extra working days", () => {
  it("saves a working Saturday; a typo and a day also off are named and not saved", () => {
    const saved = new Map<string, string>();
    show(saved);
    const work = screen.getByRole("textbox", { name: "Extra working days" });
    type(work, "05.12.2026 31.02.2026");
    expect(screen.getByText("Not a date, not saved: 31.02.2026. Write dates as dd.mm.yyyy.")).toBeTruthy();
    expect(saved.has("kadr.extraWorkDays")).toBe(false);
    type(work, "05.12.2026, 04.12.2026");
    expect(
      screen.getByText("Both a non-working and a working day, not saved: 04.12.2026. Keep each day in one list."),
    ).toBeTruthy();
    expect(saved.has("kadr.extraWorkDays")).toBe(false);
    type(work, "2026-12-05");
    expect(saved.get("kadr.extraWorkDays")).toBe("05.12.2026");
    expect(screen.getByText("1 extra working day saved in this workbook.")).toBeTruthy();
    expect((work as HTMLTextAreaElement).value).toBe("05.12.2026");
  });

  it("the days-off box refuses a day already saved as working, naming it", () => {
    const saved = new Map<string, string>();
    show(saved);
    type(screen.getByRole("textbox", { name: "Extra working days" }), "05.12.2026");
    type(screen.getByRole("textbox", { name: "Extra non-working days" }), "04.12.2026\n05.12.2026");
    expect(
      screen.getByText("Both a non-working and a working day, not saved: 05.12.2026. Keep each day in one list."),
    ).toBeTruthy();
    expect(saved.get("kadr.extraDaysOff")).toBeUndefined();
  });

  it("a weekday is already a working day: saved, with a warning that nothing changes", () => {
    const saved = new Map<string, string>();
    show(saved);
    type(screen.getByRole("textbox", { name: "Extra working days" }), "07.12.2026");
    expect(
      screen.getByText(
        "Already a working day, nothing changes: 07.12.2026. A day made non-working goes in the list above.",
      ),
    ).toBeTruthy();
    expect(saved.get("kadr.extraWorkDays")).toBe("07.12.2026");
  });

  it("without a handler the field is not shown (nothing it could save to)", () => {
    show(new Map(), false);
    expect(screen.getByRole("textbox", { name: "Extra non-working days" })).toBeTruthy();
    expect(screen.queryByRole("textbox", { name: "Extra working days" })).toBeNull();
  });
});

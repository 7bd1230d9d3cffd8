// @vitest-environment jsdom
/**
 * The pane leg of issue #11's removal table (test/checks/coverageCases.ts): the staff sample without
 * each column in turn, in the real task pane over an in-memory copy. The Checks banner must carry
 * every *not checked* entry the core gives, and no counter built on it may show a number.
 */
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { checkStaff } from "../../src/checks/checkStaff";
import { notCheckedMessage } from "../../src/checks/notCheckedText";
import { readStaff } from "../../src/reader/readStaff";
import { onlyStaffSheets } from "../../src/survey";
import { App } from "../../src/taskpane/App";
import { serial } from "../cases/functionCases";
import { stubResizeObserver } from "../support/dom";
import { paneHost } from "../support/paneHost";
import { data, SLOW, STAFF_CASES, staffWithout } from "../checks/coverageCases";

stubResizeObserver();
afterEach(cleanup);

describe("task pane: the removal table", () => {
  it.each(STAFF_CASES.map((c) => [c.name, c] as const))(
    "without %s: the Checks banner names every check not run",
    async (name, c) => {
      const workbook = await data(await staffWithout(c, `pane-${name}`));
      const sheets = Object.fromEntries(workbook.sheets.map((s) => [s.name, s.rows.map((row) => [...row])]));
      const expected = checkStaff(readStaff(onlyStaffSheets(workbook)), serial("15.01.2026")).coverage.notChecked;
      expect(expected.map((n) => n.check)).toEqual(c.notChecked.map((n) => n.check));
      render(<App host={paneHost(sheets).paneHost} />);
      const banner = await screen.findByRole("group", { name: "Not checked" }, { timeout: SLOW });
      // A long list is folded to fit the pane: unfold it, as an officer would.
      const more = within(banner).queryByRole("button", { name: /^Show \d+ more/u });
      if (more) fireEvent.click(more);
      for (const entry of expected) expect(within(banner).getByText(notCheckedMessage(entry, "en"))).toBeTruthy();
    },
    SLOW,
  );
});

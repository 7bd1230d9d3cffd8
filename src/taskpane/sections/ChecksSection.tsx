import { Badge, Button, Input, MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import { Fragment, useMemo, useState, type UIEvent } from "react";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { flagReason, type EmployeeCheck, type StaffCheck } from "../../checks/checkStaff";
import { COUNT_NEEDS, type CountId, type StaffCheckId } from "../../checks/coverage";
import { problemMessage } from "../../reader/model";
import { fieldLabel, formatSerial, normalizeWord, quoted, type Lang } from "../../rules";
import { onlyStaffSheets } from "../../survey/staffSheets";
import { highlightPlans } from "../../sheet/highlight";
import { describePlan, ruleColumns } from "../../sheet/ruleColumns";
import { officeErrorText } from "../../ui/officeErrors";
import type { WorkbookData } from "../../workbook/port";
import type { PaneHost } from "../host";
import { NotCheckedBar } from "./NotCheckedBar";

const ROW_HEIGHT = 76;
const VIEW_HEIGHT = 420;

const useStyles = makeStyles({
  counters: { display: "flex", flexWrap: "wrap", gap: "6px", margin: "8px 0" },
  list: {
    position: "relative",
    height: `${VIEW_HEIGHT}px`,
    overflowY: "auto",
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  item: {
    position: "absolute",
    left: 0,
    right: 0,
    height: `${ROW_HEIGHT}px`,
    boxSizing: "border-box",
    padding: "6px 4px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    overflow: "hidden",
  },
  name: { display: "block", fontWeight: tokens.fontWeightSemibold },
  reason: {
    display: "-webkit-box",
    WebkitLineClamp: "2",
    WebkitBoxOrient: "vertical",
    overflow: "hidden",
    fontSize: tokens.fontSizeBase200,
  },
});

interface Item {
  readonly key: string;
  readonly name: string;
  readonly reasons: readonly string[];
  readonly sheet: string;
  readonly row: number;
}

/**
 * The checks behind a "not checked" retraining status (see checkStaff): whether retraining is
 * required at all (the first-entry and first-leadership grounds), or, when it is, its deadline.
 */
const RETRAINING_GROUNDS: readonly StaffCheckId[] = ["retrainingFirstEntry", "retrainingFirstLeadership"];
const RETRAINING_DATES: readonly StaffCheckId[] = ["retrainingDeadline", "retrainingTaken"];

/** Why an employee's retraining was not checked: the columns their register lacks. */
function retrainingNotChecked(check: EmployeeCheck, checks: StaffCheck, lang: Lang, t: TFunction): string {
  const behind = check.retraining.required ? RETRAINING_DATES : RETRAINING_GROUNDS;
  const missing = checks.coverage.notChecked
    .filter((entry) => entry.sheet === check.employee.source.sheet && behind.includes(entry.check as StaffCheckId))
    .flatMap((entry) => entry.missing);
  if (missing.length === 0) return t("checks.retrainingNotCheckedPlain");
  const quote = (text: string) => quoted(text, lang);
  const columns = [...new Set(missing)].map((field) => quote(fieldLabel(field, lang))).join(", ");
  return t("checks.retrainingNotChecked", { columns });
}

/**
 * Flagged employees and unreadable rows, each with the reason and the paragraph behind it; then
 * the employees whose retraining could not be checked — listed, so that a search by name never
 * makes them look fine.
 */
function items(checks: StaffCheck, lang: Lang, t: TFunction): Item[] {
  const item = (check: EmployeeCheck): Item => ({
    key: `${check.employee.source.sheet}:${check.employee.source.row}`,
    name: check.employee.name,
    reasons: [
      ...check.flags.map((flag) => flagReason(flag, lang).text),
      ...(check.retraining.status === "notChecked" ? [retrainingNotChecked(check, checks, lang, t)] : []),
    ],
    sheet: check.employee.source.sheet,
    row: check.employee.source.row,
  });
  const flagged = checks.employees.filter((check) => check.flags.length > 0).map(item);
  const unchecked = checks.employees
    .filter((check) => check.flags.length === 0 && check.retraining.status === "notChecked")
    .map(item);
  const problems = checks.problems.map((problem, i) => ({
    key: `problem:${i}`,
    name: problem.name ?? `${problem.sheet}!${problem.cell}`,
    reasons: [problemMessage(problem, lang)],
    sheet: problem.sheet,
    row: Number(/\d+$/u.exec(problem.cell)?.[0] ?? 1) - 1,
  }));
  return [...flagged, ...problems, ...unchecked];
}

/**
 * The Checks section: what could not be checked (and the way to map the column), counters, a
 * filter, and a windowed list (only the rows in view are rendered, so 10,000 employees scroll
 * smoothly). Choosing an item selects its row in the sheet.
 */
export function ChecksSection({
  checks,
  data,
  host,
  lang,
  dueSoonDays,
  onMapColumns,
}: {
  checks: StaffCheck;
  data: WorkbookData;
  host: PaneHost;
  lang: Lang;
  dueSoonDays: number;
  /** Opens the Sheet section, where a missing column is mapped. */
  onMapColumns: () => void;
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  const [filter, setFilter] = useState("");
  const [scrollTop, setScrollTop] = useState(0);
  const [columns, setColumns] = useState<{ intent: "success" | "warning" | "error"; text: string } | null>(null);

  /** Runs a sheet action and says how it went. */
  async function act(action: () => Promise<void>, done: string) {
    try {
      await action();
      setColumns({ intent: "success", text: done });
    } catch (error) {
      setColumns({ intent: "error", text: t("common.error", { message: officeErrorText(error, lang) }) });
    }
  }

  /** Conditional formats on the flagged rows of each register: no cell value changes. */
  function highlight() {
    const extent = (sheet: string) => {
      const grid = data.sheets.find((g) => g.name === sheet);
      const header = checks.employees.find((c) => c.employee.source.sheet === sheet);
      if (!grid || !header) return null;
      const origin = grid.origin?.row ?? 0;
      const first = Math.min(
        ...checks.employees.filter((c) => c.employee.source.sheet === sheet).map((c) => c.employee.source.row),
      );
      return { first, last: origin + grid.rows.length - 1, width: Math.max(...grid.rows.map((row) => row.length)) };
    };
    return act(() => host.highlight(highlightPlans(checks, extent)), t("checks.highlighted"));
  }

  /** The explicit action that writes to the sheet: formula columns in empty cells beside the register. */
  async function addColumns() {
    const plan = onlyStaffSheets(data)
      .sheets.map((grid) => ruleColumns(grid, host.today(), lang))
      .find((candidate) => candidate !== null);
    if (!plan) return setColumns({ intent: "warning", text: t("checks.noRegister") });
    try {
      await host.addColumns(plan);
      setColumns({ intent: "success", text: t("checks.columnsAdded", { where: describePlan(plan) }) });
    } catch (error) {
      setColumns({ intent: "error", text: t("common.error", { message: officeErrorText(error, lang) }) });
    }
  }
  const all = useMemo(() => items(checks, lang, t), [checks, lang, t]);
  const shown = useMemo(() => {
    const key = normalizeWord(filter);
    if (!key) return all;
    return all.filter((item) => normalizeWord(`${item.name} ${item.reasons.join(" ")}`).includes(key));
  }, [all, filter]);

  const count = (code: string) => checks.employees.filter((c) => c.flags.some((f) => f.flag.code === code)).length;
  // A count standing on a check some register could not run is "not checked", never a 0 (as in the report).
  const unless = (id: CountId, value: number) =>
    COUNT_NEEDS[id].some((check) => checks.coverage.anySkipped.has(check)) ? null : value;
  const unchecked = checks.employees.filter((c) => c.retraining.status === "notChecked").length;
  const counters: readonly (readonly [string, number | null])[] = [
    ["retrainingOverdue", unless("overdueRetraining", count("retrainingOverdue"))],
    ["advancedOverdue", unless("overdueAdvanced", count("advancedOverdue"))],
    ["dueSoon", unless("dueSoon", count("retrainingDueSoon") + count("advancedDueSoon"))],
    ["hours", unless("hourViolations", checks.hourViolations.length)],
    ["problems", checks.problems.length],
    ...(unchecked > 0 ? [["retrainingNotChecked", unchecked] as const] : []),
  ];

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - 5);
  const last = Math.min(shown.length, first + Math.ceil(VIEW_HEIGHT / ROW_HEIGHT) + 10);
  return (
    <section aria-labelledby="checks-heading">
      <Text as="h2" id="checks-heading" size={400} weight="semibold">
        {t("checks.asOf", { date: formatSerial(checks.asOf) })}
      </Text>
      <NotCheckedBar entries={checks.coverage.notChecked} lang={lang} onMapColumns={onMapColumns} />
      <div className={styles.counters}>
        {counters.map(([key, value]) =>
          value === null ? (
            <Badge key={key} appearance="outline" color="warning">
              {t("notChecked.counter", { what: t(`checks.counterNames.${key}`, { days: dueSoonDays }) })}
            </Badge>
          ) : (
            <Badge
              key={key}
              appearance="tint"
              color={
                key === "retrainingNotChecked" ? "warning" : value > 0 && key !== "dueSoon" ? "danger" : "informative"
              }
            >
              {t(`checks.counters.${key}`, { count: value, days: dueSoonDays })}
            </Badge>
          ),
        )}
      </div>
      <div style={{ display: "flex", flexWrap: "wrap", gap: 6, marginBottom: 8 }}>
        <Button size="small" onClick={() => void highlight()}>
          {t("checks.highlight")}
        </Button>
        <Button size="small" onClick={() => void act(() => host.clearHighlights(), t("checks.cleared"))}>
          {t("checks.clearHighlights")}
        </Button>
        <Button size="small" onClick={() => void addColumns()}>
          {t("checks.addColumns")}
        </Button>
      </div>
      {columns && (
        <MessageBar intent={columns.intent} style={{ marginBottom: 8 }}>
          <MessageBarBody>{columns.text}</MessageBarBody>
        </MessageBar>
      )}
      <Input
        value={filter}
        onChange={(_, data) => setFilter(data.value)}
        placeholder={t("checks.filter")}
        aria-label={t("checks.filter")}
        style={{ width: "100%" }}
      />
      <Text size={200} role="status">
        {t("checks.showing", { shown: shown.length, total: all.length })}
      </Text>
      {shown.length === 0 ? (
        <Text block>{t(checks.coverage.notChecked.length > 0 ? "checks.emptyPartly" : "checks.empty")}</Text>
      ) : (
        <div
          className={styles.list}
          role="list"
          onScroll={(event: UIEvent<HTMLDivElement>) => setScrollTop(event.currentTarget.scrollTop)}
        >
          <div style={{ height: `${shown.length * ROW_HEIGHT}px` }} />
          {shown.slice(first, last).map((item, i) => (
            <div
              key={item.key}
              role="listitem"
              className={styles.item}
              style={{ top: `${(first + i) * ROW_HEIGHT}px` }}
            >
              <Button
                appearance="transparent"
                size="small"
                onClick={() => void host.selectRow(item.sheet, item.row)}
                aria-label={`${item.name}. ${t("checks.goToRow", { row: item.row + 1, sheet: item.sheet })}`}
                style={{ padding: 0, minWidth: 0, justifyContent: "flex-start" }}
              >
                <span className={styles.name}>{item.name}</span>
              </Button>
              <span className={styles.reason} title={item.reasons.join("\n")}>
                {item.reasons.map((reason, r) => (
                  <Fragment key={r}>
                    {r > 0 && " · "}
                    <span>{reason}</span>
                  </Fragment>
                ))}
              </span>
            </div>
          ))}
        </div>
      )}
    </section>
  );
}

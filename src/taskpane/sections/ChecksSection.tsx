import { Badge, Button, Input, MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import { Fragment, useMemo, useState, type UIEvent } from "react";
import { useTranslation } from "react-i18next";
import type { StaffCheck } from "../../checks/checkStaff";
import { countOf, formatSerial, UNITS, type Lang } from "../../rules";
import type { WorkbookData } from "../../workbook/port";
import type { PaneHost } from "../host";
import { counterColor, counters, filterItems, items, visibleWindow, type Item } from "./checkItems";
import { NotCheckedBar } from "./NotCheckedBar";
import { useSheetActions, type SheetActions } from "./useSheetActions";

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

/**
 * The counters above the list: a warning outline for a count that could not be checked, else a
 * tinted badge coloured by counterColor.
 */
function Counters({ checks, dueSoonDays, lang }: { checks: StaffCheck; dueSoonDays: number; lang: Lang }) {
  const { t } = useTranslation();
  const styles = useStyles();
  // The window is the officer's setting: its word follows the number (1 день, 3 дня, 90 дней).
  const days = countOf(dueSoonDays, lang, UNITS.days);
  return (
    <div className={styles.counters}>
      {counters(checks).map(([key, value]) =>
        value === null ? (
          <Badge key={key} appearance="outline" color="warning">
            {t("notChecked.counter", { what: t(`checks.counterNames.${key}`, { days }) })}
          </Badge>
        ) : (
          <Badge key={key} appearance="tint" color={counterColor(key, value)}>
            {t(`checks.counters.${key}`, { count: value, days })}
          </Badge>
        ),
      )}
    </div>
  );
}

/** The buttons that write to the sheet (or undo the highlight), and how the last action went. */
function ActionBar({ actions }: { actions: SheetActions }) {
  const { t } = useTranslation();
  const { message } = actions;
  return (
    <>
      <div style={{ display: "flex", flexWrap: "wrap", gap: 6, marginBottom: 8 }}>
        <Button size="small" onClick={actions.highlight}>
          {t("checks.highlight")}
        </Button>
        <Button size="small" onClick={actions.clearHighlights}>
          {t("checks.clearHighlights")}
        </Button>
        <Button size="small" onClick={actions.addColumns}>
          {t("checks.addColumns")}
        </Button>
      </div>
      {message && (
        <MessageBar intent={message.intent} style={{ marginBottom: 8 }}>
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}

/** One list row, placed at `top` in the windowed list: the name (a button to its sheet row) and the reasons. */
function CheckRow({ item, top, onSelect }: { item: Item; top: number; onSelect: SheetActions["selectRow"] }) {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <div role="listitem" className={styles.item} style={{ top: `${top}px` }}>
      <Button
        appearance="transparent"
        size="small"
        onClick={() => onSelect(item.sheet, item.row)}
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
  );
}

/**
 * The windowed list: a spacer as tall as every row, and only the rows in view (see visibleWindow)
 * placed over it. The scroll position comes from the section.
 */
function CheckList({
  shown,
  scrollTop,
  onScroll,
  onSelect,
}: {
  shown: readonly Item[];
  scrollTop: number;
  onScroll: (scrollTop: number) => void;
  onSelect: SheetActions["selectRow"];
}) {
  const styles = useStyles();
  const { first, last } = visibleWindow(scrollTop, shown.length, ROW_HEIGHT, VIEW_HEIGHT);
  return (
    <div
      className={styles.list}
      role="list"
      onScroll={(event: UIEvent<HTMLDivElement>) => onScroll(event.currentTarget.scrollTop)}
    >
      <div style={{ height: `${shown.length * ROW_HEIGHT}px` }} />
      {shown.slice(first, last).map((item, i) => (
        <CheckRow key={item.key} item={item} top={(first + i) * ROW_HEIGHT} onSelect={onSelect} />
      ))}
    </div>
  );
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
  const [filter, setFilter] = useState("");
  // Kept in the section (where it was before the split), not in CheckList, so the window rendered
  // after a filter empties and refills the list stays as it was.
  const [scrollTop, setScrollTop] = useState(0);
  const actions = useSheetActions(host, checks, data, lang);
  const all = useMemo(() => items(checks, lang, t), [checks, lang, t]);
  const shown = useMemo(() => filterItems(all, filter), [all, filter]);
  return (
    <section aria-labelledby="checks-heading">
      <Text as="h2" id="checks-heading" size={400} weight="semibold">
        {t("checks.asOf", { date: formatSerial(checks.asOf) })}
      </Text>
      <NotCheckedBar entries={checks.coverage.notChecked} lang={lang} onMapColumns={onMapColumns} />
      <Counters checks={checks} dueSoonDays={dueSoonDays} lang={lang} />
      <ActionBar actions={actions} />
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
        <CheckList shown={shown} scrollTop={scrollTop} onScroll={setScrollTop} onSelect={actions.selectRow} />
      )}
    </section>
  );
}

import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Text,
} from "@fluentui/react-components";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { NotChecked } from "../../checks/coverage";
import { notCheckedMessage } from "../../checks/notCheckedText";
import type { Lang } from "../../rules";

/** Entries shown before "Show N more": a 320 px pane keeps its list in view. */
const SHOWN = 4;

/**
 * Never a silent wrong answer: what the sheets' columns did not let be checked, one line per
 * entry (the check, its paragraph and the missing column, in the core's words), and the way to
 * the Sheet section where the officer maps the column. Nothing when everything was checked.
 */
export function NotCheckedBar({
  entries,
  lang,
  onMapColumns,
}: {
  entries: readonly NotChecked[];
  lang: Lang;
  onMapColumns: () => void;
}) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  if (entries.length === 0) return null;
  const shown = all ? entries : entries.slice(0, SHOWN);
  return (
    <MessageBar intent="warning" layout="multiline" style={{ margin: "8px 0" }}>
      <MessageBarBody>
        <MessageBarTitle>{t("notChecked.title")}</MessageBarTitle>
        {shown.map((entry) => (
          <Text
            block
            size={200}
            key={`${entry.sheet ?? ""}:${entry.check}`}
            style={{ marginTop: 2, overflowWrap: "anywhere" }}
          >
            {notCheckedMessage(entry, lang)}
          </Text>
        ))}
        {entries.length > SHOWN && (
          <Button appearance="transparent" size="small" style={{ padding: 0 }} onClick={() => setAll(!all)}>
            {all ? t("notChecked.fewer") : t("notChecked.more", { count: entries.length - SHOWN })}
          </Button>
        )}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onMapColumns}>
          {t("notChecked.mapColumns", { section: t("tabs.sheet") })}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

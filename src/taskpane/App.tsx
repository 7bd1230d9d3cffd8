import {
  FluentProvider,
  Spinner,
  Tab,
  TabList,
  Text,
  webDarkTheme,
  webLightTheme,
  Button,
} from "@fluentui/react-components";
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from "react";
import { I18nextProvider, useTranslation } from "react-i18next";
import {
  DUE_SOON_DAYS,
  formatExtraDaysOff,
  parseExtraDaysOff,
  parseExtraWorkDays,
  type Lang,
  type Serial,
} from "../rules";
import type { ColumnOverrides } from "../reader/findHeader";
import type { PaneHost } from "./host";
import { createI18n } from "./i18n/i18n";
import { ChecksSection } from "./sections/ChecksSection";
// The first screen is Checks: the other sections (and the report engine) load when first opened.
const ReportSection = lazy(() => import("./sections/ReportSection").then((m) => ({ default: m.ReportSection })));
const SettingsSection = lazy(() => import("./sections/SettingsSection").then((m) => ({ default: m.SettingsSection })));
const AttestationSection = lazy(() =>
  import("./sections/AttestationSection").then((m) => ({ default: m.AttestationSection })),
);
const SheetSection = lazy(() => import("./sections/SheetSection").then((m) => ({ default: m.SheetSection })));
import { useStaff } from "./useStaff";

const LANG_KEY = "kadr.lang";
const DUE_SOON_KEY = "kadr.dueSoonDays";
const MAPPING_KEY = "kadr.mapping";
const EXTRA_DAYS_KEY = "kadr.extraDaysOff";
const EXTRA_WORK_DAYS_KEY = "kadr.extraWorkDays";
const VERSION = "0.1.0";
type TabKey = "checks" | "report" | "attestation" | "sheet" | "settings";

function Pane({ host, lang, onLang }: { host: PaneHost; lang: Lang; onLang: (lang: Lang) => void }) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<TabKey>("checks");
  const [dueSoonDays, setDueSoonDays] = useState(() => {
    const saved = Number(host.settings.get(DUE_SOON_KEY));
    return Number.isInteger(saved) && saved > 0 ? saved : DUE_SOON_DAYS;
  });
  const [overrides, setOverrides] = useState<ColumnOverrides>(() => {
    try {
      return JSON.parse(host.settings.get(MAPPING_KEY) ?? "{}") as ColumnOverrides;
    } catch {
      return {}; // a hand-edited setting that is not JSON: start from detection
    }
  });
  // Stored as the officer would type it, so a hand-edited setting reads the same way; bad words dropped.
  const [extraDaysOff, setExtraDaysOff] = useState<readonly Serial[]>(
    () => parseExtraDaysOff(host.settings.get(EXTRA_DAYS_KEY) ?? "").days,
  );
  // Saturdays or holidays the government made working days (Settings), kept apart from days off.
  const [extraWorkDays, setExtraWorkDays] = useState<readonly Serial[]>(
    () => parseExtraWorkDays(host.settings.get(EXTRA_WORK_DAYS_KEY) ?? "").days,
  );
  const changeExtraWorkDays = (days: readonly Serial[]) => {
    setExtraWorkDays(days);
    void host.settings.set(EXTRA_WORK_DAYS_KEY, formatExtraDaysOff(days));
  };
  const changeExtraDaysOff = (days: readonly Serial[]) => {
    setExtraDaysOff(days);
    void host.settings.set(EXTRA_DAYS_KEY, formatExtraDaysOff(days));
  };
  const { state, reload } = useStaff(host, dueSoonDays, overrides);
  const saveOverrides = (next: ColumnOverrides) => {
    setOverrides(next);
    void host.settings.set(MAPPING_KEY, JSON.stringify(next));
  };
  // "Map the columns" (a not-checked banner): the Sheet section, with focus on its tab — the
  // button pressed is gone with the section it was in.
  const sheetTab = useRef<HTMLButtonElement>(null);
  const mapColumns = () => {
    setTab("sheet");
    sheetTab.current?.focus();
  };
  const changeDueSoon = (days: number) => {
    setDueSoonDays(days);
    void host.settings.set(DUE_SOON_KEY, String(days));
  };
  return (
    <main aria-label="Kadr Rules" style={{ padding: "8px 12px" }}>
      <TabList
        selectedValue={tab}
        onTabSelect={(_, d) => setTab(d.value as TabKey)}
        size="small"
        // Kazakh and Russian tab names are long: wrap rather than scroll sideways in a 320 px pane.
        style={{ flexWrap: "wrap" }}
      >
        {(["checks", "report", "attestation", "sheet", "settings"] as const).map((key) => (
          <Tab key={key} value={key} ref={key === "sheet" ? sheetTab : undefined}>
            {t(`tabs.${key}`)}
          </Tab>
        ))}
      </TabList>
      <Suspense fallback={<Spinner size="small" />}>
        <div style={{ marginTop: 8 }}>
          {tab === "settings" ? (
            <SettingsSection
              lang={lang}
              onLang={onLang}
              dueSoonDays={dueSoonDays}
              onDueSoonDays={changeDueSoon}
              extraDaysOff={extraDaysOff}
              onExtraDaysOff={changeExtraDaysOff}
              extraWorkDays={extraWorkDays}
              onExtraWorkDays={changeExtraWorkDays}
              version={VERSION}
            />
          ) : tab === "attestation" ? (
            // The attestation list is its own sheet: it does not wait for (or fail with) the staff reading.
            <AttestationSection
              host={host}
              lang={lang}
              extraDaysOff={extraDaysOff}
              extraWorkDays={extraWorkDays}
              overrides={overrides}
              onMapColumns={mapColumns}
            />
          ) : state.status === "loading" ? (
            <Spinner size="small" label={t("common.loading")} />
          ) : state.status === "error" ? (
            <div role="alert">
              <Text block>{t("common.error", { message: state.message })}</Text>
              <Button onClick={reload}>{t("common.retry")}</Button>
            </div>
          ) : tab === "checks" ? (
            <ChecksSection
              checks={state.checks}
              data={state.data}
              host={host}
              lang={lang}
              dueSoonDays={dueSoonDays}
              onMapColumns={mapColumns}
            />
          ) : tab === "report" ? (
            <ReportSection host={host} lang={lang} overrides={overrides} />
          ) : (
            <SheetSection
              key={JSON.stringify(overrides)}
              staff={state.staff}
              data={state.data}
              overrides={overrides}
              lang={lang}
              onSave={(next) => {
                saveOverrides(next);
                reload();
              }}
            />
          )}
        </div>
      </Suspense>
    </main>
  );
}

/** The Kadr task pane: Checks, Annual report, Sheet and Settings, in the officer's language. */
export function App({ host }: { host: PaneHost }) {
  const initial = (host.settings.get(LANG_KEY) as Lang | null) ?? host.officeLanguage;
  const [lang, setLang] = useState<Lang>(initial);
  const i18n = useMemo(() => createI18n(initial), [initial]);
  useEffect(() => {
    void i18n.changeLanguage(lang);
    document.documentElement.lang = lang;
  }, [i18n, lang]);
  const changeLang = (next: Lang) => {
    setLang(next);
    void host.settings.set(LANG_KEY, next);
  };
  return (
    <I18nextProvider i18n={i18n}>
      <FluentProvider theme={host.theme === "dark" ? webDarkTheme : webLightTheme} style={{ minHeight: "100vh" }}>
        <Pane host={host} lang={lang} onLang={changeLang} />
      </FluentProvider>
    </I18nextProvider>
  );
}

import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Spinner,
  Tab,
  TabList,
  Text,
  webDarkTheme,
  webLightTheme,
  Button,
} from "@fluentui/react-components";
import { lazy, Suspense, useEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from "react";
import { I18nextProvider, useTranslation } from "react-i18next";
import packageJson from "../../package.json";
import type { Lang } from "../rules";
import { officeErrorText } from "../ui/officeErrors";
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
import { useHostFailure, type HostFailure } from "./useHostFailure";
import { LANG_KEY, usePaneSettings, type PaneSettings } from "./usePaneSettings";
import { useStaff, type StaffState } from "./useStaff";

/** The add-in's version, as package.json says at build time. */
const VERSION = packageJson.version;
const TABS = ["checks", "report", "attestation", "sheet", "settings"] as const;
type TabKey = (typeof TABS)[number];
type StaffReady = Extract<StaffState, { status: "ready" }>;

/** What the pane hands the section on show. */
interface SectionProps {
  readonly host: PaneHost;
  readonly lang: Lang;
  readonly settings: PaneSettings;
  readonly state: StaffState;
  readonly reload: () => void;
  /** Opens the Sheet section, where a missing column is mapped. */
  readonly mapColumns: () => void;
}

/** A section that shows the staff reading: a spinner while it is read, the error and a retry if it failed. */
function StaffGate({ state, reload, children }: SectionProps & { children: (ready: StaffReady) => ReactNode }) {
  const { t } = useTranslation();
  if (state.status === "loading") return <Spinner size="small" label={t("common.loading")} />;
  if (state.status === "error") {
    return (
      <div role="alert">
        <Text block>{t("common.error", { message: state.message })}</Text>
        <Button onClick={reload}>{t("common.retry")}</Button>
      </div>
    );
  }
  return children(state);
}

/** Each tab's section. Settings and the attestation list do not wait for (or fail with) the staff reading. */
const SECTIONS: Readonly<Record<TabKey, (props: SectionProps) => ReactNode>> = {
  checks: (props) => (
    <StaffGate {...props}>
      {(ready) => (
        <ChecksSection
          checks={ready.checks}
          data={ready.data}
          host={props.host}
          lang={props.lang}
          dueSoonDays={props.settings.dueSoonDays}
          onMapColumns={props.mapColumns}
        />
      )}
    </StaffGate>
  ),
  report: (props) => (
    <StaffGate {...props}>
      {() => <ReportSection host={props.host} lang={props.lang} overrides={props.settings.overrides} />}
    </StaffGate>
  ),
  attestation: ({ host, lang, settings, mapColumns }) => (
    <AttestationSection
      host={host}
      lang={lang}
      extraDaysOff={settings.extraDaysOff}
      extraWorkDays={settings.extraWorkDays}
      overrides={settings.overrides}
      onMapColumns={mapColumns}
    />
  ),
  sheet: (props) => (
    <StaffGate {...props}>
      {(ready) => (
        <SheetSection
          key={JSON.stringify(props.settings.overrides)}
          staff={ready.staff}
          data={ready.data}
          overrides={props.settings.overrides}
          lang={props.lang}
          onSave={(next) => {
            props.settings.saveOverrides(next);
            props.reload();
          }}
        />
      )}
    </StaffGate>
  ),
  settings: ({ lang, settings }) => (
    <SettingsSection
      lang={lang}
      onLang={settings.changeLang}
      dueSoonDays={settings.dueSoonDays}
      onDueSoonDays={settings.changeDueSoon}
      extraDaysOff={settings.extraDaysOff}
      onExtraDaysOff={settings.changeExtraDaysOff}
      extraWorkDays={settings.extraWorkDays}
      onExtraWorkDays={settings.changeExtraWorkDays}
      version={VERSION}
    />
  ),
};

/** A host call that failed where no section was waiting for it (a row not selected, a setting not saved). */
function FailureBar({ failure, lang }: { failure: HostFailure; lang: Lang }) {
  const { t } = useTranslation();
  if (failure === null) return null;
  return (
    <div role="alert" style={{ marginTop: 8 }}>
      <MessageBar intent="error">
        <MessageBarBody>{t("common.error", { message: officeErrorText(failure.error, lang) })}</MessageBarBody>
      </MessageBar>
    </div>
  );
}

/** The tabs; Kazakh and Russian names are long, so they wrap rather than scroll sideways in a 320 px pane. */
function PaneTabs(props: { tab: TabKey; onTab: (tab: TabKey) => void; sheetTab: RefObject<HTMLButtonElement | null> }) {
  const { t } = useTranslation();
  return (
    <TabList
      selectedValue={props.tab}
      onTabSelect={(_, d) => props.onTab(d.value as TabKey)}
      size="small"
      style={{ flexWrap: "wrap" }}
    >
      {TABS.map((key) => (
        <Tab key={key} value={key} ref={key === "sheet" ? props.sheetTab : undefined}>
          {t(`tabs.${key}`)}
        </Tab>
      ))}
    </TabList>
  );
}

function Pane({ host, lang, onLang }: { host: PaneHost; lang: Lang; onLang: (lang: Lang) => void }) {
  const [tab, setTab] = useState<TabKey>("checks");
  const { failure, report, dismiss } = useHostFailure();
  const settings = usePaneSettings(host, onLang, report);
  const { state, reload } = useStaff(host, settings.dueSoonDays, settings.overrides);
  // "Map the columns" (a not-checked banner): the Sheet section, with focus on its tab — the
  // button pressed is gone with the section it was in.
  const sheetTab = useRef<HTMLButtonElement>(null);
  const showTab = (next: TabKey) => {
    setTab(next);
    dismiss();
  };
  const mapColumns = () => {
    showTab("sheet");
    sheetTab.current?.focus();
  };
  return (
    <main aria-label="Kadr Rules" style={{ padding: "8px 12px" }}>
      <PaneTabs tab={tab} onTab={showTab} sheetTab={sheetTab} />
      <FailureBar failure={failure} lang={lang} />
      <Suspense fallback={<Spinner size="small" />}>
        <div style={{ marginTop: 8 }}>{SECTIONS[tab]({ host, lang, settings, state, reload, mapColumns })}</div>
      </Suspense>
    </main>
  );
}

/** The Kadr task pane: Checks, Annual report, Attestation, Sheet and Settings, in the officer's language. */
export function App({ host }: { host: PaneHost }) {
  const initial = (host.settings.get(LANG_KEY) as Lang | null) ?? host.officeLanguage;
  const [lang, setLang] = useState<Lang>(initial);
  const i18n = useMemo(() => createI18n(initial), [initial]);
  useEffect(() => {
    void i18n.changeLanguage(lang);
    document.documentElement.lang = lang;
  }, [i18n, lang]);
  return (
    <I18nextProvider i18n={i18n}>
      <FluentProvider theme={host.theme === "dark" ? webDarkTheme : webLightTheme} style={{ minHeight: "100vh" }}>
        <Pane host={host} lang={lang} onLang={setLang} />
      </FluentProvider>
    </I18nextProvider>
  );
}

import { useState } from "react";
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

export const LANG_KEY = "kadr.lang";
const DUE_SOON_KEY = "kadr.dueSoonDays";
const MAPPING_KEY = "kadr.mapping";
const EXTRA_DAYS_KEY = "kadr.extraDaysOff";
const EXTRA_WORK_DAYS_KEY = "kadr.extraWorkDays";

/** The officer's choices the pane keeps in the workbook, and how to change each. */
export interface PaneSettings {
  readonly dueSoonDays: number;
  readonly overrides: ColumnOverrides;
  readonly extraDaysOff: readonly Serial[];
  readonly extraWorkDays: readonly Serial[];
  changeLang(lang: Lang): void;
  changeDueSoon(days: number): void;
  saveOverrides(next: ColumnOverrides): void;
  changeExtraDaysOff(days: readonly Serial[]): void;
  changeExtraWorkDays(days: readonly Serial[]): void;
}

/** The saved "due soon" window, or the default when it is missing or not a whole number of days. */
function savedDueSoon(host: PaneHost): number {
  const saved = Number(host.settings.get(DUE_SOON_KEY));
  return Number.isInteger(saved) && saved > 0 ? saved : DUE_SOON_DAYS;
}

/** The saved column mapping; a hand-edited setting that is not JSON starts from detection. */
function savedOverrides(host: PaneHost): ColumnOverrides {
  try {
    return JSON.parse(host.settings.get(MAPPING_KEY) ?? "{}") as ColumnOverrides;
  } catch {
    return {};
  }
}

/**
 * The pane's settings, read once from the workbook and saved on every change. A save that fails
 * (Office could not write the document settings) goes to `onFailure`, so the officer learns the
 * choice will not be remembered instead of finding it gone next time.
 */
export function usePaneSettings(
  host: PaneHost,
  onLang: (lang: Lang) => void,
  onFailure: (error: unknown) => void,
): PaneSettings {
  const [dueSoonDays, setDueSoonDays] = useState(() => savedDueSoon(host));
  const [overrides, setOverrides] = useState<ColumnOverrides>(() => savedOverrides(host));
  // Stored as the officer would type it, so a hand-edited setting reads the same way; bad words dropped.
  const [extraDaysOff, setExtraDaysOff] = useState<readonly Serial[]>(
    () => parseExtraDaysOff(host.settings.get(EXTRA_DAYS_KEY) ?? "").days,
  );
  // Saturdays or holidays the government made working days (Settings), kept apart from days off.
  const [extraWorkDays, setExtraWorkDays] = useState<readonly Serial[]>(
    () => parseExtraWorkDays(host.settings.get(EXTRA_WORK_DAYS_KEY) ?? "").days,
  );
  const save = (key: string, value: string) => {
    host.settings.set(key, value).catch(onFailure);
  };
  return {
    dueSoonDays,
    overrides,
    extraDaysOff,
    extraWorkDays,
    changeLang: (lang) => {
      onLang(lang);
      save(LANG_KEY, lang);
    },
    changeDueSoon: (days) => {
      setDueSoonDays(days);
      save(DUE_SOON_KEY, String(days));
    },
    saveOverrides: (next) => {
      setOverrides(next);
      save(MAPPING_KEY, JSON.stringify(next));
    },
    changeExtraDaysOff: (days) => {
      setExtraDaysOff(days);
      save(EXTRA_DAYS_KEY, formatExtraDaysOff(days));
    },
    changeExtraWorkDays: (days) => {
      setExtraWorkDays(days);
      save(EXTRA_WORK_DAYS_KEY, formatExtraDaysOff(days));
    },
  };
}

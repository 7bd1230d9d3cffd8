import i18next, { type i18n } from "i18next";
import { initReactI18next } from "react-i18next";
import type { Lang } from "../../rules";
import { RESOURCES } from "./resources";

/** A fresh i18next instance for one pane, in the given language (resources are bundled: no fetch). */
export function createI18n(lang: Lang): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: lang,
    fallbackLng: false,
    resources: Object.fromEntries(Object.entries(RESOURCES).map(([code, texts]) => [code, { translation: texts }])),
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
    initImmediate: false,
  });
  return instance;
}

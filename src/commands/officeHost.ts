import { officeLanguage } from "../functions/officeLanguage";
import type { CommandHost } from "./buildAnnualReport";

/** The command host of the shared runtime: the task pane page's notice area and Office.addin. */
export function officeCommandHost(doc: Document): CommandHost {
  return {
    lang: officeLanguage(),
    showNotice(text) {
      const notice = doc.getElementById("notice");
      if (!notice) return;
      notice.textContent = text;
      notice.hidden = false;
    },
    showTaskpane: () => Office.addin.showAsTaskpane(),
  };
}

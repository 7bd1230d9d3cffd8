import { officeWorkbook } from "../adapters/office/officeWorkbook";
import { officeLanguage } from "../functions/officeLanguage";
import { serialFromParts } from "../rules";
import type { CommandHost } from "./buildReportCommand";

/** The command host of the shared runtime: the task pane page's notice area, Excel.run and Office.addin. */
export function officeCommandHost(doc: Document): CommandHost {
  return {
    lang: officeLanguage(),
    today() {
      const now = new Date();
      return serialFromParts(now.getFullYear(), now.getMonth() + 1, now.getDate());
    },
    workbook: officeWorkbook((batch) => Excel.run(batch)),
    showNotice(text) {
      const notice = doc.getElementById("notice");
      if (!notice) return;
      notice.textContent = text;
      notice.hidden = false;
    },
    showTaskpane: () => Office.addin.showAsTaskpane(),
  };
}

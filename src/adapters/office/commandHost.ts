import type { CommandHost } from "../../commands/buildReportCommand";
import { dateToSerial } from "../../rules";
import { officeLanguage } from "./language";
import { officeWorkbook } from "./officeWorkbook";

/** The command host of the shared runtime: the task pane page's notice area, Excel.run and Office.addin. */
export function officeCommandHost(doc: Document): CommandHost {
  return {
    lang: officeLanguage(),
    today() {
      return dateToSerial(new Date());
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

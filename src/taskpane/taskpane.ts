/* Entry: fills the task pane in the user's language (the full task pane comes with issue #4). */
import { officeLanguage } from "../functions/officeLanguage";
import { uiText } from "../ui/strings";

Office.onReady(() => {
  const lang = officeLanguage();
  document.documentElement.lang = lang;
  const title = document.getElementById("title");
  const intro = document.getElementById("intro");
  if (title) title.textContent = uiText("title", lang);
  if (intro) intro.textContent = uiText("intro", lang);
});

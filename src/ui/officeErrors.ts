import type { Lang } from "../rules";

/**
 * Errors Excel reports (OfficeExtension.Error `code`), said in words an officer understands, with
 * what to do. Anything else is shown with Excel's own message.
 */
const MESSAGES: Readonly<Record<string, Readonly<Record<Lang, string>>>> = {
  InvalidOperationInCellEditMode: {
    en: "Excel is editing a cell. Press Enter or Esc to finish editing, then try again.",
    ru: "Excel редактирует ячейку. Нажмите Enter или Esc, чтобы закончить ввод, и повторите.",
    kk: "Excel ұяшықты өңдеп жатыр. Енгізуді аяқтау үшін Enter немесе Esc басып, қайталаңыз.",
  },
  AccessDenied: {
    en: "The workbook or sheet is protected. Unprotect it (Review › Unprotect) and try again.",
    ru: "Книга или лист защищены. Снимите защиту (Рецензирование › Снять защиту) и повторите.",
    kk: "Кітап немесе парақ қорғалған. Қорғауды алып тастап (Рецензиялау › Қорғауды алу), қайталаңыз.",
  },
  ApiNotFound: {
    en: "This version of Excel does not support this action. Update Office or use Excel on the web.",
    ru: "Эта версия Excel не поддерживает действие. Обновите Office или используйте Excel в браузере.",
    kk: "Excel-дің бұл нұсқасы бұл әрекетті қолдамайды. Office-ті жаңартыңыз немесе браузердегі Excel-ді пайдаланыңыз.",
  },
  RequestPayloadSizeLimitExceeded: {
    en: "The workbook is too large to send to the add-in in one go here (Excel on the web limit). Open it in Excel desktop, or use the kadr command line.",
    ru: "Книга слишком велика для передачи надстройке за один раз (ограничение Excel в браузере). Откройте её в Excel для компьютера или используйте командную строку kadr.",
    kk: "Кітап қондырмаға бір рет жіберу үшін тым үлкен (браузердегі Excel шектеуі). Оны компьютердегі Excel-де ашыңыз немесе kadr командалық жолын пайдаланыңыз.",
  },
  ItemAlreadyExists: {
    en: "A sheet or table with that name already exists. Nothing was overwritten; try again.",
    ru: "Лист или таблица с таким именем уже есть. Ничего не перезаписано; повторите.",
    kk: "Осындай атаумен парақ немесе кесте бар. Ештеңе қайта жазылған жоқ; қайталаңыз.",
  },
};

/**
 * The words for an error thrown by Excel.run or the workbook port.
 *
 * @example
 * officeErrorText({ code: "AccessDenied", message: "…" }, "ru")
 * //=> "Книга или лист защищены. Снимите защиту (Рецензирование › Снять защиту) и повторите."
 */
export function officeErrorText(error: unknown, lang: Lang): string {
  const code =
    typeof error === "object" && error !== null && "code" in error ? String((error as { code: unknown }).code) : "";
  // Excel names the cell-edit error two ways across versions.
  const known = MESSAGES[code === "InvalidOperationInEditMode" ? "InvalidOperationInCellEditMode" : code];
  if (known) return known[lang];
  return error instanceof Error ? error.message : String(error);
}

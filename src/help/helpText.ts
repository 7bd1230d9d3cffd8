import type { Lang } from "../rules";

/**
 * The help page's own words (dist/help.html, opened from Settings). The function list under them is
 * generated from functions.json, so it never disagrees with what Excel shows.
 */
export const HELP_TEXT: Record<Lang, { title: string; sections: readonly [string, string][]; functions: string }> = {
  en: {
    title: "Kadr Rules — help",
    sections: [
      [
        "Checks",
        "Who is overdue or due soon for retraining and advanced training, with the Rules paragraph behind each flag. Click a name to go to its row; “Highlight in sheet” marks the rows without changing a value; “Add rule columns” writes KADR formulas beside the table, all reading one “as of” cell.",
      ],
      [
        "Annual report",
        "Builds a new sheet for the chosen year (the last full year by default). Existing sheets are never overwritten. The same action as the ribbon button.",
      ],
      [
        "Sheet",
        "Which column each field was read from. Correct a column with its dropdown; the choice is saved in the workbook.",
      ],
      [
        "Settings",
        "Interface language, the “due soon” window ({dueSoon} by default) and the extra non-working days the government moves each year (dd.mm.yyyy, one per line).",
      ],
    ],
    functions: "Functions (type =KADR. in a cell)",
  },
  ru: {
    title: "Kadr Rules — справка",
    sections: [
      [
        "Проверки",
        "У кого просрочена или скоро наступает переподготовка и повышение квалификации, с пунктом Правил для каждой отметки. Щелчок по ФИО выделяет его строку; «Выделить на листе» отмечает строки, не меняя значений; «Добавить столбцы правил» пишет формулы KADR справа от таблицы, все от одной ячейки «на дату».",
      ],
      [
        "Годовой отчёт",
        "Строит новый лист за выбранный год (по умолчанию последний полный). Существующие листы не перезаписываются. То же действие, что и кнопка на ленте.",
      ],
      ["Лист", "Из какого столбца прочитано каждое поле. Исправьте столбец в списке; выбор сохраняется в книге."],
      [
        "Настройки",
        "Язык интерфейса, окно «скоро срок» (по умолчанию {dueSoon}) и дополнительные нерабочие дни, которые Правительство переносит каждый год (дд.мм.гггг, по одному в строке).",
      ],
    ],
    functions: "Функции (наберите =KADR. в ячейке); описания на английском, как в Excel",
  },
  kk: {
    title: "Kadr Rules — анықтама",
    sections: [
      [
        "Тексерулер",
        "Қайта даярлау мен біліктілікті арттыру мерзімі өтіп кеткендер немесе жақындағандар, әр белгінің Қағидалар тармағымен. Аты-жөнін басқанда оның жолы таңдалады; «Парақта белгілеу» мәндерді өзгертпей жолдарды белгілейді; «Ереже бағандарын қосу» кестенің оң жағына бір «күнге» ұяшығына сүйенетін KADR формулаларын жазады.",
      ],
      [
        "Жылдық есеп",
        "Таңдалған жылға жаңа парақ жасайды (әдепкі бойынша соңғы толық жыл). Бар парақтар қайта жазылмайды. Лентадағы түймемен бірдей әрекет.",
      ],
      ["Парақ", "Әр өріс қай бағаннан оқылды. Бағанды тізімнен түзетіңіз; таңдау кітапта сақталады."],
      [
        "Баптаулар",
        "Интерфейс тілі, «мерзімі жақын» терезесі (әдепкі {dueSoon}) және Үкімет жыл сайын ауыстыратын қосымша жұмыс емес күндер (кк.аа.жжжж, әр жолға біреуден).",
      ],
    ],
    functions: "Функциялар (ұяшыққа =KADR. теріңіз); сипаттамалар Excel-дегідей ағылшынша",
  },
};

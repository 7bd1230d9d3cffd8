/**
 * The form of study of retraining (Rules §15) and the document issued on completion (Rules §3, §4),
 * as data: the paragraphs and the words a training log writes them with.
 */
import { DISTANCE_LEARNING_PARAGRAPH, type Paragraph } from "./rules";

/** The two forms §15 names: full-time («күндізгі негізде») and distance learning («қашықтан»). */
export type StudyForm = "fullTime" | "distance";

/**
 * Rules §15: «Мемлекеттік қызметшілер қайта даярлаудан күндізгі негізде өтеді. «Б» корпусының
 * мемлекеттік әкімшілік қызметіне алғаш кірген адамдарға қашықтан білім беру технологиялары арқылы
 * қайта даярлаудан өтуге болады.» — retraining is full-time; persons entering the administrative
 * service of corps B for the first time may take it by distance learning technologies.
 *
 * The words of a log's form-of-study cell, compared after folding case and Kazakh letters, with
 * punctuation read as a space, and matched at the beginning of a word (so «очн…» is not found in
 * «заочная»). A cell that says one form only is that form; a cell that says both («очно-
 * дистанционно»), or a form §15 does not name (`unclear`: «заочная», «смешанная», «blended»), or
 * nothing §15 reads, is not guessed: the reader names the cell. A venue cell is read for the
 * `distance` words only («Онлайн-курс», «дистанционно, Академия»): a venue never says "full-time".
 */
export const STUDY_FORM_WORDS = {
  paragraph: DISTANCE_LEARNING_PARAGRAPH,
  fullTime: [
    "күндізгі",
    "очн",
    "очно",
    "full time",
    "fulltime",
    "in person",
    "face to face",
    "classroom",
    "офлайн",
    "offline",
    "бетпе бет",
    "с отрывом",
  ],
  distance: [
    "қашықт",
    "дистанц",
    "онлайн",
    "online",
    "on line",
    "distance",
    "remote",
    "e learning",
    "elearning",
    "вебинар",
    "webinar",
  ],
  /** Neither of §15's forms by itself: never read as one of them. */
  unclear: [
    "заочн",
    "сырттай",
    "смешан",
    "аралас",
    "гибрид",
    "blended",
    "hybrid",
    "part time",
    "extramural",
    "correspondence",
    "без отрыва",
  ],
} as const satisfies { readonly paragraph: Paragraph } & Record<StudyForm | "unclear", readonly string[]>;

/**
 * Rules §3 (retraining) and §4 (advanced training): «Қайта даярлауды табысты аяқтаған мемлекеттік
 * қызметшілерге қайта даярлауды аяқтағанын растайтын құжат беріледі» / «Біліктілігін арттыруды
 * табысты аяқтаған мемлекеттік қызметшілерге біліктілігін арттыруды аяқтағанын растайтын құжат
 * беріледі» — a document confirming completion is issued to those who complete the course. A
 * completed course with no document number is a note (the log may simply not record it), not a
 * violation.
 */
export const COMPLETION_DOCUMENT = {
  retraining: "§3",
  advancedTraining: "§4",
} as const satisfies Record<"retraining" | "advancedTraining", Paragraph>;

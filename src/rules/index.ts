/**
 * The rules core: pure TypeScript, no Office, ExcelJS, Apps Script or React import. Every function
 * cites the paragraph it implements; every number lives in `data/`.
 */
export * from "./outcome";
export * from "./errors";
export * from "./labels";
export * from "./data/labels";
export * from "./data/rules";
export * from "./data/studyForms";
export * from "./data/fieldLabels";
export * from "./data/attestationForms";
export * from "./data/attestationWords";
export type { Venue, CategoryGroup } from "./data/categories";
export type { Rating } from "./data/ratings";
export * from "./dates/excelSerial";
export * from "./dates/toSerial";
export * from "./dates/addMonths";
export * from "./category/normalizeCategory";
export * from "./people/corps";
export * from "./people/yesNo";
export * from "./numbers/parseNumber";
export * from "./ratings/parseRating";
export * from "./text/normalizeWord";
export * from "./text/isBlank";
export * from "./text/fillTemplate";
export * from "./text/countOf";
export * from "./text/escapeMarkup";
export * from "./retraining/retraining";
export * from "./advancedTraining/trainingDue";
export * from "./advancedTraining/hours";
export * from "./deadlines/deadlineStatus";
export * from "./deadlines/reportDeadline";
export * from "./workdays/kzCalendar";
export * from "./workdays/workdayKz";
export * from "./workdays/extraDaysOff";
export * from "./attestation/attestation";
export * from "./attestation/meeting";
export * from "./attestation/parseCells";
export * from "./data/attestationSteps";
export * from "./attestation/steps";
export * from "./data/attestationPositions";
export * from "./attestation/positionList";
export * from "./explain/explainPositions";
export * from "./explain/explainAttestation";
export * from "./advancedTraining/venues";
export * from "./data/venues";
export * from "./explain/paragraphs";
export * from "./explain/explainRules";

import { APPENDIX_2, APPENDIX_3 } from "../rules";
import { ATTESTATION_STRINGS } from "./strings";

/** The first texts of the sheets the attestation job writes: the timetable's title, the forms' marks. */
const OUTPUT_TITLES = [
  ...Object.values(ATTESTATION_STRINGS.title),
  ...Object.values(APPENDIX_2.appendix),
  ...Object.values(APPENDIX_3.appendix),
];

/**
 * Whether a sheet's first text (see firstText) is that of a timetable or forms sheet this program
 * wrote: those are output, never an attestation list or staff data to read again.
 */
export function isAttestationOutput(first: string | null): boolean {
  return first !== null && OUTPUT_TITLES.some((title) => first.startsWith(title));
}

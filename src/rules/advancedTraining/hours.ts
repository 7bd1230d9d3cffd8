import { ADVANCED_TRAINING_HOURS } from "../data/rules";

/**
 * Rules §25: advanced training lasts from 24 to 80 academic hours, both inclusive.
 *
 * @example
 * advancedTrainingHoursOk(80) //=> true
 * advancedTrainingHoursOk(81) //=> false
 */
export function advancedTrainingHoursOk(hours: number): boolean {
  return hours >= ADVANCED_TRAINING_HOURS.min && hours <= ADVANCED_TRAINING_HOURS.max;
}

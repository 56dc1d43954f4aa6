/**
 * The part-of-a-whole ratio behind most of the article's rates (participation,
 * churn, redemption, ...): part / whole, where the part cannot exceed the whole.
 * Shared so every rate reports the same errors with the same wording. Every
 * whole is declared > 0 (its 0 is #DIV/0! from the coercion, before this runs).
 */
import { CalcError, calcError } from "../errors";
import { MESSAGES } from "../messages";

/** part / whole as a fraction; part > whole is #NUM!. */
export function shareOfWhole(
  part: number,
  whole: number,
  partName: string,
  wholeName: string
): number | CalcError {
  if (part > whole) return calcError("NUM", MESSAGES.exceeds(partName, wholeName));
  return part / whole;
}

/**
 * The part-of-a-whole ratio behind most of the article's rates (participation,
 * churn, redemption, ...): part / whole, where the part cannot exceed the whole.
 * Shared so every rate reports the same errors with the same wording.
 */
import { CalcError, calcError } from "../errors";
import { MESSAGES } from "../messages";

/** part / whole as a fraction; whole = 0 is #DIV/0!, part > whole is #NUM!. */
export function shareOfWhole(
  part: number,
  whole: number,
  partName: string,
  wholeName: string
): number | CalcError {
  if (whole === 0) return calcError("DIV0", MESSAGES.mustExceed(wholeName, 0));
  if (part > whole) return calcError("NUM", MESSAGES.exceeds(partName, wholeName));
  return part / whole;
}

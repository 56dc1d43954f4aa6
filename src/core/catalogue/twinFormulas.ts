/**
 * Formula pieces the twins share, so that a native twin makes the same
 * decisions as the TypeScript function it stands for.
 */
import { EXCEL_ERROR_TEXT } from "../errors";
import { CANCELLATION_TOLERANCE } from "../metrics/difference";
import { TwinCheck } from "./entry";

/** 1e-12 written out: some engines (HyperFormula) do not read "1E-12" in a formula. */
const TOLERANCE_LITERAL = CANCELLATION_TOLERANCE.toFixed(12);

/**
 * a − b read as 0 when it is within CANCELLATION_TOLERANCE of the larger
 * operand, as metrics/difference.ts does (1 − 0.7 is 0.30000000000000004).
 */
export function twinDifference(a: string, b: string): string {
  return `IF(ABS(${a}-(${b}))<=${TOLERANCE_LITERAL}*MAX(ABS(${a}),ABS(${b})),0,${a}-(${b}))`;
}

/** shareOfWhole (metrics/ratio.ts): a whole of 0 is #DIV/0!, a part above the whole #NUM!. */
export function shareOfWholeChecks(part: string, whole: string): readonly TwinCheck[] {
  return [
    { when: `${whole}=0`, error: EXCEL_ERROR_TEXT.DIV0 },
    { when: `${part}>${whole}`, error: EXCEL_ERROR_TEXT.NUM },
  ];
}

export const NUM_ERROR = EXCEL_ERROR_TEXT.NUM;
export const DIV0_ERROR = EXCEL_ERROR_TEXT.DIV0;

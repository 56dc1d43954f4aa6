/**
 * A minimal stand-in for Excel's `CustomFunctions` global: the Error class and
 * the ErrorCode values the wrappers use, as the runtime defines them.
 */
export class ExcelErrorDouble {
  constructor(
    public readonly code: string,
    public readonly message?: string
  ) {}
}

export function installCustomFunctionsDouble(): void {
  (globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
    Error: ExcelErrorDouble,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
      invalidName: "#NAME?",
      invalidReference: "#REF!",
    },
    associate: () => undefined,
  };
}

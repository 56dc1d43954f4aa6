/**
 * A minimal stand-in for Excel's `CustomFunctions` global: the Error class and
 * the ErrorCode values the wrappers use, as the runtime defines them, and an
 * `associate` that records registrations. Shared by the wrapper tests, the
 * registration test of the built functions.js and the functions benchmark.
 */
export class ExcelErrorDouble {
  constructor(
    public readonly code: string,
    public readonly message?: string
  ) {}
}

export type RegisteredFunction = (...args: unknown[]) => unknown;

export function customFunctionsDouble(registered = new Map<string, RegisteredFunction>()) {
  return {
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
    associate(id: string | Record<string, RegisteredFunction>, fn?: RegisteredFunction): void {
      if (typeof id === "string" && fn) registered.set(id, fn);
      else if (typeof id === "object")
        for (const [key, value] of Object.entries(id)) registered.set(key, value);
    },
  };
}

export function installCustomFunctionsDouble(): void {
  (globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = customFunctionsDouble();
}

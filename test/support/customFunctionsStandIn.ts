/**
 * A stand-in for Excel's `CustomFunctions` global: what the functions bundle needs to
 * load (associate) and to report errors (Error, ErrorCode), recording what it was given.
 */
export class StandInCustomFunctionsError extends Error {
  constructor(
    public readonly code: string,
    message?: string,
  ) {
    super(message ?? "");
  }
}

export function makeCustomFunctionsStandIn() {
  const associated = new Map<string, (...args: unknown[]) => unknown>();
  return {
    associated,
    global: {
      Error: StandInCustomFunctionsError,
      ErrorCode: {
        invalidValue: "#VALUE!",
        notAvailable: "#N/A",
        divisionByZero: "#DIV/0!",
        invalidNumber: "#NUM!",
        nullReference: "#NULL!",
        invalidName: "#NAME?",
        invalidReference: "#REF!",
      },
      associate(id: string, fn: (...args: unknown[]) => unknown) {
        associated.set(id, fn);
      },
    },
  };
}

/** Runs `fn` and returns what Excel would show: the value, or `{ code, message }` for an error. */
export function excelResult(fn: () => unknown): unknown {
  try {
    return fn();
  } catch (e) {
    if (e instanceof Error && "code" in e)
      return { code: (e as StandInCustomFunctionsError).code, message: e.message };
    throw e;
  }
}

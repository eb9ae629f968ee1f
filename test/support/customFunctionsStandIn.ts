import { CustomFunctionsError, CustomFunctionsErrorCode } from "@iku-lakip/excel-host";

/**
 * A stand-in for Excel's `CustomFunctions` global that records what `associate` was given,
 * so the built functions bundle can be loaded and called without the workbook host. Its
 * Error and ErrorCode are the host's, the one model of the runtime's in this project.
 */
export function makeCustomFunctionsStandIn() {
  const associated = new Map<string, (...args: unknown[]) => unknown>();
  return {
    associated,
    global: {
      Error: CustomFunctionsError,
      ErrorCode: CustomFunctionsErrorCode,
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
    if (e instanceof CustomFunctionsError) return { code: e.code, message: e.message };
    throw e;
  }
}

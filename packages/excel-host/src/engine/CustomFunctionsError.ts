/*
 * The custom-functions runtime's error type: `new CustomFunctions.Error(code?, message?)`
 * thrown by a custom function becomes that error value in its cell, message kept.
 */

/** The runtime's `CustomFunctions.ErrorCode`. */
export const CustomFunctionsErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

/** V8's (Node's, Chromium's) limit on captured stack frames; other engines ignore it. */
const V8Error = Error as ErrorConstructor & { stackTraceLimit: number | undefined };

/**
 * The runtime's `CustomFunctions.Error`.
 *
 * Like the runtime's (which is not even an Error subclass) it carries no stack trace: it
 * is a cell value, thrown by the thousand while a sheet recalculates (an empty input
 * row), and capturing a stack costs more than the rest of a custom function call.
 */
export class CustomFunctionsError extends Error {
  readonly code: string;
  constructor(code: string = CustomFunctionsErrorCode.invalidValue, message?: string) {
    const limit = V8Error.stackTraceLimit;
    V8Error.stackTraceLimit = 0;
    try {
      super(message ?? "");
    } finally {
      V8Error.stackTraceLimit = limit;
    }
    this.name = "CustomFunctions.Error";
    this.code = code;
  }
}

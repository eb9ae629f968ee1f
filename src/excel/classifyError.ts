import type { FailureCode } from "../core";

/** Our own timeout, raised when a `context.sync()` does not answer in time (see `withSyncTimeout`). */
export class SyncTimeoutError extends Error {
  /** office.js's own code for a request that timed out. */
  readonly code = "Timeout";
  constructor(readonly seconds: number) {
    super(`context.sync() did not answer within ${seconds} s`);
    this.name = "SyncTimeoutError";
  }
}

/**
 * An `OfficeExtension.Error` (or our `SyncTimeoutError`) as the core's `FailureCode`.
 * The codes are office.js's (Excel.ErrorCodes and OfficeExtension's core codes); where a
 * code means different things, `debugInfo.errorLocation` tells: InvalidArgument or
 * AccessDenied from `WorksheetProtection.unprotect`/`protect` is a protection the add-in
 * cannot lift (a password), elsewhere InvalidArgument is Excel refusing a value, which
 * the preflight should have caught: a fault of the add-in.
 */
export function classifyError(error: unknown): FailureCode {
  const { code, debugInfo } = (typeof error === "object" && error !== null ? error : {}) as {
    code?: unknown;
    debugInfo?: { errorLocation?: unknown };
  };
  const location = typeof debugInfo?.errorLocation === "string" ? debugInfo.errorLocation : "";
  const atProtection = /^WorksheetProtection\./.test(location);
  switch (code) {
    case "AccessDenied":
      return atProtection ? "passwordProtected" : "accessDenied";
    case "InvalidArgument":
      return atProtection ? "passwordProtected" : "unexpected";
    case "InvalidOperationInCellEditMode":
      return "cellEditMode";
    case "Timeout":
      return "timeout";
    case "ConnectionFailure":
    case "InvalidOrTimedOutSession":
    case "RequestAborted":
      return "connection";
    case "RequestPayloadSizeLimitExceeded":
    case "ResponsePayloadSizeLimitExceeded":
    case "RangeExceedsLimit":
      return "tooLarge";
    case "ItemNotFound":
    case "ItemAlreadyExists":
    case "InvalidReference":
      return "changedMeanwhile";
    case "ActivityLimitReached":
    case "WriteNotSupportedWhenModalDialogOpen":
    case "Conflict":
      return "busy";
    case "GeneralException":
      return "general";
    default:
      return "unexpected";
  }
}

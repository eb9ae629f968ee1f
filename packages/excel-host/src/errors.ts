/*
 * office.js's error shape: `OfficeExtension.Error` with `code`, `message` and
 * `debugInfo` ({ code, message, errorLocation }). The add-in branches on `code`
 * (e.g. ItemNotFound), so the host must use Excel's codes and not invent new ones.
 */

export const ErrorCode = {
  accessDenied: "AccessDenied",
  generalException: "GeneralException",
  invalidArgument: "InvalidArgument",
  invalidOperation: "InvalidOperation",
  invalidReference: "InvalidReference",
  itemAlreadyExists: "ItemAlreadyExists",
  itemNotFound: "ItemNotFound",
  notImplemented: "NotImplemented",
  propertyNotLoaded: "PropertyNotLoaded",
  rangeExceedsLimit: "RangeExceedsLimit",
  requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
  responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
  mergedRangeConflict: "MergedRangeConflict",
  cellEditMode: "InvalidOperationInCellEditMode",
  connectionFailure: "ConnectionFailure",
} as const;

/** Excel's own wording for the common codes. */
const MESSAGES: Record<string, string> = {
  AccessDenied: "You cannot perform the requested operation.",
  GeneralException: "An internal error has occurred.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidOperation: "The operation is invalid for the object or the current state of the object.",
  InvalidReference: "This reference is not valid for the current operation.",
  ItemAlreadyExists: "The resource already exists.",
  ItemNotFound: "The requested resource doesn't exist.",
  NotImplemented: "The requested feature isn't implemented.",
  RangeExceedsLimit: "The cell count in the range has exceeded the maximum supported number.",
  RequestPayloadSizeLimitExceeded: "The request payload size has exceeded the limit.",
  ResponsePayloadSizeLimitExceeded: "The response payload size has exceeded the limit.",
};

export interface DebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
  /** Host-only: why, in words, when Excel's generic message would not help a developer. */
  hostDetail?: string;
}

/** The host's `OfficeExtension.Error`. */
export class HostError extends Error {
  readonly code: string;
  readonly debugInfo: DebugInfo;
  /** office.js keeps the error of the previous attempt here; unused by the host. */
  readonly innerError: Error | null = null;
  readonly traceMessages: string[] = [];

  constructor(code: string, detail?: string, errorLocation?: string) {
    // Excel's wording, except for GeneralException, which here means a host or engine bug.
    const message =
      code === "GeneralException" && detail !== undefined ? detail : (MESSAGES[code] ?? detail ?? code);
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message };
    if (errorLocation !== undefined) this.debugInfo.errorLocation = errorLocation;
    if (detail !== undefined) this.debugInfo.hostDetail = detail;
  }

  /** Fills in the location (e.g. "Worksheet.name") if missing. */
  at(errorLocation: string): HostError {
    this.debugInfo.errorLocation ??= errorLocation;
    return this;
  }

  override toString(): string {
    return `${this.name}: ${this.message}`;
  }
}

export function propertyNotLoaded(property: string, type: string): HostError {
  const error = new HostError(
    ErrorCode.propertyNotLoaded,
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${type}.${property}`,
  );
  // office.js uses this long text as the message itself.
  Object.defineProperty(error, "message", { value: error.debugInfo.hostDetail });
  error.debugInfo.message = error.message;
  return error;
}

export const invalidArgument = (detail: string): HostError =>
  new HostError(ErrorCode.invalidArgument, detail);
export const itemNotFound = (detail: string): HostError => new HostError(ErrorCode.itemNotFound, detail);
export const invalidOperation = (detail: string): HostError =>
  new HostError(ErrorCode.invalidOperation, detail);
export const itemAlreadyExists = (detail: string): HostError =>
  new HostError(ErrorCode.itemAlreadyExists, detail);
export const accessDenied = (detail: string): HostError => new HostError(ErrorCode.accessDenied, detail);

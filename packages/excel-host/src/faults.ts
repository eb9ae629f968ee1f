/*
 * Switchable faults: what real Excel does that its documentation does not say, so a test
 * can make it happen (office-js-known-issues: B.5 syncs that never return, B.7 cell-edit
 * mode, F.16 protect/unprotect throwing AccessDenied, I.23 fit-to-pages ignored), and a
 * batch failing part-way with any error code, for fault-injection tests.
 *
 *   workbook.faults({ failSync: { at: 2, code: "GeneralException", applied: 5 } });
 *   workbook.faults(); // all off
 *
 * Syncs and protection calls are counted from the moment the faults are set.
 */
import { ErrorCode, HostError } from "./errors";

export interface FaultPlan {
  /**
   * The `at`-th sync from now (1-based) fails with `code` after applying its first
   * `applied` operations (default 0; `Infinity`: all of them, then the answer is lost,
   * as with a connection dropped after Excel did the work). Loaded values of that sync
   * are not published. `InvalidOperationInCellEditMode` always applies nothing: Excel
   * refuses the whole batch.
   */
  readonly failSync?: SyncFailure | readonly SyncFailure[];
  /** The n-th sync from now never settles (resolves nor rejects); its operations are never applied. */
  readonly hangSync?: number;
  /**
   * While true, every sync fails with `InvalidOperationInCellEditMode` and applies
   * nothing: the user is typing in a cell (switch it off: they pressed Enter or Esc).
   */
  readonly cellEditMode?: boolean;
  /**
   * `protect()`/`unprotect()` fail with AccessDenied, as on the Windows build of
   * office-js#6784: every call (`true`), or the listed 1-based calls from now.
   */
  readonly protectionAccessDenied?: true | readonly number[];
  /**
   * `pageLayout.zoom` drops `horizontalFitToPages`/`verticalFitToPages` silently (the
   * zoom stays as it was), as desktop Excel does unless its Page Layout tab is showing
   * (office-js#1860); `scale` is still applied.
   */
  readonly ignoreFitToPages?: boolean;
}

/** One sync to fail (see `FaultPlan.failSync`); a list fails several. */
export interface SyncFailure {
  readonly at: number;
  readonly code: string;
  readonly applied?: number;
}

const isList = (f: SyncFailure | readonly SyncFailure[]): f is readonly SyncFailure[] => Array.isArray(f);

/** What happens to one sync. */
export type SyncFault =
  { readonly kind: "fail"; readonly error: HostError; readonly applied: number } | { readonly kind: "hang" };

/** Excel's wording for the codes that only faults produce. */
const WORDING: Readonly<Record<string, string>> = {
  InvalidOperationInCellEditMode:
    "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or by selecting another cell, and then try again.",
  ConnectionFailure: "The connection to Excel was lost.",
  Timeout: "The operation has timed out.",
};

/** The error a fault raises: Excel's code, with a host detail saying it was injected. */
function faultError(code: string, location = "RequestContext.sync"): HostError {
  const error = new HostError(code, `Injected fault (${code}).`, location);
  const wording = WORDING[code];
  if (wording !== undefined) {
    Object.defineProperty(error, "message", { value: wording });
    error.debugInfo.message = wording;
  }
  return error;
}

export class FaultState {
  private plan: FaultPlan = {};
  private syncs = 0;
  private protectionCalls = 0;

  set(plan: FaultPlan = {}): void {
    this.plan = plan;
    this.syncs = 0;
    this.protectionCalls = 0;
  }

  get ignoreFitToPages(): boolean {
    return this.plan.ignoreFitToPages === true;
  }

  /** Called once per sync, before anything is applied. */
  nextSync(): SyncFault | null {
    this.syncs++;
    const { failSync, hangSync, cellEditMode } = this.plan;
    if (cellEditMode) return { kind: "fail", error: faultError(ErrorCode.cellEditMode), applied: 0 };
    if (hangSync === this.syncs) return { kind: "hang" };
    const failures: readonly SyncFailure[] =
      failSync === undefined ? [] : isList(failSync) ? failSync : [failSync];
    const failure = failures.find((f) => f.at === this.syncs);
    if (failure) {
      const applied = failure.code === ErrorCode.cellEditMode ? 0 : (failure.applied ?? 0);
      return { kind: "fail", error: faultError(failure.code), applied };
    }
    return null;
  }

  /** Called as protect() or unprotect() is applied: an error when this call must fail. */
  nextProtectionCall(method: "protect" | "unprotect"): HostError | null {
    this.protectionCalls++;
    const denied = this.plan.protectionAccessDenied;
    if (denied === undefined) return null;
    if (denied !== true && !denied.includes(this.protectionCalls)) return null;
    return faultError(ErrorCode.accessDenied, `WorksheetProtection.${method}`);
  }
}

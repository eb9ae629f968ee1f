/**
 * How an action ended, as data a shell words (the task pane through the message
 * catalogues, a command line through the same): done, refused before writing, or failed
 * with what was done about it. Nothing here holds a sentence.
 */

/**
 * Why Excel (or another shell) refused or broke off a read or a write, in the core's
 * terms; each has its own advice (`MESSAGES[lang].failure`). A shell maps its own errors
 * onto these (`Shell.classify`), Excel's by `OfficeExtension.Error` code.
 */
export type FailureCode =
  /** A sheet is protected with a password the add-in does not know (or Excel would not lift the protection). */
  | "passwordProtected"
  /** Excel refused the change: the workbook is protected, read-only, or locked by another user. */
  | "accessDenied"
  /** The user is typing in a cell: Excel runs no add-in batch until they press Enter or Esc. */
  | "cellEditMode"
  /** Excel did not answer in time (Excel on the web: a sync that never returns). */
  | "timeout"
  /** The connection to Excel was lost. */
  | "connection"
  /** The request or its answer was larger than Excel accepts (5 MB on the web). */
  | "tooLarge"
  /** A sheet or name vanished, or appeared, while the action ran (someone else is editing). */
  | "changedMeanwhile"
  /** Excel is busy with something else (a dialog is open, too many requests). */
  | "busy"
  /** Excel reported an internal error. */
  | "general"
  /** Anything else: a fault of the add-in itself. */
  | "unexpected";

export interface ActionFailure {
  readonly code: FailureCode;
  /** Where the action was: reading (nothing was written) or writing. */
  readonly step: "membaca" | "menulis";
  /** The shell's error as thrown, for the console and support; never shown to the user. */
  readonly cause: unknown;
}

/**
 * A reason found before writing that the write would fail or be wrong (`preflight`):
 * the action stops with nothing changed.
 */
export type WriteProblem =
  | { readonly code: "sheetPasswordProtected"; readonly sheet: string }
  /** A sheet to create or a new name is taken. */
  | { readonly code: "sheetExists"; readonly sheet: string }
  /** A sheet to write, rename or delete is not there. */
  | { readonly code: "sheetNotFound"; readonly sheet: string }
  /** Not a name Excel accepts for a sheet (1–31 characters, none of : \ / ? * [ ], …). */
  | { readonly code: "sheetNameInvalid"; readonly sheet: string }
  | { readonly code: "nameExists"; readonly name: string }
  /** A number that is not a number (NaN, ±Infinity) in a cell to write. */
  | { readonly code: "notFinite"; readonly sheet: string; readonly address: string }
  /** A cell beyond Excel's grid (1,048,576 rows × 16,384 columns). */
  | { readonly code: "outsideGrid"; readonly sheet: string; readonly address: string }
  /** Too large for one request even when split (Excel on the web's 5 MB). */
  | { readonly code: "tooLarge" };

/** Something a complete write could not do, said beside its success. */
export type WriteNotice =
  /** Fit-to-page printing did not stick (Excel desktop ignores it unless Page Layout shows). */
  | { readonly code: "fitToPageIgnored"; readonly sheets: readonly string[] }
  /** Excel refused to protect these sheets again: their formulas are unlocked. */
  | { readonly code: "protectionNotRestored"; readonly sheets: readonly string[] };

/** What the recovery after a failed write found and did (`planRecovery`). */
export interface Recovery {
  /**
   * - `rolledBack`: the write had begun and is undone: sheets it created are removed,
   *   renamed ones have their names back, IKU_Meta and protection are as before;
   * - `nothingWritten`: the write never began (a protection it could not lift, Excel
   *   refusing the whole batch): the workbook is as before;
   * - `failed`: the recovery itself could not run; the workbook may hold part of the
   *   write, which running the action again completes (the journal marks it).
   */
  readonly status: "rolledBack" | "nothingWritten" | "failed";
  /**
   * Sheets the write updated in place (the add-in's own): their cells are back as they
   * were, but they may keep some of the new formats and protection settings. Running the
   * action again completes them.
   */
  readonly partial: readonly string[];
  /** Why the recovery failed (status `failed`). */
  readonly failure?: ActionFailure;
}

export type ActionOutcome<Report> =
  | {
      readonly status: "done";
      readonly report: Report;
      /** Shown beside the success. */
      readonly notices: readonly WriteNotice[];
    }
  | {
      /** The preflight found reasons not to write: nothing was changed. */
      readonly status: "refused";
      readonly report: Report;
      readonly problems: readonly WriteProblem[];
    }
  | {
      readonly status: "failed";
      /** What the action decided before the write failed; `null` when reading failed. */
      readonly report: Report | null;
      readonly failure: ActionFailure;
      /** `null` when nothing was being written (a read failed). */
      readonly recovery: Recovery | null;
    };

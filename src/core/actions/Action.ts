import type { WorkbookPlan } from "../workbook/SheetPlan";
import type { ReadSpec, WorkbookRead } from "../workbook/ReadSpec";

/**
 * A user action ("Siapkan Template IKU", "Validasi", "Buat Lembar LAKIP") as data and one
 * pure decision: what to read, in phases, then what to change and what to tell the user.
 * Any shell runs it the same way (`performAction`; `src/excel/runAction.ts` for Excel):
 * each read phase is one round trip, the plan one more (split only past Excel on the
 * web's 5 MB limit), so an action's round trips are known from its phases, whatever the
 * workbook's size.
 */
export interface Action<Options, Report> {
  /**
   * The read phases, in order. Each gets what the earlier ones read (the first gets
   * `NOTHING_READ`) and says what to read next; `null` (or an empty spec) skips the
   * phase, and its round trip, when there is nothing to read.
   */
  readonly reads: readonly ((soFar: WorkbookRead, options: Options) => ReadSpec | null)[];
  /** Pure: the same read and options give the same result. */
  readonly decide: (read: WorkbookRead, options: Options) => ActionResult<Report>;
}

export interface ActionResult<Report> {
  /** Every change to make, in one plan; `null` when the action writes nothing. */
  readonly plan: WorkbookPlan | null;
  /** What the task pane (or a command line) tells the user: typed data, worded by the shell. */
  readonly report: Report;
}

/**
 * The stages a shell goes through, for a progress display: read, decide, write, and
 * after a failed write, recover (undo what began).
 */
export type ActionStep = "membaca" | "menghitung" | "menulis" | "memulihkan";

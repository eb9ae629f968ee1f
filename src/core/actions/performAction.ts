import type { WorkbookPlan } from "../workbook/SheetPlan";
import {
  isEmptySpec,
  mergeReads,
  NOTHING_READ,
  type ReadSpec,
  type WorkbookRead,
} from "../workbook/ReadSpec";
import type { Action, ActionStep } from "./Action";
import type { ActionFailure, ActionOutcome, FailureCode, WriteNotice } from "./ActionOutcome";

/** What a shell says about a write that completed: what it could not do. */
export interface WriteResult {
  readonly notices: readonly WriteNotice[];
}

/** What a shell brings to run an action: a way to read a spec and to write a plan. */
export interface Shell {
  /** One read phase (Excel: one `context.sync()`). */
  read(spec: ReadSpec): Promise<WorkbookRead>;
  /**
   * The whole plan, in the order `WorkbookPlan` documents; `read` is everything read
   * before, the sheet list (protection) included. Rejects with the shell's own error.
   */
  write(plan: WorkbookPlan, read: WorkbookRead): Promise<WriteResult | void>;
  /** What a rejected read or write means ("unexpected" when absent or unknown). */
  readonly classify?: (error: unknown) => FailureCode;
  /** The largest request the shell can send (Excel on the web: 5 MB); none when absent. */
  readonly maxBatchBytes?: number;
  /** Called as each stage starts: reading, deciding, writing, recovering. */
  readonly onStep?: (step: ActionStep) => void;
}

export interface PerformSettings {
  /** The run's id in IKU_Meta's journal; a fresh one by default (tests fix it). */
  readonly runId?: string;
}

/**
 * Runs any action on any shell, the same way for Excel (`src/excel/runAction.ts`) and for
 * a file: the read phases in order (a phase with nothing to read costs no round trip),
 * the pure decision, the preflight (`preflight`: a problem stops the action with
 * nothing changed), then the plan with its journal (`withJournal`).
 *
 * A read that fails has changed nothing. A write that fails is recovered from: one read
 * of the workbook as it is now, then the plan `planRecovery` computes from it (undo
 * what began, or finish what had in fact completed). Every outcome is data; the shell's
 * error travels in it (`failure.cause`) for the console, never as the user's message.
 */
export async function performAction<Options, Report>(
  action: Action<Options, Report>,
  options: Options,
  shell: Shell,
  settings: PerformSettings = {},
): Promise<ActionOutcome<Report>> {
  const failure = (step: ActionFailure["step"], cause: unknown): ActionFailure => ({
    code: shell.classify?.(cause) ?? "unexpected",
    step,
    cause,
  });

  shell.onStep?.("membaca");
  let read = NOTHING_READ;
  try {
    for (const phase of action.reads) {
      const spec = phase(read, options);
      if (spec === null || isEmptySpec(spec)) continue;
      read = mergeReads(read, await shell.read(spec));
    }
  } catch (cause) {
    return { status: "failed", report: null, failure: failure("membaca", cause), recovery: null };
  }

  shell.onStep?.("menghitung");
  const { plan, report } = action.decide(read, options);
  if (plan === null) return { status: "done", report, notices: [] };
  // The write half (preflight, journal, recovery) is needed only by actions that write:
  // in the task pane a chunk of its own, loaded with the first write, so the pane opens
  // (and validates) without it.
  const { writePlan } = await import(/* webpackChunkName: "write" */ "./writePlan");
  return writePlan(plan, report, read, shell, failure, settings);
}

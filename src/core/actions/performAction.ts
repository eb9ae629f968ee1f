import type { WorkbookPlan } from "../workbook/SheetPlan";
import {
  isEmptySpec,
  mergeReads,
  NOTHING_READ,
  readOf,
  type ReadSpec,
  type WorkbookRead,
} from "../workbook/ReadSpec";
import { SHEET } from "../workbook/workbookLayout";
import type { Action, ActionStep } from "./Action";
import type { ActionFailure, ActionOutcome, FailureCode, Recovery, WriteNotice } from "./ActionOutcome";
import { planRecovery, recoveryRead } from "./planRecovery";
import { preflight } from "./preflight";
import { newRunId, withJournal } from "./withJournal";

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
  const runId = settings.runId ?? newRunId();
  const journaled = withJournal(plan, readOf(read, SHEET.meta)?.values, runId);
  const problems = preflight(
    journaled,
    read,
    shell.maxBatchBytes === undefined ? {} : { maxBatchBytes: shell.maxBatchBytes },
  );
  if (problems.length > 0) return { status: "refused", report, problems };

  shell.onStep?.("menulis");
  try {
    const result = await shell.write(journaled, read);
    return { status: "done", report, notices: result?.notices ?? [] };
  } catch (cause) {
    const failed = failure("menulis", cause);
    shell.onStep?.("memulihkan");
    const recovered = await recover(shell, read, journaled, runId, failure);
    if (recovered.status === "completed") return { status: "done", report, notices: recovered.notices };
    return { status: "failed", report, failure: failed, recovery: recovered };
  }
}

async function recover(
  shell: Shell,
  before: WorkbookRead,
  plan: WorkbookPlan,
  runId: string,
  failure: (step: ActionFailure["step"], cause: unknown) => ActionFailure,
): Promise<Recovery | { readonly status: "completed"; readonly notices: readonly WriteNotice[] }> {
  let partial: readonly string[] = [];
  try {
    const now = await shell.read(recoveryRead());
    const recovery = planRecovery(before, plan, now, runId);
    partial = recovery.partial;
    if (recovery.status === "completed" && recovery.fallback) {
      try {
        await shell.write(recovery.plan ?? { sheets: [], names: [] }, now);
        return { status: "completed", notices: recovery.notices };
      } catch {
        await shell.write(recovery.fallback.plan, now);
        return { status: "completed", notices: recovery.fallback.notices };
      }
    }
    if (recovery.plan) await shell.write(recovery.plan, now);
    if (recovery.status === "completed") return { status: "completed", notices: recovery.notices };
    return { status: recovery.status, partial };
  } catch (cause) {
    return { status: "failed", partial, failure: failure("menulis", cause) };
  }
}

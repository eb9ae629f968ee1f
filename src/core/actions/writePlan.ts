import type { WorkbookPlan } from "../workbook/SheetPlan";
import { readOf, type WorkbookRead } from "../workbook/ReadSpec";
import { SHEET } from "../workbook/workbookLayout";
import type { ActionFailure, ActionOutcome, Recovery, WriteNotice } from "./ActionOutcome";
import type { PerformSettings, Shell } from "./performAction";
import { planRecovery, recoveryRead } from "./planRecovery";
import { preflight } from "./preflight";
import { newRunId, withJournal } from "./withJournal";

type Failure = (step: ActionFailure["step"], cause: unknown) => ActionFailure;

/**
 * The write half of `performAction`, for a plan an action decided: the journal
 * (`withJournal`), the preflight (`preflight`: a problem stops the action with nothing
 * changed), the write, and after a failed write the recovery: one read of the workbook as
 * it is now, then the plan `planRecovery` computes from it (undo what began, or finish
 * what had in fact completed).
 */
export async function writePlan<Report>(
  plan: WorkbookPlan,
  report: Report,
  read: WorkbookRead,
  shell: Shell,
  failure: Failure,
  settings: PerformSettings,
): Promise<ActionOutcome<Report>> {
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
  failure: Failure,
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

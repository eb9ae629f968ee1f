import { MAX_BATCH_BYTES, performAction, type Action, type ActionOutcome, type ActionStep } from "../core";
import { classifyError } from "./classifyError";
import { defaultRun, type ExcelRun } from "./ExcelRun";
import { readWorkbook } from "./readWorkbook";
import type { Capabilities } from "./requirements";
import { SYNC_TIMEOUT_MS, withSyncTimeout } from "./withSyncTimeout";

export interface RunSettings {
  /** Called as the runner enters each stage: reading, deciding, writing, recovering. */
  readonly onStep?: (step: ActionStep) => void;
  /** The largest batch the plan is written in; Excel on the web's limit by default. */
  readonly maxBatchBytes?: number;
  /** How long one `context.sync()` may take (`SYNC_TIMEOUT_MS` by default). */
  readonly syncTimeoutMs?: number;
  /** Requirement sets beyond the manifest's that this Office supports (`detectCapabilities`). */
  readonly capabilities?: Capabilities;
  /** The run's id in IKU_Meta's journal (tests fix it); fresh by default. */
  readonly runId?: string;
}

/**
 * Runs any core action against Excel: each read phase is one sync (`readWorkbook`), the
 * plan one more (`executePlan`, split only past the 5 MB request limit), each in its own
 * `Excel.run`, so that after a failure (a timeout above all) the recovery starts from a
 * fresh context, as Microsoft advises for syncs that never return. Every sync is raced
 * against a timeout. Returns the action's outcome; nothing here knows which action it runs.
 */
export async function runAction<Options, Report>(
  action: Action<Options, Report>,
  options: Options,
  run: ExcelRun = defaultRun,
  settings: RunSettings = {},
): Promise<ActionOutcome<Report>> {
  const timed = withSyncTimeout(run, settings.syncTimeoutMs ?? SYNC_TIMEOUT_MS);
  const maxBatchBytes = settings.maxBatchBytes ?? MAX_BATCH_BYTES;
  return performAction(
    action,
    options,
    {
      read: (spec) => timed((context) => readWorkbook(context, spec, settings.capabilities)),
      async write(plan, read) {
        // The executor loads with the first write (chunk write.js, with the core's write half).
        const { executePlan } = await import(/* webpackChunkName: "write" */ "./executePlan");
        return timed((context) => executePlan(context, plan, read.sheets, maxBatchBytes));
      },
      classify: classifyError,
      maxBatchBytes,
      ...(settings.onStep ? { onStep: settings.onStep } : {}),
    },
    settings.runId === undefined ? {} : { runId: settings.runId },
  );
}

import { performAction, type Action, type ActionStep } from "../core";
import { defaultRun, type ExcelRun } from "./ExcelRun";
import { executePlan } from "./executePlan";
import { readWorkbook } from "./readWorkbook";

export interface RunSettings {
  /** Called as the runner enters each stage: reading, deciding, writing (only when there is a plan). */
  readonly onStep?: (step: ActionStep) => void;
  /** The largest batch the plan is written in; Excel on the web's limit by default. */
  readonly maxBatchBytes?: number;
}

/**
 * Runs any core action against Excel in one `Excel.run`: each read phase is one sync
 * (`readWorkbook`), the plan one more (`executePlan`, split only past the 5 MB request
 * limit). Returns the action's report. Nothing here knows which action it runs.
 */
export async function runAction<Options, Report>(
  action: Action<Options, Report>,
  options: Options,
  run: ExcelRun = defaultRun,
  settings: RunSettings = {},
): Promise<Report> {
  return run((context) =>
    performAction(action, options, {
      read: (spec) => readWorkbook(context, spec),
      write: (plan, read) => executePlan(context, plan, read.sheets, settings.maxBatchBytes),
      ...(settings.onStep ? { onStep: settings.onStep } : {}),
    }),
  );
}

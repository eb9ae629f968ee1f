import { isEmptySpec, mergeReads, NOTHING_READ, type Action, type ActionStep } from "../core";
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
 * Runs any core action against Excel: its read phases (a sync each, a phase with nothing
 * to read costs none), the core's decision, then the plan (a sync, more only if the plan
 * would pass the 5 MB request limit). Returns the action's report. Nothing here knows
 * which action it runs.
 */
export async function runAction<Options, Report>(
  action: Action<Options, Report>,
  options: Options,
  run: ExcelRun = defaultRun,
  settings: RunSettings = {},
): Promise<Report> {
  return run(async (context) => {
    settings.onStep?.("membaca");
    let read = NOTHING_READ;
    for (const phase of action.reads) {
      const spec = phase(read, options);
      if (spec === null || isEmptySpec(spec)) continue;
      read = mergeReads(read, await readWorkbook(context, spec));
    }
    settings.onStep?.("menghitung");
    const { plan, report } = action.decide(read, options);
    if (plan !== null) {
      settings.onStep?.("menulis");
      await executePlan(context, plan, read.sheets, settings.maxBatchBytes);
    }
    return report;
  });
}

import type { Action } from "../../src/core/actions/Action";
import type { ExcelRun } from "../../src/excel/ExcelRun";
import { runAction, type RunSettings } from "../../src/excel/runAction";

/**
 * `runAction` for tests of what an action decides: the report of an outcome that must
 * be "done" (a refused or failed run fails the test, saying why).
 */
export async function runReport<Options, Report>(
  action: Action<Options, Report>,
  options: Options,
  run: ExcelRun,
  settings: RunSettings = {},
): Promise<Report> {
  const outcome = await runAction(action, options, run, settings);
  if (outcome.status === "done") return outcome.report;
  const why =
    outcome.status === "refused"
      ? JSON.stringify(outcome.problems)
      : `${outcome.failure.code}: ${String(outcome.failure.cause)}`;
  throw new Error(`The action did not complete (${outcome.status}): ${why}`);
}

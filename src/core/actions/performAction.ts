import type { WorkbookPlan } from "../workbook/SheetPlan";
import {
  isEmptySpec,
  mergeReads,
  NOTHING_READ,
  type ReadSpec,
  type WorkbookRead,
} from "../workbook/ReadSpec";
import type { Action, ActionStep } from "./Action";

/** What a shell brings to run an action: a way to read a spec and to write a plan. */
export interface Shell {
  /** One read phase (Excel: one `context.sync()`). */
  read(spec: ReadSpec): Promise<WorkbookRead>;
  /** The whole plan; `read` is everything read before, the sheet list (protection) included. */
  write(plan: WorkbookPlan, read: WorkbookRead): Promise<void>;
  /** Called as each stage starts: reading, deciding, writing (only when there is a plan). */
  readonly onStep?: (step: ActionStep) => void;
}

/**
 * Runs any action on any shell, the same way for Excel (`src/excel/runAction.ts`) and for
 * a file: the read phases in order (a phase with nothing to read costs no round trip),
 * the pure decision, then the plan. Returns the action's report.
 */
export async function performAction<Options, Report>(
  action: Action<Options, Report>,
  options: Options,
  shell: Shell,
): Promise<Report> {
  shell.onStep?.("membaca");
  let read = NOTHING_READ;
  for (const phase of action.reads) {
    const spec = phase(read, options);
    if (spec === null || isEmptySpec(spec)) continue;
    read = mergeReads(read, await shell.read(spec));
  }
  shell.onStep?.("menghitung");
  const { plan, report } = action.decide(read, options);
  if (plan !== null) {
    shell.onStep?.("menulis");
    await shell.write(plan, read);
  }
  return report;
}

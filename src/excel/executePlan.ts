import {
  MAX_BATCH_BYTES,
  splitWorkbookPlan,
  type SheetInfo,
  type WorkbookPlan,
  type WriteResult,
} from "../core";
import { applyWorkbookPlan, WriteState } from "./applyWorkbookPlan";

/**
 * The generic executor: writes a plan in one sync, or, when it would pass Excel on the
 * web's 5 MB request limit, in parts of a sync each (`splitWorkbookPlan`). `sheets` is
 * the sheet list as read before, so a protected sheet is unprotected (and protected
 * again) only when that changes its state.
 *
 * After the sync it looks at what Excel may have silently ignored: fit-to-page printing
 * (office-js#1860), read back in the same batch.
 */
export async function executePlan(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  sheets: readonly SheetInfo[],
  maxBatchBytes: number = MAX_BATCH_BYTES,
): Promise<WriteResult> {
  const state = new WriteState(sheets);
  const parts = splitWorkbookPlan(plan, maxBatchBytes);
  for (const [i, part] of parts.entries()) {
    applyWorkbookPlan(context, part, state, i === parts.length - 1);
    await context.sync();
  }
  const ignored = state.fitChecks.filter((c) => c.layout.zoom.horizontalFitToPages !== 1).map((c) => c.sheet);
  return { notices: ignored.length > 0 ? [{ code: "fitToPageIgnored", sheets: [...new Set(ignored)] }] : [] };
}

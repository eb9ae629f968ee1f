import { MAX_BATCH_BYTES, splitWorkbookPlan, type SheetInfo, type WorkbookPlan } from "../core";
import { applyWorkbookPlan, SheetProtection } from "./applyWorkbookPlan";

/**
 * The generic executor: writes a plan in one sync, or, when it would pass Excel on the
 * web's 5 MB request limit, in parts of a sync each (`splitWorkbookPlan`). `sheets` is
 * the sheet list as read before, so a protected sheet is unprotected (and protected
 * again) only when that changes its state.
 */
export async function executePlan(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  sheets: readonly SheetInfo[],
  maxBatchBytes: number = MAX_BATCH_BYTES,
): Promise<void> {
  const protection = SheetProtection.of(sheets);
  for (const part of splitWorkbookPlan(plan, maxBatchBytes)) {
    applyWorkbookPlan(context, part, protection);
    await context.sync();
  }
}

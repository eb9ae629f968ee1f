/**
 * Excel on the web refuses a request over 5 MB. A plan is applied in one batch when it
 * fits, which is nearly always; only a plan that would not fit is cut (`splitWorkbookPlan`),
 * and then only between rows of its cell blocks, each later part writing into sheets the
 * first made. Compared with `estimatePlanBytes`, which errs high: 4.5 MB leaves room for
 * what Excel's own envelope adds over the estimate.
 *
 * A file of its own so that the runner's default (in the pane's bundle) does not pull the
 * splitter in with it: the splitter belongs to the write chunk.
 */
export const MAX_BATCH_BYTES = 4_500_000;

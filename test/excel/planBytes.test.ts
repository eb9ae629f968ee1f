/*
 * The plan splitter's estimate of a request against what the development host measures of
 * the batch the executor really sends (the same plan, unsplit): over it, so a plan is cut
 * before Excel on the web's 5 MB limit rather than after, and not so far over that plans
 * are cut for nothing (a report's many small formats are where it errs most). Excel's own envelope is larger per call than the host's, which
 * MAX_BATCH_BYTES leaves room for.
 */
import type { Action } from "../../src/core/actions/Action";
import { generateLakip } from "../../src/core/actions/generateLakip";
import { performAction } from "../../src/core/actions/performAction";
import { setupTemplate } from "../../src/core/actions/setupTemplate";
import type { WorkbookPlan } from "../../src/core/workbook/SheetPlan";
import { MAX_BATCH_BYTES } from "../../src/core/workbook/MAX_BATCH_BYTES";
import { estimatePlanBytes, splitWorkbookPlan } from "../../src/core/workbook/splitWorkbookPlan";
import { executePlan } from "../../src/excel/executePlan";
import { readWorkbook } from "../../src/excel/readWorkbook";
import { bigCatalog } from "../fixtures/bigCatalog";
import { asVersion1 } from "../fixtures/v1/asVersion1";
import { LakipWorkbook } from "./lakipWorkbook";

/** An action's plan on the workbook, and the bytes of the one batch that writes it. */
async function planAndBatch<Options>(
  book: LakipWorkbook,
  action: Action<Options, unknown>,
  options: Options,
): Promise<{ plan: WorkbookPlan; measured: number }> {
  let written: WorkbookPlan | null = null;
  await book.run((context) =>
    performAction(action, options, {
      read: (spec) => readWorkbook(context, spec),
      write: async (plan, read) => {
        written = plan;
        book.workbook.resetStats();
        await executePlan(context, plan, read.sheets, Infinity);
      },
    }),
  );
  const plan = written as WorkbookPlan | null;
  if (!plan) throw new Error("nothing planned");
  const { batchBytes } = book.workbook.stats();
  expect(batchBytes).toHaveLength(1);
  return { plan, measured: batchBytes[0] ?? 0 };
}

describe("estimatePlanBytes against the batch the executor sends (170 indicators)", () => {
  const options = { currentYear: 2025 };
  let book: LakipWorkbook;
  beforeEach(() => {
    book = new LakipWorkbook(bigCatalog(170));
    book.workbook.installGlobals();
  });
  afterEach(() => book.tearDown());

  const within = (estimate: number, measured: number) => {
    expect(estimate).toBeGreaterThanOrEqual(measured);
    expect(estimate).toBeLessThanOrEqual(measured * 1.5);
  };

  it("a new template: formats over thousands of rows count as the per-cell arrays Excel is sent", async () => {
    const { plan, measured } = await planAndBatch(book, setupTemplate, { catalog: book.catalog, ...options });
    within(estimatePlanBytes(plan), measured);
    // The plan's JSON alone, the old estimate, fell short of the batch.
    expect(JSON.stringify(plan).length).toBeLessThan(measured);
  });

  it("the upgrade of a filled version-1 workbook, and the LAKIP report on it", async () => {
    await book.setUp();
    await asVersion1(book.workbook, book.catalog);
    const upgrade = await planAndBatch(book, setupTemplate, { catalog: book.catalog, ...options });
    within(estimatePlanBytes(upgrade.plan), upgrade.measured);
    const lakip = await planAndBatch(book, generateLakip, { generatedAt: new Date(2025, 0, 6) });
    within(estimatePlanBytes(lakip.plan), lakip.measured);
  });

  it("cuts a plan whose batch would pass a limit into parts whose batches stay under it", async () => {
    const { plan, measured } = await planAndBatch(book, setupTemplate, { catalog: book.catalog, ...options });
    // A limit the formats and rules fit under, a quarter of the way to the whole batch: the
    // estimate, not the plan's JSON, decides where the cells are cut.
    const skeleton = estimatePlanBytes({ ...plan, sheets: plan.sheets.map((s) => ({ ...s, cells: [] })) });
    const limit = Math.ceil(skeleton + (measured - skeleton) / 4);
    const parts = splitWorkbookPlan(plan, limit);
    expect(parts.length).toBeGreaterThanOrEqual(3);
    const fresh = new LakipWorkbook(book.catalog);
    book.tearDown();
    fresh.workbook.installGlobals();
    book = fresh;
    await fresh.run((context) => executePlan(context, plan, [], limit));
    const { batchBytes } = fresh.workbook.stats();
    expect(batchBytes).toHaveLength(parts.length);
    for (const bytes of batchBytes) expect(bytes).toBeLessThanOrEqual(limit);
    expect(MAX_BATCH_BYTES).toBeLessThan(5 * 1024 * 1024);
  });
});

import { generateLakip } from "../../src/core/actions/generateLakip";
import { setupTemplate } from "../../src/core/actions/setupTemplate";
import { validate } from "../../src/core/actions/validate";
import type { ActionStep } from "../../src/core/actions/Action";
import { performAction } from "../../src/core/actions/performAction";
import type { WorkbookPlan } from "../../src/core/workbook/SheetPlan";
import { estimatePlanBytes } from "../../src/core/workbook/splitWorkbookPlan";
import { readWorkbook } from "../../src/excel/readWorkbook";
import { runReport } from "../support/runReport";
import { LakipWorkbook } from "./lakipWorkbook";

const NOW = new Date(2025, 0, 6, 8, 15);

describe("runAction, the one runner of every action", () => {
  let book: LakipWorkbook;
  beforeEach(async () => {
    book = await new LakipWorkbook().setUp();
  });
  afterEach(() => book.tearDown());

  it("reports reading, deciding and writing, in that order, for an action that writes", async () => {
    const steps: ActionStep[] = [];
    await runReport(setupTemplate, { currentYear: 2025 }, book.run, { onStep: (s) => steps.push(s) });
    expect(steps).toEqual(["membaca", "menghitung", "menulis"]);
    expect(book.workbook.stats().syncs).toBe(3);
  });

  it("never reports writing for Validasi, which writes nothing, in two syncs", async () => {
    const steps: ActionStep[] = [];
    await runReport(validate, {}, book.run, { onStep: (s) => steps.push(s) });
    expect(steps).toEqual(["membaca", "menghitung"]);
    expect(book.workbook.stats().syncs).toBe(2);
  });

  it("writes the LAKIP report in three syncs: two reads and one write", async () => {
    const steps: ActionStep[] = [];
    const result = await runReport(generateLakip, { generatedAt: NOW }, book.run, {
      onStep: (s) => steps.push(s),
    });
    expect(result.status).toBe("written");
    expect(steps).toEqual(["membaca", "menghitung", "menulis"]);
    expect(book.workbook.stats().syncs).toBe(3);
  });

  it("splits a write that would pass the batch limit, and the report is the same", async () => {
    await runReport(generateLakip, { generatedAt: NOW }, book.run);
    const whole = book.workbook.read("LAKIP 2024");
    // The same pembilang again (column G in version 2): nothing the report shows changes.
    book.workbook.write("Linjamsos", `G${book.rowOf("Linjamsos", "IKU-01", 2024)}`, [[7]]);
    book.workbook.resetStats();
    // A limit above the plan's skeleton (its formats without cell values) and below the
    // whole plan, by the splitter's own estimate: the cells go in more than one batch.
    let plan: WorkbookPlan | null = null;
    await book.run((context) =>
      performAction(
        generateLakip,
        { generatedAt: NOW },
        {
          read: (spec) => readWorkbook(context, spec),
          write: (p) => {
            plan = p;
            return Promise.resolve();
          },
        },
      ),
    );
    const planned = plan as WorkbookPlan | null;
    if (!planned) throw new Error("no plan");
    const skeleton = estimatePlanBytes({
      ...planned,
      sheets: planned.sheets.map((s) => ({ ...s, cells: [] })),
    });
    const maxBatchBytes = Math.ceil((skeleton + estimatePlanBytes(planned)) / 2);
    book.workbook.resetStats();
    await runReport(generateLakip, { generatedAt: NOW }, book.run, { maxBatchBytes });
    expect(book.workbook.stats().syncs).toBeGreaterThan(3);
    expect(book.workbook.read("LAKIP 2024").values).toEqual(whole.values);
  });

  it("regenerates an unchanged report at its own tab position", async () => {
    await runReport(generateLakip, { generatedAt: NOW }, book.run);
    await book.run(async (context) => {
      context.workbook.worksheets.add("Catatan");
      context.workbook.worksheets.getItem("LAKIP 2024").position = 1;
      await context.sync();
    });
    const before = book.workbook.sheetNames();
    const again = await runReport(generateLakip, { generatedAt: NOW }, book.run);
    expect(again).toMatchObject({ status: "written", mode: "replace" });
    expect(book.workbook.sheetNames()).toEqual(before);
    expect(before.indexOf("LAKIP 2024")).toBe(1);
  });
});

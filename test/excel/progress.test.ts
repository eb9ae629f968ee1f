import type { ExcelRun } from "../../src/excel/ExcelRun";
import { generateLakipInExcel } from "../../src/excel/generateLakip";
import { setupTemplate } from "../../src/excel/setupTemplate";
import { validateWorkbookInExcel } from "../../src/excel/validateWorkbook";
import { LakipWorkbook } from "./lakipWorkbook";

/**
 * The steps each action reports, in order with its context.sync() calls: "membaca" before
 * the reads, "menghitung" once the reads are in, "menulis" before the write. The task pane
 * shows them; a step reported at the wrong time would tell the user something untrue.
 */
describe("the progress an action reports", () => {
  let book: LakipWorkbook;
  let log: string[];
  let run: ExcelRun;
  const progress = (step: string) => log.push(step);

  beforeEach(async () => {
    book = await new LakipWorkbook().setUp();
    log = [];
    run = (batch) =>
      book.run((context) => {
        const sync = context.sync.bind(context);
        context.sync = (async (value?: unknown) => {
          log.push("sync");
          return sync(value);
        }) as typeof context.sync;
        return batch(context);
      });
  });
  afterEach(() => book.tearDown());

  it("Siapkan Template IKU: reads, calculates, then writes", async () => {
    await setupTemplate(run, { currentYear: 2025, progress });
    expect(log).toEqual(["membaca", "sync", "sync", "menghitung", "menulis", "sync"]);
  });

  it("Validasi: reads and calculates, and writes nothing", async () => {
    await validateWorkbookInExcel(run, progress);
    expect(log).toEqual(["membaca", "sync", "sync", "menghitung"]);
  });

  it("Buat Lembar LAKIP: reads, calculates, writes; refused, it never says it writes", async () => {
    await generateLakipInExcel(run, { progress });
    expect(log).toEqual(["membaca", "sync", "sync", "menghitung", "menulis", "sync"]);

    log = [];
    book.workbook.write("Pengaturan", "B6", [[""]], { force: true });
    const refused = await generateLakipInExcel(run, { progress });
    expect(refused.status).toBe("blocked");
    expect(log).not.toContain("menulis");
    expect(log[0]).toBe("membaca");
  });
});

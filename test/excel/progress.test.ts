import type { ExcelRun } from "../../src/excel/ExcelRun";
import { generateLakip } from "../../src/core/actions/generateLakip";
import { setupTemplate } from "../../src/core/actions/setupTemplate";
import { validate } from "../../src/core/actions/validate";
import { runReport } from "../support/runReport";
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
    await runReport(setupTemplate, { currentYear: 2025 }, run, { onStep: progress });
    expect(log).toEqual(["membaca", "sync", "sync", "menghitung", "menulis", "sync"]);
  });

  it("Validasi: reads and calculates, and writes nothing", async () => {
    await runReport(validate, {}, run, { onStep: progress });
    expect(log).toEqual(["membaca", "sync", "sync", "menghitung"]);
  });

  it("Buat Lembar LAKIP: reads, calculates, writes; refused, it never says it writes", async () => {
    await runReport(generateLakip, {}, run, { onStep: progress });
    expect(log).toEqual(["membaca", "sync", "sync", "menghitung", "menulis", "sync"]);

    log = [];
    book.workbook.write("Pengaturan", "B6", [[""]], { force: true });
    const refused = await runReport(generateLakip, {}, run, { onStep: progress });
    expect(refused.status).toBe("blocked");
    expect(log).not.toContain("menulis");
    expect(log[0]).toBe("membaca");
  });
});

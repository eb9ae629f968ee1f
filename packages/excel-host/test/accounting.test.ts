/*
 * Round-trip accounting: each context.sync() is counted and the byte size of its
 * batch recorded, so tests and benchmarks can keep batches under Excel on the web's
 * 5 MB request cap.
 */
import { EXCEL_ONLINE_PAYLOAD_LIMIT, Workbook } from "../src";
import { rejectsWithCode } from "./helpers";

const utf8 = (text: string) => new TextEncoder().encode(text).length;

describe("the development host counts syncs and measures batches", () => {
  test("each context.sync() counts once, and resetStats() starts over", async () => {
    const workbook = new Workbook();
    await workbook.run(async (context) => {
      await context.sync();
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
      await context.sync();
      await context.sync();
    });
    expect(workbook.stats().syncs).toBe(3);
    // The operations each sync carried: none, one write, none.
    expect(workbook.stats().operations).toEqual([0, 1, 0]);
    workbook.resetStats();
    expect(workbook.stats()).toEqual({ syncs: 0, batchBytes: [], responseBytes: [], operations: [] });
  });

  test("a batch's size is the UTF-8 length of its serialised operations", async () => {
    const workbook = new Workbook();
    await workbook.run(async (context) => {
      context.workbook.worksheets.getItem("Linjamsos").getRange("A1:B1");
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").values = [["≥ 5", 2]];
      await context.sync();
    });
    const expected = JSON.stringify([
      { op: "set", path: "worksheets.getItem(Sheet1).getRange(A1:B1).values", value: [["≥ 5", 2]] },
    ]);
    expect(workbook.stats().batchBytes).toEqual([utf8(expected)]);
    // "≥" is three bytes in UTF-8.
    expect(utf8(expected)).toBe(expected.length + 2);
  });

  test("writing 10,000 cells in one batch is measured and stays under the 5 MB cap", async () => {
    const workbook = new Workbook();
    const values = Array.from({ length: 1000 }, (_, r) =>
      Array.from({ length: 10 }, (_, c) => `IKU ${r}-${c}`),
    );
    await workbook.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:J1000").values = values;
      await context.sync();
    });
    const [bytes] = workbook.stats().batchBytes;
    expect(bytes).toBeGreaterThan(JSON.stringify(values).length);
    expect(bytes).toBeLessThan(EXCEL_ONLINE_PAYLOAD_LIMIT);
    expect(workbook.read("Sheet1", "J1000").values).toEqual([["IKU 999-9"]]);
  });

  test("a batch over the payload limit is rejected before anything is applied", async () => {
    const workbook = new Workbook({ payloadLimitBytes: 1000 });
    await workbook.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").values = [["first"]];
      sheet.getRange("A2:A200").values = Array.from({ length: 199 }, () => ["a fairly long text"]);
      const error = await rejectsWithCode(context.sync(), "RequestPayloadSizeLimitExceeded");
      expect(error.debugInfo.hostDetail).toMatch(/at most 1000/);
    });
    expect(workbook.read("Sheet1", "A1").values).toEqual([[""]]);
    expect(workbook.stats().syncs).toBe(1);
  });

  test("loaded values are measured as the response size", async () => {
    const workbook = new Workbook();
    workbook.write(
      "Sheet1",
      "A1:A100",
      Array.from({ length: 100 }, (_, i) => [i]),
    );
    await workbook.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:A100").load("values");
      await context.sync();
    });
    expect(workbook.stats().responseBytes[0]).toBeGreaterThan(290);
  });
});

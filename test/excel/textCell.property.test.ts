/*
 * Text written through a plan (`textCell`) reads back as the same text: Excel parses what
 * is written to a cell as it parses typing ("12" a number, "1/2" a date, "=x" a formula,
 * "#N/A" an error), so the core marks such text, and the round trip through the plan
 * executor and the development Excel proves the marking is enough.
 */
import { Workbook } from "@iku-lakip/excel-host";
import fc from "fast-check";
import type { WorkbookPlan } from "../../src/core/workbook/SheetPlan";
import { textCell } from "../../src/core/workbook/textCell";
import type { ExcelRun } from "../../src/excel/ExcelRun";
import { executePlan } from "../../src/excel/executePlan";
import { propertyOptions } from "../support/propertyRuns";

/** Text that Excel (or a careless reader) would take for something else, and plain text. */
const text: fc.Arbitrary<string> = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme" }),
  // What a formula, a sign, a mention, a quote or a number starts with, then anything.
  fc
    .tuple(
      fc.constantFrom("=", "'", "''", "+", "-", "@", "0", "1", "9", " ", "#", "$", "(", "."),
      fc.string(),
    )
    .map(([start, rest]) => start + rest),
  // Numbers, percentages, dates, times and booleans as staff type them.
  fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
  fc.integer().map(String),
  fc.integer({ min: 0, max: 100 }).map((n) => `${n}%`),
  fc
    .tuple(
      fc.integer({ min: 1, max: 31 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 0, max: 2100 }),
    )
    .chain(([d, m, y]) => fc.constantFrom(`${d}/${m}`, `${m}/${d}/${y}`, `${y}-${m}-${d}`, `${d}-${m}-${y}`)),
  fc.constantFrom(
    "1/2",
    "10:30",
    "5 Jan",
    "Jan 2024",
    "TRUE",
    "false",
    "#DIV/0!",
    "#N/A",
    "#VALUE!",
    "#REF!",
    "#NAME?",
    "#NUM!",
    "#NULL!",
    "1e5",
    "1E-3",
    "(12)",
    "1 1/2",
    "$5",
    " 12 ",
    "12,5",
    "1.234,5",
    "=SUM(A1:A2)",
    "==",
    "@IKU",
    "-",
    "'",
  ),
);

describe("text cells through the plan executor", () => {
  let workbook: Workbook;
  let restore: () => void;
  let run: ExcelRun;
  let n = 0;

  beforeAll(() => {
    workbook = new Workbook();
    restore = workbook.installGlobals();
    run = (batch) => workbook.run(batch);
  });
  afterAll(() => restore());

  it("read back as the text written, whatever it starts with", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(text, { minLength: 1, maxLength: 25 }), async (texts) => {
        // A sheet of its own per run: no format a previous run left can change the reading.
        const sheet = `T${++n}`;
        const plan: WorkbookPlan = {
          sheets: [
            {
              name: sheet,
              mode: "create",
              cells: [{ address: "A1", values: texts.map((t) => [textCell(t)]) }],
              formats: [],
            },
          ],
          names: [],
        };
        await run((context) => executePlan(context, plan, []));
        const read = workbook.read(sheet, `A1:A${texts.length}`);
        expect(read.values.map((row) => row[0])).toEqual(texts);
        // Text, not an error value that reads the same ("#N/A").
        expect(read.errors.map((row) => row[0])).toEqual(texts.map(() => null));
        await run(async (context) => {
          context.workbook.worksheets.getItem(sheet).delete();
          await context.sync();
        });
      }),
      propertyOptions("text cells through the plan executor", 400),
    );
  });
});

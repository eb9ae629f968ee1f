/*
 * `iku-lakip template` and `lakip` write the workbook the task pane makes: the same plans,
 * applied by the .xlsx adapter here and by src/excel in the development workbook host.
 */
import { lakipAction } from "../../src/cli/runAction";
import { anchorAtA1, type Grid } from "../../src/core/workbook/a1";
import { generateLakipInExcel } from "../../src/excel/generateLakip";
import { applyWorkbookPlan } from "../../src/xlsx/applyWorkbookPlan";
import { XlsxWorkbook } from "../../src/xlsx/XlsxWorkbook";
import { LakipWorkbook } from "../excel/lakipWorkbook";
import { fill, templateBook } from "./xlsxFixtures";

const NOW = () => new Date(2025, 0, 6, 8, 15);

/** A used range as a grid from A1, rows without trailing blanks, the trailing empty rows dropped. */
function normalised(address: string, grid: Grid): Grid {
  const rows = anchorAtA1(address, grid).map((row) => {
    const r = [...row];
    while (r.length > 0 && r[r.length - 1] === "") r.pop();
    return r;
  });
  while (rows.length > 0 && rows[rows.length - 1]?.length === 0) rows.pop();
  return rows;
}

describe("the files iku-lakip writes hold what the task pane writes in Excel", () => {
  let host: LakipWorkbook;
  beforeAll(async () => {
    host = await new LakipWorkbook().setUp();
    await generateLakipInExcel(host.run, { now: NOW });
  });
  afterAll(() => host.tearDown());

  it("the same sheets, values and formulas, cell for cell", async () => {
    const book = await templateBook();
    fill(book);
    const { plan } = lakipAction(await XlsxWorkbook.load(await book.writeBuffer()), { now: NOW });
    if (!plan) throw new Error("LAKIP refused");
    await applyWorkbookPlan(book.workbook, plan);
    const file = await XlsxWorkbook.load(await book.writeBuffer());

    // Excel's new workbook starts with an empty Sheet1; the tool's file starts with nothing.
    expect(file.sheetNames()).toEqual(host.workbook.sheetNames().filter((n) => n !== "Sheet1"));
    for (const name of file.sheetNames()) {
      const read = host.workbook.read(name);
      const ours = file.grids(name);
      const width = name === "IKU_Meta" ? 3 : Infinity; // Excel records worksheet ids in column D; a file has none
      const cut = (g: Grid) => g.map((r) => r.slice(0, width));
      expect([name, cut(normalised("A1", ours?.values ?? []))]).toEqual([
        name,
        cut(normalised(read.address, read.values)),
      ]);
      expect([name, cut(normalised("A1", ours?.formulas ?? []))]).toEqual([
        name,
        cut(normalised(read.address, read.formulas)),
      ]);
    }
  });
});

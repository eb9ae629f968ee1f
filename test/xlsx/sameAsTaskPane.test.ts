/*
 * `iku-lakip template` and `lakip` write the workbook the task pane makes: the same actions
 * (src/core/actions), run by the .xlsx shell here and by the Excel shell (src/excel/runAction)
 * in the development workbook host.
 */
import { runAction as runOnFile } from "../../src/cli/runAction";
import { generateLakip } from "../../src/core/actions/generateLakip";
import { anchorAtA1, type Grid } from "../../src/core/workbook/a1";
import { runReport } from "../support/runReport";
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
    const result = await runReport(generateLakip, { generatedAt: NOW() }, host.run);
    if (result.status !== "written") throw new Error("LAKIP refused in the host");
  });
  afterAll(() => host.tearDown());

  it("the same sheets, values and formulas, cell for cell", async () => {
    const book = await templateBook();
    fill(book);
    const saved = await XlsxWorkbook.load(await book.writeBuffer());
    const { report } = await runOnFile(generateLakip, { generatedAt: NOW() }, saved);
    if (report.status !== "written") throw new Error("LAKIP refused");
    const file = await XlsxWorkbook.load(await saved.writeBuffer());

    // Excel's new workbook starts with an empty Sheet1; the tool's file starts with nothing.
    expect(file.sheetNames()).toEqual(host.workbook.sheetNames().filter((n) => n !== "Sheet1"));
    for (const name of file.sheetNames()) {
      const read = host.workbook.read(name);
      const ours = file.grids(name);
      const width = name === "IKU_Meta" ? 3 : Infinity; // Excel records worksheet ids in column D; a file has none
      // Each run's journal row in IKU_Meta (penulisan | selesai | run id) has its own id.
      const cut = (g: Grid) =>
        g.map((r) => r.slice(0, width).map((v, c) => (c === 2 && r[0] === "penulisan" ? "<run id>" : v)));
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

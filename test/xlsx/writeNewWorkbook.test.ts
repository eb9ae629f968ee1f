import type ExcelJS from "exceljs";
import { join } from "path";
import { agencyReport } from "../../src/core/konsolidasi/agencyReport";
import { buildKonsolidasiSheet } from "../../src/core/konsolidasi/buildKonsolidasiSheet";
import { consolidate } from "../../src/core/konsolidasi/consolidate";
import type { ReadSpec } from "../../src/core/workbook/ReadSpec";
import type { WorkbookPlan } from "../../src/core/workbook/SheetPlan";
import { runAction } from "../../src/cli/runAction";
import { applyWorkbookPlan } from "../../src/xlsx/applyWorkbookPlan";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { StreamedWorkbook } from "../../src/xlsx/StreamedWorkbook";
import { writeNewWorkbook } from "../../src/xlsx/writeNewWorkbook";
import { XlsxWorkbook } from "../../src/xlsx/XlsxWorkbook";
import { filledFile, saveTo, removeTempDirs, tempDir } from "./xlsxFixtures";
import ExcelJSModule from "exceljs";

afterAll(removeTempDirs);

type Internals = {
  conditionalFormattings: unknown[];
  _merges: Record<string, unknown>;
};
const internals = (s: ExcelJS.Worksheet | undefined) => s as unknown as Internals;

describe("the streaming writer and the streaming reader", () => {
  it("write a konsolidasi sheet exactly as the in-memory executor does", async () => {
    const agencies = await Promise.all(["a.xlsx", "b.xlsx"].map((n) => filledFile(n)));
    const inputs = [];
    for (const path of agencies) {
      const { report } = await runAction(agencyReport, {}, await XlsxWorkbook.readFile(path), {
        tahunLaporan: 2024,
      });
      if (report.status !== "valid") throw new Error("invalid fixture");
      inputs.push({ berkas: path, hasil: report });
    }
    const sheet = buildKonsolidasiSheet(consolidate(inputs, 2024), { generatedAt: "06-01-2025 08.15" });
    const plan: WorkbookPlan = { sheets: [sheet], names: [], select: { sheet: sheet.name, address: "A1" } };
    const dir = tempDir();
    const inMemory = XlsxWorkbook.empty();
    await applyWorkbookPlan(inMemory.workbook, plan);
    await saveTo(inMemory, join(dir, "memori.xlsx"));
    await writeNewWorkbook(plan, join(dir, "stream.xlsx"));

    const a = await XlsxWorkbook.readFile(join(dir, "memori.xlsx"));
    const b = await XlsxWorkbook.readFile(join(dir, "stream.xlsx"));
    expect(b.grids(sheet.name)).toEqual(a.grids(sheet.name));
    const [sa, sb] = [a.sheet(sheet.name), b.sheet(sheet.name)];
    expect(Object.keys(internals(sb)._merges).sort()).toEqual(Object.keys(internals(sa)._merges).sort());
    expect(internals(sb).conditionalFormattings).toEqual(internals(sa).conditionalFormattings);
    expect(sb?.pageSetup).toMatchObject({
      orientation: "landscape",
      paperSize: 9,
      fitToWidth: 1,
      printTitlesRow: sa?.pageSetup.printTitlesRow,
    });
    for (let r = 1; r <= (sa?.rowCount ?? 0); r++) {
      expect([r, sb?.getRow(r).height]).toEqual([r, sa?.getRow(r).height]);
      for (const col of ["A", "B", "G", "I", "J"]) {
        const [ca, cb] = [sa?.getCell(`${col}${r}`), sb?.getCell(`${col}${r}`)];
        expect([`${col}${r}`, cb?.numFmt, cb?.font, cb?.fill, cb?.alignment, cb?.border]).toEqual([
          `${col}${r}`,
          ca?.numFmt,
          ca?.font,
          ca?.fill,
          ca?.alignment,
          ca?.border,
        ]);
      }
    }
    for (let c = 1; c <= 13; c++) expect(sb?.getColumn(c).width).toBe(sa?.getColumn(c).width);
  });

  it("read a workbook into the same snapshot as the whole-workbook reader, shared formulas included", async () => {
    const path = await filledFile();
    // Every sheet whole (values, then formulas), then in columns, with the sheet list and the names.
    const book = await XlsxWorkbook.readFile(path);
    const streamedBook = await StreamedWorkbook.readFile(path);
    const specs: ReadSpec[] = [
      {
        sheetList: true,
        names: true,
        sheets: [...book.sheetNames().map((sheet) => ({ sheet })), { sheet: "Tidak Ada" }],
      },
      { sheets: book.sheetNames().map((sheet) => ({ sheet: sheet.toUpperCase(), load: "formulas" })) },
      {
        sheets: book.sheetNames().map((sheet) => ({
          sheet,
          columns: [
            { columns: "A:C", load: "formulas" },
            { columns: "E:F", load: "values" },
          ],
        })),
      },
    ];
    for (const spec of specs) {
      const full = readWorkbook(book, spec);
      const streamed = readWorkbook(streamedBook, spec);
      expect(streamed).toEqual(full);
    }
    expect(streamedBook.names().length).toBeGreaterThan(0);

    // Excel stores a filled-down formula once, as a shared formula: the others are translated.
    const wb = new ExcelJSModule.Workbook();
    const ws = wb.addWorksheet("Data");
    ws.getCell("A1").value = 2;
    ws.getCell("A2").value = 3;
    ws.getCell("B1").value = {
      formula: "A1*2",
      result: 4,
      shareType: "shared",
      ref: "B1:B2",
    } as ExcelJS.CellFormulaValue;
    ws.getCell("B2").value = { sharedFormula: "B1", result: 6 };
    const shared = join(tempDir(), "shared.xlsx");
    await wb.xlsx.writeFile(shared);
    const expected = {
      values: [
        [2, 4],
        [3, 6],
      ],
      formulas: [
        [2, "=A1*2"],
        [3, "=A2*2"],
      ],
    };
    expect((await StreamedWorkbook.readFile(shared)).grids("data")).toEqual(expected);
    expect((await XlsxWorkbook.readFile(shared)).grids("data")).toEqual(expected);
  });
});

import ExcelJS from "exceljs";
import { writeFileSync } from "fs";
import { join } from "path";
import { runAction } from "../../src/cli/runAction";
import { validate } from "../../src/core/actions/validate";
import { BIDANG } from "../../src/core/workbook/workbookLayout";
import { formulaForFile, formulaFromFile } from "../../src/xlsx/formulaText";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { StreamedWorkbook } from "../../src/xlsx/StreamedWorkbook";
import { XlsxWorkbook } from "../../src/xlsx/XlsxWorkbook";
import { removeTempDirs, saveTo, tempDir, templateBook, fill } from "./xlsxFixtures";

afterAll(removeTempDirs);

/** A workbook holding what Excel-saved files hold, written by exceljs as Excel writes it. */
async function excelLikeFile(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Data");
  ws.getCell("B2").value = "teks biasa"; // a shared string
  ws.getCell("C2").value = {
    richText: [{ text: "Rehabilitasi ", font: { bold: true } }, { text: "Sosial" }],
  };
  ws.getCell("D2").value = new Date(Date.UTC(2024, 0, 1, 12)); // Excel serial 45292.5
  ws.getCell("D2").numFmt = "dd/mm/yyyy";
  ws.getCell("E2").value = "12,5"; // a number stored as text
  ws.getCell("F2").value = { formula: "_xldudf_IKU_PERSEN(G2,H2)", result: 25 };
  ws.getCell("G2").value = 1;
  ws.getCell("H2").value = 4;
  ws.getCell("I2").value = { error: "#DIV/0!" };
  ws.getCell("J2").value = { formula: "1/0", result: { error: "#DIV/0!" } };
  ws.getCell("K2").value = { text: "Laman DSPM", hyperlink: "https://example.invalid/dspm" };
  ws.getCell("L2").value = true;
  ws.getCell("M2").value = { formula: '_xlfn.IFS(G2>0,"ya")', result: "ya" };
  ws.getCell("B4").value = "gabung";
  ws.mergeCells("B4:C4");
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe("reading an .xlsx into the snapshot shape the add-in reads", () => {
  it("reads each kind of cell as office.js's values and formulas give it, anchored at A1", async () => {
    const book = await XlsxWorkbook.load(await excelLikeFile());
    const grids = book.grids("data"); // sheet names ignore case, as in Excel
    // Row 1 is empty: the grid still starts at A1, every row as wide as the used range.
    expect(grids?.values[0]).toEqual(new Array(13).fill(""));
    expect(grids?.values[1]).toEqual([
      "",
      "teks biasa",
      "Rehabilitasi Sosial",
      45292.5,
      "12,5",
      25,
      1,
      4,
      "#DIV/0!",
      "#DIV/0!",
      "Laman DSPM",
      true,
      "ya",
    ]);
    expect(grids?.formulas[1]?.slice(5, 6)).toEqual(["=IKU.PERSEN(G2,H2)"]);
    expect(grids?.formulas[1]?.[9]).toBe("=1/0");
    expect(grids?.formulas[1]?.[12]).toBe('=IFS(G2>0,"ya")');
    // Only a merge's top-left cell holds the value.
    expect(grids?.values[3]?.slice(1, 3)).toEqual(["gabung", ""]);
    expect(book.usedGrid("Tidak Ada")).toBeNull();
  });

  it("reads only the column parts asked for, the rest as empty, as the add-in's partial read", async () => {
    const book = await XlsxWorkbook.load(await excelLikeFile());
    const grids = book.grids("Data", [
      { first: "B", last: "B", property: "values" },
      { first: "F", last: "F", property: "formulas" },
    ]);
    expect(grids?.values[1]?.[1]).toBe("teks biasa");
    expect(grids?.values[1]?.[2]).toBe("");
    expect(grids?.formulas[1]?.[5]).toBe("=IKU.PERSEN(G2,H2)");
    expect(grids?.formulas[1]?.[1]).toBe("");
  });
});

describe("number formats, as office.js's range.numberFormat gives them", () => {
  /** A used range B2:D3 whose cells carry formats, one of them formatted and left empty. */
  async function formattedFile(): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Data");
    ws.getCell("B2").value = 45413;
    ws.getCell("B2").numFmt = "mm-dd-yy"; // Excel's built-in short date (format 14)
    ws.getCell("C2").value = 12.5;
    ws.getCell("C2").numFmt = "#,##0.00";
    ws.getCell("D2").value = "teks";
    ws.getCell("C3").numFmt = "[h]:mm"; // formatted, nothing typed
    ws.getCell("D3").value = 1;
    return Buffer.from(await wb.xlsx.writeBuffer());
  }

  const whole = { sheets: [{ sheet: "data", load: "numberFormat" as const }] };
  const columns = {
    sheets: [
      {
        sheet: "Data",
        columns: [
          { columns: "A:B", load: "numberFormat" as const },
          { columns: "C:C", load: "values" as const },
        ],
      },
    ],
  };

  it.each([
    ["in memory", async (data: Buffer) => XlsxWorkbook.load(data)],
    [
      "streamed",
      async (data: Buffer) => {
        const path = join(tempDir(), "formats.xlsx");
        writeFileSync(path, data);
        return StreamedWorkbook.readFile(path);
      },
    ],
  ])("gives every cell of the used range its code, General where it has none (%s)", async (_how, open) => {
    const book = await open(await formattedFile());
    // Format 14 as Excel reports it; the empty C3 keeps its format; left of the range "".
    expect(readWorkbook(book, whole).grids["data"]).toEqual({
      numberFormat: [[], ["", "m/d/yyyy", "#,##0.00", "General"], ["", "General", "[h]:mm", "General"]],
    });
    // Columns read: A is left of the used range (""), D is not read for formats ("").
    expect(readWorkbook(book, columns).grids["Data"]).toEqual({
      numberFormat: [[], ["", "m/d/yyyy", ""], ["", "General", ""]],
      values: [[], ["", "", 12.5], ["", "", ""]],
    });
  });

  it("lets Validasi see a target typed as a date in a file, as in Excel", async () => {
    const book = await templateBook();
    fill(book);
    // Linjamsos's first 2024 row: Target Renstra typed as "1.5" in an Indonesian Excel (1 May 2024).
    const sheet = book.sheet("Linjamsos");
    const row = sheet?.getRows(BIDANG.firstDataRow, 10)?.find((r) => r.getCell(4).value === 2024);
    if (!sheet || !row) throw new Error("no 2024 row");
    const cell = row.getCell(BIDANG.columns.targetRenstra.col);
    cell.value = new Date(Date.UTC(2024, 4, 1));
    cell.numFmt = "d/m/yyyy";
    const path = await saveTo(book, join(tempDir(), "tanggal.xlsx"));
    for (const file of [await XlsxWorkbook.readFile(path), await StreamedWorkbook.readFile(path)]) {
      const { report } = await runAction(validate, {}, file);
      expect(report.issues).toContainEqual(
        expect.objectContaining({
          code: "targetDate",
          sheet: "Linjamsos",
          address: `${BIDANG.columns.targetRenstra.col}${row.number}`,
          params: expect.objectContaining({ nilai: 45413, format: "d/m/yyyy" }) as unknown,
        }),
      );
    }
  });
});

describe("formula text between the add-in and the file", () => {
  it("stores IKU.* calls under Excel's prefix for JavaScript custom functions, and reads them back", () => {
    const formula = '=IF(OR(F5="",G5=""),"",IKU.PERSEN(F5,G5))';
    expect(formulaForFile(formula)).toBe('IF(OR(F5="",G5=""),"",_xldudf_IKU_PERSEN(F5,G5))');
    expect(formulaFromFile(formulaForFile(formula))).toBe(formula);
  });

  it("leaves text in quotes alone", () => {
    expect(formulaForFile('="IKU.PERSEN(1,2)"&IKU.RASIO(1,2)')).toBe(
      '"IKU.PERSEN(1,2)"&_xldudf_IKU_RASIO(1,2)',
    );
    expect(formulaFromFile('"_xlfn.X"&_xlfn.CONCAT("a")')).toBe('="_xlfn.X"&CONCAT("a")');
  });
});

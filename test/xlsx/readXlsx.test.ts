import ExcelJS from "exceljs";
import { formulaForFile, formulaFromFile } from "../../src/xlsx/formulaText";
import { XlsxWorkbook } from "../../src/xlsx/XlsxWorkbook";

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

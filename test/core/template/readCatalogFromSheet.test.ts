import { defaultCatalog } from "../../../src/core/catalog/defaultCatalog";
import { formatCatalogProblem } from "../../../src/core/messages/formatIssue";
import { readCatalogFromSheet } from "../../../src/core/template/readCatalogFromSheet";
import { catalogToGrid } from "../../../src/core/template/planKatalogSheet";
import type { CellValue } from "../../../src/core/workbook/a1";
import { KATALOG } from "../../../src/core/workbook/workbookLayout";

const settings = { instansi: defaultCatalog.instansi, tahunAwal: 2022, tahunAkhir: 2026 };

/** The default catalog's sheet, editable. */
function sheet(): CellValue[][] {
  return catalogToGrid(defaultCatalog).map((r) => [...r]);
}

/** 0-based sheet row of the indicator with this kode. */
function rowOf(grid: CellValue[][], kode: string): number {
  return grid.findIndex((r) => r[0] === kode);
}

describe("readCatalogFromSheet", () => {
  it("reads back the default catalog from its sheet", () => {
    const result = readCatalogFromSheet(sheet(), settings);
    expect(result).toEqual({ success: true, data: defaultCatalog });
  });

  it("skips blank rows between indicators", () => {
    const grid = sheet();
    grid.splice(KATALOG.firstDataRow + 2, 0, new Array<CellValue>(17).fill(""), []);
    const result = readCatalogFromSheet(grid, settings);
    expect(result.success && result.data.indikator.map((i) => i.kode)).toEqual(
      defaultCatalog.indikator.map((i) => i.kode),
    );
  });

  it("reads a kode typed as a number as text, and jenis and polaritas in any case", () => {
    const grid = sheet();
    const r = rowOf(grid, "IKU-03");
    grid[r]![0] = 303;
    grid[r]![3] = " Persen ";
    grid[r]![5] = "";
    const result = readCatalogFromSheet(grid, settings);
    expect(result.success).toBe(true);
    const ind = result.success ? result.data.indikator.find((i) => i.kode === "303") : undefined;
    expect(ind).toMatchObject({ jenis: "persen", polaritas: "positif" });
  });

  it("reports each bad row with the address of the cell to fix", () => {
    const grid = sheet();
    const r3 = rowOf(grid, "IKU-03");
    const r5 = rowOf(grid, "IKU-05");
    grid[r3]![3] = "persentase"; // jenis, column D
    grid[r5]![7] = ""; // a persen indicator without penyebut, column H
    const result = readCatalogFromSheet(grid, settings);
    expect(result.success).toBe(false);
    const issues = result.success ? [] : result.issues;
    expect(issues).toEqual([
      expect.objectContaining({ sheet: "Katalog IKU", address: `D${r3 + 1}`, field: "jenis" }),
      expect.objectContaining({ sheet: "Katalog IKU", address: `H${r5 + 1}`, field: "penyebut" }),
    ]);
    expect(issues.every((i) => formatCatalogProblem(i.problem).length > 0)).toBe(true);
  });

  // The schema checks cross-references once every entry is well-formed.
  it("points a reference to an unknown Bidang at the indicator's Bidang cell", () => {
    const grid = sheet();
    const r9 = rowOf(grid, "IKU-09");
    grid[r9]![9] = "DINSOS";
    const result = readCatalogFromSheet(grid, settings);
    expect(result.success ? [] : result.issues).toEqual([
      expect.objectContaining({ sheet: "Katalog IKU", address: `J${r9 + 1}`, field: "bidang" }),
    ]);
  });

  it("points a duplicate kode at the later row, and a bad lembar at column U", () => {
    // Version 2 moved the bidang table from O:Q to Q:S, version 4 to S:U.
    const grid = sheet();
    const r4 = rowOf(grid, "IKU-04");
    grid[r4]![0] = "IKU-02";
    const bidangRow = grid.findIndex((r) => r[18] === "PM");
    grid[bidangRow]![20] = "Pengaturan";
    const result = readCatalogFromSheet(grid, settings);
    const addresses = result.success ? [] : result.issues.map((i) => i.address);
    expect(addresses).toEqual(expect.arrayContaining([`A${r4 + 1}`, `U${bidangRow + 1}`]));
  });

  it("reports a bad Renstra period at its Pengaturan cell", () => {
    const result = readCatalogFromSheet(sheet(), { ...settings, tahunAwal: 2027 });
    expect(result.success).toBe(false);
    expect(result.success ? [] : result.issues).toEqual([
      expect.objectContaining({ sheet: "Pengaturan", address: "B4" }),
    ]);
  });

  it("reports an empty indicator table at its first cell instead of throwing", () => {
    const grid = sheet().map((r) => r.map((v, c) => (c < 10 ? "" : v)));
    const result = readCatalogFromSheet(grid, settings);
    expect(result.success ? [] : result.issues).toEqual([
      expect.objectContaining({ address: `A${KATALOG.firstDataRow}` }),
    ]);
  });
});

import { withTahunLaporan } from "../../src/cli/withTahunLaporan";
import type { WorkbookRead } from "../../src/core/workbook/ReadSpec";

// Pengaturan's Tahun laporan is B6: row index 5, column index 1.
const blankRow: readonly string[] = [];
const read: WorkbookRead = {
  sheets: [{ name: "pengaturan" }],
  names: [],
  grids: {
    pengaturan: { values: [blankRow, blankRow, ["Instansi", "DSPM"]] },
    "Katalog IKU": { values: [["Kode"]] },
  },
};

describe("--tahun, as a change to what the shell read", () => {
  it("puts the year in Pengaturan's Tahun laporan cell, whatever the sheet's case, and nothing else", () => {
    const changed = withTahunLaporan(read, 2023);
    expect(changed.grids["pengaturan"]?.values).toEqual([[], [], ["Instansi", "DSPM"], [], [], ["", 2023]]);
    expect(changed.grids["Katalog IKU"]).toBe(read.grids["Katalog IKU"]);
    // The read it came from is untouched, its shared blank rows included.
    expect(read.grids["pengaturan"]?.values).toHaveLength(3);
    expect(blankRow).toEqual([]);
  });

  it("leaves a read without Pengaturan's values as it is: the action reports the missing sheet", () => {
    const missing: WorkbookRead = { ...read, grids: { Pengaturan: null } };
    expect(withTahunLaporan(missing, 2023)).toBe(missing);
    expect(withTahunLaporan(read, undefined)).toBe(read);
  });
});

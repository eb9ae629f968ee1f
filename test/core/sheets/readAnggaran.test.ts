import { readAnggaran, tahunOf } from "../../../src/core/sheets/readAnggaran";
import { anggaranCell, indukOf, splitIkuKode, tingkatOf } from "../../../src/core/workbook/anggaranLayout";

describe("the budget nomenclature read from the code", () => {
  it("tells program, kegiatan and sub kegiatan apart by their shape (Permendagri 90/2019)", () => {
    expect(tingkatOf("1.06.02")).toBe("program");
    expect(tingkatOf("1.06.02.2.01")).toBe("kegiatan");
    expect(tingkatOf("1.06.02.2.01.0001")).toBe("subKegiatan");
  });

  it("rejects codes that fit no level: missing zero padding, extra or missing parts, letters", () => {
    for (const bad of [
      "1.6.2",
      "1.06",
      "1.06.02.2",
      "1.06.02.2.1",
      "1.06.02.2.01.001",
      "A.06.02",
      "1.06.02.",
    ])
      expect([bad, tingkatOf(bad)]).toEqual([bad, null]);
  });

  it("finds the level above: a sub kegiatan's kegiatan, a kegiatan's program", () => {
    expect(indukOf("1.06.02.2.01.0001")).toBe("1.06.02.2.01");
    expect(indukOf("1.06.02.2.01")).toBe("1.06.02");
    expect(indukOf("1.06.02")).toBeNull();
    expect(indukOf("x")).toBeNull();
  });

  it('splits "Kode IKU" at ";" or ",", trimmed, blanks dropped', () => {
    expect(splitIkuKode("IKU-01; IKU-02,IKU-03 ;")).toEqual(["IKU-01", "IKU-02", "IKU-03"]);
    expect(splitIkuKode("")).toEqual([]);
  });
});

describe("readAnggaran", () => {
  const header = [
    "Kode",
    "Program / Kegiatan / Sub Kegiatan",
    "Tahun",
    "Bidang",
    "Kode IKU",
    "Pagu (Rp)",
    "Realisasi (Rp)",
    "Serapan (%)",
    "Sisa (Rp)",
    "Menunjang / Menghambat",
    "Keterangan",
  ];
  const serapan = '=IF(OR(F6="",G6=""),"",IKU.SERAPAN(G6,F6))';

  it("reads typed rows, skips rows holding only the template's formulas, and keeps the raw formulas", () => {
    const grid = [
      ["Anggaran"],
      [],
      [],
      header,
      ["1.06.02", "Program", 2024, "PPFM", "IKU-07", '=SUMIFS(F6:F9,$A6:$A9,$A5&".?.??",$C6:$C9,$C5)', ""],
      ["1.06.02.2.01", "Kegiatan", "2024", "PPFM", "IKU-07;IKU-09", 1000, 900, serapan, "", "Menunjang"],
      ["", "", "", "", "", "", "", serapan, '=IF(F7="","",F7-SUM(G7))'],
    ];
    const read = readAnggaran(grid);
    expect(read.headerRow).toBe(3);
    expect(read.inLayout).toBe(true);
    expect(read.lastInputRow).toBe(5);
    expect(read.rows.map((r) => [r.kode, r.tingkat, r.iku, r.dampak])).toEqual([
      ["1.06.02", "program", ["IKU-07"], ""],
      ["1.06.02.2.01", "kegiatan", ["IKU-07", "IKU-09"], "Menunjang"],
    ]);
    expect(read.rows[0]?.raw.pagu).toMatch(/^=SUMIFS/);
    expect(tahunOf(read.rows[1]?.tahun ?? "")).toBe(2024);
    expect(anggaranCell(5, "realisasi")).toBe("G6");
  });

  it("finds the columns by their headings when a column was inserted before them", () => {
    const grid = [
      [],
      [],
      [],
      ["Catatan", ...header],
      ["x", "1.06.02.2.01", "Kegiatan", 2024, "", "", 1000, 900],
    ];
    const read = readAnggaran(grid);
    expect(read.inLayout).toBe(false);
    expect(read.rows[0]).toMatchObject({ kode: "1.06.02.2.01", pagu: 1000, realisasi: 900, tahun: 2024 });
  });

  it("reads a missing sheet as no rows", () => {
    expect(readAnggaran(null).rows).toEqual([]);
    expect(tahunOf("dua ribu")).toBeNull();
  });
});

import { locateFields } from "../../../src/core/sheets/locateFields";
import { readPengaturan } from "../../../src/core/sheets/readPengaturan";

const FIELDS = {
  kode: { at: 0, header: "Kode" },
  targetRenstra: { at: 1, header: "Target Renstra", aliases: ["Target"] },
  targetPK: { at: 2, header: "Target PK" },
  pembilang: { at: 3, header: "Pembilang" },
};

describe("locateFields", () => {
  it("finds every field where the layout puts it", () => {
    const l = locateFields(["Kode", "Target Renstra", "Target PK", "Pembilang"], FIELDS);
    expect(l.at).toEqual({ kode: 0, targetRenstra: 1, targetPK: 2, pembilang: 3 });
    expect(l.inPlace).toBe(true);
  });

  it("finds a renamed field by its old header, and ignores case and spacing", () => {
    const l = locateFields([" kode ", "TARGET", "Pembilang"], FIELDS);
    expect(l.at.targetRenstra).toBe(1);
    expect(l.byHeading.targetRenstra).toBe(true);
  });

  it("never reads a new field from a column an older layout gave to another field", () => {
    // An older layout: Pembilang where Target PK now goes.
    const l = locateFields(["Kode", "Target", "Pembilang"], FIELDS);
    expect(l.at).toEqual({ kode: 0, targetRenstra: 1, targetPK: null, pembilang: 2 });
    expect(l.inPlace).toBe(false);
  });

  it("keeps a field whose header was cleared where the layout puts it", () => {
    const l = locateFields(["Kode", "Target Renstra", "", "Pembilang"], FIELDS);
    expect(l.at.targetPK).toBe(2);
    expect(l.byHeading.targetPK).toBe(false);
    expect(l.inPlace).toBe(true);
  });

  it("reads a table without any header at the layout's positions", () => {
    expect(locateFields([], FIELDS).at).toEqual({ kode: 0, targetRenstra: 1, targetPK: 2, pembilang: 3 });
  });
});

describe("readPengaturan on a sheet of an older layout", () => {
  it("finds settings by their labels and the scale by its title, wherever they sit", () => {
    const grid = [
      ["Pengaturan IKU"],
      [""],
      ["Nama instansi", "Dinas Contoh"],
      ["Tahun awal Renstra", 2022],
      ["Tahun akhir Renstra", 2026],
      ["Tahun laporan", 2024],
      ["Skala predikat capaian"],
      ["Capaian lebih dari (%)", "Predikat"],
      [80, "Baik"],
      ["", "Kurang"],
    ];
    const c = readPengaturan(grid);
    expect(c.typed.tahunLaporan).toBe(2024);
    expect(c.rows.tahunLaporan).toBe(5);
    // No "Rumus capaian" label: the row the layout gives it is the scale's title here.
    expect(c.rows.rumusNegatif).toBeNull();
    expect(c.typed.rumusNegatif).toBe("");
    expect(c.skalaAt).toEqual({ titleRow: 6, firstRow: 8 });
    expect(c.skala.slice(0, 3)).toEqual([
      [80, "Baik"],
      ["", "Kurang"],
      ["", ""],
    ]);
    expect(c.inLayout).toBe(false);
  });
});

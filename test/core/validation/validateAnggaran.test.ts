import { defaultCatalog } from "../../../src/core/catalog/defaultCatalog";
import { linkedIku, validateAnggaran } from "../../../src/core/validation/validateAnggaran";
import { ANGGARAN } from "../../../src/core/workbook/anggaranLayout";
import type { CellValue } from "../../../src/core/workbook/a1";

const HEADER = Object.values(ANGGARAN.columns).map((c) => c.header);

/** An Anggaran sheet: title rows, the header on row 4, then `rows` from row 5. */
const sheet = (rows: readonly (readonly CellValue[])[]) => [["Anggaran"], [], [], HEADER, ...rows];

const check = (rows: readonly (readonly CellValue[])[], tahunLaporan: number | null = 2024) =>
  validateAnggaran(sheet(rows), { catalog: defaultCatalog, tahunLaporan });

/** Links every IKU of the default catalog in 2024, so "IKU without a program" stays quiet. */
const ALL_IKU = [
  "1.06.01",
  "Program Penunjang",
  2024,
  "",
  defaultCatalog.indikator.map((i) => i.kode).join(";"),
  10,
  5,
];

describe("validateAnggaran", () => {
  describe("the quarterly realisasi (L:O)", () => {
    // A kegiatan row A:K, then Realisasi TW I … TW IV.
    const kegiatan = (g: CellValue, quarters: readonly CellValue[], kode = "1.06.02.2.01") => [
      kode,
      "Kegiatan",
      2024,
      "PPFM",
      "IKU-07",
      300_000_000,
      g,
      "",
      "",
      "",
      "",
      ...quarters,
    ];

    it("makes the year's realisasi the sum of the quarters when Realisasi (G) is empty: money adds up", () => {
      // TW I 50,000,000 + TW II 70,000,000 + TW III blank + TW IV 80,000,000 = 200,000,000.
      const { data, issues } = check([ALL_IKU, kegiatan("", [50_000_000, 70_000_000, "", 80_000_000])]);
      expect(issues).toEqual([]);
      expect(data?.items[1]).toMatchObject({
        realisasi: 200_000_000,
        realisasiTriwulan: [50_000_000, 70_000_000, null, 80_000_000],
      });
    });

    it("keeps Realisasi (G) when typed, quiet when the quarters add up to it", () => {
      const { data, issues } = check([ALL_IKU, kegiatan(150_000_000, [100_000_000, 50_000_000, "", ""])]);
      expect(issues).toEqual([]);
      expect(data?.items[1]?.realisasi).toBe(150_000_000);
    });

    it("warns at G's cell when G and the quarters' sum differ, naming both, and uses G", () => {
      // 100,000,000 + 40,000,000 = 140,000,000, not the 150,000,000 typed in G6.
      const { data, issues } = check([ALL_IKU, kegiatan(150_000_000, [100_000_000, 40_000_000, "", ""])]);
      expect(issues.map((i) => [i.code, i.severity, i.address, i.params])).toEqual([
        [
          "anggaranTriwulanBerbeda",
          "peringatan",
          "G6",
          { kode: "1.06.02.2.01", tahun: 2024, realisasi: 150_000_000, jumlahTriwulan: 140_000_000 },
        ],
      ]);
      expect(data?.items[1]?.realisasi).toBe(150_000_000);
    });

    it("reports text or a negative quarter as galat at its cell; the other quarters still count", () => {
      const { data, issues } = check([ALL_IKU, kegiatan("", [10, "sepuluh juta", -5, ""])]);
      expect(issues.map((i) => [i.code, i.severity, i.address, i.params])).toEqual([
        [
          "anggaranMoneyInvalid",
          "galat",
          "M6",
          {
            kode: "1.06.02.2.01",
            tahun: 2024,
            kolom: "realisasiTw2",
            masalah: "teks",
            nilai: "sepuluh juta",
          },
        ],
        [
          "anggaranMoneyInvalid",
          "galat",
          "N6",
          { kode: "1.06.02.2.01", tahun: 2024, kolom: "realisasiTw3", masalah: "negatif", nilai: "-5" },
        ],
      ]);
      expect(data?.items[1]?.realisasi).toBe(10);
    });

    it("compares the quarters of a program row only when it has no kegiatan that year (its sums are theirs)", () => {
      // Program 1.06.02 with a kegiatan: its G and L:O are the kegiatan's totals (G counts a
      // kegiatan's typed Realisasi, L:O every quarter), which may differ with nothing wrong.
      // Program 1.06.04 alone: G 20 against L 30 is a disagreement.
      const { issues } = check([
        ALL_IKU,
        ["1.06.02", "Program", 2024, "", "", 300, 0, "", "", "", "", 30],
        kegiatan("", [30]),
        ["1.06.04", "Program", 2024, "", "IKU-07", 300, 20, "", "", "", "", 30],
      ]);
      expect(issues.map((i) => [i.code, i.address])).toEqual([["anggaranTriwulanBerbeda", "G8"]]);
    });

    it("uses the quarters' sum against the pagu: above it a peringatan, a pagu of 0 a galat", () => {
      const above = check([ALL_IKU, kegiatan("", [200_000_000, 150_000_000])]).issues;
      expect(above.map((i) => [i.code, i.params])).toEqual([
        [
          "anggaranRealisasiAbovePagu",
          { kode: "1.06.02.2.01", tahun: 2024, pagu: 300_000_000, realisasi: 350_000_000 },
        ],
      ]);
    });

    it("reads a sheet made before the quarters (A:K only) with blank quarters", () => {
      const old = [["Anggaran"], [], [], HEADER.slice(0, 11), ALL_IKU, kegiatan(270, [])];
      const { data, issues } = validateAnggaran(old, { catalog: defaultCatalog, tahunLaporan: 2024 });
      expect(issues).toEqual([]);
      expect(data?.items[1]).toMatchObject({ realisasi: 270, realisasiTriwulan: [null, null, null, null] });
    });
  });

  it("has nothing to say about a workbook without the sheet (a template before version 4)", () => {
    expect(validateAnggaran(null, { catalog: defaultCatalog, tahunLaporan: 2024 })).toEqual({
      data: null,
      issues: [],
    });
  });

  it("reads good rows into items, with the IKU kode as the catalog spells them", () => {
    const { data, issues } = check([
      ALL_IKU,
      ["1.06.02.2.01", "Kegiatan", "2024", "PPFM", "iku-07", 300, 270, "", "", "Menunjang"],
    ]);
    expect(issues).toEqual([]);
    expect(data?.items[1]).toEqual({
      kode: "1.06.02.2.01",
      tingkat: "kegiatan",
      nama: "Kegiatan",
      tahun: 2024,
      bidang: "PPFM",
      iku: ["IKU-07"],
      pagu: 300,
      realisasi: 270,
      realisasiTriwulan: [null, null, null, null],
      dampak: "Menunjang",
      keterangan: "",
      baris: 6,
    });
  });

  it("reports a code that fits no level, or a blank one, at its cell; the row is left out", () => {
    const { data, issues } = check([
      ALL_IKU,
      ["1.6.2", "Salah", 2024, "", "", 5, 5],
      ["", "Tanpa kode", 2024, "", "", 5, 5],
    ]);
    expect(issues.map((i) => [i.code, i.severity, i.address, i.params])).toEqual([
      ["anggaranKodeInvalid", "galat", "A6", { kode: "1.6.2", baris: 6 }],
      ["anggaranKodeInvalid", "galat", "A7", { kode: "", baris: 7 }],
    ]);
    expect(data?.items).toHaveLength(1);
  });

  it("reports a code repeated in the same year (not across years) at the later row", () => {
    const { issues } = check([
      ALL_IKU,
      ["1.06.02", "P", 2024, "", "", 1, 1],
      ["1.06.02", "P", 2023, "", "", 1, 1],
      ["1.06.02", "P", 2024, "", "", 1, 1],
    ]);
    expect(issues).toEqual([
      {
        code: "anggaranKodeDuplicate",
        severity: "galat",
        sheet: "Anggaran",
        address: "A8",
        params: { kode: "1.06.02", tahun: 2024, baris: 8, barisPertama: 6 },
      },
    ]);
  });

  it("reports a year that is not one", () => {
    const { issues } = check([
      ALL_IKU,
      ["1.06.02", "P", "2024a", "", "", 1, 1],
      ["1.06.03", "P", "", "", "", 1, 1],
    ]);
    expect(issues.map((i) => [i.code, i.address, i.params])).toEqual([
      ["anggaranTahunInvalid", "C6", { kode: "1.06.02", nilai: "2024a", baris: 6 }],
      ["anggaranTahunInvalid", "C7", { kode: "1.06.03", nilai: "", baris: 7 }],
    ]);
  });

  it("reports text, negative and error money as galat, each at its cell", () => {
    const { data, issues } = check([
      ALL_IKU,
      ["1.06.02.2.01", "K", 2024, "", "", "Rp 5.000.000", -1],
      ["1.06.02.2.02", "K", 2024, "", "", "#REF!", ""],
    ]);
    expect(issues.map((i) => [i.code, i.severity, i.address, i.params])).toEqual([
      [
        "anggaranMoneyInvalid",
        "galat",
        "F6",
        { kode: "1.06.02.2.01", tahun: 2024, kolom: "pagu", masalah: "teks", nilai: "Rp 5.000.000" },
      ],
      [
        "anggaranMoneyInvalid",
        "galat",
        "G6",
        { kode: "1.06.02.2.01", tahun: 2024, kolom: "realisasi", masalah: "negatif", nilai: "-1" },
      ],
      [
        "anggaranMoneyInvalid",
        "galat",
        "F7",
        { kode: "1.06.02.2.02", tahun: 2024, kolom: "pagu", masalah: "galatExcel", nilai: "#REF!" },
      ],
    ]);
    expect(data?.items[1]).toMatchObject({ pagu: null, realisasi: null });
  });

  it("warns of realisasi above the pagu, and stops a pagu of 0 with realisasi; a pagu of 0 spent 0 is fine", () => {
    const { issues } = check([
      ALL_IKU,
      ["1.06.02.2.01", "K", 2024, "", "", 200_000_000, 210_000_000],
      ["1.06.02.2.02", "K", 2024, "", "", 0, 1_500_000],
      ["1.06.02.2.03", "K", 2024, "", "", 0, 0],
      ["1.06.02.2.04", "K", 2024, "", "", 100, 100],
    ]);
    expect(issues.map((i) => [i.code, i.severity, i.address, i.params])).toEqual([
      [
        "anggaranRealisasiAbovePagu",
        "peringatan",
        "G6",
        { kode: "1.06.02.2.01", tahun: 2024, pagu: 200_000_000, realisasi: 210_000_000 },
      ],
      ["anggaranPaguZero", "galat", "F7", { kode: "1.06.02.2.02", tahun: 2024, realisasi: 1_500_000 }],
    ]);
  });

  it('reports an IKU kode the catalog does not know, accepting ";" and "," between kode', () => {
    const { data, issues } = check([ALL_IKU, ["1.06.02", "P", 2024, "", "IKU-01, IKU-99;IKU-02", 1, 1]]);
    expect(issues).toEqual([
      {
        code: "anggaranIkuUnknown",
        severity: "galat",
        sheet: "Anggaran",
        address: "E6",
        params: { kode: "1.06.02", iku: "IKU-99", baris: 6 },
      },
    ]);
    expect(data?.items[1]?.iku).toEqual(["IKU-01", "IKU-02"]);
  });

  it("warns of each IKU no program of the report year supports; a kegiatan without kode follows its program", () => {
    const { data, issues } = check([
      ["1.06.02", "P", 2024, "", "IKU-01", 1, 1],
      ["1.06.02.2.01", "K", 2024, "", "", 1, 1],
      ["1.06.03", "P", 2023, "", "IKU-02", 1, 1],
    ]);
    const warned = issues.filter((i) => i.code === "ikuWithoutProgram").map((i) => i.params);
    // IKU-02 is linked in 2023 only: not in the report year.
    expect(warned.map((p) => (p as { iku: string }).iku)).toEqual(
      defaultCatalog.indikator.map((i) => i.kode).filter((k) => k !== "IKU-01"),
    );
    expect(issues.every((i) => i.severity === "peringatan" && i.address === "E4")).toBe(true);
    const items = data?.items ?? [];
    expect(linkedIku(items[1]!, items)).toEqual(["IKU-01"]);
  });

  it("does not warn of IKU without programs while the sheet has no row of the report year", () => {
    expect(check([["1.06.02", "P", 2023, "", "IKU-01", 1, 1]]).issues).toEqual([]);
    expect(check([]).issues).toEqual([]);
  });
});

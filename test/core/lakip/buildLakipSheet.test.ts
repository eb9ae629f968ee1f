import { buildLakipSheet, LAKIP_LAYOUT } from "../../../src/core/lakip/buildLakipSheet";
import { planValues } from "../../../src/core/lakip/planValues";
import { validateWorkbook } from "../../../src/core/validation/validateWorkbook";
import type { LakipData } from "../../../src/core/lakip/LakipData";
import type { CellInput, SheetPlan } from "../../../src/core/workbook/SheetPlan";
import { FixtureWorkbook } from "../validation/fixtureWorkbook";

const S1 = "Meningkatnya kualitas hidup PPKS";
const S2 = "Meningkatnya keberdayaan masyarakat";
const K4 = "<img src=x onerror=alert(1)>";
const B = "belum diisi";

function golden(): { data: LakipData; plan: SheetPlan; grid: CellInput[][] } {
  const result = validateWorkbook(new FixtureWorkbook().snapshot());
  if (!result.data) throw new Error(JSON.stringify(result.issues));
  const plan = buildLakipSheet(result.data, {
    tahun: 2024,
    generatedAt: "05-01-2025 09.30",
    status: { galat: 0, peringatan: 0 },
  });
  return { data: result.data, plan, grid: planValues(plan) };
}

/** Rows after the header of the section titled `title`, `count` of them, `width` wide, blanks as "". */
function section(
  grid: CellInput[][],
  title: string,
  count: number,
  width: number,
): { header: CellInput[]; rows: CellInput[][] } {
  const at = grid.findIndex((row) => row[0] === title);
  if (at < 0) throw new Error(`no section ${title}: ${JSON.stringify(grid.map((r) => r[0]))}`);
  const slice = (r: CellInput[] | undefined) => Array.from({ length: width }, (_, c) => r?.[c] ?? "");
  return { header: slice(grid[at + 1]), rows: grid.slice(at + 2, at + 2 + count).map(slice) };
}

describe("buildLakipSheet: the golden report of the fixture (figures computed by hand)", () => {
  // 2024 by hand:
  // K1 persen: 45/50×100 = 90; capaian 90/80×100 = 112.5 → Sangat Tinggi (> 90)
  // K2 jumlah: realisasi 7; capaian 7/10×100 = 70 → Sedang (> 65, ≤ 75)
  // K3 rasio, negatif (2T−R)/T: 30/12 = 2.5; (2×2 − 2.5)/2×100 = 75 → Sedang (75 is not > 75)
  // K4 persen: nothing entered → "belum diisi"
  it("writes the title block", () => {
    const { grid } = golden();
    expect(grid.slice(0, 5).map((r) => r[0])).toEqual([
      "PENGUKURAN KINERJA",
      "Dinas Uji Kota Contoh",
      "Tahun 2024",
      "Dibuat: 05-01-2025 09.30",
      "Status validasi: lolos tanpa galat dan peringatan",
    ]);
  });

  it("writes the pengukuran kinerja table, sasaran written once per merged group", () => {
    const { grid, plan } = golden();
    const t = section(grid, "A. Pengukuran Kinerja Tahun 2024", 4, 9);
    expect(t.header).toEqual([
      "No",
      "Sasaran Strategis",
      "Indikator Kinerja Utama",
      "Satuan",
      "Target",
      "Realisasi",
      "Capaian (%)",
      "Predikat",
      "Penanggung Jawab",
    ]);
    expect(t.rows).toEqual([
      [1, S1, "Persentase PPKS yang terlayani", "%", 80, 90, 112.5, "Sangat Tinggi", "Bidang Satu"],
      [2, "", "Jumlah LKS aktif", "lembaga", 10, 7, 70, "Sedang", "Bidang Satu"],
      [3, S2, "Rata-rata aduan per LPM", "aduan per LPM", 2, 2.5, 75, "Sedang", "Bidang Dua"],
      [4, "", K4, "%", 60, B, B, B, "Bidang Dua"],
    ]);
    expect(grid.findIndex((r) => r[0] === "No") + 1).toBe(LAKIP_LAYOUT.headerRow);
    expect(plan.merges).toEqual(expect.arrayContaining(["B9:B10", "B11:B12"]));
  });

  it("writes the comparison over 2022–2024 with the trend of capaian", () => {
    // K1: 2022 20/40 = 50, 50/70×100 = 71.4285714285714; 2023 30/40 = 75, 100; naik
    // K2: 2022 9, 100; 2023 7, 70; 2024 7, 70: tetap
    // K3: 2022 36/12 = 3, (4−3)/2×100 = 50; 2023 2, 100; 2024 75: turun
    // K4: 2022 40, 80; 2023 60, 100; 2024 not entered
    const t = section(golden().grid, "B. Perbandingan Realisasi dan Capaian Kinerja Tahun 2022–2024", 4, 11);
    expect(t.header).toEqual([
      "No",
      "Sasaran Strategis",
      "Indikator Kinerja Utama",
      "Satuan",
      "Realisasi 2022",
      "Capaian 2022 (%)",
      "Realisasi 2023",
      "Capaian 2023 (%)",
      "Realisasi 2024",
      "Capaian 2024 (%)",
      "Tren Capaian 2024 terhadap 2023",
    ]);
    expect(t.rows).toEqual([
      [1, S1, "Persentase PPKS yang terlayani", "%", 50, 71.4285714285714, 75, 100, 90, 112.5, "naik"],
      [2, "", "Jumlah LKS aktif", "lembaga", 9, 100, 7, 70, 7, 70, "tetap"],
      [3, S2, "Rata-rata aduan per LPM", "aduan per LPM", 3, 50, 2, 100, 2.5, 75, "turun"],
      [4, "", K4, "%", 40, 80, 60, 100, B, B, "tidak dapat dibandingkan"],
    ]);
  });

  it("writes the comparison with the Renstra end target (2026)", () => {
    // K1 90/90 = 100; K2 7/12×100 = 58.3333333333333; K3 (2×1.5 − 2.5)/1.5×100 = 33.3333333333333
    const t = section(golden().grid, "C. Perbandingan Realisasi 2024 dengan Target Akhir Renstra 2026", 4, 7);
    expect(t.header).toEqual([
      "No",
      "Sasaran Strategis",
      "Indikator Kinerja Utama",
      "Satuan",
      "Target Akhir Renstra (2026)",
      "Realisasi 2024",
      "Capaian terhadap Target Akhir (%)",
    ]);
    expect(t.rows).toEqual([
      [1, S1, "Persentase PPKS yang terlayani", "%", 90, 90, 100],
      [2, "", "Jumlah LKS aktif", "lembaga", 12, 7, 58.3333333333333],
      [3, S2, "Rata-rata aduan per LPM", "aduan per LPM", 1.5, 2.5, 33.3333333333333],
      [4, "", K4, "%", 70, B, B],
    ]);
  });

  it("writes the summary per sasaran and for the agency", () => {
    // S1: (112.5 + 70)/2 = 91.25; S2: 75 (K4 not rated); all: (112.5 + 70 + 75)/3 = 85.8333333333333
    const t = section(golden().grid, "D. Ringkasan Capaian Kinerja Tahun 2024 per Sasaran Strategis", 3, 10);
    expect(t.header).toEqual([
      "No",
      "Sasaran Strategis",
      "Jumlah Indikator",
      "Rata-rata Capaian (%)",
      "Jumlah Sangat Tinggi",
      "Jumlah Tinggi",
      "Jumlah Sedang",
      "Jumlah Rendah",
      "Jumlah Sangat Rendah",
      "Belum Dapat Dinilai",
    ]);
    expect(t.rows).toEqual([
      [1, S1, 2, 91.25, 1, 0, 1, 0, 0, 0],
      [2, S2, 2, 75, 0, 0, 1, 0, 0, 1],
      ["", "Seluruh IKU Dinas Uji Kota Contoh", 4, 85.8333333333333, 1, 0, 2, 0, 0, 1],
    ]);
  });

  it("writes the analysis columns from the Bidang sheets, blanks as 'belum diisi'", () => {
    const t = section(golden().grid, "E. Analisis Capaian Kinerja Tahun 2024", 4, 6);
    expect(t.header).toEqual([
      "No",
      "Sasaran Strategis",
      "Indikator Kinerja Utama",
      "Faktor Pendukung",
      "Faktor Penghambat",
      "Solusi / Tindak Lanjut",
    ]);
    expect(t.rows).toEqual([
      [1, S1, "Persentase PPKS yang terlayani", "Dukungan anggaran", B, "Koordinasi lintas bidang"],
      [2, "", "Jumlah LKS aktif", B, "Izin LKS baru tertunda", B],
      [3, S2, "Rata-rata aduan per LPM", B, B, B],
      [4, "", K4, B, B, B],
    ]);
  });

  it("charts capaian per indicator from a data block, leaving a gap where there is none", () => {
    const { grid, plan } = golden();
    const at = grid.findIndex((r) => r[0] === "F. Grafik Capaian Kinerja 2024 per Indikator (%)");
    expect(grid.slice(at + 1, at + 6).map((r) => [r[1], r[2] ?? null])).toEqual([
      ["Kode", "Capaian (%)"],
      ["K1", 112.5],
      ["K2", 70],
      ["K3", 75],
      ["K4", null],
    ]);
    expect(plan.charts).toEqual([
      {
        type: "ColumnClustered",
        source: `B${at + 2}:C${at + 6}`,
        title: "Capaian Kinerja 2024 per Indikator (%)",
        placeAt: `D${at + 2}:I${at + 19}`,
      },
    ]);
  });

  it("colours predikat cells by band, best green to worst red", () => {
    const { plan } = golden();
    const bands = plan.highlights?.filter((h) => h.address === "H9:H12");
    expect(bands?.map((h) => [h.text, h.fill])).toEqual([
      ["Sangat Tinggi", "#C6EFCE"],
      ["Tinggi", "#E2EFDA"],
      ["Sedang", "#FFEB9C"],
      ["Rendah", "#FCE4D6"],
      ["Sangat Rendah", "#FFC7CE"],
    ]);
  });

  it("stores numbers with en-US formats: counts #,##0, shares and capaian 0.00", () => {
    const { plan } = golden();
    const formatOf = (address: string) =>
      plan.formats.filter((f) => f.address === address).map((f) => f.format.numberFormat);
    expect(formatOf("E9:E9")).toEqual(["0.00"]);
    expect(formatOf("E10:E10")).toEqual(["#,##0"]);
    expect(formatOf("E11:E12")).toEqual(["0.00"]);
    expect(formatOf("G9:G12")).toEqual(["0.00"]);
  });

  it("is print-ready: landscape A4, fit to width, the table header repeated", () => {
    expect(golden().plan.print).toEqual({
      orientation: "Landscape",
      paper: "A4",
      fitToWidth: true,
      titleRows: "$8:$8",
    });
  });

  it("names the sheet after the year and takes the mode from the caller", () => {
    const { data } = golden();
    const plan = buildLakipSheet(data, {
      tahun: 2024,
      generatedAt: new Date(2025, 0, 5, 9, 30),
      status: { galat: 0, peringatan: 2 },
      mode: "replace",
    });
    expect(plan.name).toBe("LAKIP 2024");
    expect(plan.mode).toBe("replace");
    const grid = planValues(plan);
    expect(grid[3]?.[0]).toBe("Dibuat: 05-01-2025 09.30");
    expect(grid[4]?.[0]).toBe("Status validasi: lolos dengan 2 peringatan");
  });

  it("caps capaian with the Pengaturan cap and still rates it", () => {
    const wb = new FixtureWorkbook();
    wb.set("Pengaturan", "B8", 100);
    const data = validateWorkbook(wb.snapshot()).data as LakipData;
    const t = section(
      planValues(
        buildLakipSheet(data, { tahun: 2024, generatedAt: "x", status: { galat: 0, peringatan: 0 } }),
      ),
      "A. Pengukuran Kinerja Tahun 2024",
      1,
      9,
    );
    expect(t.rows[0]?.slice(4, 8)).toEqual([80, 90, 100, "Sangat Tinggi"]);
  });

  it("keeps text that Excel would parse as text: an indicator named like a formula is not a formula", () => {
    const wb = new FixtureWorkbook();
    wb.set("Katalog IKU", "C5", "=1+1");
    const data = validateWorkbook(wb.snapshot()).data as LakipData;
    const grid = planValues(
      buildLakipSheet(data, { tahun: 2024, generatedAt: "x", status: { galat: 0, peringatan: 0 } }),
    );
    expect(grid[8]?.[2]).toBe("'=1+1");
  });

  it("shows the first Renstra year without a previous year to compare", () => {
    const wb = new FixtureWorkbook();
    wb.set("Pengaturan", "B6", 2022);
    const data = validateWorkbook(wb.snapshot()).data as LakipData;
    const grid = planValues(
      buildLakipSheet(data, { tahun: 2022, generatedAt: "x", status: { galat: 0, peringatan: 0 } }),
    );
    const t = section(grid, "B. Perbandingan Realisasi dan Capaian Kinerja Tahun 2022–2022", 1, 7);
    expect(t.header.slice(4)).toEqual(["Realisasi 2022", "Capaian 2022 (%)", "Tren Capaian"]);
    expect(t.rows[0]?.slice(4)).toEqual([50, 71.4285714285714, "tahun pertama Renstra"]);
  });
});

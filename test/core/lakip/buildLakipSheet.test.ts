import { buildLakipSheet, LAKIP_LAYOUT } from "../../../src/core/lakip/buildLakipSheet";
import { planValues } from "../../../src/core/lakip/planValues";
import { validateWorkbook } from "../../../src/core/validation/validateWorkbook";
import type { LakipData } from "../../../src/core/lakip/LakipData";
import type { CellInput, SheetPlan } from "../../../src/core/workbook/SheetPlan";
import { FixtureWorkbook } from "../validation/fixtureWorkbook";

const S1 = "Meningkatnya kualitas hidup PPKS";
const S2 = "Meningkatnya keberdayaan masyarakat";
const K1 = "Persentase PPKS yang terlayani";
const K2 = "Jumlah LKS aktif";
const K3 = "Rata-rata aduan per LPM";
const K4 = "<img src=x onerror=alert(1)>";
const K5 = "Jumlah PPKS yang mendapat pelayanan sosial";
const B = "belum diisi";
const PK_KOSONG = "PK belum diisi; dipakai Target Renstra";

function report(
  wb: FixtureWorkbook = new FixtureWorkbook(),
  tahun = 2024,
): { data: LakipData; plan: SheetPlan } {
  const result = validateWorkbook(wb.snapshot());
  if (!result.data) throw new Error(JSON.stringify(result.issues));
  const plan = buildLakipSheet(result.data, {
    tahun,
    generatedAt: "05-01-2025 09.30",
    status: { galat: 0, peringatan: 0 },
  });
  return { data: result.data, plan };
}

function golden(): { data: LakipData; plan: SheetPlan; grid: CellInput[][] } {
  const { data, plan } = report();
  return { data, plan, grid: planValues(plan) };
}

/** Rows after the header of the section titled `title`, `count` of them, `width` wide, blanks as "". */
function section(
  grid: CellInput[][],
  title: string,
  count: number,
  width: number,
): { header: CellInput[]; rows: CellInput[][]; notes: () => CellInput[] } {
  const at = grid.findIndex((row) => row[0] === title);
  if (at < 0) throw new Error(`no section ${title}: ${JSON.stringify(grid.map((r) => r[0]))}`);
  const slice = (r: CellInput[] | undefined) => Array.from({ length: width }, (_, c) => r?.[c] ?? "");
  return {
    header: slice(grid[at + 1]),
    rows: grid.slice(at + 2, at + 2 + count).map(slice),
    // The lines written under the table: column A of the rows after the data, up to the next blank row.
    notes: () => {
      const out: CellInput[] = [];
      for (let r = at + 2 + count; grid[r]?.[0] !== undefined && grid[r]?.[0] !== null; r++)
        out.push(grid[r]?.[0] ?? "");
      return out;
    },
  };
}

describe("buildLakipSheet: the golden report of the fixture (figures computed by hand)", () => {
  // 2024 by hand (no PK target typed but K5's, so the others are measured against the Renstra's):
  // K1 persen: 45/50×100 = 90; capaian 90/80×100 = 112.5 → Sangat Tinggi (> 90); > 100 → Terlampaui
  // K2 jumlah: realisasi 7; capaian 7/10×100 = 70 → Sedang (> 65, ≤ 75); Tidak Tercapai
  // K3 rasio, negatif (2T−R)/T: 30/12 = 2.5; (2×2 − 2.5)/2×100 = 75 → Sedang (75 is not > 75); Tidak Tercapai
  // K4 persen: nothing entered → "belum diisi"
  // K5 jumlah, PK 25,000 (Renstra 26,000): 22,501/25,000×100 = 90.004, printed 90,00 → Tinggi
  //    (90,00 is not > 90), not Sangat Tinggi as the exact 90.004 would be; < 100 → Tidak Tercapai
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

  it("writes the pengukuran kinerja table with the kriteria, sasaran written once per merged group", () => {
    const { grid, plan } = golden();
    const t = section(grid, "A. Pengukuran Kinerja Tahun 2024", 5, 10);
    expect(t.header).toEqual([
      "No",
      "Sasaran Strategis",
      "Indikator Kinerja Utama",
      "Satuan",
      "Target PK",
      "Realisasi",
      "Capaian (%)",
      "Predikat",
      "Kriteria",
      "Penanggung Jawab",
    ]);
    expect(t.rows).toEqual([
      [1, S1, K1, "%", 80, 90, 112.5, "Sangat Tinggi", "Terlampaui", "Bidang Satu"],
      [2, "", K2, "lembaga", 10, 7, 70, "Sedang", "Tidak Tercapai", "Bidang Satu"],
      [3, S2, K3, "aduan per LPM", 2, 2.5, 75, "Sedang", "Tidak Tercapai", "Bidang Dua"],
      [4, "", K4, "%", 60, B, B, B, B, "Bidang Dua"],
      [5, "", K5, "orang", 25000, 22501, 90.004, "Tinggi", "Tidak Tercapai", "Bidang Dua"],
    ]);
    expect(grid.findIndex((r) => r[0] === "No") + 1).toBe(LAKIP_LAYOUT.headerRow);
    expect(plan.merges).toEqual(expect.arrayContaining(["B9:B10", "B11:B13"]));
  });

  it("names under the pengukuran table the indicators whose PK target was blank (Renstra target used)", () => {
    const t = section(golden().grid, "A. Pengukuran Kinerja Tahun 2024", 5, 10);
    // K5 has a PK target; the other four were measured against their Renstra target.
    expect(t.notes()).toEqual([
      "Target PK 2024 belum diisi; capaian diukur terhadap Target Renstra 2024 untuk:",
      `    1. ${K1}`,
      `    2. ${K2}`,
      `    3. ${K3}`,
      `    4. ${K4}`,
    ]);
    // With a PK target for every indicator there is nothing to name.
    const wb = new FixtureWorkbook();
    for (const k of ["K1", "K2", "K3", "K4"])
      wb.fill(k, 2024, { targetPK: k === "K3" ? 2 : k === "K2" ? 10 : 60 });
    const all = section(planValues(report(wb).plan), "A. Pengukuran Kinerja Tahun 2024", 5, 10);
    expect(all.notes()).toEqual([]);
  });

  it("writes the Renstra and PK targets (Bab II): kondisi awal, every Renstra year, the PK of the report year", () => {
    const t = section(golden().grid, "B. Target Renstra 2022–2026 dan Perjanjian Kinerja Tahun 2024", 5, 12);
    expect(t.header).toEqual([
      "No",
      "Sasaran Strategis",
      "Indikator Kinerja Utama",
      "Satuan",
      "Kondisi Awal (2021)",
      "Target Renstra 2022",
      "Target Renstra 2023",
      "Target Renstra 2024",
      "Target Renstra 2025",
      "Target Renstra 2026",
      "Target PK 2024",
      "Keterangan",
    ]);
    // K5: PK 25,000 ≠ Renstra 26,000 → "berbeda dari Renstra"; the others have no PK target.
    expect(t.rows).toEqual([
      [1, S1, K1, "%", B, 70, 75, 80, 85, 90, B, PK_KOSONG],
      [2, "", K2, "lembaga", B, 9, 10, 10, 11, 12, B, PK_KOSONG],
      [3, S2, K3, "aduan per LPM", B, 2, 2, 2, 1.75, 1.5, B, PK_KOSONG],
      [4, "", K4, "%", B, 50, 60, 60, 65, 70, B, PK_KOSONG],
      [5, "", K5, "orang", 20000, 24000, 25000, 26000, 27000, 28000, 25000, "berbeda dari Renstra"],
    ]);
  });

  it("says a PK target equal to the Renstra's as printed is the same", () => {
    const wb = new FixtureWorkbook();
    // 80.001 prints 80,00 beside the Renstra's 80,00: "sama", never a contradiction on paper.
    wb.fill("K1", 2024, { targetPK: 80.001 });
    const t = section(
      planValues(report(wb).plan),
      "B. Target Renstra 2022–2026 dan Perjanjian Kinerja Tahun 2024",
      1,
      12,
    );
    expect(t.rows[0]?.slice(10)).toEqual([80.001, "sama dengan Renstra"]);
  });

  it("writes the comparison from the kondisi awal over 2022–2024, with the trends of realisasi and capaian", () => {
    // K1: 2022 20/40 = 50, 50/70×100 = 71.4285714285714; 2023 30/40 = 75, 100; 2024 90, 112.5
    //     realisasi 90 > 75, positive → membaik; capaian 112.5 > 100 → naik
    // K2: 2022 9, 100; 2023 7, 70; 2024 7, 70: tetap, tetap
    // K3: 2022 36/12 = 3, (4−3)/2×100 = 50; 2023 2, 100; 2024 2.5, 75
    //     realisasi 2.5 > 2, negative polarity (lower is better) → memburuk; capaian 75 < 100 → turun
    // K4: 2022 40, 80; 2023 60, 100; 2024 not entered → tidak dapat dibandingkan
    // K5: kondisi awal 20,000; 2022 23,000, 23,000/24,000×100 = 95.8333333333333;
    //     2023 25,500, 25,500/25,000×100 = 102; 2024 22,501, 90.004 (against the PK)
    //     realisasi 22,501 < 25,500 → memburuk; capaian 90.004 < 102 → turun
    const t = section(golden().grid, "C. Perbandingan Realisasi dan Capaian Kinerja Tahun 2022–2024", 5, 13);
    expect(t.header).toEqual([
      "No",
      "Sasaran Strategis",
      "Indikator Kinerja Utama",
      "Satuan",
      "Kondisi Awal (2021)",
      "Realisasi 2022",
      "Capaian 2022 (%)",
      "Realisasi 2023",
      "Capaian 2023 (%)",
      "Realisasi 2024",
      "Capaian 2024 (%)",
      "Tren Realisasi 2024 terhadap 2023",
      "Tren Capaian 2024 terhadap 2023",
    ]);
    expect(t.rows).toEqual([
      [1, S1, K1, "%", B, 50, 71.4285714285714, 75, 100, 90, 112.5, "membaik", "naik"],
      [2, "", K2, "lembaga", B, 9, 100, 7, 70, 7, 70, "tetap", "tetap"],
      [3, S2, K3, "aduan per LPM", B, 3, 50, 2, 100, 2.5, 75, "memburuk", "turun"],
      [4, "", K4, "%", B, 40, 80, 60, 100, B, B, "tidak dapat dibandingkan", "tidak dapat dibandingkan"],
      [5, "", K5, "orang", 20000, 23000, 95.8333333333333, 25500, 102, 22501, 90.004, "memburuk", "turun"],
    ]);
  });

  it("compares trends at the printed precision: 90.004 against 90 is tetap at 2 decimals, naik at 3", () => {
    const wb = new FixtureWorkbook();
    // K5 2023 against a PK of 25,500: realisasi 22,950 → capaian 90; 2024 stays 90.004.
    wb.fill("K5", 2023, { targetPK: 25500, pembilang: 22950 });
    const title = "C. Perbandingan Realisasi dan Capaian Kinerja Tahun 2022–2024";
    const at2 = section(planValues(report(wb).plan), title, 5, 13).rows[4];
    expect(at2?.slice(7)).toEqual([22950, 90, 22501, 90.004, "memburuk", "tetap"]);
    wb.set("Pengaturan", "B9", 3);
    const at3 = section(planValues(report(wb).plan), title, 5, 13).rows[4];
    expect(at3?.slice(11)).toEqual(["memburuk", "naik"]);
  });

  it("writes the progress towards the Renstra end target by sifat target, with what is left", () => {
    // akhir: the report year's realisasi against the 2026 Renstra target; sisa = target − realisasi, not below 0
    // K1: 90 of 90 → 100; sisa 0
    // K2: 7 of 12 → 7/12×100 = 58.3333333333333; sisa 12 − 7 = 5
    // K3 (negative): 2.5 against 1.5 → (2×1.5 − 2.5)/1.5×100 = 33.3333333333333; sisa 2.5 − 1.5 = 1
    // K4: 2024 not entered
    // K5 kumulatif: target akhir 24,000 + 25,000 + 26,000 + 27,000 + 28,000 = 130,000;
    //     realisasi s.d. 2024 23,000 + 25,500 + 22,501 = 71,001; 71,001/130,000×100 = 54.6161538461538;
    //     sisa 130,000 − 71,001 = 58,999
    const t = section(
      golden().grid,
      "D. Perbandingan Realisasi s.d. 2024 dengan Target Akhir Renstra 2026",
      5,
      9,
    );
    expect(t.header).toEqual([
      "No",
      "Sasaran Strategis",
      "Indikator Kinerja Utama",
      "Satuan",
      "Sifat Target",
      "Target Akhir Renstra (2026)",
      "Realisasi s.d. 2024",
      "Capaian terhadap Target Akhir (%)",
      "Sisa Target",
    ]);
    expect(t.rows).toEqual([
      [1, S1, K1, "%", "akhir", 90, 90, 100, 0],
      [2, "", K2, "lembaga", "akhir", 12, 7, 58.3333333333333, 5],
      [3, S2, K3, "aduan per LPM", "akhir", 1.5, 2.5, 33.3333333333333, 1],
      [4, "", K4, "%", "akhir", 70, B, B, B],
      [5, "", K5, "orang", "kumulatif", 130000, 71001, 54.6161538461538, 58999],
    ]);
    expect(t.notes()).toEqual([
      "Sifat target akhir: realisasi s.d. 2024 = realisasi tahun 2024; target akhir = target Renstra 2026.",
      "Sifat target kumulatif: realisasi s.d. 2024 = jumlah realisasi 2022–2024; target akhir = jumlah target Renstra 2022–2026.",
      "Sisa target = target akhir − realisasi s.d. tahun laporan (polaritas negatif: realisasi − target akhir); 0 bila target akhir sudah tercapai. Capaian terhadap target akhir tidak dibatasi.",
    ]);
  });

  it("says a kumulatif end target of figures too large to be figures is not valid, never Infinity", () => {
    // K5's Renstra targets for 2025 and 2026 typed as 1e308: each is past 10^15, an input
    // galat (numberTooLarge), so the targets are invalid and their sum is never taken.
    const wb = new FixtureWorkbook();
    wb.fill("K5", 2025, { targetRenstra: 1e308 });
    wb.fill("K5", 2026, { targetRenstra: 1e308 });
    const { plan } = report(wb);
    const grid = planValues(plan);
    const t = section(grid, "D. Perbandingan Realisasi s.d. 2024 dengan Target Akhir Renstra 2026", 5, 9);
    const T = LAKIP_LAYOUT.tidakValid;
    expect(t.rows[4]).toEqual([5, "", K5, "orang", "kumulatif", T, 71001, T, T]);
    expect(grid.flat().filter((v) => typeof v === "number" && !Number.isFinite(v))).toEqual([]);
  });

  it("writes the summary per sasaran with the mean's predikat, and the method under the table", () => {
    // S1: (112.5 + 70)/2 = 91.25 → Sangat Tinggi; S2: (75 + 90.004)/2 = 82.502 → Tinggi (K4 not rated);
    // all: (112.5 + 70 + 75 + 90.004)/4 = 86.876 → Tinggi
    // Bands: K1 Sangat Tinggi, K2 Sedang, K3 Sedang, K5 Tinggi; K4 not rated.
    const t = section(golden().grid, "E. Ringkasan Capaian Kinerja Tahun 2024 per Sasaran Strategis", 3, 11);
    expect(t.header).toEqual([
      "No",
      "Sasaran Strategis",
      "Jumlah Indikator",
      "Rata-rata Capaian (%)",
      "Predikat Rata-rata",
      "Jumlah Sangat Tinggi",
      "Jumlah Tinggi",
      "Jumlah Sedang",
      "Jumlah Rendah",
      "Jumlah Sangat Rendah",
      "Belum Dapat Dinilai",
    ]);
    expect(t.rows).toEqual([
      [1, S1, 2, 91.25, "Sangat Tinggi", 1, 0, 1, 0, 0, 0],
      [2, S2, 3, 82.502, "Tinggi", 0, 1, 1, 0, 0, 1],
      ["", "Seluruh IKU Dinas Uji Kota Contoh", 5, 86.876, "Tinggi", 1, 1, 2, 0, 0, 1],
    ]);
    expect(t.notes()).toEqual([
      "Rata-rata capaian: rata-rata hitung capaian 2024 indikator yang dapat dinilai (yang belum dapat dinilai tidak dihitung); capaian tiap indikator tidak dibatasi; rata-rata tidak dibatasi.",
      "Predikat rata-rata: skala predikat Pengaturan, dinilai pada rata-rata yang dibulatkan 2 desimal seperti dicetak.",
    ]);
  });

  it("caps the mean per sasaran with its own cap, rates the capped mean, and says so", () => {
    const wb = new FixtureWorkbook();
    wb.set("Pengaturan", "B8", 100);
    wb.set("Pengaturan", "B10", 90);
    // Capaian capped at 100: K1 112.5 → 100. S1: (100 + 70)/2 = 85 (under the mean's cap of 90) → Tinggi.
    // S2: (75 + 90.004)/2 = 82.502 → Tinggi. All: (100 + 70 + 75 + 90.004)/4 = 83.751 → Tinggi.
    // With the mean's cap at 80: S1 85 → 80 → Tinggi (> 75); S2 82.502 → 80; all 83.751 → 80.
    const first = section(
      planValues(report(wb).plan),
      "E. Ringkasan Capaian Kinerja Tahun 2024 per Sasaran Strategis",
      3,
      5,
    );
    expect(first.rows.map((r) => r.slice(3))).toEqual([
      [85, "Tinggi"],
      [82.502, "Tinggi"],
      [83.751, "Tinggi"],
    ]);
    wb.set("Pengaturan", "B10", 80);
    const capped = section(
      planValues(report(wb).plan),
      "E. Ringkasan Capaian Kinerja Tahun 2024 per Sasaran Strategis",
      3,
      5,
    );
    expect(capped.rows.map((r) => r.slice(3))).toEqual([
      [80, "Tinggi"],
      [80, "Tinggi"],
      [80, "Tinggi"],
    ]);
    expect(capped.notes()[0]).toBe(
      "Rata-rata capaian: rata-rata hitung capaian 2024 indikator yang dapat dinilai (yang belum dapat dinilai tidak dihitung); capaian tiap indikator dibatasi paling tinggi 100%; rata-rata dibatasi paling tinggi 80%.",
    );
  });

  it("writes the analysis columns from the Bidang sheets with the Keterangan, blanks as 'belum diisi'", () => {
    const t = section(golden().grid, "F. Analisis Capaian Kinerja Tahun 2024", 5, 7);
    expect(t.header).toEqual([
      "No",
      "Sasaran Strategis",
      "Indikator Kinerja Utama",
      "Faktor Pendukung",
      "Faktor Penghambat",
      "Solusi / Tindak Lanjut",
      "Keterangan",
    ]);
    expect(t.rows).toEqual([
      [1, S1, K1, "Dukungan anggaran", B, "Koordinasi lintas bidang", "Data sementara"],
      [2, "", K2, B, "Izin LKS baru tertunda", B, B],
      [3, S2, K3, B, B, B, B],
      [4, "", K4, B, B, B, B],
      [5, "", K5, B, B, B, B],
    ]);
  });

  it("charts capaian per indicator from a data block, leaving a gap where there is none", () => {
    const { grid, plan } = golden();
    const at = grid.findIndex((r) => r[0] === "G. Grafik Capaian Kinerja 2024 per Indikator (%)");
    expect(grid.slice(at + 1, at + 7).map((r) => [r[1], r[2] ?? null])).toEqual([
      ["Kode", "Capaian (%)"],
      ["K1", 112.5],
      ["K2", 70],
      ["K3", 75],
      ["K4", null],
      ["K5", 90.004],
    ]);
    // The chart spans the page, as wide as the pengukuran table (A:J).
    expect(plan.charts).toEqual([
      {
        type: "ColumnClustered",
        source: `B${at + 2}:C${at + 7}`,
        title: "Capaian Kinerja 2024 per Indikator (%)",
        placeAt: `D${at + 2}:J${at + 19}`,
      },
    ]);
  });

  it("colours predikat cells by band, best green to worst red, and kriteria cells met green, missed red", () => {
    const { plan } = golden();
    const bands = plan.highlights?.filter((h) => h.address === "H9:H13");
    expect(bands?.map((h) => [h.text, h.fill])).toEqual([
      ["Sangat Tinggi", "#C6EFCE"],
      ["Tinggi", "#E2EFDA"],
      ["Sedang", "#FFEB9C"],
      ["Rendah", "#FCE4D6"],
      ["Sangat Rendah", "#FFC7CE"],
    ]);
    const kriteria = plan.highlights?.filter((h) => h.address === "I9:I13");
    expect(kriteria?.map((h) => [h.text, h.fill])).toEqual([
      ["Terlampaui", "#C6EFCE"],
      ["Tercapai", "#E2EFDA"],
      ["Tidak Tercapai", "#FFC7CE"],
    ]);
  });

  it("stores numbers with en-US formats: counts #,##0, shares and capaian with the decimals set (0.00)", () => {
    const { plan } = golden();
    const formatOf = (address: string) =>
      plan.formats.filter((f) => f.address === address).map((f) => f.format.numberFormat);
    expect(formatOf("E9:E9")).toEqual(["0.00"]);
    expect(formatOf("E10:E10")).toEqual(["#,##0"]);
    expect(formatOf("E11:E12")).toEqual(["0.00"]);
    expect(formatOf("E13:E13")).toEqual(["#,##0"]);
    expect(formatOf("G9:G13")).toEqual(["0.00"]);
  });

  it("prints capaian with the decimals set in Pengaturan, and rates 90.004 at that precision", () => {
    const wb = new FixtureWorkbook();
    wb.set("Pengaturan", "B9", 3);
    const { plan } = report(wb);
    // 90.004 printed 90,004 is > 90: Sangat Tinggi.
    const t = section(planValues(plan), "A. Pengukuran Kinerja Tahun 2024", 5, 10);
    expect(t.rows[4]?.slice(6, 9)).toEqual([90.004, "Sangat Tinggi", "Tidak Tercapai"]);
    expect(plan.formats.filter((f) => f.address === "G9:G13").map((f) => f.format.numberFormat)).toEqual([
      "0.000",
    ]);
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

  it("caps capaian with the Pengaturan cap and still rates it, while the kriteria reads it uncapped", () => {
    const wb = new FixtureWorkbook();
    wb.set("Pengaturan", "B8", 100);
    const t = section(planValues(report(wb).plan), "A. Pengukuran Kinerja Tahun 2024", 1, 10);
    // K1: 112.5 capped at 100 → Sangat Tinggi; uncapped 112.5 > 100 → Terlampaui (the cap hides nothing).
    expect(t.rows[0]?.slice(4, 9)).toEqual([80, 90, 100, "Sangat Tinggi", "Terlampaui"]);
  });

  it("keeps text that Excel would parse as text: an indicator named like a formula is not a formula", () => {
    const wb = new FixtureWorkbook();
    wb.set("Katalog IKU", "C5", "=1+1");
    const grid = planValues(report(wb).plan);
    expect(grid[8]?.[2]).toBe("'=1+1");
  });

  it("shows the first Renstra year against the kondisi awal, with no previous capaian to compare", () => {
    const wb = new FixtureWorkbook();
    wb.set("Pengaturan", "B6", 2022);
    const grid = planValues(report(wb, 2022).plan);
    const t = section(grid, "C. Perbandingan Realisasi dan Capaian Kinerja Tahun 2022–2022", 5, 9);
    expect(t.header.slice(4)).toEqual([
      "Kondisi Awal (2021)",
      "Realisasi 2022",
      "Capaian 2022 (%)",
      "Tren Realisasi 2022 terhadap Kondisi Awal",
      "Tren Capaian",
    ]);
    // K1 has no kondisi awal; K5: 23,000 in 2022 against 20,000 in 2021 → membaik.
    expect(t.rows[0]?.slice(4)).toEqual([
      B,
      50,
      71.4285714285714,
      "tidak dapat dibandingkan",
      "tahun pertama Renstra",
    ]);
    expect(t.rows[4]?.slice(4)).toEqual([20000, 23000, 95.8333333333333, "membaik", "tahun pertama Renstra"]);
  });
});

import { buildLakipSheet } from "../../../src/core/lakip/buildLakipSheet";
import { planValues } from "../../../src/core/lakip/planValues";
import { validateWorkbook } from "../../../src/core/validation/validateWorkbook";
import { ANGGARAN } from "../../../src/core/workbook/anggaranLayout";
import { KATALOG, SHEET } from "../../../src/core/workbook/workbookLayout";
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
const TDD = "tidak dapat dihitung";

/**
 * The golden fixture (see buildLakipSheet.test: 2024 capaian K1 112.5, K2 70, K3 75, K4 none,
 * K5 90.004) with a national standard on K1 and K2 and this Anggaran sheet (Kode, nama,
 * Tahun, Bidang, Kode IKU, Pagu, Realisasi, …, Menunjang / Menghambat).
 */
const ROWS: readonly (readonly CellInput[])[] = [
  ["1.06.01", "Program Perlindungan Sosial", 2024, "B1", "K1", "", "", "", "", ""],
  [
    "1.06.01.2.01",
    "Bantuan Sosial",
    2024,
    "B1",
    "",
    300_000_000,
    270_000_000,
    "",
    "",
    "Menunjang: bantuan tepat waktu",
  ],
  ["1.06.01.2.02", "Pendataan PPKS", 2024, "B1", "K2", 200_000_000, 210_000_000, "", "", ""],
  ["1.06.01.2.01.0001", "Penyaluran Bantuan", 2024, "B1", "", 100_000_000, 90_000_000, "", "", ""],
  [
    "1.06.03",
    "Program Pemberdayaan Masyarakat",
    2024,
    "B2",
    "K3; K5",
    150_000_000,
    120_000_000,
    "",
    "",
    "Menghambat: hibah terlambat",
  ],
  ["1.06.04", "Program Penanganan Bencana", 2024, "B2", "K5", 0, 0, "", "", ""],
  ["1.06.01.2.01", "Bantuan Sosial", 2023, "B1", "", 50_000_000, 40_000_000, "", "", ""],
];

function workbook(): FixtureWorkbook {
  const wb = new FixtureWorkbook();
  const K = KATALOG.indikator;
  const r = (i: number) => KATALOG.firstDataRow + i;
  wb.set(SHEET.katalog, `${K.standarNasional.col}${KATALOG.headerRow}`, K.standarNasional.header);
  wb.set(SHEET.katalog, `${K.sumberStandar.col}${KATALOG.headerRow}`, K.sumberStandar.header);
  wb.set(SHEET.katalog, `${K.standarNasional.col}${r(0)}`, 100);
  wb.set(SHEET.katalog, `${K.sumberStandar.col}${r(0)}`, "SPM, Permensos 9/2018");
  wb.set(SHEET.katalog, `${K.standarNasional.col}${r(1)}`, 5);
  wb.addSheet(SHEET.anggaran);
  Object.values(ANGGARAN.columns).forEach((c) =>
    wb.set(SHEET.anggaran, `${c.col}${ANGGARAN.headerRow}`, c.header),
  );
  ROWS.forEach((row, i) =>
    row.forEach((v, c) =>
      wb.set(SHEET.anggaran, `${String.fromCharCode(65 + c)}${ANGGARAN.firstDataRow + i}`, v),
    ),
  );
  return wb;
}

function report(wb = workbook()): { grid: CellInput[][]; plan: SheetPlan; issues: string[] } {
  const v = validateWorkbook(wb.snapshot());
  if (!v.data) throw new Error(JSON.stringify(v.issues));
  const plan = buildLakipSheet(v.data, {
    tahun: 2024,
    generatedAt: "05-01-2025 09.30",
    status: { galat: v.galat, peringatan: v.peringatan },
  });
  return { grid: planValues(plan), plan, issues: v.issues.map((i) => `${i.code} ${i.address}`) };
}

/** The rows of the section titled `title`: header, then `count` rows, `width` wide. */
/** Codes and other texts Excel would read as numbers are written with its text prefix ('). */
function section(grid: CellInput[][], title: string, count: number, width: number) {
  const at = grid.findIndex((row) => row[0] === title);
  if (at < 0) throw new Error(`no section ${title}: ${JSON.stringify(grid.map((r) => r[0]))}`);
  const slice = (r: CellInput[] | undefined) => Array.from({ length: width }, (_, c) => r?.[c] ?? "");
  const notes: CellInput[] = [];
  for (let r = at + 2 + count; grid[r]?.[0] !== undefined && grid[r]?.[0] !== null; r++)
    notes.push(grid[r]?.[0] ?? "");
  return { at, header: slice(grid[at + 1]), rows: grid.slice(at + 2, at + 2 + count).map(slice), notes };
}

describe("LAKIP sections of template version 4 (figures computed by hand)", () => {
  it("validates the fixture's budget with two peringatan: the kegiatan that spent above its pagu, the IKU without a program", () => {
    // And K4, which no program of 2024 names (a peringatan too).
    expect(report().issues).toEqual(["ikuWithoutProgram E4", "anggaranRealisasiAbovePagu G7"]);
  });

  it("orders the sections as a reviewer reads Bab III, Realisasi Anggaran (III.B) last", () => {
    const titles = report().grid.flatMap((r) =>
      typeof r[0] === "string" && /^[A-Z]\. /.test(r[0]) ? [r[0]] : [],
    );
    expect(titles).toEqual([
      "A. Pengukuran Kinerja Tahun 2024",
      "B. Target Renstra 2022–2026 dan Perjanjian Kinerja Tahun 2024",
      "C. Perbandingan Realisasi dan Capaian Kinerja Tahun 2022–2024",
      "D. Perbandingan Realisasi s.d. 2024 dengan Target Akhir Renstra 2026",
      "E. Perbandingan Realisasi Kinerja Tahun 2024 dengan Standar Nasional",
      "F. Ringkasan Capaian Kinerja Tahun 2024 per Sasaran Strategis",
      "G. Analisis Capaian Kinerja Tahun 2024",
      "H. Efisiensi Penggunaan Sumber Daya Tahun 2024",
      "I. Program dan Kegiatan Pendukung Capaian Kinerja Tahun 2024",
      "J. Grafik Capaian Kinerja 2024 per Indikator (%)",
      "K. Realisasi Anggaran Tahun 2024",
    ]);
  });

  it("B. Realisasi Anggaran: programs with their kegiatan indented, totals from the kegiatan, to the rupiah", () => {
    const t = section(report().grid, "K. Realisasi Anggaran Tahun 2024", 6, 7);
    expect(t.header).toEqual([
      "No",
      "Kode",
      "Program / Kegiatan",
      "Pagu (Rp)",
      "Realisasi (Rp)",
      "Serapan (%)",
      "Sisa (Rp)",
    ]);
    expect(t.rows).toEqual([
      // 1.06.01 = kegiatan 2.01 + 2.02 (the sub kegiatan is inside 2.01, 2023 is another year):
      // pagu 300,000,000 + 200,000,000 = 500,000,000; realisasi 270,000,000 + 210,000,000 =
      // 480,000,000; serapan 480/500 × 100 = 96; sisa 20,000,000.
      [1, "'1.06.01", "Program Perlindungan Sosial", 500_000_000, 480_000_000, 96, 20_000_000],
      // 270/300 × 100 = 90; sisa 30,000,000.
      ["", "'1.06.01.2.01", "    Bantuan Sosial", 300_000_000, 270_000_000, 90, 30_000_000],
      // Realisasi above pagu: 210/200 × 100 = 105; sisa −10,000,000.
      ["", "'1.06.01.2.02", "    Pendataan PPKS", 200_000_000, 210_000_000, 105, -10_000_000],
      // A program without kegiatan keeps its own figures: 120/150 × 100 = 80; sisa 30,000,000.
      [2, "'1.06.03", "Program Pemberdayaan Masyarakat", 150_000_000, 120_000_000, 80, 30_000_000],
      // A pagu of 0 (nothing spent): serapan cannot be computed.
      [3, "'1.06.04", "Program Penanganan Bencana", 0, 0, TDD, 0],
      // Total 500 + 150 + 0 = 650,000,000; 480 + 120 + 0 = 600,000,000; 600/650 × 100 =
      // 92.3076923…; sisa 50,000,000.
      ["", "", "Jumlah", 650_000_000, 600_000_000, expect.closeTo(92.3076923076923, 10), 50_000_000],
    ]);
  });

  it("takes a kegiatan's realisasi from its quarters (L:O) when Realisasi is empty: the same report, to the rupiah", () => {
    // Kegiatan 1.06.01.2.01 (row 6): G emptied, TW I 100,000,000 + TW II 120,000,000 + TW III
    // 50,000,000 + TW IV blank = 270,000,000, the figure G held: every budget figure is unchanged.
    const wb = workbook();
    wb.set(SHEET.anggaran, "G6", "");
    wb.set(SHEET.anggaran, "L6", 100_000_000);
    wb.set(SHEET.anggaran, "M6", 120_000_000);
    wb.set(SHEET.anggaran, "N6", 50_000_000);
    const derived = report(wb);
    expect(derived.issues).toEqual(report().issues);
    for (const title of [
      "K. Realisasi Anggaran Tahun 2024",
      "H. Efisiensi Penggunaan Sumber Daya Tahun 2024",
    ]) {
      const rows = title.startsWith("K") ? 6 : 5;
      expect(section(derived.grid, title, rows, 9).rows).toEqual(section(report().grid, title, rows, 9).rows);
    }
    expect(section(derived.grid, "K. Realisasi Anggaran Tahun 2024", 6, 7).rows[1]).toEqual([
      "",
      "'1.06.01.2.01",
      "    Bantuan Sosial",
      300_000_000,
      270_000_000,
      90,
      30_000_000,
    ]);
  });

  it("keeps a typed Realisasi over quarters that add up to another sum, with a peringatan at its cell", () => {
    // G6 270,000,000; the quarters 100,000,000 + 150,000,000 = 250,000,000.
    const wb = workbook();
    wb.set(SHEET.anggaran, "L6", 100_000_000);
    wb.set(SHEET.anggaran, "M6", 150_000_000);
    const r = report(wb);
    expect(r.issues).toContain("anggaranTriwulanBerbeda G6");
    expect(section(r.grid, "K. Realisasi Anggaran Tahun 2024", 6, 7).rows[1]?.[4]).toBe(270_000_000);
  });

  it("writes rupiah with the en-US code #,##0 and bolds the program and total rows", () => {
    const { plan } = report();
    const t = section(planValues(plan), "K. Realisasi Anggaran Tahun 2024", 6, 7);
    const first = t.at + 3; // 1-based row of the first program
    const formatOf = (address: string) =>
      plan.formats.filter((f) => f.address.split(":")[0] === address).map((f) => f.format);
    expect(formatOf(`D${first}`)).toEqual(expect.arrayContaining([{ numberFormat: "#,##0" }]));
    expect(plan.formats).toEqual(
      expect.arrayContaining([{ address: `A${first}:G${first}`, format: { bold: true } }]),
    );
    expect(plan.formats).toEqual(
      expect.arrayContaining([{ address: `A${first + 5}:G${first + 5}`, format: { bold: true } }]),
    );
  });

  it("Efisiensi: per sasaran and per IKU a budget line supports alone, the verdict by the rule, the rule under the table", () => {
    const t = section(report().grid, "H. Efisiensi Penggunaan Sumber Daya Tahun 2024", 5, 9);
    expect(t.header).toEqual([
      "No",
      "Sasaran Strategis / Indikator",
      "Capaian Kinerja (%)",
      "Pagu (Rp)",
      "Realisasi (Rp)",
      "Serapan (%)",
      "Efisiensi (%)",
      "Keterangan",
      "",
    ]);
    expect(t.rows.map((r) => r.slice(0, 8))).toEqual([
      // S1: capaian (112.5 + 70) / 2 = 91.25; budget of the kegiatan linked to K1 or K2
      // (2.01 through its program, 2.02): 500,000,000 / 480,000,000, serapan 96 ≥ 91.25 with
      // capaian < 100 → tidak efisien; efisiensi applies only from 100 %.
      [1, S1, 91.25, 500_000_000, 480_000_000, 96, "tidak berlaku", "tidak efisien"],
      // K1 alone: kegiatan 2.01; capaian 112.5 ≥ 100 with 30,000,000 unspent → efisien,
      // efisiensi (1 − 270/300) × 100 = 10.
      ["", `    ${K1}`, 112.5, 300_000_000, 270_000_000, 90, expect.closeTo(10, 10), "efisien"],
      // K2 alone: kegiatan 2.02; capaian 70 < 100, serapan 105 ≥ 70 → tidak efisien.
      ["", `    ${K2}`, 70, 200_000_000, 210_000_000, 105, "tidak berlaku", "tidak efisien"],
      // S2: capaian (75 + 90.004) / 2 = 82.502 (K4 has none); budget 1.06.03 + 1.06.04 =
      // 150,000,000 / 120,000,000, serapan 80 < 82.50 with capaian < 100 → neither rule.
      [2, S2, 82.502, 150_000_000, 120_000_000, 80, "tidak berlaku", "tidak dapat dinilai"],
      // K5 alone: program 1.06.04 with a pagu of 0 → tidak dapat dinilai. (K3 shares 1.06.03
      // with K5: no line supports it alone, so it has no row.)
      ["", `    ${K5}`, 90.004, 0, 0, TDD, TDD, "tidak dapat dinilai"],
    ]);
    expect(t.notes.slice(0, 3).join(" ")).toContain("Efisiensi (%) = (1 − realisasi anggaran / pagu) × 100");
  });

  it("Program/Kegiatan Pendukung: per IKU the programs and kegiatan linked to it, with the sheet's Menunjang / Menghambat", () => {
    const t = section(report().grid, "I. Program dan Kegiatan Pendukung Capaian Kinerja Tahun 2024", 7, 8);
    expect(t.header.slice(0, 7)).toEqual([
      "No",
      "Indikator Kinerja Utama",
      "Program / Kegiatan",
      "Pagu (Rp)",
      "Realisasi (Rp)",
      "Serapan (%)",
      "Menunjang / Menghambat",
    ]);
    expect(t.rows.map((r) => r.slice(0, 7))).toEqual([
      // K1: its program (totals of its kegiatan) and kegiatan 2.01 (no Kode IKU: its program's).
      [1, K1, "'1.06.01 Program Perlindungan Sosial", 500_000_000, 480_000_000, 96, B],
      [
        "",
        "",
        "'1.06.01.2.01 Bantuan Sosial",
        300_000_000,
        270_000_000,
        90,
        "Menunjang: bantuan tepat waktu",
      ],
      [2, K2, "'1.06.01.2.02 Pendataan PPKS", 200_000_000, 210_000_000, 105, B],
      [
        3,
        K3,
        "'1.06.03 Program Pemberdayaan Masyarakat",
        150_000_000,
        120_000_000,
        80,
        "Menghambat: hibah terlambat",
      ],
      [4, K4, "tidak ada program/kegiatan tahun 2024", B, B, B, B],
      [
        5,
        K5,
        "'1.06.03 Program Pemberdayaan Masyarakat",
        150_000_000,
        120_000_000,
        80,
        "Menghambat: hibah terlambat",
      ],
      ["", "", "'1.06.04 Program Penanganan Bencana", 0, 0, TDD, B],
    ]);
  });

  it("Standar Nasional: the indicators that carry one, selisih and above or below", () => {
    const t = section(
      report().grid,
      "E. Perbandingan Realisasi Kinerja Tahun 2024 dengan Standar Nasional",
      2,
      8,
    );
    expect(t.header).toEqual([
      "No",
      "Indikator Kinerja Utama",
      "Satuan",
      "Realisasi 2024",
      "Standar Nasional",
      "Sumber Standar",
      "Selisih",
      "Keterangan",
    ]);
    expect(t.rows).toEqual([
      // K1: realisasi 45/50 × 100 = 90 against 100 → selisih −10, below.
      [1, K1, "%", 90, 100, "SPM, Permensos 9/2018", -10, "di bawah standar"],
      // K2: realisasi 7 against 5 → selisih 2, above; no source typed.
      [2, K2, "lembaga", 7, 5, "'-", 2, "di atas standar"],
    ]);
  });

  it("leaves the budget sections out of a workbook without an Anggaran sheet", () => {
    const wb = workbook();
    wb.removeSheet(SHEET.anggaran);
    const titles = report(wb).grid.flatMap((r) =>
      typeof r[0] === "string" && /^[A-Z]\. /.test(r[0]) ? [r[0]] : [],
    );
    expect(titles.some((t) => /Anggaran|Efisiensi|Pendukung/.test(t))).toBe(false);
    expect(titles).toContain("E. Perbandingan Realisasi Kinerja Tahun 2024 dengan Standar Nasional");
  });
});

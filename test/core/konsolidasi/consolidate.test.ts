import { buildKonsolidasiSheet } from "../../../src/core/konsolidasi/buildKonsolidasiSheet";
import { consolidate } from "../../../src/core/konsolidasi/consolidate";
import type { KonsolidasiInput } from "../../../src/core/konsolidasi/KonsolidasiData";
import { kriteria } from "../../../src/core/formulas/kriteria";
import { PERMENDAGRI_86_2017 } from "../../../src/core/formulas/PredikatScale";
import { planValues } from "../../../src/core/lakip/planValues";
import type { LakipData, LakipIndikator, Nilai } from "../../../src/core/lakip/LakipData";

const ada = (value: number): Nilai => ({ status: "ada", value });
const kosong: Nilai = { status: "kosong" };

/**
 * An indicator with only its 2024 figures (the consolidation reads the year asked for):
 * the target is the PK's (the Renstra's the same), no cap, so the kriteria reads the
 * capaian itself.
 */
function indikator(
  kode: string,
  sasaran: string,
  jenis: LakipIndikator["jenis"],
  target: Nilai,
  realisasi: Nilai,
  capaian: Nilai,
  predikat: string | null,
): LakipIndikator {
  return {
    kode,
    nama: `Indikator ${kode}`,
    sasaran,
    jenis,
    satuan: jenis === "jumlah" ? "lembaga" : "%",
    polaritas: "positif",
    bidang: { kode: "B1", nama: "Bidang Satu", lembar: "Bidang 1" },
    kondisiAwal: null,
    sifatTarget: "akhir",
    tahun: [
      {
        tahun: 2024,
        row: 5,
        targetRenstra: target,
        targetPK: target,
        target,
        targetDariRenstra: false,
        pembilang: kosong,
        penyebut: kosong,
        realisasi,
        capaian,
        capaianTanpaBatas: capaian,
        predikat,
        kriteria: capaian.status === "ada" ? kriteria(capaian.value, 2) : null,
        pendukung: "",
        penghambat: "",
        solusi: "",
        keterangan: "",
      },
    ],
  };
}

const settings = (instansi: string, skala: LakipData["settings"]["skala"]): LakipData["settings"] => ({
  instansi,
  tahunAwal: 2022,
  tahunAkhir: 2026,
  tahunLaporan: 2024,
  rumusNegatif: "negatif",
  batasCapaian: null,
  desimal: 2,
  batasRataRata: null,
  skala,
});

// Dinas Sosial, Permendagri 86/2017 scale:
//   A1 persen 90 of 80  → capaian 112.5 → Sangat Tinggi   (sasaran S1)
//   A2 jumlah 7 of 10   → capaian 70    → Sedang          (sasaran S1)
//   A3 rasio, no realisasi yet → capaian kosong, no predikat (sasaran S2)
const dinsos: LakipData = {
  settings: settings("Dinas Sosial", PERMENDAGRI_86_2017),
  sasaran: [
    { kode: "S1", nama: "Kesejahteraan sosial meningkat" },
    { kode: "S2", nama: "Masyarakat berdaya" },
  ],
  indikator: [
    indikator("A1", "S1", "persen", ada(80), ada(90), ada(112.5), "Sangat Tinggi"),
    indikator("A3", "S2", "rasio", ada(2), kosong, kosong, null),
    indikator("A2", "S1", "jumlah", ada(10), ada(7), ada(70), "Sedang"),
  ],
};

// Dinas Kesehatan brings its own two-band scale (> 80 Baik, else Kurang):
//   B1 capaian 95 → Baik; B2 capaian 60 → Kurang (both sasaran K1)
const dinkes: LakipData = {
  settings: settings("Dinas Kesehatan", [
    { lebihDari: 80, label: "Baik" },
    { lebihDari: null, label: "Kurang" },
  ]),
  sasaran: [{ kode: "K1", nama: "Derajat kesehatan meningkat" }],
  indikator: [
    indikator("B1", "K1", "persen", ada(100), ada(95), ada(95), "Baik"),
    indikator("B2", "K1", "persen", ada(100), ada(60), ada(60), "Kurang"),
  ],
};

const inputs: KonsolidasiInput[] = [
  { berkas: "dinsos.xlsx", hasil: { status: "valid", data: dinsos, peringatan: 2 } },
  {
    berkas: "bappeda.xlsx",
    hasil: {
      status: "invalid",
      issues: [
        {
          code: "targetMissing",
          severity: "galat",
          sheet: "PM",
          address: "E7",
          params: { kode: "IKU-17", tahun: 2024 },
        },
        {
          code: "targetMissing",
          severity: "peringatan",
          sheet: "PM",
          address: "E8",
          params: { kode: "IKU-17", tahun: 2025 },
        },
      ],
    },
  },
  { berkas: "dinkes.xlsx", hasil: { status: "valid", data: dinkes, peringatan: 0 } },
];

describe("consolidating three agencies, one of them invalid (tahun 2024)", () => {
  const data = consolidate(inputs, 2024);

  it("counts the first agency's scale, then the labels another agency's scale adds", () => {
    expect(data.predikat).toEqual([
      "Sangat Tinggi",
      "Tinggi",
      "Sedang",
      "Rendah",
      "Sangat Rendah",
      "Baik",
      "Kurang",
    ]);
  });

  it("summarises each agency per sasaran, in catalog order", () => {
    const [sos, kes] = data.instansi;
    expect(sos?.nama).toBe("Dinas Sosial");
    expect(sos?.sasaran.map((s) => [s.kode, s.indikator.map((i) => i.kode)])).toEqual([
      ["S1", ["A1", "A2"]],
      ["S2", ["A3"]],
    ]);
    // S1: (112.5 + 70) / 2 = 91.25; one Sangat Tinggi, one Sedang
    expect(sos?.sasaran[0]?.ringkasan).toEqual({
      jumlahIndikator: 2,
      rataRataCapaian: 91.25,
      perPredikat: [1, 0, 1, 0, 0, 0, 0],
      belumDinilai: 0,
    });
    // S2: no capaian yet → no mean, one indicator not yet rated
    expect(sos?.sasaran[1]?.ringkasan).toEqual({
      jumlahIndikator: 1,
      rataRataCapaian: null,
      perPredikat: [0, 0, 0, 0, 0, 0, 0],
      belumDinilai: 1,
    });
    // The agency: mean over its indicators with a capaian, (112.5 + 70) / 2 = 91.25
    expect(sos?.ringkasan).toEqual({
      jumlahIndikator: 3,
      rataRataCapaian: 91.25,
      perPredikat: [1, 0, 1, 0, 0, 0, 0],
      belumDinilai: 1,
    });
    // Dinas Kesehatan: (95 + 60) / 2 = 77.5, on its own scale
    expect(kes?.ringkasan).toEqual({
      jumlahIndikator: 2,
      rataRataCapaian: 77.5,
      perPredikat: [0, 0, 0, 0, 0, 1, 1],
      belumDinilai: 0,
    });
  });

  it("adds up the city, and lists the invalid file with its galat only, never mixed in", () => {
    // 5 indicators; mean of the 4 capaian: (112.5 + 70 + 95 + 60) / 4 = 337.5 / 4 = 84.375
    expect(data.ringkasan).toEqual({
      jumlahIndikator: 5,
      rataRataCapaian: 84.375,
      perPredikat: [1, 0, 1, 0, 0, 1, 1],
      belumDinilai: 1,
    });
    expect(data.instansi.map((a) => a.berkas)).toEqual(["dinsos.xlsx", "dinkes.xlsx"]);
    // The refused file keeps its galat (E7), not its peringatan (E8).
    expect(data.ditolak).toEqual([
      {
        berkas: "bappeda.xlsx",
        issues: [expect.objectContaining({ severity: "galat", sheet: "PM", address: "E7" })],
      },
    ]);
  });

  it("lays the sheet out as sections A–D with every figure where it belongs", () => {
    const sheet = buildKonsolidasiSheet(data, { generatedAt: "06-01-2025 08.15" });
    const v = planValues(sheet);
    const row = (n: number) => v[n - 1] ?? [];
    expect(sheet.name).toBe("Konsolidasi 2024");
    expect(row(4)[0]).toBe("2 instansi dikonsolidasikan; 1 berkas tidak lolos validasi (lihat bagian D)");
    // A: title 6, header 7, an agency per row, the city last.
    expect(row(7)).toEqual([
      "No",
      "Instansi",
      "Berkas",
      "Jumlah Indikator",
      "Rata-rata Capaian (%)",
      "Jumlah Sangat Tinggi",
      "Jumlah Tinggi",
      "Jumlah Sedang",
      "Jumlah Rendah",
      "Jumlah Sangat Rendah",
      "Jumlah Baik",
      "Jumlah Kurang",
      "Belum Dapat Dinilai",
    ]);
    expect(row(8)).toEqual([1, "Dinas Sosial", "dinsos.xlsx", 3, 91.25, 1, 0, 1, 0, 0, 0, 0, 1]);
    expect(row(9)).toEqual([2, "Dinas Kesehatan", "dinkes.xlsx", 2, 77.5, 0, 0, 0, 0, 0, 1, 1, 0]);
    expect(row(10)).toEqual(["", "Seluruh instansi", "", 5, 84.375, 1, 0, 1, 0, 0, 1, 1, 1]);
    // B: title 12, header 13 (repeated on each printed page), one row per indicator;
    // agency and sasaran are written once per group (their cells are merged).
    expect(sheet.print?.titleRows).toBe("$13:$13");
    // Version 2 added the Kriteria column (K) after the Predikat: 112.5 > 100 Terlampaui,
    // 70 < 100 Tidak Tercapai, no capaian yet "belum diisi".
    expect(row(14)).toEqual([
      1,
      "Dinas Sosial",
      "Kesejahteraan sosial meningkat",
      "A1",
      "Indikator A1",
      "%",
      80,
      90,
      112.5,
      "Sangat Tinggi",
      "Terlampaui",
    ]);
    expect(row(15)).toEqual([
      2,
      null,
      null,
      "A2",
      "Indikator A2",
      "lembaga",
      10,
      7,
      70,
      "Sedang",
      "Tidak Tercapai",
    ]);
    expect(row(16)).toEqual([
      3,
      null,
      "Masyarakat berdaya",
      "A3",
      "Indikator A3",
      "%",
      2,
      "belum diisi",
      "belum diisi",
      "belum diisi",
      "belum diisi",
    ]);
    expect(row(17)?.slice(1, 4)).toEqual(["Dinas Kesehatan", "Derajat kesehatan meningkat", "B1"]);
    expect(sheet.merges).toEqual(expect.arrayContaining(["B14:B16", "C14:C15", "B17:B18", "C17:C18"]));
    // C: title 20, header 21, a row per agency and sasaran.
    expect(row(22)).toEqual([
      1,
      "Dinas Sosial",
      "Kesejahteraan sosial meningkat",
      2,
      91.25,
      1,
      0,
      1,
      0,
      0,
      0,
      0,
      0,
    ]);
    expect(row(23)).toEqual([
      2,
      "Dinas Sosial",
      "Masyarakat berdaya",
      1,
      "belum diisi",
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      1,
    ]);
    expect(row(24)).toEqual([
      3,
      "Dinas Kesehatan",
      "Derajat kesehatan meningkat",
      2,
      77.5,
      0,
      0,
      0,
      0,
      0,
      1,
      1,
      0,
    ]);
    // D: title 26, header 27, one row per galat of the refused file, with its sheet!cell
    // and the sentence the Indonesian message catalogue gives it.
    expect(row(28)).toEqual([
      1,
      "bappeda.xlsx",
      "PM!E7",
      "Target IKU-17 tahun 2024 belum diisi di E7. Isi target sesuai Renstra/Perjanjian Kinerja; tanpa target, capaian tahun laporan tidak dapat dihitung.",
    ]);
    expect(v.length).toBe(28);
  });

  it("lists a file that could not be read with its own problem, not as a validation issue", () => {
    const unreadable: KonsolidasiInput[] = [
      ...inputs,
      { berkas: "hilang.xlsx", hasil: { status: "unreadable", problem: { code: "fileNotFound" } } },
      {
        berkas: "rusak.xlsx",
        hasil: { status: "unreadable", problem: { code: "notAWorkbook", detail: "Corrupted zip" } },
      },
    ];
    const withFiles = consolidate(unreadable, 2024);
    expect(withFiles.instansi.map((a) => a.berkas)).toEqual(["dinsos.xlsx", "dinkes.xlsx"]);
    expect(withFiles.ditolak.slice(1)).toEqual([
      { berkas: "hilang.xlsx", problem: { code: "fileNotFound" } },
      { berkas: "rusak.xlsx", problem: { code: "notAWorkbook", detail: "Corrupted zip" } },
    ]);
    const v = planValues(buildKonsolidasiSheet(withFiles, { generatedAt: "x" }));
    expect(v[3]?.[0]).toBe("2 instansi dikonsolidasikan; 3 berkas tidak lolos validasi (lihat bagian D)");
    // D: the galat of bappeda.xlsx (row 28), then one row per unreadable file, no sheet!cell.
    expect(v.slice(28, 30)).toEqual([
      [2, "hilang.xlsx", "", "Berkas tidak ditemukan. Periksa nama dan foldernya."],
      [
        3,
        "rusak.xlsx",
        "",
        "Berkas tidak dapat dibaca sebagai buku kerja .xlsx (Corrupted zip). Buka dan simpan ulang di Excel sebagai Buku Kerja Excel (.xlsx).",
      ],
    ]);
  });

  it("says so when every file passed", () => {
    const sheet = buildKonsolidasiSheet(consolidate([inputs[0] as KonsolidasiInput], 2024), {
      generatedAt: "x",
    });
    const v = planValues(sheet);
    expect(v[3]?.[0]).toBe("1 instansi dikonsolidasikan; semua berkas lolos validasi");
    expect(v[v.length - 1]?.[1]).toBe("Tidak ada: semua berkas lolos validasi.");
  });
});

describe("each agency's own version-2 settings: decimals, cap on the mean, a PK target left blank", () => {
  // Dinas Pendidikan prints 1 decimal and caps the mean at 100:
  //   C1 persen, Target Renstra 90, Target PK blank → measured against 90: 99 / 90 = 110 → Sangat Tinggi, Terlampaui
  //   C2 jumlah, target 10, realisasi 9.5 → 95 → Sangat Tinggi, Tidak Tercapai
  const base = indikator("C1", "P1", "persen", ada(90), ada(99), ada(110), "Sangat Tinggi");
  const year = base.tahun[0];
  if (!year) throw new Error("fixture");
  const c1: LakipIndikator = { ...base, tahun: [{ ...year, targetPK: kosong, targetDariRenstra: true }] };
  const dikbud: LakipData = {
    settings: { ...settings("Dinas Pendidikan", PERMENDAGRI_86_2017), desimal: 1, batasRataRata: 100 },
    sasaran: [{ kode: "P1", nama: "Mutu pendidikan meningkat" }],
    indikator: [c1, indikator("C2", "P1", "jumlah", ada(10), ada(9.5), ada(95), "Sangat Tinggi")],
  };
  const data = consolidate(
    [
      { berkas: "dinsos.xlsx", hasil: { status: "valid", data: dinsos, peringatan: 0 } },
      { berkas: "dikbud.xlsx", hasil: { status: "valid", data: dikbud, peringatan: 0 } },
    ],
    2024,
  );
  const sheet = buildKonsolidasiSheet(data, { generatedAt: "x" });
  const v = planValues(sheet);
  const formatAt = (address: string) =>
    sheet.formats
      .filter((f) => f.address === address && f.format.numberFormat)
      .map((f) => f.format.numberFormat);

  it("caps the agency's means as its own LAKIP does, and leaves the city's mean uncapped", () => {
    // (110 + 95) / 2 = 102.5 → capped at 100, for the sasaran and for the agency.
    expect(data.instansi[1]?.sasaran[0]?.ringkasan.rataRataCapaian).toBe(100);
    expect(data.instansi[1]?.ringkasan.rataRataCapaian).toBe(100);
    // The city: (112.5 + 70 + 110 + 95) / 4 = 387.5 / 4 = 96.875, no cap.
    expect(data.ringkasan.rataRataCapaian).toBe(96.875);
    expect(data.instansi.map((a) => a.desimal)).toEqual([2, 1]);
    expect(data.desimal).toBe(2);
  });

  it("prints each agency's figures with its decimals, the city's with the most any agency prints", () => {
    // A: header 7, Dinas Sosial 8 (2 decimals), Dinas Pendidikan 9 (1), the city 10 (2).
    expect(v[8]?.slice(1, 5)).toEqual(["Dinas Pendidikan", "dikbud.xlsx", 2, 100]);
    expect(formatAt("E8:E8")).toEqual(["0.00"]);
    expect(formatAt("E9:E9")).toEqual(["0.0"]);
    expect(formatAt("E10:E10")).toEqual(["0.00"]);
    // B: header 13; Dinas Sosial's three indicators 14–16, Dinas Pendidikan's 17–18.
    expect(v[16]).toEqual([
      4,
      "Dinas Pendidikan",
      "Mutu pendidikan meningkat",
      "C1",
      "Indikator C1",
      "%",
      90,
      99,
      110,
      "Sangat Tinggi",
      "Terlampaui",
    ]);
    expect(formatAt("I14:I16")).toEqual(["0.00"]);
    expect(formatAt("I17:I18")).toEqual(["0.0"]);
    // 9.5 is a count that is not whole: it shows its decimal.
    expect(formatAt("H18:H18")).toEqual(["#,##0.0"]);
  });

  it("names under table B the indicators measured against the Renstra target", () => {
    expect(v.slice(18, 20)).toEqual([
      ["Target PK 2024 belum diisi; capaian diukur terhadap Target Renstra 2024 untuk:"],
      ["    Dinas Pendidikan: C1"],
    ]);
    // Table C starts after the notes and a blank row.
    expect(v[20]).toEqual([]);
    expect(v[21]?.[0]).toBe("C. Jumlah Predikat Tahun 2024 per Instansi dan Sasaran Strategis");
  });
});

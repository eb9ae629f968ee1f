import type { Catalog, Indikator } from "./catalogSchema";

/**
 * The IKU of Dinas Sosial dan Pemberdayaan Masyarakat Kota Bontang, 2022–2026, as set by
 * the decree of the Kepala DSPM (Januari 2022) and read in
 * `shared/reference/iku-dspm-bontang-2022-2026.md`. The facts here must match that
 * reading exactly; `test/core/catalog/defaultCatalog.test.ts` compares them row by row.
 *
 * Units are not in the decree: `%` for a share, the counted thing for a count, and
 * "kelompok per LPM/PKK" for the two averages, as their formulas read.
 */

const DSPM = "DSPM";

type Row = [
  nomor: number,
  sasaran: "S1" | "S2",
  nama: string,
  jenis: Indikator["jenis"],
  satuan: string,
  pembilang: string,
  penyebut: string | null,
  bidang: "LINJAMSOS" | "REHSOS" | "PPFM" | "PM",
];

// prettier-ignore
const ROWS: readonly Row[] = [
  [1, "S1", "Jumlah sarana sosial seperti panti asuhan, panti jompo dan panti rehabilitasi", "jumlah", "lembaga", "Jumlah Lembaga Kesejahteraan Sosial (LKS)", null, "LINJAMSOS"],
  [2, "S1", "Persentase PPKS yang memperoleh bantuan sosial", "persen", "%", "Jumlah PPKS yang mendapatkan bantuan sosial", "Jumlah PPKS", "REHSOS"],
  [3, "S1", "Penanganan Pemerlu Pelayanan Kesejahteraan Sosial (persentase)", "persen", "%", "Jumlah penanganan PPKS", "Jumlah PPKS", "REHSOS"],
  [4, "S1", "Persentase Potensi Sumber Kesejahteraan Sosial (PSKS) yang aktif", "persen", "%", "Jumlah PSKS yang aktif", "Jumlah PSKS", "REHSOS"],
  [5, "S1", "Persentase PPKS yang mendapatkan rehabilitasi sosial", "persen", "%", "Jumlah PPKS yang mendapatkan pelayanan rehabilitasi sosial", "Jumlah PPKS yang membutuhkan pelayanan rehabilitasi sosial", "LINJAMSOS"],
  [6, "S1", "Persentase PPKS yang mendapatkan perlindungan dan jaminan sosial", "persen", "%", "Jumlah PPKS yang mendapatkan pelayanan perlindungan dan jaminan sosial", "Jumlah PPKS yang membutuhkan pelayanan perlindungan dan jaminan sosial", "LINJAMSOS"],
  [7, "S1", "Tingkat validasi data penduduk miskin (indikator daerah)", "persen", "%", "Jumlah DTKS yang diverifikasi dan divalidasi", "Jumlah DTKS", "PPFM"],
  [8, "S1", "Persentase korban bencana alam atau sosial yang terlayani", "persen", "%", "Jumlah korban bencana alam atau sosial yang terlayani", "Jumlah korban bencana alam atau sosial", "LINJAMSOS"],
  [9, "S1", "Persentase taman makam pahlawan yang dikelola", "persen", "%", "Jumlah taman makam pahlawan yang dikelola", "Jumlah taman makam pahlawan", "PPFM"],
  [10, "S2", "Rata-rata jumlah kelompok binaan Lembaga Pemberdayaan Masyarakat (LPM)", "rasio", "kelompok per LPM", "Jumlah kelompok binaan LPM", "Jumlah LPM", "PM"],
  [11, "S2", "Persentase LKK dan LAK yang aktif", "persen", "%", "Jumlah LKK dan LAK yang aktif", "Jumlah LKK dan LAK", "PM"],
  [12, "S2", "Rata-rata jumlah kelompok binaan PKK", "rasio", "kelompok per PKK", "Jumlah kelompok binaan PKK", "Jumlah PKK", "PM"],
  [13, "S2", "Jumlah LPM", "jumlah", "lembaga", "Jumlah LPM", null, "PM"],
  [14, "S2", "LPM berprestasi (%)", "persen", "%", "Jumlah LPM berprestasi", "Jumlah LPM", "PM"],
  [15, "S2", "PKK aktif (%)", "persen", "%", "Jumlah PKK aktif", "Jumlah PKK", "PM"],
  [16, "S2", "Posyandu aktif (%)", "persen", "%", "Jumlah Posyandu aktif", "Jumlah Posyandu", "PM"],
  [17, "S2", "Swadaya masyarakat terhadap program pemberdayaan masyarakat", "persen", "%", "Jumlah swadaya program pemberdayaan masyarakat", "Total program pemberdayaan masyarakat", "PM"],
];

export const defaultCatalog: Catalog = {
  instansi: "Dinas Sosial dan Pemberdayaan Masyarakat Kota Bontang",
  periode: { awal: 2022, akhir: 2026 },
  bidang: [
    { kode: "LINJAMSOS", nama: "Bidang Perlindungan dan Jaminan Sosial", lembar: "Linjamsos" },
    { kode: "REHSOS", nama: "Bidang Rehabilitasi Sosial", lembar: "Rehsos" },
    { kode: "PPFM", nama: "Bidang Pemberdayaan dan Penanganan Fakir Miskin", lembar: "PPFM" },
    { kode: "PM", nama: "Bidang Pemberdayaan Masyarakat", lembar: "PM" },
  ],
  sasaran: [
    { kode: "S1", nama: "Meningkatkan Kualitas Hidup Pemerlu Pelayanan Kesejahteraan Sosial (PPKS)" },
    {
      kode: "S2",
      nama: "Meningkatnya Peran Serta dan Keberdayaan Masyarakat/Lembaga dalam Pembangunan Wilayah",
    },
  ],
  indikator: ROWS.map(([nomor, sasaran, nama, jenis, satuan, pembilang, penyebut, bidang]) => ({
    kode: `IKU-${String(nomor).padStart(2, "0")}`,
    nama,
    sasaran,
    jenis,
    satuan,
    // The decree: all 17 are "higher is better".
    polaritas: "positif",
    pembilang,
    penyebut,
    sumberData: DSPM,
    bidang,
    // Not in the decree: staff type the 2021 baseline in Katalog IKU. Blank sifat target is
    // the default (akhir): the two counts, LKS and LPM, are stocks.
    kondisiAwal: null,
    sifatTarget: null,
    standarNasional: null,
    sumberStandar: null,
  })),
};

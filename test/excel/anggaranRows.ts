/**
 * The budget rows staff type (Kode, nama, Tahun, Bidang, Kode IKU, Pagu, Realisasi), from
 * row 5; program rows leave Pagu and Realisasi empty for the template's totals.
 */
export const ANGGARAN_ROWS: readonly (readonly (string | number)[])[] = [
  ["1.06.02", "Program Pemberdayaan Sosial", 2024, "PPFM", "IKU-07", "", ""],
  ["1.06.02.2.01", "Pengumpulan Data PPKS", 2024, "PPFM", "IKU-07", 300_000_000, 270_000_000],
  ["1.06.02.2.01.0001", "Verifikasi DTKS", 2024, "PPFM", "IKU-07", 100_000_000, 90_000_000],
  ["1.06.02.2.02", "Pemberdayaan PSKS", 2024, "REHSOS", "IKU-04", 200_000_000, 210_000_000],
  ["1.06.02.2.01", "Pengumpulan Data PPKS", 2023, "PPFM", "IKU-07", 50_000_000, 40_000_000],
  ["1.06.04", "Program Rehabilitasi Sosial", 2024, "REHSOS", "IKU-05; IKU-02", "", ""],
  ["1.06.04.2.01", "Rehabilitasi Sosial Dasar", 2024, "REHSOS", "IKU-05", 0, 0],
];

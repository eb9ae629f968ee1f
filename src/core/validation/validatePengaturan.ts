import { z } from "zod";
import { parsePredikatScale, type PredikatScale } from "../formulas/PredikatScale";
import type { Polaritas } from "../formulas/Polaritas";
import { PENGATURAN, RUMUS_NEGATIF, SHEET, columnIndex } from "../workbook/workbookLayout";
import { valueAt, type SheetSnapshot } from "../workbook/WorkbookSnapshot";
import { cellAddress } from "./cellAddress";
import { blankCellSchema, readTextCell } from "./readNumericCell";
import type { ValidationIssue } from "./ValidationIssue";

/** The Pengaturan values, each `null` when missing or unusable (an issue says why). */
export interface Pengaturan {
  readonly instansi: string;
  readonly tahunAwal: number | null;
  readonly tahunAkhir: number | null;
  readonly tahunLaporan: number | null;
  readonly rumusNegatif: Polaritas | null;
  /** `null`: no cap (the cell is blank). */
  readonly batasCapaian: number | null;
  readonly batasValid: boolean;
  readonly skala: PredikatScale | null;
}

const yearSchema = z.number().int().min(2000).max(2100);
const capSchema = z.union([blankCellSchema.transform(() => null), z.number().finite().positive()]);
const rumusSchema = z.union([
  blankCellSchema.transform((): Polaritas => "negatif"),
  z
    .string()
    .transform((s) => s.trim().toLowerCase())
    .pipe(z.enum(RUMUS_NEGATIF)),
]);

const sheet = SHEET.pengaturan;
const S = PENGATURAN.settings;
const at = (row: number) => cellAddress(row, PENGATURAN.valueCol);

/**
 * Reads Pengaturan by its layout positions (column B of the rows in PENGATURAN). The
 * named ranges point at the same cells; positions are used because a snapshot is
 * plain values and the template owns both.
 */
export function validatePengaturan(snapshot: SheetSnapshot | undefined): {
  pengaturan: Pengaturan;
  issues: ValidationIssue[];
} {
  const issues: ValidationIssue[] = [];
  const empty: Pengaturan = {
    instansi: "",
    tahunAwal: null,
    tahunAkhir: null,
    tahunLaporan: null,
    rumusNegatif: null,
    batasCapaian: null,
    batasValid: false,
    skala: null,
  };
  if (!snapshot) {
    issues.push({
      code: "sheetMissing",
      severity: "galat",
      sheet,
      address: "",
      message: `Lembar "${sheet}" tidak ditemukan; mungkin terhapus atau berganti nama. Jalankan Siapkan Template IKU untuk membuatnya kembali.`,
      params: { lembar: sheet },
    });
    return { pengaturan: empty, issues };
  }
  const value = (row: number) => valueAt(snapshot, row - 1, columnIndex(PENGATURAN.valueCol));

  const instansi = readTextCell(value(S.instansi.row));
  if (instansi === "") {
    // The report's title block needs it, but an empty one does not make a figure wrong.
    issues.push({
      code: "instansiMissing",
      severity: "peringatan",
      sheet,
      address: at(S.instansi.row),
      message: `Nama instansi belum diisi. Isi nama instansi di ${sheet}!${at(S.instansi.row)} agar tercantum di laporan.`,
    });
  }

  const year = (row: number, label: string, code: string): number | null => {
    const raw = value(row);
    const parsed = yearSchema.safeParse(raw);
    if (parsed.success) return parsed.data;
    const blank = blankCellSchema.safeParse(raw).success;
    issues.push({
      code,
      severity: "galat",
      sheet,
      address: at(row),
      message: blank
        ? `${label} belum diisi. Isi ${label.toLowerCase()} (misalnya 2024) di ${sheet}!${at(row)}.`
        : `${label} "${readTextCell(raw)}" tidak sah. Isi dengan tahun berupa angka, misalnya 2024, di ${sheet}!${at(row)}.`,
      params: { nilai: readTextCell(raw) },
    });
    return null;
  };
  let tahunAwal = year(S.tahunAwal.row, "Tahun awal Renstra", "periodeInvalid");
  let tahunAkhir = year(S.tahunAkhir.row, "Tahun akhir Renstra", "periodeInvalid");
  if (tahunAwal !== null && tahunAkhir !== null && (tahunAwal > tahunAkhir || tahunAkhir - tahunAwal >= 10)) {
    issues.push({
      code: "periodeInvalid",
      severity: "galat",
      sheet,
      address: at(S.tahunAkhir.row),
      message: `Periode Renstra ${tahunAwal}–${tahunAkhir} tidak sah: tahun akhir harus sama atau sesudah tahun awal dan periode paling lama 10 tahun. Perbaiki di ${sheet}!${at(S.tahunAwal.row)}:${at(S.tahunAkhir.row)}.`,
      params: { tahunAwal, tahunAkhir },
    });
    tahunAwal = tahunAkhir = null;
  }

  const rawLaporan = value(S.tahunLaporan.row);
  let tahunLaporan: number | null = null;
  if (blankCellSchema.safeParse(rawLaporan).success) {
    issues.push({
      code: "tahunLaporanMissing",
      severity: "galat",
      sheet,
      address: at(S.tahunLaporan.row),
      message: `Tahun laporan belum diisi. Isi tahun laporan (misalnya 2024) di ${sheet}!${at(S.tahunLaporan.row)}.`,
    });
  } else {
    tahunLaporan = year(S.tahunLaporan.row, "Tahun laporan", "tahunLaporanInvalid");
  }
  if (
    tahunLaporan !== null &&
    tahunAwal !== null &&
    tahunAkhir !== null &&
    (tahunLaporan < tahunAwal || tahunLaporan > tahunAkhir)
  ) {
    issues.push({
      code: "tahunLaporanOutsidePeriod",
      severity: "galat",
      sheet,
      address: at(S.tahunLaporan.row),
      message: `Tahun laporan ${tahunLaporan} di luar periode Renstra ${tahunAwal}–${tahunAkhir}. Perbaiki tahun laporan atau periode Renstra di ${sheet}.`,
      params: { tahun: tahunLaporan, tahunAwal, tahunAkhir },
    });
    tahunLaporan = null;
  }

  const rumusRaw = value(S.rumusNegatif.row);
  const rumus = rumusSchema.safeParse(rumusRaw);
  if (!rumus.success) {
    issues.push({
      code: "rumusNegatifInvalid",
      severity: "galat",
      sheet,
      address: at(S.rumusNegatif.row),
      message: `Rumus capaian polaritas negatif "${readTextCell(rumusRaw)}" tidak dikenal. Pilih ${RUMUS_NEGATIF.map((r) => `"${r}"`).join(" atau ")} di ${sheet}!${at(S.rumusNegatif.row)}.`,
      params: { nilai: readTextCell(rumusRaw) },
    });
  }

  const batasRaw = value(S.batasCapaian.row);
  const batas = capSchema.safeParse(batasRaw);
  if (!batas.success) {
    issues.push({
      code: "batasCapaianInvalid",
      severity: "galat",
      sheet,
      address: at(S.batasCapaian.row),
      message: `Batas atas capaian "${readTextCell(batasRaw)}" tidak sah. Isi dengan angka lebih dari 0 (misalnya 100 atau 120), atau kosongkan bila tanpa batas, di ${sheet}!${at(S.batasCapaian.row)}.`,
      params: { nilai: readTextCell(batasRaw) },
    });
  }

  const k = PENGATURAN.skala;
  const rows = Array.from({ length: k.rows }, (_, i) => [
    valueAt(snapshot, k.firstRow - 1 + i, columnIndex(k.thresholdCol)),
    valueAt(snapshot, k.firstRow - 1 + i, columnIndex(k.labelCol)),
  ]);
  // Excel sends an empty cell as ""; the scale parser treats "" as blank too.
  const scale = parsePredikatScale(rows);
  let skala: PredikatScale | null = null;
  if (scale.ok) skala = scale.value;
  else {
    // parsePredikatScale numbers rows from 1 within the range it was given.
    const n = Number(/baris (\d+)/.exec(scale.error.message)?.[1] ?? 1);
    issues.push({
      code: "predikatScale",
      severity: "galat",
      sheet,
      address: cellAddress(k.firstRow + n - 1, k.thresholdCol),
      message: `${scale.error.message} Perbaiki skala predikat di ${sheet}: batas bawah harus menurun dari atas ke bawah dan setiap baris berpredikat.`,
    });
  }

  return {
    pengaturan: {
      instansi,
      tahunAwal,
      tahunAkhir,
      tahunLaporan,
      rumusNegatif: rumus.success ? rumus.data : null,
      batasCapaian: batas.success ? batas.data : null,
      batasValid: batas.success,
      skala,
    },
    issues,
  };
}

import { z } from "zod";
import { parsePredikatScale, type PredikatScale } from "../formulas/PredikatScale";
import type { Polaritas } from "../formulas/Polaritas";
import { pengaturanCell, readPengaturan, type SettingKey } from "../sheets/readPengaturan";
import { periodeProblem, tahunSchema } from "../sheets/renstraPeriod";
import { cellAddress, columnIndex, isBlank, readTextCell, type Grid } from "../workbook/a1";
import { PENGATURAN, RUMUS_NEGATIF, SHEET } from "../workbook/workbookLayout";
import { blankCellSchema } from "./readNumericCell";
import { sheetMissing } from "./sheetMissing";
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

const capSchema = z.union([blankCellSchema.transform(() => null), z.number().finite().positive()]);
const rumusSchema = z.union([
  blankCellSchema.transform((): Polaritas => "negatif"),
  z
    .string()
    .transform((s) => s.trim().toLowerCase())
    .pipe(z.enum(RUMUS_NEGATIF)),
]);

const sheet = SHEET.pengaturan;
const at = pengaturanCell;

/**
 * Checks Pengaturan as the template's `readPengaturan` reads it (column B of the rows in
 * PENGATURAN, and the scale table), so both agree on what each setting holds. The named
 * ranges point at the same cells; positions are used because a snapshot is plain values
 * and the template owns both.
 */
export function validatePengaturan(grid: Grid | null): {
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
  if (!grid) return { pengaturan: empty, issues: [sheetMissing(sheet)] };
  const { typed, skala: skalaRows } = readPengaturan(grid);

  const instansi = readTextCell(typed.instansi);
  if (instansi === "") {
    // The report's title block needs it, but an empty one does not make a figure wrong.
    issues.push({
      code: "instansiMissing",
      severity: "peringatan",
      sheet,
      address: at("instansi"),
      message: `Nama instansi belum diisi. Isi nama instansi di ${sheet}!${at("instansi")} agar tercantum di laporan.`,
    });
  }

  const year = (key: SettingKey, label: string, code: string): number | null => {
    const raw = typed[key];
    const parsed = tahunSchema.safeParse(raw);
    if (parsed.success) return parsed.data;
    const blank = isBlank(raw);
    issues.push({
      code,
      severity: "galat",
      sheet,
      address: at(key),
      message: blank
        ? `${label} belum diisi. Isi ${label.toLowerCase()} (misalnya 2024) di ${sheet}!${at(key)}.`
        : `${label} "${readTextCell(raw)}" tidak sah. Isi dengan tahun berupa angka, misalnya 2024, di ${sheet}!${at(key)}.`,
      params: { nilai: readTextCell(raw) },
    });
    return null;
  };
  let tahunAwal = year("tahunAwal", "Tahun awal Renstra", "periodeInvalid");
  let tahunAkhir = year("tahunAkhir", "Tahun akhir Renstra", "periodeInvalid");
  if (tahunAwal !== null && tahunAkhir !== null && periodeProblem({ awal: tahunAwal, akhir: tahunAkhir })) {
    issues.push({
      code: "periodeInvalid",
      severity: "galat",
      sheet,
      address: at("tahunAkhir"),
      message: `Periode Renstra ${tahunAwal}–${tahunAkhir} tidak sah: tahun akhir harus sama atau sesudah tahun awal dan periode paling lama 10 tahun. Perbaiki di ${sheet}!${at("tahunAwal")}:${at("tahunAkhir")}.`,
      params: { tahunAwal, tahunAkhir },
    });
    tahunAwal = tahunAkhir = null;
  }

  let tahunLaporan: number | null = null;
  if (isBlank(typed.tahunLaporan)) {
    issues.push({
      code: "tahunLaporanMissing",
      severity: "galat",
      sheet,
      address: at("tahunLaporan"),
      message: `Tahun laporan belum diisi. Isi tahun laporan (misalnya 2024) di ${sheet}!${at("tahunLaporan")}.`,
    });
  } else {
    tahunLaporan = year("tahunLaporan", "Tahun laporan", "tahunLaporanInvalid");
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
      address: at("tahunLaporan"),
      message: `Tahun laporan ${tahunLaporan} di luar periode Renstra ${tahunAwal}–${tahunAkhir}. Perbaiki tahun laporan atau periode Renstra di ${sheet}.`,
      params: { tahun: tahunLaporan, tahunAwal, tahunAkhir },
    });
    tahunLaporan = null;
  }

  const rumusRaw = typed.rumusNegatif;
  const rumus = rumusSchema.safeParse(rumusRaw);
  if (!rumus.success) {
    issues.push({
      code: "rumusNegatifInvalid",
      severity: "galat",
      sheet,
      address: at("rumusNegatif"),
      message: `Rumus capaian polaritas negatif "${readTextCell(rumusRaw)}" tidak dikenal. Pilih ${RUMUS_NEGATIF.map((r) => `"${r}"`).join(" atau ")} di ${sheet}!${at("rumusNegatif")}.`,
      params: { nilai: readTextCell(rumusRaw) },
    });
  }

  const batasRaw = typed.batasCapaian;
  const batas = capSchema.safeParse(batasRaw);
  if (!batas.success) {
    issues.push({
      code: "batasCapaianInvalid",
      severity: "galat",
      sheet,
      address: at("batasCapaian"),
      message: `Batas atas capaian "${readTextCell(batasRaw)}" tidak sah. Isi dengan angka lebih dari 0 (misalnya 100 atau 120), atau kosongkan bila tanpa batas, di ${sheet}!${at("batasCapaian")}.`,
      params: { nilai: readTextCell(batasRaw) },
    });
  }

  const k = PENGATURAN.skala;
  // Excel sends an empty cell as ""; the scale parser treats "" as blank too.
  const scale = parsePredikatScale(skalaRows);
  let skala: PredikatScale | null = null;
  if (scale.ok) skala = scale.value;
  else {
    // parsePredikatScale numbers rows from 1 within the range it was given.
    const n = Number(/baris (\d+)/.exec(scale.error.message)?.[1] ?? 1);
    issues.push({
      code: "predikatScale",
      severity: "galat",
      sheet,
      address: cellAddress(k.firstRow + n - 2, columnIndex(k.thresholdCol)),
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

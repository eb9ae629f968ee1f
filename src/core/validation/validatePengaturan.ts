import * as z from "zod/mini";
import { readPredikatScale, type PredikatScale } from "../formulas/PredikatScale";
import type { Polaritas } from "../formulas/Polaritas";
import { foundSettingCell, readPengaturan, type SettingKey } from "../sheets/readPengaturan";
import { periodeProblem, tahunSchema } from "../sheets/renstraPeriod";
import { cellAddress, columnIndex, isBlank, readTextCell, type CellValue, type Grid } from "../workbook/a1";
import { DESIMAL, PENGATURAN, RUMUS_NEGATIF, SHEET } from "../workbook/workbookLayout";
import { blankCellSchema } from "./readNumericCell";
import { sheetMissing } from "./sheetMissing";
import type { PeriodeSetting, ValidationIssue } from "./ValidationIssue";

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
  /** The decimals the report prints; `null` when the cell is empty or not a whole number 0–4. */
  readonly desimal: number | null;
  /** `null`: no cap on the mean per sasaran (blank), or unusable (`batasRataRataValid` false). */
  readonly batasRataRata: number | null;
  readonly batasRataRataValid: boolean;
  readonly skala: PredikatScale | null;
}

const capSchema = z.union([
  z.pipe(
    blankCellSchema,
    z.transform(() => null),
  ),
  z.number().check(z.positive()),
]);
// No default for a blank: the Bidang sheets' formulas round with IKU_Desimal as it is, and
// an empty cell rounds to 0 decimals there, so the report must not quietly use 2.
const desimalSchema = z.int().check(z.gte(DESIMAL.min), z.lte(DESIMAL.max));
const rumusSchema = z.union([
  z.pipe(
    blankCellSchema,
    z.transform((): Polaritas => "negatif"),
  ),
  z.pipe(z.string().check(z.trim(), z.toLowerCase()), z.enum(RUMUS_NEGATIF)),
]);

const sheet = SHEET.pengaturan;

/**
 * What is wrong with a tahun laporan that is not a year, each slip with its own fix: a
 * year stored as text ('2025, a Text-formatted cell), a number with a fraction (2025.5),
 * anything else ("dua ribu dua lima", 20225).
 */
function tahunLaporanProblem(value: CellValue, address: string): ValidationIssue {
  const base = { severity: "galat", sheet, address } as const;
  if (
    typeof value === "string" &&
    tahunSchema.safeParse(Number(value.trim())).success &&
    /^\s*\d{4}\s*$/.test(value)
  )
    return { ...base, code: "tahunLaporanText", params: { nilai: value.trim() } };
  if (typeof value === "number" && Number.isFinite(value) && !Number.isInteger(value))
    return { ...base, code: "tahunLaporanNotWhole", params: { nilai: value } };
  return { ...base, code: "tahunLaporanInvalid", params: { nilai: readTextCell(value) } };
}

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
    desimal: null,
    batasRataRata: null,
    batasRataRataValid: false,
    skala: null,
  };
  if (!grid) return { pengaturan: empty, issues: [sheetMissing(sheet)] };
  const contents = readPengaturan(grid);
  const { typed, skala: skalaRows } = contents;
  // Where each value was read: a workbook not yet upgraded may keep a setting elsewhere.
  const at = (key: SettingKey) => foundSettingCell(contents, key);

  const instansi = readTextCell(typed.instansi);
  if (instansi === "") {
    // The report's title block needs it, but an empty one does not make a figure wrong.
    issues.push({
      code: "instansiMissing",
      severity: "peringatan",
      sheet,
      address: at("instansi"),
      params: {},
    });
  }

  /** The year in a setting's cell; null when it holds none (the caller reports it). */
  const year = (key: SettingKey): number | null => {
    const parsed = tahunSchema.safeParse(typed[key]);
    return parsed.success ? parsed.data : null;
  };
  const periodeYear = (setting: PeriodeSetting): number | null => {
    const value = year(setting);
    if (value === null)
      issues.push({
        code: "periodeInvalid",
        severity: "galat",
        sheet,
        address: at(setting),
        params: { masalah: "tahun", setting, nilai: readTextCell(typed[setting]) },
      });
    return value;
  };
  let tahunAwal = periodeYear("tahunAwal");
  let tahunAkhir = periodeYear("tahunAkhir");
  const problem =
    tahunAwal !== null && tahunAkhir !== null ? periodeProblem({ awal: tahunAwal, akhir: tahunAkhir }) : null;
  if (problem !== null && tahunAwal !== null && tahunAkhir !== null) {
    issues.push(
      problem === "reversed"
        ? {
            code: "periodeReversed",
            severity: "galat",
            sheet,
            address: at("tahunAwal"),
            params: { tahunAwal, tahunAkhir },
          }
        : {
            code: "periodeInvalid",
            severity: "galat",
            sheet,
            address: at("tahunAkhir"),
            params: { masalah: "rentang", tahunAwal, tahunAkhir },
          },
    );
    tahunAwal = tahunAkhir = null;
  }

  let tahunLaporan: number | null = null;
  if (isBlank(typed.tahunLaporan)) {
    issues.push({
      code: "tahunLaporanMissing",
      severity: "galat",
      sheet,
      address: at("tahunLaporan"),
      params: {},
    });
  } else {
    tahunLaporan = year("tahunLaporan");
    if (tahunLaporan === null) issues.push(tahunLaporanProblem(typed.tahunLaporan, at("tahunLaporan")));
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
      params: { nilai: readTextCell(batasRaw) },
    });
  }

  const desimalRaw = typed.desimal;
  const desimal = desimalSchema.safeParse(desimalRaw);
  if (!desimal.success) {
    issues.push({
      code: "desimalInvalid",
      severity: "galat",
      sheet,
      address: at("desimal"),
      params: { nilai: readTextCell(desimalRaw), min: DESIMAL.min, max: DESIMAL.max },
    });
  }

  const rataRaw = typed.batasRataRata;
  const rata = capSchema.safeParse(rataRaw);
  if (!rata.success) {
    issues.push({
      code: "batasRataRataInvalid",
      severity: "galat",
      sheet,
      address: at("batasRataRata"),
      params: { nilai: readTextCell(rataRaw) },
    });
  }

  const k = PENGATURAN.skala;
  // Excel sends an empty cell as ""; the scale parser treats "" as blank too.
  const scale = readPredikatScale(skalaRows);
  let skala: PredikatScale | null = null;
  if (scale.ok) skala = scale.value;
  else {
    // The problem's row counts from 1 within the scale table; an empty scale points at its top.
    const row = "row" in scale.problem ? scale.problem.row : 1;
    issues.push({
      code: "predikatScale",
      severity: "galat",
      sheet,
      address: cellAddress(contents.skalaAt.firstRow + row - 1, columnIndex(k.thresholdCol)),
      params: { masalah: scale.problem },
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
      desimal: desimal.success ? desimal.data : null,
      batasRataRata: rata.success ? rata.data : null,
      batasRataRataValid: rata.success,
      skala,
    },
    issues,
  };
}

import type { Catalog } from "../catalog/catalogSchema";
import { readAnggaran, tahunOf } from "../sheets/readAnggaran";
import {
  anggaranCell,
  ANGGARAN,
  ANGGARAN_TRIWULAN_COLUMNS,
  indukOf,
  realisasiTahunan,
  type AnggaranMoneyColumn,
  type Tingkat,
} from "../workbook/anggaranLayout";
import { isBlank, readTextCell, type Grid } from "../workbook/a1";
import { SHEET } from "../workbook/workbookLayout";
import { readNumericCell } from "./readNumericCell";
import type { ValidationIssue } from "./ValidationIssue";

/** A row of the Anggaran sheet, checked: what the reports use. */
export interface AnggaranItem {
  readonly kode: string;
  readonly tingkat: Tingkat;
  readonly nama: string;
  readonly tahun: number;
  readonly bidang: string;
  /** The IKU kode it supports, each one in the catalog. */
  readonly iku: readonly string[];
  /** Rupiah; `null` when blank or unusable (an issue says why). */
  readonly pagu: number | null;
  /**
   * The year's realisasi by the layout's rule (`realisasiTahunan`): Realisasi (G) when
   * typed, else the sum of the quarters typed; `null` when neither is.
   */
  readonly realisasi: number | null;
  /** Realisasi TW I … TW IV (L:O); `null` where blank or unusable. */
  readonly realisasiTriwulan: readonly (number | null)[];
  readonly dampak: string;
  readonly keterangan: string;
  /** 1-based sheet row. */
  readonly baris: number;
}

/** The Anggaran sheet, checked; `null` when the workbook has none (a template before version 4). */
export type AnggaranData = { readonly items: readonly AnggaranItem[] } | null;

const sheet = SHEET.anggaran;

/**
 * Checks the Anggaran sheet (as `readAnggaran` reads it) against the catalog: codes that fit
 * the Permendagri 90/2019 hierarchy, once per year; years; money that is a number ≥ 0;
 * realisasi against pagu; IKU kode the catalog knows; and every IKU backed by a program in
 * the report year. A program row's Pagu and Realisasi are the sheet's own SUMIFS: checked
 * like any figure, since staff may have typed over them.
 */
export function validateAnggaran(
  grid: Grid | null | undefined,
  input: { readonly catalog: Catalog | null; readonly tahunLaporan: number | null },
): { readonly data: AnggaranData; readonly issues: readonly ValidationIssue[] } {
  if (grid === null || grid === undefined) return { data: null, issues: [] };
  const issues: ValidationIssue[] = [];
  const read = readAnggaran(grid);
  // The catalog's kode by their lower case: a Kode IKU typed in another case is the catalog's.
  const known = input.catalog
    ? new Map(input.catalog.indikator.map((i) => [i.kode.toLowerCase(), i.kode]))
    : null;
  const items: AnggaranItem[] = [];
  const seen = new Map<string, number>();
  // "kode|tahun" of every induk that has a row under it that year: built once, so a program
  // row asks a set, not every row (a sheet of thousands of rows).
  const withChildren = new Set<string>();
  for (const r of read.rows) {
    const induk = indukOf(r.kode);
    const t = tahunOf(r.tahun);
    if (induk !== null && t !== null) withChildren.add(`${induk}|${t}`);
  }
  for (const row of read.rows) {
    const baris = row.row + 1;
    const at = (col: Parameters<typeof anggaranCell>[1]) => anggaranCell(row.row, col);
    if (row.tingkat === null) {
      issues.push({
        code: "anggaranKodeInvalid",
        severity: "galat",
        sheet,
        address: at("kode"),
        params: { kode: row.kode, baris },
      });
      continue;
    }
    const tahun = tahunOf(row.tahun);
    if (tahun === null) {
      issues.push({
        code: "anggaranTahunInvalid",
        severity: "galat",
        sheet,
        address: at("tahun"),
        params: { kode: row.kode, nilai: isBlank(row.tahun) ? "" : readTextCell(row.tahun), baris },
      });
      continue;
    }
    const key = `${row.kode}|${tahun}`;
    const first = seen.get(key);
    if (first !== undefined) {
      issues.push({
        code: "anggaranKodeDuplicate",
        severity: "galat",
        sheet,
        address: at("kode"),
        params: { kode: row.kode, tahun, baris, barisPertama: first },
      });
      continue;
    }
    seen.set(key, baris);

    const money = (kolom: AnggaranMoneyColumn): number | null => {
      const i = ANGGARAN_TRIWULAN_COLUMNS.indexOf(kolom as (typeof ANGGARAN_TRIWULAN_COLUMNS)[number]);
      const cell = readNumericCell(
        kolom === "pagu" || kolom === "realisasi" ? row[kolom] : (row.realisasiTw[i] ?? ""),
      );
      if (cell.kind === "blank") return null;
      if (cell.kind === "number") return cell.value;
      issues.push({
        code: "anggaranMoneyInvalid",
        severity: "galat",
        sheet,
        address: at(kolom),
        params: {
          kode: row.kode,
          tahun,
          kolom,
          ...(cell.kind === "negative"
            ? { masalah: "negatif" as const, nilai: String(cell.value) }
            : cell.kind === "tooLarge"
              ? { masalah: "terlaluBesar" as const, nilai: String(cell.value) }
              : cell.kind === "error"
                ? { masalah: "galatExcel" as const, nilai: cell.error }
                : { masalah: "teks" as const, nilai: cell.text }),
        },
      });
      return null;
    };
    const pagu = money("pagu");
    const typedRealisasi = money("realisasi");
    const quarters = ANGGARAN_TRIWULAN_COLUMNS.map(money);
    const realisasi = realisasiTahunan(typedRealisasi, quarters);
    const quarterSum = realisasiTahunan(null, quarters);
    // A program row's figures are its kegiatan's totals (the sheet's SUMIFS): G sums their
    // year's realisasi, L:O every quarter typed, which differ with nothing wrong when a
    // kegiatan has G without quarters. Its kegiatan are the rows to compare, not the totals.
    const totals = row.tingkat === "program" && withChildren.has(`${row.kode}|${tahun}`);
    if (!totals && typedRealisasi !== null && quarterSum !== null && quarterSum !== typedRealisasi)
      issues.push({
        code: "anggaranTriwulanBerbeda",
        severity: "peringatan",
        sheet,
        address: at("realisasi"),
        params: { kode: row.kode, tahun, realisasi: typedRealisasi, jumlahTriwulan: quarterSum },
      });
    if (pagu === 0 && realisasi !== null && realisasi > 0)
      issues.push({
        code: "anggaranPaguZero",
        severity: "galat",
        sheet,
        address: at("pagu"),
        params: { kode: row.kode, tahun, realisasi },
      });
    else if (pagu !== null && realisasi !== null && realisasi > pagu)
      issues.push({
        code: "anggaranRealisasiAbovePagu",
        severity: "peringatan",
        sheet,
        address: at("realisasi"),
        params: { kode: row.kode, tahun, pagu, realisasi },
      });

    const iku: string[] = [];
    for (const kode of row.iku) {
      if (known && !known.has(kode.toLowerCase()))
        issues.push({
          code: "anggaranIkuUnknown",
          severity: "galat",
          sheet,
          address: at("iku"),
          params: { kode: row.kode, iku: kode, baris },
        });
      else iku.push(known?.get(kode.toLowerCase()) ?? kode);
    }
    items.push({
      kode: row.kode,
      tingkat: row.tingkat,
      nama: row.nama,
      tahun,
      bidang: row.bidang,
      iku,
      pagu,
      realisasi,
      realisasiTriwulan: quarters,
      dampak: row.dampak,
      keterangan: row.keterangan,
      baris,
    });
  }

  // Every IKU backed by the budget of the report year, once the sheet is in use that year:
  // an empty sheet is a workbook that does not report its budget, not 17 warnings.
  const t = input.tahunLaporan;
  const thatYear = items.filter((i) => i.tahun === t);
  if (input.catalog && t !== null && thatYear.length > 0) {
    const linked = new Set(thatYear.flatMap((i) => linkedIku(i, items)));
    for (const ind of input.catalog.indikator)
      if (!linked.has(ind.kode))
        issues.push({
          code: "ikuWithoutProgram",
          severity: "peringatan",
          sheet,
          address: `${ANGGARAN.columns.iku.col}${ANGGARAN.headerRow}`,
          params: { iku: ind.kode, nama: ind.nama, tahun: t },
        });
  }
  return { data: { items }, issues };
}

/**
 * The IKU a row supports: its own, or, when it names none, those of the level above it
 * (a kegiatan inherits its program's link, a sub kegiatan its kegiatan's), in its year.
 */
export function linkedIku(item: AnggaranItem, items: readonly AnggaranItem[]): readonly string[] {
  let current: AnggaranItem | undefined = item;
  while (current && current.iku.length === 0) {
    const induk = indukOf(current.kode);
    const year: number = current.tahun;
    current = induk === null ? undefined : items.find((i) => i.kode === induk && i.tahun === year);
  }
  return current?.iku ?? [];
}

import type { Indikator } from "../catalog/catalogSchema";
import { persen } from "../formulas/persen";
import type { Polaritas } from "../formulas/Polaritas";
import { rasio } from "../formulas/rasio";
import { readTriwulanSheet } from "../sheets/readTriwulanSheet";
import { rowKey } from "../sheets/readBidangSheet";
import { readTextCell } from "../workbook/a1";
import {
  TRIWULAN_LIST,
  TRIWULAN_NUMERIC_COLUMNS,
  triwulanCell,
  triwulanSheetName,
  type Triwulan,
  type TriwulanFigure,
} from "../workbook/triwulanLayout";
import { findSheet, type SheetGrids } from "../workbook/WorkbookSnapshot";
import { readNumericCell } from "./readNumericCell";
import type { Severity, ValidationIssue } from "./ValidationIssue";

/** One quarter of an indicator-year, as typed on its quarter sheet. */
export interface TriwulanEntry {
  readonly tw: Triwulan;
  /** As spelled in the workbook. */
  readonly sheet: string;
  /** 0-based sheet row. */
  readonly row: number;
  readonly target: number | null;
  readonly pembilang: number | null;
  readonly penyebut: number | null;
  /** False when a figure of the quarter is not a usable number (an issue says which). */
  readonly valid: boolean;
  readonly pendorong: string;
  readonly penghambat: string;
  readonly tindakLanjut: string;
}

/** Quarters by `rowKey(kode, tahun)`: index 0 is TW I, `null` where the sheet has no row. */
export type TriwulanData = ReadonlyMap<string, readonly (TriwulanEntry | null)[]>;

/** The quarters of an indicator-year (four entries, `null` where none). */
export function quartersOf(
  data: TriwulanData,
  kode: string,
  tahun: number,
): readonly (TriwulanEntry | null)[] {
  return data.get(rowKey(kode, tahun)) ?? [null, null, null, null];
}

/** Whether a quarter has a realisasi figure (pembilang or penyebut). */
const hasRealisasi = (e: TriwulanEntry | null | undefined): e is TriwulanEntry =>
  e != null && (e.pembilang !== null || e.penyebut !== null);

/** A quarter's realisasi as the quarter sheet computes it; `null` when it cannot be. */
function realisasiOf(jenis: Indikator["jenis"], e: TriwulanEntry): number | null {
  if (e.pembilang === null) return null;
  if (jenis === "jumlah") return e.pembilang;
  if (e.penyebut === null) return null;
  const r = jenis === "persen" ? persen(e.pembilang, e.penyebut) : rasio(e.pembilang, e.penyebut);
  return r.ok ? r.value : null;
}

/**
 * Reads the quarter sheets (TW I … TW IV) that exist, keeps the rows of catalog
 * indicators and checks every quarter figure: text, a negative number or an Excel error
 * in a quarter cell is a galat in the tahun laporan (the year being reported) and a
 * peringatan in other years, as on the Bidang sheets. Rows of unknown indicators or years
 * are the template's business (kept at the bottom), not the report's.
 */
export function readTriwulanData(
  sheets: Readonly<Record<string, SheetGrids>>,
  context: { readonly catalog: readonly Indikator[]; readonly tahunLaporan: number | null },
): { data: TriwulanData; issues: ValidationIssue[] } {
  const issues: ValidationIssue[] = [];
  const kodes = new Map(context.catalog.map((i) => [i.kode.toLowerCase(), i.kode]));
  const data = new Map<string, (TriwulanEntry | null)[]>();
  for (const tw of TRIWULAN_LIST) {
    const wanted = triwulanSheetName(tw);
    const key = Object.keys(sheets).find((k) => k.toLowerCase() === wanted.toLowerCase());
    const grids = key === undefined ? undefined : findSheet(sheets, key);
    if (key === undefined || !grids) continue;
    for (const r of readTriwulanSheet(key, grids).rows) {
      const kode = kodes.get(r.kode.toLowerCase());
      if (kode === undefined || r.tahun === null || r.key === null) continue;
      const quarters = data.get(r.key) ?? [null, null, null, null];
      if (quarters[tw - 1]) continue; // a duplicate row: the first one counts
      const sev: Severity = r.tahun === context.tahunLaporan ? "galat" : "peringatan";
      let valid = true;
      const figure = (kolom: TriwulanFigure): number | null => {
        const cell = readNumericCell(r.values[kolom]);
        if (cell.kind === "blank") return null;
        if (cell.kind === "number") return cell.value;
        valid = false;
        issues.push({
          code: "triwulanInvalid",
          severity: sev,
          sheet: key,
          address: triwulanCell(r.row, kolom),
          params: {
            kode,
            tahun: r.tahun ?? 0,
            triwulan: tw,
            kolom,
            ...(cell.kind === "negative"
              ? { masalah: "negatif" as const, nilai: String(cell.value) }
              : cell.kind === "error"
                ? { masalah: "galatExcel" as const, nilai: cell.error }
                : cell.kind === "tooLarge"
                  ? { masalah: "terlaluBesar" as const, nilai: String(cell.value) }
                  : { masalah: "teks" as const, nilai: cell.text }),
          },
        });
        return null;
      };
      const [target, pembilang, penyebut] = TRIWULAN_NUMERIC_COLUMNS.map(figure);
      quarters[tw - 1] = {
        tw,
        sheet: key,
        row: r.row,
        target: target ?? null,
        pembilang: pembilang ?? null,
        penyebut: penyebut ?? null,
        valid,
        pendorong: readTextCell(r.values.pendorong),
        penghambat: readTextCell(r.values.penghambat),
        tindakLanjut: readTextCell(r.values.tindakLanjut),
      };
      data.set(r.key, quarters);
    }
  }
  return { data, issues };
}

/**
 * The checks across the quarters of one indicator-year (all peringatan: the figures are
 * still used as typed):
 * - a quarter filled while an earlier one is blank (reported once, at the first such quarter);
 * - an akhir indicator whose realisasi goes backwards from one filled quarter to the next,
 *   as its polarity reads a drop (a positive one falling, a negative one rising);
 * - a quarter realisasi without a quarter target, when the year's quarter targets are in use
 *   (`targetsUsed`: some quarter of that year, of any indicator, has a target).
 */
export function checkQuarters(
  quarters: readonly (TriwulanEntry | null)[],
  context: {
    readonly indikator: Indikator;
    readonly tahun: number;
    readonly polaritas: Polaritas;
    readonly sifat: "kumulatif" | "akhir";
    readonly targetsUsed: boolean;
  },
): ValidationIssue[] {
  const { indikator: ind, tahun } = context;
  const issues: ValidationIssue[] = [];
  const base = { kode: ind.kode, tahun };
  const firstBlank = quarters.findIndex((q) => !hasRealisasi(q));
  const gapAt = quarters.findIndex((q, i) => i > firstBlank && firstBlank >= 0 && hasRealisasi(q));
  const gap = quarters[gapAt];
  if (gapAt >= 0 && gap)
    issues.push({
      code: "triwulanGap",
      severity: "peringatan",
      sheet: gap.sheet,
      address: triwulanCell(gap.row, "pembilang"),
      params: { ...base, triwulan: gap.tw, kosong: firstBlank + 1 },
    });
  if (context.sifat === "akhir") {
    let previous: { tw: number; value: number } | null = null;
    for (const q of quarters) {
      if (!hasRealisasi(q) || !q.valid) continue;
      const value = realisasiOf(ind.jenis, q);
      if (value === null) continue;
      const drop =
        previous !== null &&
        (context.polaritas === "positif" ? value < previous.value : value > previous.value);
      if (drop && previous)
        issues.push({
          code: "triwulanTurun",
          severity: "peringatan",
          sheet: q.sheet,
          address: triwulanCell(q.row, "pembilang"),
          params: {
            ...base,
            triwulan: q.tw,
            sebelumnya: previous.tw,
            nilaiSebelumnya: previous.value,
            nilai: value,
          },
        });
      previous = { tw: q.tw, value };
    }
  }
  if (context.targetsUsed)
    for (const q of quarters)
      if (hasRealisasi(q) && q.valid && q.target === null)
        issues.push({
          code: "triwulanTargetMissing",
          severity: "peringatan",
          sheet: q.sheet,
          address: triwulanCell(q.row, "target"),
          params: { ...base, triwulan: q.tw },
        });
  return issues;
}

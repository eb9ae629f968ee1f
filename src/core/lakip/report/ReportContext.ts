import type { Jenis } from "../../catalog/catalogSchema";
import { roundToDecimals } from "../../formulas/roundToDecimals";
import type { LakipData, LakipIndikator, LakipSettings, LakipTahun, Nilai } from "../LakipData";
import { quantityFormat } from "./nilaiCell";
import { NUMBER_FORMAT } from "./REPORT_STYLE";

/** What the caller says about the report being made. */
export interface ReportOptions {
  /** The report year. */
  readonly tahun: number;
  /** Written as text in the title block; a Date is shown as local "DD-MM-YYYY HH.mm". */
  readonly generatedAt: Date | string;
  /** The validation result the report was built after (galat is 0 when a report is built). */
  readonly status: { readonly galat: number; readonly peringatan: number };
}

/** The facts every section of a report year reads, computed once. */
export interface ReportContext {
  readonly options: ReportOptions;
  readonly data: LakipData;
  readonly settings: LakipSettings;
  /** The report year. */
  readonly tahun: number;
  /** Renstra years from the first up to the report year. */
  readonly years: readonly number[];
  /**
   * Indicators in sasaran order, catalog order within a sasaran: rows of one sasaran
   * are adjacent so its cells can merge.
   */
  readonly indicators: readonly LakipIndikator[];
  readonly groups: readonly SasaranGroup[];
  readonly sasaranName: (kode: string) => string;
  /** An indicator's figure of a year; `kosong` when the year has no row. */
  readonly nilai: (ind: LakipIndikator, tahun: number, key: FigureKey) => Nilai;
  readonly yearOf: (ind: LakipIndikator, tahun: number) => LakipTahun | undefined;
  /** The decimals figures are printed with (Pengaturan's IKU_Desimal). */
  readonly decimals: number;
  /** A figure as printed, for comparing what the reader sees: rounded to `decimals`. */
  readonly printed: (value: number) => number;
  /** The number format of capaian and other percentages. */
  readonly percentFormat: string;
  /** The number format of an indicator's own figures (targets, realisasi) of its jenis. */
  readonly quantityFormat: (jenis: Jenis, n: Nilai) => string;
}

/** The figures of an indicator-year a report table prints. */
type FigureKey = "targetRenstra" | "targetPK" | "target" | "realisasi" | "capaian";

interface SasaranGroup {
  readonly sasaran: string;
  readonly items: readonly LakipIndikator[];
}

/** An indicator as a table row: the indicator and its position (for "No" and merges). */
export interface IndikatorRow {
  readonly ind: LakipIndikator;
  readonly no: number;
}

const KOSONG: Nilai = { status: "kosong" };

export function reportContext(data: LakipData, options: ReportOptions): ReportContext {
  const { tahun } = options;
  const s = data.settings;
  const years: number[] = [];
  for (let y = s.tahunAwal; y <= Math.min(tahun, s.tahunAkhir); y++) years.push(y);

  const sasaranOrder = new Map(data.sasaran.map((x, i) => [x.kode, i]));
  const names = new Map(data.sasaran.map((x) => [x.kode, x.nama]));
  const indicators = data.indikator
    .map((ind, i) => ({ ind, i }))
    .sort(
      (a, b) =>
        (sasaranOrder.get(a.ind.sasaran) ?? Number.MAX_SAFE_INTEGER) -
          (sasaranOrder.get(b.ind.sasaran) ?? Number.MAX_SAFE_INTEGER) || a.i - b.i,
    )
    .map((x) => x.ind);
  const groups: { sasaran: string; items: LakipIndikator[] }[] = [];
  for (const ind of indicators) {
    const g = groups[groups.length - 1];
    if (g && g.sasaran === ind.sasaran) g.items.push(ind);
    else groups.push({ sasaran: ind.sasaran, items: [ind] });
  }
  const yearOf = (ind: LakipIndikator, y: number) => ind.tahun.find((t) => t.tahun === y);
  return {
    options,
    data,
    settings: s,
    tahun,
    years,
    indicators,
    groups,
    sasaranName: (kode) => names.get(kode) ?? kode,
    yearOf,
    nilai: (ind, y, key) => yearOf(ind, y)?.[key] ?? KOSONG,
    decimals: s.desimal,
    printed: (value) => roundToDecimals(value, s.desimal),
    percentFormat: NUMBER_FORMAT.decimals(s.desimal),
    quantityFormat: (jenis, n) => quantityFormat(jenis, n, s.desimal),
  };
}

/** The context's indicators as table rows. */
export function indikatorRows(ctx: ReportContext): IndikatorRow[] {
  return ctx.indicators.map((ind, i) => ({ ind, no: i + 1 }));
}

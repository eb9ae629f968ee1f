import { capaian } from "../formulas/capaian";
import { toExcelPrecision } from "../formulas/toExcelPrecision";
import type { LakipData, LakipIndikator, Nilai } from "../lakip/LakipData";
import { reportContext, type ReportContext, type ReportOptions } from "../lakip/report/ReportContext";
import { persen } from "../formulas/persen";
import { rasio } from "../formulas/rasio";
import { deriveTahunan } from "../triwulan/deriveTahunan";
import { quartersOf, type TriwulanData, type TriwulanEntry } from "../validation/readTriwulanData";
import type { Triwulan } from "../workbook/triwulanLayout";
import { anggaranPerIndikator, type MonevAnggaran } from "./anggaranIndikator";

/** What the caller says about the Monev sheet being made. */
export interface MonevOptions extends ReportOptions {
  /** The quarter reported: the sheet shows TW I … TW `triwulan` of `tahun`. */
  readonly triwulan: Triwulan;
}

/**
 * An indicator's figures in the Permendagri 86/2017 evaluation form, by the form's column
 * numbers (kinerja, K): (5) target akhir Renstra · (6) realisasi Renstra s.d. tahun lalu ·
 * (7) target tahun ini · (8)–(11) realisasi TW I–IV (up to the quarter reported) ·
 * (12) realisasi tahun ini s.d. TW n · (13) capaian tahun ini · (14) realisasi Renstra
 * s.d. TW n · (15) capaian terhadap Renstra.
 */
export interface MonevFigures {
  readonly targetAkhir: Nilai;
  readonly realisasiSdTahunLalu: Nilai;
  readonly target: Nilai;
  readonly triwulan: readonly Nilai[];
  readonly realisasiTahunIni: Nilai;
  readonly capaianTahunIni: Nilai;
  readonly realisasiSdTriwulan: Nilai;
  readonly capaianRenstra: Nilai;
}

export interface MonevContext extends ReportContext {
  readonly tw: Triwulan;
  /** The quarters of an indicator in the report year (four entries, `null` where none). */
  readonly quarters: (ind: LakipIndikator) => readonly (TriwulanEntry | null)[];
  readonly figures: (ind: LakipIndikator) => MonevFigures;
  /**
   * The budget (Rp) beside the kinerja, per indicator (`null` for one no budget row is
   * linked to); `null` when the workbook has no budget rows: the form is then K alone.
   */
  readonly anggaran: ((ind: LakipIndikator) => MonevAnggaran | null) | null;
}

const KOSONG: Nilai = { status: "kosong" };
const TIDAK_VALID: Nilai = { status: "tidakValid", reason: "Isian triwulan tidak sah" };

const ada = (value: number): Nilai =>
  Number.isFinite(value)
    ? { status: "ada", value: toExcelPrecision(value) }
    : { status: "tidakDapatDihitung", reason: "Jumlahnya terlalu besar untuk dihitung." };

/** The sum of figures, or the first reason one of them is not a number (an empty list: 0). */
function sum(figures: readonly Nilai[]): Nilai {
  const notANumber = figures.find((n) => n.status !== "ada");
  if (notANumber) return notANumber;
  return ada(figures.reduce((total, n) => total + (n as { value: number }).value, 0));
}

/** Capaian of `real` against `target` (polarity, and the cap when given). */
function capaianOf(
  real: Nilai,
  target: Nilai,
  polaritas: LakipIndikator["polaritas"],
  batas: number | null,
): Nilai {
  if (target.status !== "ada") return target;
  if (real.status !== "ada") return real;
  const c = capaian(real.value, target.value, { polaritas, batas });
  return c.ok ? ada(c.value) : { status: "tidakDapatDihitung", reason: c.error.message };
}

/** A realisasi from pembilang and penyebut, by jenis. */
function realisasiFrom(jenis: LakipIndikator["jenis"], p: number | null, q: number | null): Nilai {
  if (p === null) return KOSONG;
  if (jenis === "jumlah") return ada(p);
  if (q === null) return KOSONG;
  const r = jenis === "persen" ? persen(p, q) : rasio(p, q);
  return r.ok ? ada(r.value) : { status: "tidakDapatDihitung", reason: r.error.message };
}

/**
 * The Monev sheet's facts: the LAKIP's context for the year (targets and annual realisasi
 * of every Renstra year, the annual ones already derived from the quarters where they
 * exist), and each indicator's quarters and form figures, computed once.
 *
 * Rules by sifat target, as in the LAKIP's Renstra comparison: a kumulatif indicator's
 * end target is the sum of the Renstra's yearly targets and its progress the sum of the
 * years; an akhir indicator's end target is the last Renstra year's and its progress the
 * latest figure (s.d. tahun lalu: the year before, or the kondisi awal in the first year).
 */
export function monevContext(data: LakipData, triwulan: TriwulanData, options: MonevOptions): MonevContext {
  const base = reportContext(data, options);
  const { tahun, settings: s } = base;
  const tw = options.triwulan;
  const periode: number[] = [];
  for (let y = s.tahunAwal; y <= s.tahunAkhir; y++) periode.push(y);
  const before = periode.filter((y) => y < tahun);
  const quarters = (ind: LakipIndikator) => quartersOf(triwulan, ind.kode, tahun);
  const cache = new Map<string, MonevFigures>();

  const compute = (ind: LakipIndikator): MonevFigures => {
    const kumulatif = ind.sifatTarget === "kumulatif";
    const targetAkhir = kumulatif
      ? sum(periode.map((y) => base.nilai(ind, y, "targetRenstra")))
      : base.nilai(ind, s.tahunAkhir, "targetRenstra");
    const lastYear = before[before.length - 1];
    const realisasiSdTahunLalu = kumulatif
      ? sum(before.map((y) => base.nilai(ind, y, "realisasi")))
      : lastYear !== undefined
        ? base.nilai(ind, lastYear, "realisasi")
        : ind.kondisiAwal === null
          ? KOSONG
          : ada(ind.kondisiAwal);
    const target = base.nilai(ind, tahun, "target");
    const qs = quarters(ind).slice(0, tw);
    const perTriwulan = qs.map((q): Nilai => {
      if (!q || (q.pembilang === null && q.penyebut === null)) return KOSONG;
      if (!q.valid) return TIDAK_VALID;
      return realisasiFrom(ind.jenis, q.pembilang, q.penyebut);
    });
    while (perTriwulan.length < tw) perTriwulan.push(KOSONG);
    const invalid = qs.some((q) => q !== null && !q.valid);
    const derived = invalid ? null : deriveTahunan(qs, ind.sifatTarget, tw);
    const realisasiTahunIni = invalid
      ? TIDAK_VALID
      : derived === null
        ? KOSONG
        : realisasiFrom(ind.jenis, derived.pembilang, derived.penyebut);
    const realisasiSdTriwulan = kumulatif
      ? sum([realisasiSdTahunLalu, realisasiTahunIni])
      : realisasiTahunIni;
    return {
      targetAkhir,
      realisasiSdTahunLalu,
      target,
      triwulan: perTriwulan,
      realisasiTahunIni,
      capaianTahunIni: capaianOf(realisasiTahunIni, target, ind.polaritas, s.batasCapaian),
      realisasiSdTriwulan,
      // Progress towards the plan's end is not capped (as in the LAKIP).
      capaianRenstra: capaianOf(realisasiSdTriwulan, targetAkhir, ind.polaritas, null),
    };
  };
  const rp = anggaranPerIndikator(data.anggaran ?? undefined, {
    tahunAwal: s.tahunAwal,
    tahunAkhir: s.tahunAkhir,
    tahun,
    tw,
  });
  return {
    ...base,
    tw,
    quarters,
    anggaran: rp === null ? null : (ind) => rp(ind.kode),
    figures: (ind) => {
      const hit = cache.get(ind.kode);
      if (hit) return hit;
      const f = compute(ind);
      cache.set(ind.kode, f);
      return f;
    },
  };
}

import * as z from "zod/mini";

/**
 * The Renstra years and period limits, in one place: the catalog schema, the Pengaturan
 * check, the template's drop-downs and data validation, and the year rows of the Bidang
 * sheets all take them from here.
 *
 * A year is a whole number from 2000 to 2100 (wide enough for any plan an agency writes,
 * narrow enough to catch a slip such as 224 or 20224). A Renstra period runs from its
 * first to its last year, both included, and spans at most 10 years (a Renstra is five
 * years; ten leaves room for an extended one).
 */
export const TAHUN_MIN = 2000;
export const TAHUN_MAX = 2100;
export const PERIODE_MAX_TAHUN = 10;

/** A Renstra year. */
export const tahunSchema = z.number().check(z.int(), z.gte(TAHUN_MIN), z.lte(TAHUN_MAX));

export interface Periode {
  readonly awal: number;
  readonly akhir: number;
}

/** Why a period of two valid years is not a period (ends before it starts, spans too many years), or null. */
export function periodeProblem(periode: Periode): "reversed" | "tooLong" | null {
  if (periode.awal > periode.akhir) return "reversed";
  if (periode.akhir - periode.awal >= PERIODE_MAX_TAHUN) return "tooLong";
  return null;
}

/** The years of a period, first to last. */
export function tahunPeriode(periode: Periode): number[] {
  return Array.from({ length: periode.akhir - periode.awal + 1 }, (_, i) => periode.awal + i);
}

/** `tahun` moved into the period: the nearest year of it. */
export function clampToPeriode(tahun: number, periode: Periode): number {
  return Math.min(Math.max(tahun, periode.awal), periode.akhir);
}

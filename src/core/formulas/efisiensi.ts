import { fail, ok, type FormulaResult } from "./FormulaResult";
import { toExcelPrecision } from "./toExcelPrecision";
import { toQuantity } from "./toQuantity";

/**
 * Efisiensi penggunaan anggaran (%), as local LKjIPs compute it (domain notes, part 2):
 * **(1 − realisasi / pagu) × 100, when the capaian reaches 100 %**: the share of the
 * pagu left unspent by a sasaran that met its target. 0 when all was spent, negative
 * when more than the pagu was. Below 100 % capaian it does not apply → `NA` with the
 * reason; a pagu of 0 → `DIV0`. Inputs follow {@link toQuantity}'s policy. The formal
 * index of PMK 249/2011 (central agencies) is not this one.
 */
export function efisiensi(capaian: unknown, realisasi: unknown, pagu: unknown): FormulaResult<number> {
  const c = toQuantity(capaian, "Capaian");
  if (!c.ok) return c;
  const r = toQuantity(realisasi, "Realisasi anggaran");
  if (!r.ok) return r;
  const p = toQuantity(pagu, "Pagu");
  if (!p.ok) return p;
  if (p.value === 0) return fail("DIV0", "Pagu 0: efisiensi tidak dapat dihitung.");
  if (c.value < 100)
    return fail("NA", "Capaian di bawah 100%: efisiensi anggaran hanya dihitung bila target tercapai.");
  const value = (1 - r.value / p.value) * 100;
  if (!Number.isFinite(value)) return fail("NUM", "Efisiensi terlalu besar untuk dihitung.");
  return ok(toExcelPrecision(value));
}

/** The verdict the LKjIP writes beside a sasaran's (or an IKU's) capaian and serapan. */
export type EfisiensiVerdict = "efisien" | "tidak efisien" | "tidak dapat dinilai";

/**
 * The rule of the domain notes, exactly: *efisien* when the capaian is 100 % or more while
 * part of the pagu stayed unspent (realisasi < pagu); *tidak efisien* when the capaian is
 * below 100 % although the budget was spent (serapan ≥ capaian); *tidak dapat dinilai*
 * otherwise: no capaian, no pagu or a pagu of 0, or neither rule applies (target met with
 * the whole pagu spent; target missed with less spent than achieved). The caller passes
 * the figures as the report prints them, so the verdict agrees with what is read.
 */
export function efisiensiVerdict(input: {
  readonly capaian: number | null;
  readonly realisasi: number | null;
  readonly pagu: number | null;
}): EfisiensiVerdict {
  const { capaian, realisasi, pagu } = input;
  if (capaian === null || realisasi === null || pagu === null || pagu <= 0) return "tidak dapat dinilai";
  if (capaian >= 100 && realisasi < pagu) return "efisien";
  const serapan = (realisasi * 100) / pagu;
  if (capaian < 100 && serapan >= capaian) return "tidak efisien";
  return "tidak dapat dinilai";
}

/** The rule as printed under the efficiency table. */
export const EFISIENSI_RULE = [
  "Efisiensi (%) = (1 − realisasi anggaran / pagu) × 100, dihitung bila capaian kinerja mencapai 100%.",
  "Efisien: capaian ≥ 100% dan masih ada pagu yang tidak terserap (realisasi < pagu). Tidak efisien: capaian < 100% padahal serapan anggaran ≥ capaian.",
  "Tidak dapat dinilai: pagu kosong atau 0, capaian tidak tersedia, atau tidak memenuhi kedua aturan itu.",
] as const;

import { fail, ok, type FormulaResult } from "./FormulaResult";
import { toExcelPrecision } from "./toExcelPrecision";
import { toQuantity } from "./toQuantity";

/**
 * Serapan anggaran (budget absorption) in percent: realisasi / pagu × 100 (domain notes,
 * part 2). Above 100 when more was spent than the ceiling: computed as it is (validation
 * warns). Inputs follow {@link toQuantity}'s policy; a pagu of 0 (or an empty one) →
 * `DIV0`; a result past the largest number → `NUM`.
 */
export function serapan(realisasi: unknown, pagu: unknown): FormulaResult<number> {
  const r = toQuantity(realisasi, "Realisasi anggaran");
  if (!r.ok) return r;
  const p = toQuantity(pagu, "Pagu");
  if (!p.ok) return p;
  if (p.value === 0) return fail("DIV0", "Pagu 0: serapan tidak dapat dihitung.");
  const value = (r.value * 100) / p.value;
  if (!Number.isFinite(value)) return fail("NUM", "Serapan terlalu besar untuk dihitung.");
  return ok(toExcelPrecision(value));
}

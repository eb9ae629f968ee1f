import { fail, ok, type FormulaResult } from "./FormulaResult";
import { toExcelPrecision } from "./toExcelPrecision";
import { toQuantity } from "./toQuantity";

/**
 * A ratio (an average, not × 100): 30 kelompok binaan over 12 LPM → 2.5. Inputs follow
 * {@link toQuantity}'s policy; a penyebut of 0 (or an empty one) → `DIV0`; a result past the largest number → `NUM`.
 */
export function rasio(pembilang: unknown, penyebut: unknown): FormulaResult<number> {
  const n = toQuantity(pembilang, "Pembilang");
  if (!n.ok) return n;
  const d = toQuantity(penyebut, "Penyebut");
  if (!d.ok) return d;
  if (d.value === 0) return fail("DIV0", "Penyebut 0: rasio tidak dapat dihitung.");
  const value = n.value / d.value;
  if (!Number.isFinite(value)) return fail("NUM", "Rasio terlalu besar untuk dihitung.");
  return ok(toExcelPrecision(value));
}

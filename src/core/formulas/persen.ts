import { fail, ok, type FormulaResult } from "./FormulaResult";
import { toExcelPrecision } from "./toExcelPrecision";
import { toQuantity } from "./toQuantity";

/**
 * A share in percent points: 1 of 4 → 25. Inputs follow {@link toQuantity}'s policy;
 * a penyebut of 0 (or an empty one) → `DIV0`; a result past the largest number → `NUM`.
 */
export function persen(pembilang: unknown, penyebut: unknown): FormulaResult<number> {
  const n = toQuantity(pembilang, "Pembilang");
  if (!n.ok) return n;
  const d = toQuantity(penyebut, "Penyebut");
  if (!d.ok) return d;
  if (d.value === 0) return fail("DIV0", "Penyebut 0: persentase tidak dapat dihitung.");
  // Multiply first: (1 × 100) / 3 keeps more of the decimal value than (1 / 3) × 100.
  const value = (n.value * 100) / d.value;
  if (!Number.isFinite(value)) return fail("NUM", "Persentase terlalu besar untuk dihitung.");
  return ok(toExcelPrecision(value));
}

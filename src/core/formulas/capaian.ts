import { fail, ok, type FormulaResult } from "./FormulaResult";
import type { Polaritas } from "./Polaritas";
import { toExcelPrecision } from "./toExcelPrecision";
import { toQuantity } from "./toQuantity";

export interface CapaianOptions {
  /** Default `positif`. */
  readonly polaritas?: Polaritas;
  /**
   * An upper limit on capaian (100, 110, 120 are common). `null` or absent: no cap,
   * the default of the domain notes. The cap is applied to the result only, so
   * "target terlampaui" can still be told from the uncapped figure.
   */
  readonly batas?: number | null;
}

/**
 * Capaian (achievement) in percent of the target, at full precision (rounding is for
 * display). Inputs follow {@link toQuantity}'s policy. A target of 0 (or an empty one)
 * makes capaian undefined → `NA` with the reason, never 0%; a result too large to be a
 * number (a huge realisasi over a tiny target) → `NUM`, never Infinity.
 */
export function capaian(
  realisasi: unknown,
  target: unknown,
  options: CapaianOptions = {},
): FormulaResult<number> {
  const r = toQuantity(realisasi, "Realisasi");
  if (!r.ok) return r;
  const t = toQuantity(target, "Target");
  if (!t.ok) return t;
  const batas = options.batas ?? null;
  if (batas !== null && !(Number.isFinite(batas) && batas > 0)) {
    return fail("VALUE", `Batas capaian harus angka lebih dari 0 (${String(batas)}).`);
  }
  if (t.value === 0) return fail("NA", "Target 0 atau kosong: capaian tidak dapat dihitung.");

  let value: number;
  switch (options.polaritas ?? "positif") {
    case "positif":
      value = (r.value * 100) / t.value;
      break;
    case "negatif":
      value = ((2 * t.value - r.value) * 100) / t.value;
      break;
    case "negatif-t/r":
      if (r.value === 0) {
        return fail("DIV0", "Realisasi 0 dengan rumus T/R: capaian tidak dapat dihitung.");
      }
      value = (t.value * 100) / r.value;
      break;
  }
  // A realisasi near Excel's largest number against a small target overflows: say so
  // rather than hand Infinity to a cell or a report.
  if (!Number.isFinite(value))
    return fail("NUM", "Capaian terlalu besar untuk dihitung: periksa realisasi dan targetnya.");
  value = toExcelPrecision(value);
  return ok(batas !== null && value > batas ? batas : value);
}

import { fail, ok, type FormulaResult } from "./FormulaResult";
import { PERMENDAGRI_86_2017, type PredikatScale } from "./PredikatScale";
import { toExcelPrecision } from "./toExcelPrecision";

/**
 * The predikat of a capaian on a scale (Permendagri 86/2017 by default). The capaian
 * is compared at Excel's 15-digit precision so floating-point noise cannot move it
 * across a boundary. Unlike quantities, a capaian may be negative ((2T − R) / T with
 * R > 2T). A capaian below every band of a scale with no catch-all → `NA`.
 */
export function predikat(
  capaian: unknown,
  scale: PredikatScale = PERMENDAGRI_86_2017,
): FormulaResult<string> {
  // An empty cell counts as 0, as in toQuantity: Excel may send it as 0 or as null.
  if (capaian === null || capaian === undefined) capaian = 0;
  if (typeof capaian !== "number") {
    if (typeof capaian === "string") return fail("VALUE", `Capaian berupa teks "${capaian}"; harus angka.`);
    return fail("VALUE", "Capaian harus berupa satu angka.");
  }
  if (!Number.isFinite(capaian)) return fail("VALUE", `Capaian bukan angka yang sah (${String(capaian)}).`);
  const value = toExcelPrecision(capaian);
  for (const band of scale) {
    if (band.lebihDari === null || value > band.lebihDari) return ok(band.label);
  }
  return fail("NA", `Capaian ${value} di bawah semua batas skala predikat.`);
}

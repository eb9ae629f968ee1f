import { toExcelPrecision } from "./toExcelPrecision";

/**
 * A figure rounded as Excel's ROUND rounds it: to `decimals` places, halves away from
 * zero, on the 15-digit value Excel keeps (so 90.005 → 90.01, although 90.005 is stored
 * as 90.00499999…). The report prints capaian at this precision and the Bidang sheets'
 * formulas band `ROUND(capaian, IKU_Desimal)`: both agree with the figure shown.
 *
 * `decimals` is a whole number from 0 to 15; a non-finite value is returned as it is.
 */
export function roundToDecimals(value: number, decimals: number): number {
  if (!Number.isFinite(value) || value === 0) return value;
  // 15 digits before the point leave none after it: nothing to round, and shifting the
  // point of a figure near Excel's largest would overflow.
  if (Math.abs(value) >= 1e15) return toExcelPrecision(value);
  // Shift the decimal point in the 15-digit decimal text, where the shift is exact;
  // scaling by 10^decimals in binary would turn 90.005 into 9000.499999….
  const [mantissa = "0", exponent = "0"] = Math.abs(toExcelPrecision(value)).toExponential(14).split("e");
  const scaled = Math.round(Number(`${mantissa}e${Number(exponent) + decimals}`));
  // Dividing two exact integers gives the double nearest the decimal result.
  const rounded = scaled / 10 ** decimals;
  return value < 0 ? -rounded : rounded;
}

import { toExcelPrecision } from "../formulas/toExcelPrecision";

/**
 * The mean of capaian figures (each as capped by the Pengaturan cap), at Excel's
 * precision, then capped by the cap on the mean when there is one; `null` when there is
 * no figure. The LAKIP summary per sasaran and the city consolidation average alike.
 *
 * A running mean, each step a difference of two shares, so no sum of large figures
 * overflows (a capaian may be near Excel's largest number, or far below 0); and a mean
 * lies between the least and the greatest figure, which rounding must not leave.
 */
export function rataRataCapaian(values: readonly number[], batas: number | null): number | null {
  if (values.length === 0) return null;
  let mean = 0;
  let least = Infinity;
  let greatest = -Infinity;
  values.forEach((v, i) => {
    mean += v / (i + 1) - mean / (i + 1);
    least = Math.min(least, v);
    greatest = Math.max(greatest, v);
  });
  const m = toExcelPrecision(Math.min(greatest, Math.max(least, mean)));
  return batas !== null && m > batas ? batas : m;
}

import { toExcelPrecision } from "../formulas/toExcelPrecision";

/**
 * The mean of capaian figures (each as capped by the Pengaturan cap), at Excel's
 * precision, then capped by the cap on the mean when there is one; `null` when there is
 * no figure. An incremental mean, so no sum of large figures overflows. The LAKIP summary
 * per sasaran and the city consolidation average alike.
 */
export function rataRataCapaian(values: readonly number[], batas: number | null): number | null {
  if (values.length === 0) return null;
  const mean = toExcelPrecision(values.reduce((m, v, i) => m + (v - m) / (i + 1), 0));
  return batas !== null && mean > batas ? batas : mean;
}

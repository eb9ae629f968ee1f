/**
 * Rounds to 15 significant digits, the precision Excel keeps and shows.
 *
 * Binary floating point turns decimal figures into near misses: 0.9 / 1 × 100 is
 * 90.00000000000001. Left alone, that noise would move a capaian that is exactly 90
 * in decimal arithmetic over a predikat boundary (> 90 is "Sangat Tinggi"). Rounding
 * to Excel's 15 digits removes the noise and nothing a user could have typed.
 */
export function toExcelPrecision(value: number): number {
  if (value === 0 || !Number.isFinite(value)) return value;
  const rounded = Number(value.toPrecision(15));
  // The largest doubles round up past Number.MAX_VALUE (1.79769313486232e308 is Infinity):
  // a finite figure stays finite, as it was.
  return Number.isFinite(rounded) ? rounded : value;
}

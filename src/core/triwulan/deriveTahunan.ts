import type { SifatTarget } from "../catalog/catalogSchema";

/** A quarter's figures as typed; `null` where the cell is blank. */
export interface TriwulanFigures {
  readonly pembilang: number | null;
  readonly penyebut: number | null;
}

export interface TahunanFigures {
  readonly pembilang: number | null;
  readonly penyebut: number | null;
  /** The quarters (1-based) the figures came from. */
  readonly dari: readonly number[];
}

const hasFigure = (q: TriwulanFigures | null | undefined): q is TriwulanFigures =>
  q != null && (q.pembilang !== null || q.penyebut !== null);

/**
 * The year's pembilang and penyebut from its quarters (`quarters[0]` is TW I; a `null`
 * entry or blank figures: the quarter is not filled), up to quarter `upTo` (a TW II report
 * reads TW I and TW II only). `null` when no quarter has a figure.
 *
 * - kumulatif (a flow): the sum of the quarters' pembilang, and of their penyebut when
 *   there is one (the catalog allows kumulatif only on counts, which have none);
 * - akhir (a stock or a state): the last quarter that has a figure, as it is. Here a typed
 *   0 is a value: the sheet tells an empty cell from a 0 (unlike IKU.TAHUNAN's arguments).
 */
export function deriveTahunan(
  quarters: readonly (TriwulanFigures | null | undefined)[],
  sifat: SifatTarget,
  upTo = 4,
): TahunanFigures | null {
  const filled = quarters
    .slice(0, upTo)
    .map((q, i) => ({ q, tw: i + 1 }))
    .filter((x): x is { q: TriwulanFigures; tw: number } => hasFigure(x.q));
  if (filled.length === 0) return null;
  if (sifat === "akhir") {
    const last = filled[filled.length - 1];
    if (!last) return null;
    return { pembilang: last.q.pembilang, penyebut: last.q.penyebut, dari: [last.tw] };
  }
  const sum = (key: keyof TriwulanFigures): number | null => {
    const xs = filled.map((x) => x.q[key]).filter((v): v is number => v !== null);
    return xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0);
  };
  return { pembilang: sum("pembilang"), penyebut: sum("penyebut"), dari: filled.map((x) => x.tw) };
}

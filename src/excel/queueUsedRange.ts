import { anchorAtA1, type Grid } from "../core";
import { sheetNamed } from "../core/workbook/sheetNamed";

/** A used range queued for loading; `grid()` is valid after the sync. */
export interface QueuedRange {
  readonly name: string;
  /**
   * The used range anchored at A1 (the core's snapshot shape): [] for an empty sheet,
   * null when `sheetNames` (loaded in the same batch) has no sheet of that name.
   */
  grid(sheetNames: readonly string[]): Grid | null;
}

/**
 * Queues reading a sheet's used range, its values or its formulas: the one way the
 * add-in reads a sheet whole. `valuesOnly` so cells that only carry a format (the
 * template formats whole columns) do not stretch the range and the response. Chained on
 * a possibly-missing sheet, a null sheet gives a null range, so a missing sheet is told
 * from an empty one by the sheet names loaded in the same batch.
 */
export function queueUsedRange(
  context: Excel.RequestContext,
  name: string,
  property: "values" | "formulas" = "values",
): QueuedRange {
  const range = context.workbook.worksheets.getItemOrNullObject(name).getUsedRangeOrNullObject(true);
  range.load(`address,${property}`);
  return {
    name,
    grid: (sheetNames) => {
      if (sheetNamed(sheetNames, name) === undefined) return null;
      return range.isNullObject ? [] : anchorAtA1(range.address, range[property] as Grid);
    },
  };
}

import type { Grid } from "../core";
import type { ColumnPart } from "./sheetGrids";

/**
 * What reading an action's snapshot needs of a workbook file: an `XlsxWorkbook` (the
 * whole workbook in memory, to be written back) or a `StreamedWorkbook` (read once,
 * row by row, for a large file that is only read). Sheet names ignore case.
 */
export interface WorkbookSource {
  /** Every worksheet, in tab order. */
  sheetNames(): string[];
  /** The used range's values (or formulas) anchored at A1; `null` when the sheet does not exist. */
  usedGrid(name: string, property?: "values" | "formulas"): Grid | null;
  /** Both grids of a sheet, or only the given column parts of it (the rest reads as ""). */
  grids(name: string, parts?: readonly ColumnPart[]): { values: Grid; formulas: Grid } | null;
}

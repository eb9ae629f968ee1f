import { columnIndex, type CellValue, type Grid } from "../core";
import type { SheetCell } from "./WorkbookSource";

/** Which columns to read, as `src/excel` reads a Bidang sheet in parts; all by default. */
export interface ColumnPart {
  readonly first: string;
  readonly last: string;
  readonly property: "values" | "formulas";
}

/**
 * A sheet's cells as two rectangles from A1 (`grid[r][c]` is row r+1, column c+1), every
 * row as wide as the last column holding something: a plain view of a file for tests and
 * tools. (The shell's reader, `readWorkbook`, gives the exact shape Excel's reader gives.)
 * With `parts`, cells outside them read as "" in both grids, as the add-in's partial read.
 */
export function sheetGrids(
  cells: Iterable<SheetCell>,
  parts?: readonly ColumnPart[],
): { values: Grid; formulas: Grid } {
  const values: CellValue[][] = [];
  const formulas: CellValue[][] = [];
  const ranges = parts?.map((p) => ({ ...p, from: columnIndex(p.first), to: columnIndex(p.last) }));
  const wants = (property: ColumnPart["property"], c: number) =>
    !ranges || ranges.some((p) => p.property === property && c >= p.from && c <= p.to);
  let height = 0;
  let width = 0;
  for (const { row: r, col: c, value, formula } of cells) {
    // Outside the parts read, a cell still counts for the used range's height, as Excel's rowCount does.
    height = Math.max(height, r + 1);
    const wantValue = wants("values", c);
    const wantFormula = wants("formulas", c);
    if (wantValue) (values[r] ??= [])[c] = value;
    if (wantFormula) (formulas[r] ??= [])[c] = formula;
    if (wantValue || wantFormula) width = Math.max(width, c + 1);
  }
  return { values: rectangular(values, height, width), formulas: rectangular(formulas, height, width) };
}

/** Holes filled with "", every row as wide as the used range. */
function rectangular(grid: CellValue[][], height: number, width: number): Grid {
  return Array.from({ length: height }, (_, r) => {
    const row = grid[r] ?? [];
    return Array.from({ length: width }, (_, c) => row[c] ?? "");
  });
}

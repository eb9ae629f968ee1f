import type ExcelJS from "exceljs";
import { columnIndex, type CellValue, type Grid } from "../core";
import { readCell } from "./readCell";

/** Which columns to read, as `src/excel` reads a Bidang sheet in parts; all by default. */
export interface ColumnPart {
  readonly first: string;
  readonly last: string;
  readonly property: "values" | "formulas";
}

/**
 * A sheet's used range as grids anchored at A1 (`grid[r][c]` is row r+1, column c+1), the
 * shape `WorkbookSnapshot` holds. Like `getUsedRange(true)`, only cells with a value
 * count: a row or column that merely carries a format does not stretch the grid.
 * With `parts`, cells outside them read as "" in both grids, as the add-in's partial read.
 */
export function sheetGrids(
  sheet: ExcelJS.Worksheet,
  date1904: boolean,
  parts?: readonly ColumnPart[],
): { values: Grid; formulas: Grid } {
  const values: CellValue[][] = [];
  const formulas: CellValue[][] = [];
  const ranges = parts?.map((p) => ({ ...p, from: columnIndex(p.first), to: columnIndex(p.last) }));
  let height = 0;
  let width = 0;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const c = colNumber - 1;
      const read = readCell(cell, date1904);
      if (read.value === "" && read.formula === "") return;
      const wantValue = !ranges || ranges.some((p) => p.property === "values" && c >= p.from && c <= p.to);
      const wantFormula =
        !ranges || ranges.some((p) => p.property === "formulas" && c >= p.from && c <= p.to);
      if (!wantValue && !wantFormula && ranges) {
        // Outside the parts read: still part of the used range, as Excel's rowCount is.
        height = Math.max(height, r + 1);
        return;
      }
      if (wantValue) set(values, r, c, read.value);
      if (wantFormula) set(formulas, r, c, read.formula);
      height = Math.max(height, r + 1);
      width = Math.max(width, c + 1);
    });
  });
  return { values: rectangular(values, height, width), formulas: rectangular(formulas, height, width) };
}

function set(grid: CellValue[][], r: number, c: number, v: CellValue): void {
  const row = (grid[r] ??= []);
  row[c] = v;
}

/** Holes filled with "", every row as wide as the used range. */
function rectangular(grid: CellValue[][], height: number, width: number): Grid {
  return Array.from({ length: height }, (_, r) => {
    const row = grid[r] ?? [];
    return Array.from({ length: width }, (_, c) => row[c] ?? "");
  });
}

import type { CellValue, Grid } from "../workbook/a1";
import type { SheetSnapshot } from "../workbook/WorkbookSnapshot";

/**
 * A snapshot's used range as a grid anchored at A1 (the template's readers take grids):
 * `grid[r][c]` is row r+1, column c+1; an empty cell is "".
 */
export function snapshotGrid(sheet: SheetSnapshot): Grid {
  const cell = (v: unknown): CellValue =>
    typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? v : "";
  const pad: CellValue[] = new Array<CellValue>(sheet.left).fill("");
  return [
    ...new Array<CellValue[]>(sheet.top).fill([]),
    ...sheet.values.map((row) => [...pad, ...row.map(cell)]),
  ];
}

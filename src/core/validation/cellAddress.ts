import { columnLetter } from "../workbook/workbookLayout";

/**
 * The A1 address of a cell from a 1-based row number and a column letter or 0-based
 * index: the layout names rows 1-based (as staff see them) and snapshots index 0-based.
 */
export function cellAddress(row: number, col: string | number): string {
  return `${typeof col === "number" ? columnLetter(col) : col}${row}`;
}

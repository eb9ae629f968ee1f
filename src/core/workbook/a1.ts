/**
 * Cells and A1 addresses. Excel hands back used ranges as "Sheet!C3:F9" and the plans
 * speak in "A5:N89"; everything in between works on 0-based (row, column) indexes, row
 * first as in `cellAt(grid, row, col)`. What was read from a sheet is a `Grid` anchored
 * at A1 (see `anchorAtA1`), so a position means the same in every reader.
 */

/** A rectangle of cells, 0-based and inclusive. */
export interface CellRect {
  readonly row: number;
  readonly col: number;
  readonly lastRow: number;
  readonly lastCol: number;
}

/** A cell's value as Excel returns it: "" for an empty cell. */
export type CellValue = string | number | boolean;

/** A block of cell values, rows first. */
export type Grid = readonly (readonly CellValue[])[];

/** Column letter → 0-based index ("A" → 0, "AA" → 26). */
export function columnIndex(col: string): number {
  let n = 0;
  for (const ch of col.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** 0-based index → column letter. */
export function columnLetter(index: number): string {
  let s = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** "C3" for the 0-based (row 2, column 2). */
export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** "A5:N9", or "A5" for a single cell. */
export function rangeAddress(rect: CellRect): string {
  const first = cellAddress(rect.row, rect.col);
  return rect.row === rect.lastRow && rect.col === rect.lastCol
    ? first
    : `${first}:${cellAddress(rect.lastRow, rect.lastCol)}`;
}

/**
 * Reads "A1", "$B$2:C9", "'Katalog IKU'!A1:Q40" or "Sheet1!A:C" (whole columns end at row
 * 1,048,576). Returns null for anything else: callers get addresses from Excel or from
 * our own plans, so a bad one is a bug they handle, not a user's typo.
 */
export function parseRange(address: string): CellRect | null {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const parts = local.replace(/\$/g, "").toUpperCase().split(":");
  if (parts.length > 2) return null;
  const ends = parts.map((p) => /^([A-Z]{1,3})?(\d+)?$/.exec(p));
  if (ends.some((m) => m === null || (m[1] === undefined && m[2] === undefined))) return null;
  const [first, last = first] = ends as RegExpExecArray[];
  if (!first || !last) return null;
  const col = first[1] === undefined ? 0 : columnIndex(first[1]);
  const lastCol = last[1] === undefined ? 16383 : columnIndex(last[1]);
  const row = first[2] === undefined ? 0 : Number(first[2]) - 1;
  const lastRow = last[2] === undefined ? 1048575 : Number(last[2]) - 1;
  return { row, col, lastRow, lastCol };
}

/**
 * Places a used range's values in a grid anchored at A1, so that `grid[r][c]` is the cell
 * at row r+1, column c+1 whatever the used range's first cell was.
 */
export function anchorAtA1(address: string, values: Grid): Grid {
  const rect = parseRange(address);
  if (rect === null) throw new Error(`Alamat rentang tidak dikenal: ${address}`);
  if (rect.row === 0 && rect.col === 0) return values;
  const pad: CellValue[] = new Array<CellValue>(rect.col).fill("");
  const blankRow: readonly CellValue[] = [];
  return [
    ...new Array<readonly CellValue[]>(rect.row).fill(blankRow),
    ...values.map((row) => [...pad, ...row]),
  ];
}

/** The cell at 0-based (row, col) of a grid; "" outside it. */
export function cellAt(grid: Grid | null | undefined, row: number, col: number): CellValue {
  return grid?.[row]?.[col] ?? "";
}

/**
 * Blank means "not entered yet": Excel's "" and a cell of spaces alike, since staff
 * cannot see the difference (null and undefined too, for a cell nobody read).
 */
export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** A cell as trimmed text, "" when blank; numbers are shown as Excel would (12.5 → "12.5"). */
export function readTextCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return "";
}

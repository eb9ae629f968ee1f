import {
  parseRange,
  type CellLoad,
  type CellValue,
  type Grid,
  type ReadGrids,
  type ReadSpec,
  type SheetRead,
  type WorkbookRead,
} from "../core";
import type { NumberFormatAt, SheetCell, WorkbookSource } from "./WorkbookSource";

/**
 * The .xlsx shell's generic reader: one `ReadSpec` → `WorkbookRead`, with the semantics of
 * `src/excel/readWorkbook.ts` to the array, so an action cannot tell a file from Excel
 * (test/xlsx/sameReadAsHost.test.ts holds the two to it):
 * - the sheet list in tab order with protection and visibility, and no id (see WorkbookSource);
 * - a missing sheet reads as `null`, an empty one as `[]`;
 * - a whole used range (`getUsedRange(true)`: cells that hold something) is anchored at A1
 *   as `anchorAtA1` does it: rows above it are `[]`, its rows are padded with "" on the left
 *   and end at its last column;
 * - a column-restricted read gives a grid per load, each row of the used range as wide as
 *   the last column read, cells outside the columns read as "", rows above it `[]`;
 * - number formats are those of every cell of the used range, holding something or not
 *   ("General" where a cell has none), as `range.numberFormat` gives them.
 */
export function readWorkbook(source: WorkbookSource, spec: ReadSpec): WorkbookRead {
  return {
    sheets: spec.sheetList ? source.sheetList() : [],
    names: spec.names ? source.names() : [],
    grids: Object.fromEntries((spec.sheets ?? []).map((read) => [read.sheet, readSheet(source, read)])),
  };
}

/** The cells of a used range, by row, and its bounds (0-based, inclusive). */
interface UsedRange {
  readonly rows: CellValue[][][];
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

function readSheet(source: WorkbookSource, read: SheetRead): ReadGrids | null {
  const cells = source.cells(read.sheet);
  if (cells === null) return null;
  const loads: CellLoad[] =
    read.columns === undefined ? [read.load ?? "values"] : [...new Set(read.columns.map((c) => c.load))];
  const used = usedRange(cells, loads);
  // Looked up only when asked: a cell's format is not part of what `cells` holds.
  const format = loads.includes("numberFormat") ? source.numberFormats(read.sheet) : null;
  if (read.columns === undefined) {
    const load = loads[0] ?? "values";
    return { [load]: used === null ? [] : wholeGrid(used, 0, format) };
  }
  if (used === null) return Object.fromEntries(loads.map((l) => [l, []]));
  const columns = read.columns.map((c) => ({ load: c.load, rect: parseRange(c.columns) }));
  const width = Math.max(0, ...columns.map((c) => (c.rect ? c.rect.lastCol + 1 : 0)));
  return Object.fromEntries(
    loads.map((load, i) => {
      // As Excel's intersection of the used range with the columns read: nothing left of it.
      const wanted = (col: number) =>
        col >= used.left &&
        columns.some((c) => c.load === load && c.rect !== null && col >= c.rect.col && col <= c.rect.lastCol);
      // Formats are looked up for the columns read only.
      const formatOf =
        format && load === "numberFormat" ? (r: number, c: number) => (wanted(c) ? format(r, c) : "") : null;
      const grid = wholeGrid(used, i, formatOf, width).map((row, r) =>
        r < used.top ? row : row.map((v, c) => (wanted(c) ? v : "")),
      );
      return [load, grid];
    }),
  );
}

/**
 * One pass over the cells: for each load its grid rows (`rows[r][c][i]` for `loads[i]`),
 * and the bounds of every cell holding something, whatever is loaded of it.
 */
function usedRange(cells: Iterable<SheetCell>, loads: readonly CellLoad[]): UsedRange | null {
  const rows: CellValue[][][] = [];
  let top = Infinity;
  let bottom = -1;
  let left = Infinity;
  let right = -1;
  for (const cell of cells) {
    (rows[cell.row] ??= [])[cell.col] = loads.map((l) =>
      l === "values" ? cell.value : l === "formulas" ? cell.formula : "",
    );
    top = Math.min(top, cell.row);
    bottom = Math.max(bottom, cell.row);
    left = Math.min(left, cell.col);
    right = Math.max(right, cell.col);
  }
  return bottom < 0 ? null : { rows, top, bottom, left, right };
}

const ABOVE: readonly CellValue[] = [];

/**
 * Load `i` of the used range from A1: rows above it `[]`, its rows `width` wide (its own by
 * default). With `format`, the load is the number formats: each cell of the used range
 * has one, held or not; outside the range's columns is "".
 */
function wholeGrid(used: UsedRange, i: number, format: NumberFormatAt | null, width = used.right + 1): Grid {
  return Array.from({ length: used.bottom + 1 }, (_, r) => {
    if (r < used.top) return ABOVE;
    if (format)
      return Array.from({ length: width }, (_, c) => (c < used.left || c > used.right ? "" : format(r, c)));
    const row = used.rows[r] ?? [];
    return Array.from({ length: width }, (_, c) => row[c]?.[i] ?? "");
  });
}

import type { Grid } from "./a1";
import { sheetNamed } from "./sheetNamed";
import type { SheetInfo } from "./WorkbookSnapshot";

/**
 * What an action asks the shell to read, as plain data, and what the shell gives back.
 *
 * The Excel shell reads one spec in one `context.sync()`; another shell (an .xlsx file)
 * reads the same spec its own way. A used range is given anchored at A1 (`grid[r][c]` is
 * row r+1, column c+1) whatever its first cell, so the core never sees an offset.
 */

/**
 * What to load of cells: their values (what they show), formulas (constants where none),
 * or number formats (en-US codes: a date is a number with a date format).
 */
export type CellLoad = "values" | "formulas" | "numberFormat";

/** Whole columns of a sheet's used range, e.g. { columns: "D:N", load: "values" }. */
interface ColumnRead {
  readonly columns: string;
  readonly load: CellLoad;
}

export interface SheetRead {
  /** As the workbook or the catalog spells it (Excel's names ignore case). */
  readonly sheet: string;
  /** The whole used range's values or formulas; default values. Ignored with `columns`. */
  readonly load?: CellLoad;
  /**
   * Only this range (A1 form starting at A1, e.g. "A1:N12") instead of the used range:
   * a look at the top of a sheet that may be large and is not the add-in's.
   * Ignored with `columns`.
   */
  readonly address?: string;
  /**
   * Only these columns of the used range, each with what to load: a large sheet's
   * response stays small (Excel on the web caps a response at 5 MB). Cells not read
   * are "" in the grids, which are as wide as the last column read.
   */
  readonly columns?: readonly ColumnRead[];
}

export interface ReadSpec {
  /** The worksheets in tab order: name, id, protection, visibility. */
  readonly sheetList?: boolean;
  /** The names of the workbook-level named ranges. */
  readonly names?: boolean;
  readonly sheets?: readonly SheetRead[];
}

/** What was read of one sheet: the grids its `SheetRead` asked for. */
export interface ReadGrids {
  readonly values?: Grid;
  readonly formulas?: Grid;
  readonly numberFormat?: Grid;
}

/** What one or more reads gave, merged. */
export interface WorkbookRead {
  /** Every worksheet, in tab order ([] when no read asked for the list). */
  readonly sheets: readonly SheetInfo[];
  readonly names: readonly string[];
  /**
   * Each sheet read, by the name its `SheetRead` gave: `null` when there is no such
   * sheet, `{}`-like grids of `[]` when it is empty. Look one up with `readOf`.
   */
  readonly grids: Readonly<Record<string, ReadGrids | null>>;
}

export const NOTHING_READ: WorkbookRead = { sheets: [], names: [], grids: {} };

/** A later read merged into an earlier one; the later wins where both read the same. */
export function mergeReads(earlier: WorkbookRead, later: WorkbookRead): WorkbookRead {
  return {
    sheets: later.sheets.length > 0 ? later.sheets : earlier.sheets,
    names: later.names.length > 0 ? later.names : earlier.names,
    grids: { ...earlier.grids, ...later.grids },
  };
}

/**
 * What was read of a sheet, by name and ignoring case as Excel does: its grids, `null`
 * when the sheet does not exist, `undefined` when no read asked for it.
 */
export function readOf(read: WorkbookRead, sheet: string): ReadGrids | null | undefined {
  if (sheet in read.grids) return read.grids[sheet];
  const key = sheetNamed(Object.keys(read.grids), sheet);
  return key === undefined ? undefined : read.grids[key];
}

/** Whether a spec asks for anything at all (an empty one costs no round trip). */
export function isEmptySpec(spec: ReadSpec | null): boolean {
  return spec === null || (!spec.sheetList && !spec.names && (spec.sheets ?? []).length === 0);
}

import { sheetNamed } from "./sheetNamed";
import type { Grid } from "./a1";
import type { SheetVisibility } from "./SheetPlan";

/**
 * What the add-in read from a workbook, as plain arrays: the input of the template
 * planner, the validator and the LAKIP report. An action builds it from what its read
 * phases gave (`WorkbookRead`); the shell anchors every used range at A1 as it reads
 * (`anchorAtA1`), so the core never sees a proxy object nor an offset: `grid[r][c]` is
 * row r+1, column c+1.
 *
 * Rows may be ragged or short, and a missing cell reads as "" (`cellAt`). `null` means
 * the sheet does not exist; an existing sheet with nothing in it is an empty grid.
 */
export interface WorkbookSnapshot {
  /** Every worksheet, in tab order. `id` when the host gives one (Excel does). */
  readonly sheets: readonly SheetInfo[];
  /** The values of the fixed sheets (see SHEET). */
  readonly meta: Grid | null;
  readonly pengaturan: Grid | null;
  readonly katalog: Grid | null;
  /** The Anggaran sheet's values (template version 4); absent or `null` when there is none. */
  readonly anggaran?: Grid | null;
  /**
   * The second read: Bidang sheets by sheet name, spelled as in `sheets`. Only sheets
   * that exist are here; look one up with `findSheet`, as Excel's names ignore case.
   */
  readonly bidang: Readonly<Record<string, SheetGrids>>;
  /** The quarter sheets (TW 1 … TW 4) that exist, by name as spelled; absent: none read. */
  readonly triwulan?: Readonly<Record<string, SheetGrids>>;
  /**
   * Missing Bidang sheets found under another name: `lembar` (lower-case) → the sheet
   * holding its table (see movedBidangSheets).
   */
  readonly moved?: Readonly<Record<string, string>>;
}

export interface SheetInfo {
  readonly name: string;
  readonly id?: string;
  /** Protected (with or without a password), so a write must unprotect it first. */
  readonly protected?: boolean;
  /**
   * Protected with a password, which the add-in does not know: it cannot write there.
   * `undefined` when the host cannot tell (Excel before ExcelApiOnline 1.1).
   */
  readonly passwordProtected?: boolean;
  readonly visibility?: SheetVisibility;
}

/**
 * A sheet's used range: its formulas (constants where there is none) and, optionally, the
 * values shown. Without `values`, a cell whose formula starts with "=" is taken for a
 * formula: the template reads formulas only, halving a large sheet's response (Excel on
 * the web caps a response at 5 MB too). The cost is one rare case: a text typed with an
 * apostrophe to start with "=" that must move rows is written back as a formula.
 * Validation reads values and only the formulas it checks; cells not read are "".
 */
export interface SheetGrids {
  readonly formulas: Grid;
  readonly values?: Grid;
  /** Number formats (en-US codes) of the cells read for them; "" elsewhere. */
  readonly numberFormats?: Grid;
}

/** What a sheet shows: its values when they were read, else its formulas. */
export function shownGrid(grids: SheetGrids): Grid {
  return grids.values ?? grids.formulas;
}

/** A Bidang sheet of the snapshot by name, ignoring case as Excel does. */
export function findSheet(bidang: WorkbookSnapshot["bidang"], name: string): SheetGrids | undefined {
  const key = bidang[name] ? name : sheetNamed(Object.keys(bidang), name);
  return key === undefined ? undefined : bidang[key];
}

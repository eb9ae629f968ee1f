import type { Grid } from "../workbook/a1";

/**
 * What the template needs to know about a workbook, read in two round trips and handed
 * to `planTemplate` as plain arrays, so the whole merge is testable without Excel.
 * Narrower than `workbook/WorkbookSnapshot` (the validator's): fixed sheets as grids,
 * plus what only the template needs, worksheet ids and existing names.
 *
 * Every grid is anchored at A1 (`grid[r][c]` is row r+1, column c+1; see `anchorAtA1`),
 * rows may be ragged or short, and a missing cell reads as "". `null` means the sheet
 * does not exist; an existing sheet with nothing in it is an empty grid.
 */
export interface TemplateSnapshot {
  /** Every worksheet, in tab order. `id` when the host gives one (Excel does). */
  readonly sheets: readonly SheetInfo[];
  /** Workbook-level names that exist, so the plan re-points rather than adds them. */
  readonly names: readonly string[];
  readonly meta: Grid | null;
  readonly pengaturan: Grid | null;
  readonly katalog: Grid | null;
  readonly petunjuk: Grid | null;
  /**
   * The second read: Bidang sheets by sheet name (as spelled in `sheets`), for the names
   * `bidangSheetsToRead` returned. Empty after the first read.
   */
  readonly bidang: Readonly<Record<string, SheetGrids>>;
}

export interface SheetInfo {
  readonly name: string;
  readonly id?: string;
}

/**
 * A sheet's used range: its formulas (constants where there is none) and, optionally, the
 * values shown. Without `values`, a cell whose formula starts with "=" is taken for a
 * formula: the shell reads formulas only, halving a large sheet's response (Excel on the
 * web caps a response at 5 MB too). The cost is one rare case: a text typed with an
 * apostrophe to start with "=" that must move rows is written back as a formula.
 */
export interface SheetGrids {
  readonly formulas: Grid;
  readonly values?: Grid;
}

/** A workbook with no sheets of ours: what the first run sees. */
export function emptySnapshot(sheetNames: readonly string[] = ["Sheet1"]): TemplateSnapshot {
  return {
    sheets: sheetNames.map((name) => ({ name })),
    names: [],
    meta: null,
    pengaturan: null,
    katalog: null,
    petunjuk: null,
    bidang: {},
  };
}

import type { CellValue, SheetInfo } from "../core";

/**
 * One cell that holds something (a value or a formula), as office.js hands it over:
 * `value` as `range.values` shows it, `formula` as `range.formulas` does (see readCell).
 * `row` and `col` are 0-based.
 */
export interface SheetCell {
  readonly row: number;
  readonly col: number;
  readonly value: CellValue;
  readonly formula: CellValue;
}

/**
 * A cell's number format, held or not (0-based): the en-US code Excel's `range.numberFormat`
 * reports, "General" for a cell without one.
 */
export type NumberFormatAt = (row: number, col: number) => string;

/**
 * A workbook file as the .xlsx shell's reader (`readWorkbook`) sees it: an `XlsxWorkbook`
 * (the whole workbook in memory, to be written back) or a `StreamedWorkbook` (read once,
 * row by row, for a large file that is only read). Sheet names ignore case, as Excel's do.
 */
export interface WorkbookSource {
  /**
   * Every worksheet in tab order, with its protection and visibility as the file states
   * them. No `id`: the ids Excel's API gives are its own, not the file's, and a made-up
   * one recorded in IKU_Meta would make Excel's template run disown the sheet.
   */
  sheetList(): SheetInfo[];
  /** The workbook-level named ranges. */
  names(): string[];
  /** The cells of a sheet that hold something, in any order; `null` when there is no such sheet. */
  cells(sheet: string): Iterable<SheetCell> | null;
  /**
   * The number formats of a sheet's cells, the empty ones included (a target column
   * formatted as dates before anything was typed is still a date column); `null` when
   * there is no such sheet.
   */
  numberFormats(sheet: string): NumberFormatAt | null;
}

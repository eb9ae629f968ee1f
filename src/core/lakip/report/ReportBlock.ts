import type { CellRect } from "../../workbook/a1";
import type { CellFormat, CellInput, SheetChart } from "../../workbook/SheetPlan";

/**
 * What one section of a report contributes to the sheet: its cells, formats, merges,
 * highlights and charts, placed relative to the section's first row (row 0) and at
 * absolute columns (0 = A). `composeReport` stacks blocks one under another and turns
 * the positions into A1 addresses, so no section knows where it ends up.
 */
export interface ReportBlock {
  /**
   * The section's title, written in A of the block's first row with the section's letter
   * in front ("A. Pengukuran Kinerja …"): letters follow the order of the sections, so a
   * new section never renumbers the others by hand.
   */
  readonly heading?: string;
  /** Rows the block takes, blank rows it wants below it excluded. */
  readonly height: number;
  readonly cells: readonly BlockCells[];
  readonly formats: readonly { readonly rect: CellRect; readonly format: CellFormat }[];
  readonly merges: readonly CellRect[];
  readonly highlights: readonly BlockHighlight[];
  readonly charts: readonly BlockChart[];
  /** Column widths in points the block asks for, by column index; the sheet takes the widest ask. */
  readonly widths: readonly (number | undefined)[];
  /** The row to repeat on every printed page (the first table's header), if this block has it. */
  readonly printTitleRow?: number;
}

export interface BlockCells {
  readonly row: number;
  readonly col: number;
  readonly values: readonly (readonly CellInput[])[];
}

/** Colour the cells of `rect` whose text equals `text`. */
export interface BlockHighlight {
  readonly rect: CellRect;
  readonly text: string;
  readonly fill: string;
  readonly fontColor?: string;
}

interface BlockChart {
  readonly type: SheetChart["type"];
  readonly title: string;
  /** The data, headers included. */
  readonly source: CellRect;
  /** The cells the chart covers. */
  readonly placeAt: CellRect;
}

/** A rectangle of one row or more, 0-based, inclusive. */
export const rect = (row: number, col: number, lastRow: number = row, lastCol: number = col): CellRect => ({
  row,
  col,
  lastRow,
  lastCol,
});

/** A block with nothing in it, to build on with spreads. */
export const EMPTY_BLOCK: ReportBlock = {
  height: 0,
  cells: [],
  formats: [],
  merges: [],
  highlights: [],
  charts: [],
  widths: [],
};

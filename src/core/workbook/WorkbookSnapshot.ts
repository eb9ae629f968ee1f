/**
 * What the add-in read from a workbook, as plain arrays: the input of the template
 * planner, the validator and the LAKIP report. `src/excel` fills it in one or two
 * batched reads; the core never sees a proxy object.
 */

/** A used range read from a sheet. Values are what Excel's `range.values` gives. */
export interface SheetSnapshot {
  readonly name: string;
  /** 0-based row and column of the top-left cell of `values` (a used range need not start at A1). */
  readonly top: number;
  readonly left: number;
  readonly values: readonly (readonly unknown[])[];
  readonly formulas: readonly (readonly unknown[])[];
}

export interface WorkbookSnapshot {
  /** Every sheet's name, in tab order. */
  readonly sheetNames: readonly string[];
  /** The sheets read, by name; a sheet that exists but is empty has empty arrays. */
  readonly sheets: Readonly<Record<string, SheetSnapshot>>;
}

/** The value at a 0-based (row, col) of the sheet, `null` outside the used range (an empty cell). */
export function valueAt(sheet: SheetSnapshot, row: number, col: number): unknown {
  return sheet.values[row - sheet.top]?.[col - sheet.left] ?? null;
}

/** The formula (or constant) at a 0-based (row, col), `null` outside the used range. */
export function formulaAt(sheet: SheetSnapshot, row: number, col: number): unknown {
  return sheet.formulas[row - sheet.top]?.[col - sheet.left] ?? null;
}

/** 0-based index one past the last used row. */
export function rowEnd(sheet: SheetSnapshot): number {
  return sheet.top + sheet.values.length;
}

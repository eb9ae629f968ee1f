/*
 * Cell contents, read and written with Excel's rules: what `range.values`, `formulas`,
 * `text` and `valueTypes` give, and what writing them does (typed text parsed as
 * Excel parses it, unparsable formulas refused before anything is written, null cells
 * left alone, typed dates and percentages formatted). The values live in HyperFormula.
 */
import { cellCount, rectIntersection, rectUnion, type Rect } from "../address";
import type { CellError, ExcelValue, HyperFormulaEngine } from "../engine/HyperFormulaEngine";
import { ErrorCode, HostError, invalidArgument } from "../errors";
import { formatValue } from "../numberFormat";
import type { SheetModel } from "./SheetModel";
import type { WorkbookEvents } from "./WorkbookEvents";

/** Largest block of cells read or written in one operation. */
const CELL_LIMIT = 5_000_000;

/** A cell's raw content for HyperFormula: a value, "=formula", or null for empty. */
type Raw = number | string | boolean | null;

export class CellContents {
  constructor(
    private readonly engine: HyperFormulaEngine,
    private readonly events: WorkbookEvents,
  ) {}

  // ---- reading ------------------------------------------------------------------------

  value(sheet: SheetModel, row: number, column: number): ExcelValue {
    return this.engine.value(sheet.hfId, row, column);
  }

  error(sheet: SheetModel, row: number, column: number): CellError | null {
    return this.engine.error(sheet.hfId, row, column);
  }

  formula(sheet: SheetModel, row: number, column: number): ExcelValue {
    return this.engine.formula(sheet.hfId, row, column);
  }

  valueType(sheet: SheetModel, row: number, column: number): string {
    return this.engine.valueType(sheet.hfId, row, column);
  }

  /** The text Excel shows: the value under the cell's number format. */
  text(sheet: SheetModel, row: number, column: number): string {
    const value = this.value(sheet, row, column);
    return formatValue(value, sheet.rawFormat(row, column).numberFormat ?? "General");
  }

  /** A 2-D block read through `read`, refusing Excel-sized monsters. */
  grid<T>(rect: Rect, read: (row: number, column: number) => T): T[][] {
    if (cellCount(rect) > CELL_LIMIT) {
      throw new HostError(ErrorCode.rangeExceedsLimit, `Reading ${cellCount(rect)} cells at once.`);
    }
    const out: T[][] = [];
    for (let r = rect.row; r < rect.row + rect.rowCount; r++) {
      const line: T[] = [];
      for (let c = rect.column; c < rect.column + rect.columnCount; c++) line.push(read(r, c));
      out.push(line);
    }
    return out;
  }

  /** The used range: cells with content, and unless `valuesOnly` also formatted cells. */
  usedRect(sheet: SheetModel, valuesOnly: boolean): Rect | null {
    const { width, height } = this.engine.dimensions(sheet.hfId);
    let bounds: Rect | null = null;
    if (width > 0 && height > 0) {
      // HyperFormula's dimensions start at A1; trim empty leading rows/columns. Scanned
      // from each edge inwards, so a filled sheet costs a few rows and columns of looks.
      const filled = (row: number, col: number) => this.engine.hasContent(sheet.hfId, row, col);
      const rowFilled = (r: number) => {
        for (let c = 0; c < width; c++) if (filled(r, c)) return true;
        return false;
      };
      let top = 0;
      while (top < height && !rowFilled(top)) top++;
      if (top < height) {
        let bottom = height - 1;
        while (bottom > top && !rowFilled(bottom)) bottom--;
        const columnFilled = (c: number) => {
          for (let r = top; r <= bottom; r++) if (filled(r, c)) return true;
          return false;
        };
        let left = 0;
        while (!columnFilled(left)) left++;
        let right = width - 1;
        while (right > left && !columnFilled(right)) right--;
        bounds = { row: top, column: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
      }
    }
    if (!valuesOnly) {
      const formatted = sheet.formattedBounds();
      if (formatted) bounds = bounds ? rectUnion(bounds, formatted) : formatted;
    }
    return bounds;
  }

  // ---- writing ------------------------------------------------------------------------

  /** Checks a 2-D input against the range's shape; null when the input is one value. */
  shapeInput(rect: Rect, input: unknown, what: string): unknown[][] | null {
    if (!Array.isArray(input)) {
      if (cellCount(rect) > CELL_LIMIT) {
        throw new HostError(
          ErrorCode.rangeExceedsLimit,
          `Setting ${what} of ${cellCount(rect)} cells at once.`,
        );
      }
      return null;
    }
    const rows = input as unknown[];
    const ok =
      rows.length === rect.rowCount &&
      rows.every((line) => Array.isArray(line) && line.length === rect.columnCount);
    if (!ok) {
      const width = Array.isArray(rows[0]) ? (rows[0] as unknown[]).length : "?";
      throw invalidArgument(
        `The ${what} array is ${rows.length}×${width} but the range is ${rect.rowCount}×${rect.columnCount}.`,
      );
    }
    return rows as unknown[][];
  }

  /**
   * Writes contents: `input` is a 2-D array of the range's shape or one value for every
   * cell. Numbers/booleans as is; strings as Excel parses typed text ("=..." formula,
   * "12" number, "" clears); null leaves a cell alone. A text-formatted ("@") cell keeps
   * text as text. Protection is the caller's (SheetEditor's) business.
   */
  write(sheet: SheetModel, rect: Rect, input: unknown, what = "values"): void {
    const matrix = this.shapeInput(rect, input, what);
    const at = (r: number, c: number): unknown => (matrix ? matrix[r]?.[c] : input);
    const content: Raw[][] = [];
    let skips = false;
    for (let r = 0; r < rect.rowCount; r++) {
      const line: Raw[] = [];
      for (let c = 0; c < rect.columnCount; c++) {
        const v = at(r, c);
        if (v === null || v === undefined) {
          // Left alone: not written at all (see writeSkipping).
          line.push(null);
          skips = true;
          continue;
        }
        line.push(this.toRaw(v, sheet.rawFormat(rect.row + r, rect.column + c).numberFormat));
      }
      content.push(line);
    }
    if (skips) this.writeSkipping(sheet, rect, content, at);
    else this.engine.setContents(sheet.hfId, rect.row, rect.column, content);
    this.autoFormat(sheet, rect, at);
    this.events.cellsChanged(sheet, rect);
    this.events.touch(sheet);
  }

  /** Empties the cells of `rect` that hold anything (what `clear("Contents")` does). */
  clear(sheet: SheetModel, rect: Rect): void {
    const used = this.usedRect(sheet, true);
    const area = used ? rectIntersection(rect, used) : null;
    if (!area) return;
    const content: Raw[][] = Array.from({ length: area.rowCount }, () =>
      Array.from({ length: area.columnCount }, () => null),
    );
    this.engine.setContents(sheet.hfId, area.row, area.column, content);
    this.events.cellsChanged(sheet, area);
    this.events.touch(sheet);
  }

  /**
   * Writes `content` except the cells whose input is null/undefined (left alone). Rows
   * with the same runs of written cells are stacked: one write per run per such group
   * (a table whose input columns are left alone takes a write per block of columns).
   * The same result as writing those cells' own contents back, without serialising and
   * re-parsing them.
   */
  private writeSkipping(
    sheet: SheetModel,
    rect: Rect,
    content: Raw[][],
    at: (r: number, c: number) => unknown,
  ): void {
    const written = (r: number, c: number) => {
      const v = at(r, c);
      return v !== null && v !== undefined;
    };
    const runsOf = (r: number): Array<[number, number]> => {
      const runs: Array<[number, number]> = [];
      let c = 0;
      while (c < rect.columnCount) {
        if (!written(r, c)) {
          c++;
          continue;
        }
        let last = c;
        while (last + 1 < rect.columnCount && written(r, last + 1)) last++;
        runs.push([c, last]);
        c = last + 1;
      }
      return runs;
    };
    const same = (a: Array<[number, number]>, b: Array<[number, number]>) =>
      a.length === b.length && a.every(([c0, c1], i) => b[i]?.[0] === c0 && b[i]?.[1] === c1);
    let r = 0;
    while (r < rect.rowCount) {
      const runs = runsOf(r);
      let last = r;
      while (last + 1 < rect.rowCount && same(runsOf(last + 1), runs)) last++;
      for (const [c0, c1] of runs) {
        const block = content.slice(r, last + 1).map((line) => line.slice(c0, c1 + 1));
        this.engine.setContents(sheet.hfId, rect.row + r, rect.column + c0, block);
      }
      r = last + 1;
    }
  }

  /** Excel gives a typed date "m/d/yyyy" and a typed percentage "0%". */
  private autoFormat(sheet: SheetModel, rect: Rect, at: (r: number, c: number) => unknown): void {
    for (let r = 0; r < rect.rowCount; r++) {
      for (let c = 0; c < rect.columnCount; c++) {
        const v = at(r, c);
        if (typeof v !== "string" || v.startsWith("=")) continue;
        const row = rect.row + r;
        const column = rect.column + c;
        if ((sheet.rawFormat(row, column).numberFormat ?? "General") !== "General") continue;
        // Only text HyperFormula could read as a date or a percentage needs its verdict
        // (which needs evaluation resumed): skip the rest cheaply.
        if (!this.engine.mayReadAsDateOrPercent(v)) continue;
        const kind = this.engine.typedNumberKind(sheet.hfId, row, column);
        const cell = { row, column, rowCount: 1, columnCount: 1 };
        if (kind === "date") sheet.applyFormat(cell, { numberFormat: "m/d/yyyy" });
        if (kind === "percent") sheet.applyFormat(cell, { numberFormat: "0%" });
      }
    }
  }

  private toRaw(v: unknown, numberFormat: string | undefined): Raw {
    if (typeof v === "number") {
      if (!Number.isFinite(v)) throw invalidArgument(`${String(v)} is not a valid cell value.`);
      return v;
    }
    if (typeof v === "boolean") return v;
    if (typeof v === "string") {
      if (v === "") return null;
      if (numberFormat === "@") return `'${v}`;
      // HyperFormula keeps a formula it cannot parse as an error cell; Excel would refuse it.
      if (v.startsWith("=") && v.length > 1 && !this.engine.isValidFormula(v))
        throw invalidArgument(`The formula ${v} is not valid.`);
      return v;
    }
    if (v instanceof Date) return v.toISOString().slice(0, 10);
    throw invalidArgument(`${typeof v} is not a valid cell value.`);
  }
}

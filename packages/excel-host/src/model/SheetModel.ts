/*
 * One worksheet's state outside the formula engine: formats, layout, merges,
 * validation, conditional formats, charts, protection, page layout.
 *
 * Cell contents live in HyperFormula (one HF sheet per worksheet, `hfId`). Formats
 * follow Excel's own layering so whole-column/row formatting stays cheap: a sheet
 * format, column formats, row formats and cell formats; a cell shows the merge of
 * all four, cell > row > column > sheet.
 */
import {
  MAX_COLUMNS,
  MAX_ROWS,
  cellCount,
  isEntireColumn,
  isEntireRow,
  rectEquals,
  rectIntersection,
  rectSubtract,
  type Rect,
} from "../address";
import { HostError, ErrorCode } from "../errors";
import {
  ABSENT,
  EMPTY,
  FormatTable,
  copyResolved,
  type CellFormat,
  type ResolvedCellFormat,
} from "./FormatTable";

/** Excel's default column width and row height, in points. */
const DEFAULT_COLUMN_WIDTH = 48;
const DEFAULT_ROW_HEIGHT = 15;

export interface DataValidationModel {
  rect: Rect;
  /** office.js DataValidationRule shape, e.g. { decimal: { operator, formula1 } }; null = any value. */
  rule: Record<string, unknown> | null;
  prompt: { showPrompt: boolean; title: string; message: string };
  errorAlert: { showAlert: boolean; style: string; title: string; message: string };
  ignoreBlanks: boolean;
}

export interface ConditionalFormatModel {
  id: string;
  type: string;
  rect: Rect;
  /** 0 = first; the order of `SheetModel.conditionalFormats`. */
  priority: number;
  /** e.g. { formula1: "=0", operator: "LessThan" } or { operator: "Contains", text: "Rendah" }. */
  rule: Record<string, unknown>;
  format: { fill?: string; fontColor?: string; bold?: boolean };
}

export interface ChartModel {
  name: string;
  type: string;
  source: Rect;
  seriesBy: string;
  title: { text: string };
  legend: { visible: boolean; position: string };
  axes: Record<string, { title: string }>;
  position: { start: string; end?: string };
  size: { top: number; left: number; width: number; height: number };
}

export interface ProtectionModel {
  protected: boolean;
  options: Record<string, unknown>;
  password?: string;
}

export interface PageLayoutModel {
  orientation: string;
  paperSize: string;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  printArea: Rect | null;
  printTitleRows: Rect | null;
  margins: { top: number; bottom: number; left: number; right: number; header: number; footer: number };
  centerHorizontally: boolean;
}

/** A validation allowing any value, with Excel's defaults. */
export function newValidation(rect: Rect): DataValidationModel {
  return {
    rect,
    rule: null,
    prompt: { showPrompt: true, title: "", message: "" },
    errorAlert: { showAlert: true, style: "Stop", title: "", message: "" },
    ignoreBlanks: true,
  };
}

let sheetCounter = 0;

export class SheetModel {
  /** Excel ids look like "{00000000-0001-0000-0000-000000000000}". */
  readonly id: string;
  name: string;
  visibility = "Visible";
  tabColor = "";
  showGridlines = true;
  showHeadings = true;
  freeze = { rows: 0, columns: 0 };
  protection: ProtectionModel = { protected: false, options: {} };
  pageLayout: PageLayoutModel = {
    orientation: "Portrait",
    paperSize: "Letter",
    zoom: { scale: 100 },
    printArea: null,
    printTitleRows: null,
    margins: { top: 54, bottom: 54, left: 50.4, right: 50.4, header: 21.6, footer: 21.6 },
    centerHorizontally: false,
  };
  merges: Rect[] = [];
  validations: DataValidationModel[] = [];
  conditionalFormats: ConditionalFormatModel[] = [];
  charts: ChartModel[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();

  /** Format ids (see FormatTable) of the four layers. */
  private readonly formatTable = new FormatTable();
  private sheetFormat = EMPTY;
  private readonly columnFormats = new Map<number, number>();
  private readonly rowFormats = new Map<number, number>();
  /** Cell formats by column: format id per row, ABSENT where a cell has no own format. */
  private readonly cellFormats = new Map<number, Int32Array>();
  private objectCounter = 0;

  constructor(
    name: string,
    /** The HyperFormula sheet id. */
    public hfId: number,
  ) {
    this.name = name;
    sheetCounter++;
    this.id = `{${sheetCounter.toString(16).padStart(8, "0").toUpperCase()}-0001-0000-0000-000000000000}`;
  }

  nextObjectId(prefix: string): string {
    this.objectCounter++;
    return `${prefix}${this.objectCounter}`;
  }

  /** Priorities follow the order of `conditionalFormats` (0 = first). */
  reprioritise(): void {
    this.conditionalFormats.forEach((cf, i) => (cf.priority = i));
  }

  // ---- data validation -------------------------------------------------------------

  /**
   * The validation entry for exactly `rect`: an existing one, or a new one (a copy of
   * the entry covering `rect`, if any) carved out of the entries it overlaps. Setting a
   * rule on a range replaces whatever validation covered those cells, as in Excel.
   */
  validationFor(rect: Rect): DataValidationModel {
    const exact = this.validations.find((v) => rectEquals(v.rect, rect));
    if (exact) return exact;
    const covering = this.validations.find(
      (v) => rectIntersection(v.rect, rect) && rectSubtract(rect, v.rect).length === 0,
    );
    const entry: DataValidationModel = covering
      ? { ...(JSON.parse(JSON.stringify(covering)) as DataValidationModel), rect }
      : newValidation(rect);
    this.removeValidation(rect);
    this.validations.push(entry);
    return entry;
  }

  /** Removes validation from the cells of `rect`, splitting entries that overlap it. */
  removeValidation(rect: Rect): void {
    this.validations = this.validations.flatMap((v) =>
      rectSubtract(v.rect, rect).map((part) => ({ ...v, rect: part })),
    );
  }

  // ---- formats -------------------------------------------------------------------

  /**
   * Applies a patch to every cell of `rect`; whole rows/columns update the layers instead
   * of cells. A patch function is called per cell (row-major), with offsets in `rect`;
   * returning the same object for several cells is cheap.
   */
  applyFormat(rect: Rect, patch: CellFormat | ((row: number, column: number) => CellFormat)): void {
    const entireColumns = isEntireColumn(rect);
    const entireRows = isEntireRow(rect);
    if (typeof patch === "function" || (!entireColumns && !entireRows)) {
      this.patchCells(rect, patch);
      return;
    }
    const t = this.formatTable;
    const p = t.intern(patch);
    if (entireColumns && entireRows) {
      this.sheetFormat = t.merge(this.sheetFormat, p);
      for (const [c, f] of this.columnFormats) this.columnFormats.set(c, t.merge(f, p));
      for (const [r, f] of this.rowFormats) this.rowFormats.set(r, t.merge(f, p));
    } else if (entireColumns) {
      for (let c = rect.column; c < rect.column + rect.columnCount; c++) {
        this.columnFormats.set(c, t.merge(this.columnFormats.get(c) ?? ABSENT, p));
      }
      // A row with its own format would otherwise hide the new column format.
      for (const r of this.rowFormats.keys()) this.patchCells({ ...rect, row: r, rowCount: 1 }, patch);
    } else {
      for (let r = rect.row; r < rect.row + rect.rowCount; r++) {
        this.rowFormats.set(r, t.merge(this.rowFormats.get(r) ?? ABSENT, p));
      }
    }
    // Cells with their own format inside the rows/columns take the patch too.
    for (const [c, ids] of this.cellFormats) {
      if (c < rect.column || c >= rect.column + rect.columnCount) continue;
      const end = Math.min(ids.length, rect.row + rect.rowCount);
      let lastOld = -1;
      let lastNew = -1;
      for (let r = rect.row; r < end; r++) {
        const old = ids[r] as number;
        if (old === ABSENT) continue;
        if (old !== lastOld) {
          lastOld = old;
          lastNew = t.merge(old, p);
        }
        ids[r] = lastNew;
      }
    }
  }

  /** The cell-format ids of a column, grown to hold row `lastRow`. */
  private cellColumn(column: number, lastRow: number): Int32Array {
    let ids = this.cellFormats.get(column);
    if (ids === undefined || ids.length <= lastRow) {
      const size = Math.min(MAX_ROWS, Math.max(lastRow + 1, 64, (ids?.length ?? 0) * 2));
      const grown = new Int32Array(size);
      if (ids) grown.set(ids);
      ids = grown;
      this.cellFormats.set(column, ids);
    }
    return ids;
  }

  private patchCells(rect: Rect, patch: CellFormat | ((row: number, column: number) => CellFormat)): void {
    if (cellCount(rect) > 5_000_000) {
      throw new HostError(
        ErrorCode.rangeExceedsLimit,
        "Formatting more than 5,000,000 single cells at once.",
      );
    }
    const t = this.formatTable;
    const lastRow = rect.row + rect.rowCount - 1;
    if (typeof patch !== "function") {
      const p = t.intern(patch);
      for (let c = rect.column; c < rect.column + rect.columnCount; c++) {
        const ids = this.cellColumn(c, lastRow);
        let lastOld = -1;
        let lastNew = -1;
        for (let r = rect.row; r <= lastRow; r++) {
          const old = ids[r] as number;
          if (old !== lastOld) {
            lastOld = old;
            lastNew = t.merge(old, p);
          }
          ids[r] = lastNew;
        }
      }
      return;
    }
    const columns: Int32Array[] = [];
    for (let c = rect.column; c < rect.column + rect.columnCount; c++)
      columns.push(this.cellColumn(c, lastRow));
    // A patch function usually returns a few objects again and again: intern each once.
    // (An object is assumed not to change while this call runs.)
    const interned = new Map<CellFormat, number>();
    for (let r = rect.row; r <= lastRow; r++) {
      for (let i = 0; i < columns.length; i++) {
        const f = patch(r - rect.row, i);
        let p = interned.get(f);
        if (p === undefined) {
          p = t.intern(f);
          interned.set(f, p);
        }
        const ids = columns[i] as Int32Array;
        ids[r] = t.merge(ids[r] as number, p);
      }
    }
  }

  /** Removes formats (what `range.clear("Formats")` does). */
  clearFormats(rect: Rect): void {
    if (isEntireColumn(rect) && isEntireRow(rect)) this.sheetFormat = EMPTY;
    if (isEntireColumn(rect))
      for (let c = rect.column; c < rect.column + rect.columnCount; c++) this.columnFormats.delete(c);
    if (isEntireRow(rect))
      for (let r = rect.row; r < rect.row + rect.rowCount; r++) this.rowFormats.delete(r);
    for (const [c, ids] of this.cellFormats) {
      if (c < rect.column || c >= rect.column + rect.columnCount) continue;
      if (rect.row < ids.length) ids.fill(ABSENT, rect.row, Math.min(ids.length, rect.row + rect.rowCount));
    }
    // Clearing formats removes conditional formats lying wholly inside the range.
    this.conditionalFormats = this.conditionalFormats.filter((cf) => rectSubtract(cf.rect, rect).length > 0);
  }

  /** The id of a cell's merged format (sheet, column, row and cell layers). */
  private formatId(row: number, column: number): number {
    const t = this.formatTable;
    let id = this.sheetFormat;
    const columnFormat = this.columnFormats.get(column);
    if (columnFormat !== undefined) id = t.merge(id, columnFormat);
    const rowFormat = this.rowFormats.get(row);
    if (rowFormat !== undefined) id = t.merge(id, rowFormat);
    const cell = this.cellFormats.get(column)?.[row];
    if (cell !== undefined && cell !== ABSENT) id = t.merge(id, cell);
    return id;
  }

  /** The stored format of a cell, layers merged. Shared and frozen: do not modify it. */
  rawFormat(row: number, column: number): CellFormat {
    return this.formatTable.get(this.formatId(row, column));
  }

  /** The cell's format with Excel's defaults filled in (a fresh copy). */
  format(row: number, column: number): ResolvedCellFormat {
    return copyResolved(this.resolvedFormat(row, column));
  }

  /** As `format`, but shared between cells: read it, never modify it. */
  resolvedFormat(row: number, column: number): ResolvedCellFormat {
    return this.formatTable.resolve(this.formatId(row, column));
  }

  /**
   * One value picked from the format of each given cell, the pick computed once per
   * distinct format: the values in order of first appearance.
   */
  distinctFormatValues<V>(
    cells: ReadonlyArray<readonly [number, number]>,
    pick: (f: ResolvedCellFormat) => V,
  ): V[] {
    const seen = new Set<number>();
    const out: V[] = [];
    for (const [r, c] of cells) {
      const id = this.formatId(r, c);
      if (seen.has(id)) continue;
      seen.add(id);
      out.push(pick(this.formatTable.resolve(id)));
    }
    return out;
  }

  /** The bounding box of cells with their own format (for the used range), or null. */
  formattedBounds(): Rect | null {
    let minR = Infinity;
    let minC = Infinity;
    let maxR = -1;
    let maxC = -1;
    for (const [c, ids] of this.cellFormats) {
      let first = 0;
      while (first < ids.length && ids[first] === ABSENT) first++;
      if (first === ids.length) continue;
      let last = ids.length - 1;
      while (ids[last] === ABSENT) last--;
      minR = Math.min(minR, first);
      maxR = Math.max(maxR, last);
      minC = Math.min(minC, c);
      maxC = Math.max(maxC, c);
    }
    if (maxR < 0) return null;
    return { row: minR, column: minC, rowCount: maxR - minR + 1, columnCount: maxC - minC + 1 };
  }

  /**
   * The cells whose formats must be inspected to describe `rect`: the whole rect when
   * small; otherwise its part inside the formatted/used area plus one cell outside it
   * (whose format only comes from the row/column layers).
   */
  sampleCells(rect: Rect, used: Rect | null): Array<[number, number]> {
    const cells: Array<[number, number]> = [];
    if (cellCount(rect) <= 200_000) {
      for (let r = rect.row; r < rect.row + rect.rowCount; r++) {
        for (let c = rect.column; c < rect.column + rect.columnCount; c++) cells.push([r, c]);
      }
      return cells;
    }
    const area = used ? rectIntersection(rect, used) : null;
    if (area && cellCount(area) <= 200_000) {
      for (let r = area.row; r < area.row + area.rowCount; r++) {
        for (let c = area.column; c < area.column + area.columnCount; c++) cells.push([r, c]);
      }
    }
    cells.push([rect.row + rect.rowCount - 1, rect.column + rect.columnCount - 1]);
    return cells;
  }

  columnWidth(column: number): number {
    return this.columnWidths.get(column) ?? DEFAULT_COLUMN_WIDTH;
  }

  rowHeight(row: number): number {
    return this.rowHeights.get(row) ?? DEFAULT_ROW_HEIGHT;
  }

  /** Columns of `rect`, capped to the grid. */
  static columnsOf(rect: Rect): number[] {
    const out: number[] = [];
    for (let c = rect.column; c < Math.min(MAX_COLUMNS, rect.column + rect.columnCount); c++) out.push(c);
    return out;
  }

  static rowsOf(rect: Rect, limit = MAX_ROWS): number[] {
    const out: number[] = [];
    for (let r = rect.row; r < Math.min(limit, rect.row + rect.rowCount); r++) out.push(r);
    return out;
  }

  /** Rows of `rect`, at most 100,000: reading row properties of whole columns stays cheap. */
  static cappedRowsOf(rect: Rect): number[] {
    return SheetModel.rowsOf(rect, Math.min(MAX_ROWS, rect.row + 100_000));
  }
}

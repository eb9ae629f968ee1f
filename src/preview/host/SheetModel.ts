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
  rectIntersection,
  rectSubtract,
  type Rect,
} from "./address";
import { HostError, ErrorCode } from "./errors";

export interface BorderFormat {
  style?: string;
  color?: string;
  weight?: string;
}

/** What the host stores per cell/row/column; every field optional (unset = Excel's default). */
export interface CellFormat {
  numberFormat?: string;
  /** null = explicitly no fill (clears a row/column fill). */
  fill?: string | null;
  bold?: boolean;
  italic?: boolean;
  underline?: string;
  strikethrough?: boolean;
  fontColor?: string;
  fontSize?: number;
  fontName?: string;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  indentLevel?: number;
  textOrientation?: number;
  locked?: boolean;
  formulaHidden?: boolean;
  borders?: Record<string, BorderFormat>;
}

/** A cell's format with Excel's defaults filled in. */
export interface ResolvedCellFormat {
  numberFormat: string;
  /** null = no fill (office.js reports "#FFFFFF"). */
  fill: string | null;
  bold: boolean;
  italic: boolean;
  underline: string;
  strikethrough: boolean;
  fontColor: string;
  fontSize: number;
  fontName: string;
  horizontalAlignment: string;
  verticalAlignment: string;
  wrapText: boolean;
  indentLevel: number;
  textOrientation: number;
  locked: boolean;
  formulaHidden: boolean;
  borders: Record<string, Required<BorderFormat>>;
}

export const DEFAULT_FORMAT: Readonly<Omit<ResolvedCellFormat, "borders">> = {
  numberFormat: "General",
  fill: null,
  bold: false,
  italic: false,
  underline: "None",
  strikethrough: false,
  fontColor: "#000000",
  fontSize: 11,
  fontName: "Calibri",
  horizontalAlignment: "General",
  verticalAlignment: "Bottom",
  wrapText: false,
  indentLevel: 0,
  textOrientation: 0,
  locked: true,
  formulaHidden: false,
};

export const BORDER_INDEXES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
  "DiagonalDown",
  "DiagonalUp",
] as const;

/** Excel's default column width and row height, in points. */
export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;

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
  priority: number;
  stopIfTrue: boolean;
  /** e.g. { formula1: "=0", operator: "LessThan" } or { operator: "Contains", text: "Rendah" }. */
  rule: Record<string, unknown>;
  format: { fill?: string; fontColor?: string; bold?: boolean; italic?: boolean };
  /** Free-form settings of the other types (colorScale criteria, dataBar...). */
  settings: Record<string, unknown>;
}

export interface ChartModel {
  id: string;
  name: string;
  type: string;
  source: Rect;
  seriesBy: string;
  title: { text: string; visible: boolean };
  legend: { visible: boolean; position: string };
  axes: Record<string, { title: string; visible: boolean }>;
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
  printTitleColumns: Rect | null;
  margins: { top: number; bottom: number; left: number; right: number; header: number; footer: number };
  centerHorizontally: boolean;
  centerVertically: boolean;
  printGridlines: boolean;
  printHeadings: boolean;
  blackAndWhite: boolean;
  draftMode: boolean;
  firstPageNumber: number | "";
  printOrder: string;
  printComments: string;
  printErrors: string;
}

let sheetCounter = 0;

const key = (row: number, column: number) => row * MAX_COLUMNS + column;
const cellRect = (k: number): Rect => ({
  row: Math.floor(k / MAX_COLUMNS),
  column: k % MAX_COLUMNS,
  rowCount: 1,
  columnCount: 1,
});

function mergeFormat(base: CellFormat | undefined, patch: CellFormat): CellFormat {
  const merged: CellFormat = { ...base, ...patch };
  if (patch.borders || base?.borders) {
    const borders: Record<string, BorderFormat> = { ...base?.borders };
    for (const [index, border] of Object.entries(patch.borders ?? {})) {
      borders[index] = { ...borders[index], ...border };
    }
    merged.borders = borders;
  }
  return merged;
}

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
    printTitleColumns: null,
    margins: { top: 54, bottom: 54, left: 50.4, right: 50.4, header: 21.6, footer: 21.6 },
    centerHorizontally: false,
    centerVertically: false,
    printGridlines: false,
    printHeadings: false,
    blackAndWhite: false,
    draftMode: false,
    firstPageNumber: "",
    printOrder: "DownThenOver",
    printComments: "NoComments",
    printErrors: "AsDisplayed",
  };
  merges: Rect[] = [];
  validations: DataValidationModel[] = [];
  conditionalFormats: ConditionalFormatModel[] = [];
  charts: ChartModel[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly hiddenColumns = new Set<number>();
  readonly hiddenRows = new Set<number>();

  private sheetFormat: CellFormat = {};
  private readonly columnFormats = new Map<number, CellFormat>();
  private readonly rowFormats = new Map<number, CellFormat>();
  private readonly cellFormats = new Map<number, CellFormat>();
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

  // ---- formats -------------------------------------------------------------------

  /** Applies a patch to every cell of `rect`; whole rows/columns update the layers instead of cells. */
  applyFormat(rect: Rect, patch: CellFormat | ((row: number, column: number) => CellFormat)): void {
    const entireColumns = isEntireColumn(rect);
    const entireRows = isEntireRow(rect);
    if (typeof patch === "function" || (!entireColumns && !entireRows)) {
      this.patchCells(rect, patch);
      return;
    }
    if (entireColumns && entireRows) {
      this.sheetFormat = mergeFormat(this.sheetFormat, patch);
      for (const [c, f] of this.columnFormats) this.columnFormats.set(c, mergeFormat(f, patch));
      for (const [r, f] of this.rowFormats) this.rowFormats.set(r, mergeFormat(f, patch));
    } else if (entireColumns) {
      for (let c = rect.column; c < rect.column + rect.columnCount; c++) {
        this.columnFormats.set(c, mergeFormat(this.columnFormats.get(c), patch));
      }
      // A row with its own format would otherwise hide the new column format.
      for (const r of this.rowFormats.keys()) this.patchCells({ ...rect, row: r, rowCount: 1 }, patch);
    } else {
      for (let r = rect.row; r < rect.row + rect.rowCount; r++) {
        this.rowFormats.set(r, mergeFormat(this.rowFormats.get(r), patch));
      }
    }
    // Cells with their own format inside the rows/columns take the patch too.
    for (const [k, f] of this.cellFormats) {
      if (rectIntersection(rect, cellRect(k))) this.cellFormats.set(k, mergeFormat(f, patch));
    }
  }

  private patchCells(rect: Rect, patch: CellFormat | ((row: number, column: number) => CellFormat)): void {
    if (cellCount(rect) > 5_000_000) {
      throw new HostError(
        ErrorCode.rangeExceedsLimit,
        "Formatting more than 5,000,000 single cells at once.",
      );
    }
    for (let r = rect.row; r < rect.row + rect.rowCount; r++) {
      for (let c = rect.column; c < rect.column + rect.columnCount; c++) {
        const p = typeof patch === "function" ? patch(r - rect.row, c - rect.column) : patch;
        const k = key(r, c);
        this.cellFormats.set(k, mergeFormat(this.cellFormats.get(k), p));
      }
    }
  }

  /** Removes formats (what `range.clear("Formats")` does). */
  clearFormats(rect: Rect): void {
    if (isEntireColumn(rect) && isEntireRow(rect)) this.sheetFormat = {};
    if (isEntireColumn(rect))
      for (let c = rect.column; c < rect.column + rect.columnCount; c++) this.columnFormats.delete(c);
    if (isEntireRow(rect))
      for (let r = rect.row; r < rect.row + rect.rowCount; r++) this.rowFormats.delete(r);
    for (const k of [...this.cellFormats.keys()]) {
      if (rectIntersection(rect, cellRect(k))) this.cellFormats.delete(k);
    }
    // Clearing formats removes conditional formats lying wholly inside the range.
    this.conditionalFormats = this.conditionalFormats.filter((cf) => rectSubtract(cf.rect, rect).length > 0);
  }

  rawFormat(row: number, column: number): CellFormat {
    let f = mergeFormat(this.sheetFormat, this.columnFormats.get(column) ?? {});
    f = mergeFormat(f, this.rowFormats.get(row) ?? {});
    return mergeFormat(f, this.cellFormats.get(key(row, column)) ?? {});
  }

  format(row: number, column: number): ResolvedCellFormat {
    const raw = this.rawFormat(row, column);
    const borders: Record<string, Required<BorderFormat>> = {};
    for (const index of BORDER_INDEXES) {
      const b = raw.borders?.[index];
      borders[index] = {
        style: b?.style ?? "None",
        color: b?.color ?? "#000000",
        weight: b?.weight ?? "Thin",
      };
    }
    const resolved: ResolvedCellFormat = { ...DEFAULT_FORMAT, borders };
    for (const [k, v] of Object.entries(raw)) {
      if (k !== "borders" && v !== undefined) (resolved as unknown as Record<string, unknown>)[k] = v;
    }
    return resolved;
  }

  /** The bounding box of cells with their own format (for the used range), or null. */
  formattedBounds(): Rect | null {
    let minR = Infinity;
    let minC = Infinity;
    let maxR = -1;
    let maxC = -1;
    for (const k of this.cellFormats.keys()) {
      const r = Math.floor(k / MAX_COLUMNS);
      const c = k % MAX_COLUMNS;
      minR = Math.min(minR, r);
      minC = Math.min(minC, c);
      maxR = Math.max(maxR, r);
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
}

/*
 * Cell formats: what the host stores per cell, row, column and sheet (every field
 * optional), the resolved form with Excel's defaults, and the table that interns them.
 *
 * Formats are interned: formats with equal content share one frozen object and a small
 * integer id, merges of two ids are memoised, and a resolved format is computed once
 * per id. Formatting a block of cells is then a loop of array writes (see SheetModel).
 */
import { BorderIndex } from "../enums";

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
  fontColor?: string;
  fontSize?: number;
  fontName?: string;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  locked?: boolean;
  borders?: Record<string, BorderFormat>;
}

/** A cell's format with Excel's defaults filled in. */
export interface ResolvedCellFormat {
  numberFormat: string;
  /** null = no fill (office.js reports "#FFFFFF"). */
  fill: string | null;
  bold: boolean;
  italic: boolean;
  fontColor: string;
  fontSize: number;
  fontName: string;
  horizontalAlignment: string;
  verticalAlignment: string;
  wrapText: boolean;
  locked: boolean;
  borders: Record<string, Required<BorderFormat>>;
}

const DEFAULT_FORMAT: Readonly<Omit<ResolvedCellFormat, "borders">> = {
  numberFormat: "General",
  fill: null,
  bold: false,
  italic: false,
  fontColor: "#000000",
  fontSize: 11,
  fontName: "Calibri",
  horizontalAlignment: "General",
  verticalAlignment: "Bottom",
  wrapText: false,
  locked: true,
};

export const BORDER_INDEXES = Object.values(BorderIndex);

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

/** A key equal for formats with equal content (key order ignored; undefined kept distinct). */
function contentKey(value: unknown): string {
  if (value === undefined) return "~";
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  const record = value as Record<string, unknown>;
  let out = "{";
  for (const k of Object.keys(record).sort()) out += `${JSON.stringify(k)}:${contentKey(record[k])},`;
  return `${out}}`;
}

function freezeFormat(f: CellFormat): CellFormat {
  if (f.borders) {
    for (const b of Object.values(f.borders)) Object.freeze(b);
    Object.freeze(f.borders);
  }
  return Object.freeze(f);
}

function resolve(raw: CellFormat): ResolvedCellFormat {
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

export function copyResolved(f: ResolvedCellFormat): ResolvedCellFormat {
  const borders: Record<string, Required<BorderFormat>> = {};
  for (const [index, b] of Object.entries(f.borders)) borders[index] = { ...b };
  return { ...f, borders };
}

/** No own format (a cell never formatted, or cleared). */
export const ABSENT = 0;
/** The empty format `{}`. */
export const EMPTY = 1;

/**
 * Interned formats: formats with equal content share one frozen object and a small
 * integer id, and merging two ids is computed once and remembered. Storing ids instead
 * of objects makes formatting a block of cells a loop of array writes.
 */
export class FormatTable {
  private readonly formats: CellFormat[] = [{}, {}];
  private readonly byKey = new Map<string, number>([[contentKey({}), EMPTY]]);
  private readonly merges: Array<Map<number, number> | undefined> = [];
  private readonly resolved: Array<ResolvedCellFormat | undefined> = [];

  constructor() {
    freezeFormat(this.formats[EMPTY] as CellFormat);
  }

  get(id: number): CellFormat {
    return this.formats[id] ?? (this.formats[EMPTY] as CellFormat);
  }

  /** The id of a format's content; the object itself is not kept (the caller may reuse it). */
  intern(f: CellFormat): number {
    const k = contentKey(f);
    let id = this.byKey.get(k);
    if (id === undefined) {
      id = this.formats.length;
      this.formats.push(freezeFormat(mergeFormat(undefined, f)));
      this.byKey.set(k, id);
    }
    return id;
  }

  /** mergeFormat(base, patch) by id; ABSENT merges like `{}`. */
  merge(base: number, patch: number): number {
    let row = this.merges[base];
    if (row === undefined) {
      row = new Map();
      this.merges[base] = row;
    }
    let id = row.get(patch);
    if (id === undefined) {
      id = this.intern(mergeFormat(this.get(base), this.get(patch)));
      row.set(patch, id);
    }
    return id;
  }

  resolve(id: number): ResolvedCellFormat {
    let r = this.resolved[id];
    if (r === undefined) {
      r = resolve(this.get(id));
      this.resolved[id] = r;
    }
    return r;
  }
}

/*
 * A1 addresses <-> zero-based rectangles, the way Excel writes them.
 *
 * Everything inside the host works on `Rect` (zero-based, inclusive start, sizes);
 * strings exist only at the API edge (`getRange("B2:C3")`, `range.address`).
 */

/** Excel's grid: 1,048,576 rows × 16,384 columns (A..XFD). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export interface Rect {
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

interface ParsedAddress {
  /** The sheet name as written (unquoted), when the address is sheet-qualified. */
  readonly sheet?: string;
  readonly rect: Rect;
}

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnToLetters(column: number): string {
  let n = column + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** "A" → 0, "AA" → 26; case-insensitive. */
export function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Quotes a sheet name for use in an address when Excel would: anything but letters, digits, _ and . */
function quoteSheetName(name: string): string {
  const plain =
    /^[A-Za-z_\u00C0-\u02AF][A-Za-z0-9_.\u00C0-\u02AF]*$/.test(name) && !looksLikeCellReference(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

function looksLikeCellReference(name: string): boolean {
  return /^[A-Za-z]{1,3}[0-9]+$/.test(name) || /^R[0-9]*C[0-9]*$/i.test(name);
}

const CELL = /^\$?([A-Za-z]{1,3})\$?([0-9]+)$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?([0-9]+)$/;

function parseCell(text: string): { row: number; column: number } | null {
  const m = CELL.exec(text);
  if (!m?.[1] || !m[2]) return null;
  const column = lettersToColumn(m[1]);
  const row = Number(m[2]) - 1;
  if (row < 0 || row >= MAX_ROWS || column < 0 || column >= MAX_COLUMNS) return null;
  return { row, column };
}

/** Splits "'LAKIP 2024'!A1:B2" into sheet and local part; the local part is returned as is. */
export function splitSheet(address: string): { sheet?: string; local: string } {
  const text = address.trim();
  const bang = text.lastIndexOf("!");
  if (bang < 0) return { local: text };
  let sheet = text.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2) {
    sheet = sheet.slice(1, -1).replace(/''/g, "'");
  }
  return { sheet, local: text.slice(bang + 1) };
}

/**
 * Parses "A1", "$A$1:B2", "A:C", "1:4", optionally sheet-qualified. Returns null when
 * the text is not an A1 address (it may then be a defined name).
 */
export function parseAddress(address: string): ParsedAddress | null {
  const { sheet, local } = splitSheet(address);
  const parts = local.split(":");
  if (parts.length > 2 || parts.some((p) => p === "")) return null;
  const [first, second = first] = parts as [string, string?];
  const a = parseCell(first);
  const b = parseCell(second);
  let rect: Rect | null = null;
  if (a && b) {
    rect = fromCorners(a.row, a.column, b.row, b.column);
  } else if (parts.length === 2) {
    const ca = COLUMN.exec(first);
    const cb = COLUMN.exec(second);
    const ra = ROW.exec(first);
    const rb = ROW.exec(second);
    if (ca?.[1] && cb?.[1]) {
      const c1 = lettersToColumn(ca[1]);
      const c2 = lettersToColumn(cb[1]);
      if (c1 < MAX_COLUMNS && c2 < MAX_COLUMNS) rect = fromCorners(0, c1, MAX_ROWS - 1, c2);
    } else if (ra?.[1] && rb?.[1]) {
      const r1 = Number(ra[1]) - 1;
      const r2 = Number(rb[1]) - 1;
      if (r1 >= 0 && r2 >= 0 && r1 < MAX_ROWS && r2 < MAX_ROWS)
        rect = fromCorners(r1, 0, r2, MAX_COLUMNS - 1);
    }
  }
  if (!rect) return null;
  return sheet === undefined ? { rect } : { sheet, rect };
}

function fromCorners(r1: number, c1: number, r2: number, c2: number): Rect {
  const row = Math.min(r1, r2);
  const column = Math.min(c1, c2);
  return { row, column, rowCount: Math.abs(r2 - r1) + 1, columnCount: Math.abs(c2 - c1) + 1 };
}

export function isEntireColumn(rect: Rect): boolean {
  return rect.row === 0 && rect.rowCount === MAX_ROWS;
}

export function isEntireRow(rect: Rect): boolean {
  return rect.column === 0 && rect.columnCount === MAX_COLUMNS;
}

function cellAddress(row: number, column: number, absolute = false): string {
  const d = absolute ? "$" : "";
  return `${d}${columnToLetters(column)}${d}${row + 1}`;
}

/** The local part of an address as Excel prints it: "A1", "A1:B2", "A:A", "1:4". */
export function formatLocal(rect: Rect, absolute = false): string {
  const d = absolute ? "$" : "";
  const lastRow = rect.row + rect.rowCount - 1;
  const lastColumn = rect.column + rect.columnCount - 1;
  if (isEntireColumn(rect) && !isEntireRow(rect)) {
    return `${d}${columnToLetters(rect.column)}:${d}${columnToLetters(lastColumn)}`;
  }
  if (isEntireRow(rect) && !isEntireColumn(rect)) return `${d}${rect.row + 1}:${d}${lastRow + 1}`;
  const start = cellAddress(rect.row, rect.column, absolute);
  if (rect.rowCount === 1 && rect.columnCount === 1) return start;
  return `${start}:${cellAddress(lastRow, lastColumn, absolute)}`;
}

/** "Linjamsos!A1:B2", "'LAKIP 2024'!A1". */
export function formatAddress(sheet: string, rect: Rect, absolute = false): string {
  return `${quoteSheetName(sheet)}!${formatLocal(rect, absolute)}`;
}

export function rectContains(outer: Rect, inner: Rect): boolean {
  return (
    inner.row >= outer.row &&
    inner.column >= outer.column &&
    inner.row + inner.rowCount <= outer.row + outer.rowCount &&
    inner.column + inner.columnCount <= outer.column + outer.columnCount
  );
}

export function rectIntersection(a: Rect, b: Rect): Rect | null {
  const row = Math.max(a.row, b.row);
  const column = Math.max(a.column, b.column);
  const endRow = Math.min(a.row + a.rowCount, b.row + b.rowCount);
  const endColumn = Math.min(a.column + a.columnCount, b.column + b.columnCount);
  if (endRow <= row || endColumn <= column) return null;
  return { row, column, rowCount: endRow - row, columnCount: endColumn - column };
}

export function rectEquals(a: Rect, b: Rect): boolean {
  return (
    a.row === b.row && a.column === b.column && a.rowCount === b.rowCount && a.columnCount === b.columnCount
  );
}

/** The parts of `a` not covered by `b` (0 to 4 rectangles). */
export function rectSubtract(a: Rect, b: Rect): Rect[] {
  const cut = rectIntersection(a, b);
  if (!cut) return [a];
  const out: Rect[] = [];
  const aEndRow = a.row + a.rowCount;
  const cutEndRow = cut.row + cut.rowCount;
  if (cut.row > a.row)
    out.push({ row: a.row, column: a.column, rowCount: cut.row - a.row, columnCount: a.columnCount });
  if (cutEndRow < aEndRow) {
    out.push({ row: cutEndRow, column: a.column, rowCount: aEndRow - cutEndRow, columnCount: a.columnCount });
  }
  if (cut.column > a.column) {
    out.push({ row: cut.row, column: a.column, rowCount: cut.rowCount, columnCount: cut.column - a.column });
  }
  const aEndColumn = a.column + a.columnCount;
  const cutEndColumn = cut.column + cut.columnCount;
  if (cutEndColumn < aEndColumn) {
    out.push({
      row: cut.row,
      column: cutEndColumn,
      rowCount: cut.rowCount,
      columnCount: aEndColumn - cutEndColumn,
    });
  }
  return out;
}

/** The smallest rectangle holding both. */
export function rectUnion(a: Rect, b: Rect): Rect {
  const row = Math.min(a.row, b.row);
  const column = Math.min(a.column, b.column);
  const endRow = Math.max(a.row + a.rowCount, b.row + b.rowCount);
  const endColumn = Math.max(a.column + a.columnCount, b.column + b.columnCount);
  return { row, column, rowCount: endRow - row, columnCount: endColumn - column };
}

export function cellCount(rect: Rect): number {
  return rect.rowCount * rect.columnCount;
}

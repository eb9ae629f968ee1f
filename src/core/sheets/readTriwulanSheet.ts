import { cellAt, columnIndex, isBlank, type CellValue, type Grid } from "../workbook/a1";
import type { CellInput } from "../workbook/SheetPlan";
import { TRIWULAN, type TriwulanColumn } from "../workbook/triwulanLayout";
import type { Column } from "../workbook/workbookLayout";
import { shownGrid, type SheetGrids } from "../workbook/WorkbookSnapshot";
import { locateFields, type LayoutField } from "./locateFields";
import { normaliseHeader } from "./normaliseHeader";
import { carryCell, rowKey } from "./readBidangSheet";

/** One data row of a quarter sheet ("TW II"), with what each cell holds. */
export interface TriwulanRow {
  /** 0-based sheet row. */
  readonly row: number;
  readonly kode: string;
  readonly tahun: number | null;
  /** `kode|tahun` as the Bidang sheets key rows (`rowKey`); null when either is missing. */
  readonly key: string | null;
  /** Each column's content, to write back exactly as it is. */
  readonly cells: Readonly<Record<TriwulanColumn, CellInput>>;
  /** Each column's formula (or constant) as read. */
  readonly raw: Readonly<Record<TriwulanColumn, CellValue>>;
  /** Each column's value as shown (the formula where only formulas were read). */
  readonly values: Readonly<Record<TriwulanColumn, CellValue>>;
}

export interface TriwulanSheetContents {
  readonly sheet: string;
  readonly headerRow: number | null;
  readonly cols: Readonly<Record<TriwulanColumn, number | null>>;
  /** Every column where the layout puts it. */
  readonly inLayout: boolean;
  readonly rows: readonly TriwulanRow[];
  /** 0-based index of the last row the used range reaches (-1 when empty). */
  readonly lastRow: number;
  readonly grids: SheetGrids;
}

const KEYS = Object.keys(TRIWULAN.columns) as TriwulanColumn[];

const FIELDS: Readonly<Record<TriwulanColumn, LayoutField>> = Object.fromEntries(
  KEYS.map((k) => {
    const c: Column = TRIWULAN.columns[k];
    return [k, { at: columnIndex(c.col), header: c.header }];
  }),
) as Record<TriwulanColumn, LayoutField>;

/** The header row: the first of the top rows naming Kode, Tahun and Pembilang. */
export function findTriwulanHeaderRow(grid: Grid): number | null {
  const c = TRIWULAN.columns;
  for (let r = 0; r < Math.min(grid.length, 12); r++) {
    const texts = (grid[r] ?? []).map(normaliseHeader);
    if ([c.kode, c.tahun, c.pembilang].every((h) => texts.includes(normaliseHeader(h.header)))) return r;
  }
  return null;
}

/**
 * Reads a quarter sheet: the one reader for the template (which carries rows over by Kode
 * and Tahun) and for validation and the reports. Columns are found by their headers, as on
 * the Bidang sheets; a row is skipped only when nothing in it shows and it holds no formula.
 */
export function readTriwulanSheet(sheet: string, grids: SheetGrids): TriwulanSheetContents {
  const shown = shownGrid(grids);
  const headerRow = findTriwulanHeaderRow(shown);
  const located = locateFields(headerRow === null ? [] : (shown[headerRow] ?? []), FIELDS);
  const cols = located.at;
  const at = (grid: Grid, r: number, key: TriwulanColumn): CellValue => {
    const c = cols[key];
    return c === null ? "" : cellAt(grid, r, c);
  };
  const first = headerRow === null ? TRIWULAN.firstDataRow - 1 : headerRow + 1;
  const lastRow = Math.max(shown.length, grids.formulas.length) - 1;
  const rows: TriwulanRow[] = [];
  const record = <T>(f: (k: TriwulanColumn) => T) =>
    Object.fromEntries(KEYS.map((k) => [k, f(k)])) as Record<TriwulanColumn, T>;
  for (let r = first; r <= lastRow; r++) {
    const raw = record((k) => at(grids.formulas, r, k));
    const values = record((k) => at(shown, r, k));
    if (Object.values(values).every(isBlank) && Object.values(raw).every(isBlank)) continue;
    const kode = isBlank(values.kode) ? "" : String(values.kode).trim();
    const t = values.tahun;
    const n = typeof t === "number" ? t : Number(String(t).trim());
    const tahun = Number.isInteger(n) && !isBlank(t) ? n : null;
    rows.push({
      row: r,
      kode,
      tahun,
      key: kode !== "" && tahun !== null ? rowKey(kode, tahun) : null,
      cells: record((k) => carryCell(grids, r, cols[k])),
      raw,
      values,
    });
  }
  return { sheet, headerRow, cols, inLayout: located.inPlace, rows, lastRow, grids };
}

import { cellAt, columnIndex, isBlank, readTextCell, type CellValue, type Grid } from "../workbook/a1";
import type { CellInput } from "../workbook/SheetPlan";
import { textCell } from "../workbook/textCell";
import { BIDANG, type BidangColumn, type Column } from "../workbook/workbookLayout";
import { shownGrid, type SheetGrids } from "../workbook/WorkbookSnapshot";
import { locateFields, type LayoutField } from "./locateFields";
import { normaliseHeader } from "./normaliseHeader";

/** One data row of an existing Bidang sheet, with what each cell holds. */
export interface BidangRow {
  readonly sheet: string;
  /** 0-based sheet row. */
  readonly row: number;
  readonly kode: string;
  readonly tahun: number | null;
  /** `kode|tahun`, case-insensitive; null when either is missing. */
  readonly key: string | null;
  /** Each column's content, ready to be written back exactly as it is. */
  readonly cells: Readonly<Record<BidangColumn, CellInput>>;
  /** Each column's formula (or constant) as read, to tell what changed. */
  readonly raw: Readonly<Record<BidangColumn, CellValue>>;
  /** Each column's value as shown (the formula where only formulas were read): what validation checks. */
  readonly values: Readonly<Record<BidangColumn, CellValue>>;
  /** Each column's number format (en-US code) where it was read, "" elsewhere. */
  readonly numberFormats: Readonly<Record<BidangColumn, string>>;
}

export interface BidangSheetContents {
  readonly sheet: string;
  /** 0-based header row found, or null when no header is recognisable. */
  readonly headerRow: number | null;
  /**
   * Where each column was found: by its header (or an older header), else where the
   * current layout puts it when that column is free; `null` when the sheet has no such
   * column (a sheet of an older template, before the column existed).
   */
  readonly cols: Readonly<Record<BidangColumn, number | null>>;
  /** Every column where the current layout puts it: the sheet needs no moving. */
  readonly inLayout: boolean;
  readonly rows: readonly BidangRow[];
  /** 0-based index of the last row the used range reaches (-1 when empty). */
  readonly lastRow: number;
  readonly grids: SheetGrids;
}

const KEYS = Object.keys(BIDANG.columns) as BidangColumn[];

/** The Bidang columns as `locateFields` takes them. */
const BIDANG_FIELDS: Readonly<Record<BidangColumn, LayoutField>> = Object.fromEntries(
  KEYS.map((k) => {
    const c: Column = BIDANG.columns[k];
    return [k, { at: columnIndex(c.col), header: c.header, ...(c.aliases ? { aliases: c.aliases } : {}) }];
  }),
) as Record<BidangColumn, LayoutField>;

export function rowKey(kode: string, tahun: number): string {
  return `${kode.trim().toLowerCase()}|${tahun}`;
}

/**
 * The header row: the first of the top rows naming both Kode and Tahun. Found rather than
 * assumed, so a sheet where someone inserted a row above the table still reads right.
 */
export function findHeaderRow(grid: Grid): number | null {
  for (let r = 0; r < Math.min(grid.length, 12); r++) {
    const texts = (grid[r] ?? []).map(normaliseHeader);
    if (
      texts.includes(normaliseHeader(BIDANG.columns.kode.header)) &&
      texts.includes(normaliseHeader(BIDANG.columns.tahun.header))
    )
      return r;
  }
  return null;
}

/**
 * What a cell holds, as something to write back that reproduces it: a formula staff typed
 * stays a formula, numbers stay numbers, text stays text (escaped where Excel would parse
 * it). A formula's `values` differ from its `formulas`; a text that merely starts with
 * "=" reads the same in both.
 */
export function carryCell(grids: SheetGrids, row: number, col: number | null): CellInput {
  if (col === null) return "";
  const formula = cellAt(grids.formulas, row, col);
  if (!grids.values)
    return typeof formula === "string" && !formula.startsWith("=") && formula !== ""
      ? textCell(formula)
      : formula;
  const value = cellAt(grids.values, row, col);
  if (typeof formula === "string" && formula.startsWith("=") && formula !== value) return formula;
  if (typeof value === "string") return value === "" ? "" : textCell(value);
  return value;
}

/**
 * Reads a Bidang sheet's rows: the one reader of Bidang sheets, for the template (which
 * carries rows over by Kode and Tahun) and the validator (which checks them). Columns
 * are located by header text so that a workbook of an older template, whose columns sat
 * elsewhere, is upgraded with every input kept. A row is skipped only when nothing in it
 * shows and it holds no formula.
 */
export function readBidangSheet(sheet: string, grids: SheetGrids): BidangSheetContents {
  const shown = shownGrid(grids);
  const headerRow = findHeaderRow(shown);
  const located = locateFields(headerRow === null ? [] : (shown[headerRow] ?? []), BIDANG_FIELDS);
  const cols = located.at;
  const at = (grid: Grid, r: number, key: BidangColumn): CellValue => {
    const c = cols[key];
    return c === null ? "" : cellAt(grid, r, c);
  };
  const first = headerRow === null ? BIDANG.firstDataRow - 1 : headerRow + 1;
  const lastRow = Math.max(shown.length, grids.formulas.length) - 1;
  const rows: BidangRow[] = [];
  for (let r = first; r <= lastRow; r++) {
    const raw = Object.fromEntries(KEYS.map((k) => [k, at(grids.formulas, r, k)])) as Record<
      BidangColumn,
      CellValue
    >;
    const values = Object.fromEntries(KEYS.map((k) => [k, at(shown, r, k)])) as Record<
      BidangColumn,
      CellValue
    >;
    if (Object.values(values).every(isBlank) && Object.values(raw).every(isBlank)) continue;
    const kodeValue = values.kode;
    const tahunValue = values.tahun;
    const kode = isBlank(kodeValue) ? "" : String(kodeValue).trim();
    const tahunNumber = typeof tahunValue === "number" ? tahunValue : Number(String(tahunValue).trim());
    const tahun = Number.isInteger(tahunNumber) && !isBlank(tahunValue) ? tahunNumber : null;
    const numberFormats = Object.fromEntries(
      KEYS.map((k) => [k, grids.numberFormats ? readTextCell(at(grids.numberFormats, r, k)) : ""]),
    ) as Record<BidangColumn, string>;
    const cells = Object.fromEntries(KEYS.map((k) => [k, carryCell(grids, r, cols[k])])) as Record<
      BidangColumn,
      CellInput
    >;
    rows.push({
      sheet,
      row: r,
      kode,
      tahun,
      key: kode !== "" && tahun !== null ? rowKey(kode, tahun) : null,
      cells,
      raw,
      values,
      numberFormats,
    });
  }
  return { sheet, headerRow, cols, inLayout: located.inPlace, rows, lastRow, grids };
}

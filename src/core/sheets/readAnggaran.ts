import { cellAt, columnIndex, isBlank, readTextCell, type CellValue, type Grid } from "../workbook/a1";
import {
  ANGGARAN,
  ANGGARAN_INPUT_COLUMNS,
  ANGGARAN_TRIWULAN_COLUMNS,
  splitIkuKode,
  tingkatOf,
  type AnggaranColumn,
  type Tingkat,
} from "../workbook/anggaranLayout";
import { locateFields, type LayoutField } from "./locateFields";
import { normaliseHeader } from "./normaliseHeader";

/**
 * The Anggaran sheet, read: the one reader of it, for the template (which keeps every row
 * and writes the formulas) and for validation and the reports (which check and use the
 * figures). Columns are found by their headings (`locateFields`), so the quarterly
 * realisasi (L:O) are read where their headings are, and a sheet made before them (A:K)
 * reads with blank quarters.
 */

/** One typed row: a Program, Kegiatan or Sub Kegiatan in one year. */
interface AnggaranRow {
  /** 0-based sheet row. */
  readonly row: number;
  /** Trimmed text ("" when blank). */
  readonly kode: string;
  /** The level the code says, `null` when it fits none of the nomenclature's shapes. */
  readonly tingkat: Tingkat | null;
  readonly nama: string;
  /** As typed: validation says what is wrong with a year that is not one. */
  readonly tahun: CellValue;
  readonly bidang: string;
  /** The IKU kode the row supports, as split from "Kode IKU" (`splitIkuKode`). */
  readonly iku: readonly string[];
  /** As shown (a program row's SUMIFS shows its sum); validation reads them. */
  readonly pagu: CellValue;
  readonly realisasi: CellValue;
  /** Realisasi TW I … TW IV as shown; "" where the sheet has no such column (a sheet of A:K). */
  readonly realisasiTw: readonly CellValue[];
  readonly dampak: string;
  readonly keterangan: string;
  /** Each column's formula (or constant) where formulas were read, else its value. */
  readonly raw: Readonly<Record<AnggaranColumn, CellValue>>;
}

export interface AnggaranContents {
  /** 0-based header row found, or the layout's when none is recognisable. */
  readonly headerRow: number;
  /** Where each column is; `null` when the sheet has none (see `locateFields`). */
  readonly cols: Readonly<Record<AnggaranColumn, number | null>>;
  readonly inLayout: boolean;
  readonly rows: readonly AnggaranRow[];
  /** 0-based index of the last row with something typed in an input column (-1: none). */
  readonly lastInputRow: number;
}

const KEYS = Object.keys(ANGGARAN.columns) as AnggaranColumn[];

const FIELDS: Readonly<Record<AnggaranColumn, LayoutField>> = Object.fromEntries(
  KEYS.map((k) => [k, { at: columnIndex(ANGGARAN.columns[k].col), header: ANGGARAN.columns[k].header }]),
) as Record<AnggaranColumn, LayoutField>;

/** The first of the top rows naming both Kode and Pagu (Rp): found, so an inserted row above is no harm. */
function findHeaderRow(grid: Grid): number | null {
  const kode = normaliseHeader(ANGGARAN.columns.kode.header);
  const pagu = normaliseHeader(ANGGARAN.columns.pagu.header);
  for (let r = 0; r < Math.min(grid.length, 12); r++) {
    const texts = (grid[r] ?? []).map(normaliseHeader);
    if (texts.includes(kode) && texts.includes(pagu)) return r;
  }
  return null;
}

const text = (v: CellValue): string => (isBlank(v) ? "" : readTextCell(v));

/**
 * Reads the rows below the header that have anything in an input column (formula-only
 * rows, the template's spare Serapan and Sisa, are not rows). `shown` is what the cells
 * show (values), `formulas` what they hold when it was read (the template reads formulas
 * only: then both are the formulas).
 */
export function readAnggaran(shown: Grid | null, formulas: Grid | null = shown): AnggaranContents {
  const grid = shown ?? [];
  const found = findHeaderRow(grid);
  const headerRow = found ?? ANGGARAN.headerRow - 1;
  const located = locateFields(found === null ? [] : (grid[found] ?? []), FIELDS);
  const cols = located.at;
  const at = (g: Grid | null, r: number, key: AnggaranColumn): CellValue => {
    const c = cols[key];
    return c === null ? "" : cellAt(g, r, c);
  };
  const rows: AnggaranRow[] = [];
  let lastInputRow = -1;
  for (let r = headerRow + 1; r < grid.length; r++) {
    const value = (k: AnggaranColumn) => at(grid, r, k);
    // A program row's Pagu holds our SUMIFS: a formula alone is not something typed.
    const typed = ANGGARAN_INPUT_COLUMNS.some((k) => {
      const f = at(formulas, r, k);
      return !isBlank(value(k)) && !(typeof f === "string" && f.startsWith("="));
    });
    const kodeTyped = !isBlank(value("kode"));
    if (!typed && !kodeTyped) continue;
    lastInputRow = r;
    const kode = text(value("kode")).trim();
    rows.push({
      row: r,
      kode,
      tingkat: tingkatOf(kode),
      nama: text(value("nama")).trim(),
      tahun: value("tahun"),
      bidang: text(value("bidang")).trim(),
      iku: splitIkuKode(text(value("iku"))),
      pagu: value("pagu"),
      realisasi: value("realisasi"),
      realisasiTw: ANGGARAN_TRIWULAN_COLUMNS.map(value),
      dampak: text(value("dampak")).trim(),
      keterangan: text(value("keterangan")).trim(),
      raw: Object.fromEntries(KEYS.map((k) => [k, at(formulas, r, k)])) as Record<AnggaranColumn, CellValue>,
    });
  }
  return {
    headerRow,
    cols,
    inLayout: located.inPlace && found === ANGGARAN.headerRow - 1,
    rows,
    lastInputRow,
  };
}

/** A year cell as a year, `null` when it is not a whole number. */
export function tahunOf(v: CellValue): number | null {
  const n = typeof v === "number" ? v : isBlank(v) ? NaN : Number(String(v).trim());
  return Number.isInteger(n) ? n : null;
}

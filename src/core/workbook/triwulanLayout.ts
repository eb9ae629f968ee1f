import { cellAddress, columnIndex } from "./a1";
import type { Column } from "./workbookLayout";

/**
 * The quarter sheets (template version 3): one sheet per triwulan, "TW 1" … "TW 4", each a
 * row per indicator per Renstra year with that quarter's target, realisasi (pembilang /
 * penyebut) and texts.
 *
 * Why a sheet per quarter rather than columns on the Bidang sheets: staff fill one quarter
 * at a time (e-monev is quarterly), and a quarter's sheet holds only that quarter, so
 * nobody scrolls past the three others; rows are ordered by year first, so the year being
 * reported is one block of rows. The Bidang sheets (A:P of version 2) stay exactly as they
 * were: the upgrade only adds sheets, and the annual figures staff type there keep working.
 *
 * Columns are found by their headers like the Bidang sheets' (`locateFields`), so a later
 * version may add columns here the same way.
 */
export const TRIWULAN = {
  /**
   * TW 1 … TW 4, in order: index 0 is the first quarter. Numbered like the Monev sheets
   * ("Monev TW 2 2025") and the messages; the titles say "Triwulan II".
   */
  sheets: ["TW 1", "TW 2", "TW 3", "TW 4"],
  roman: ["I", "II", "III", "IV"],
  titleRow: 1,
  subtitleRow: 2,
  legendRow: 3,
  headerRow: 4,
  firstDataRow: 5,
  columns: {
    kode: { col: "A", header: "Kode" },
    indikator: { col: "B", header: "Indikator" },
    satuan: { col: "C", header: "Satuan" },
    tahun: { col: "D", header: "Tahun" },
    target: { col: "E", header: "Target Triwulan" },
    pembilang: { col: "F", header: "Pembilang" },
    penyebut: { col: "G", header: "Penyebut" },
    realisasi: { col: "H", header: "Realisasi Triwulan" },
    pendorong: { col: "I", header: "Faktor pendorong" },
    penghambat: { col: "J", header: "Faktor penghambat" },
    tindakLanjut: { col: "K", header: "Tindak lanjut" },
  },
  lastCol: "K",
} as const satisfies { columns: Record<string, Column>; [k: string]: unknown };

export type TriwulanColumn = keyof typeof TRIWULAN.columns;

/** 1 … 4. */
export type Triwulan = 1 | 2 | 3 | 4;
export const TRIWULAN_LIST: readonly Triwulan[] = [1, 2, 3, 4];

/** The sheet of quarter `tw` (1-based): "TW 2". */
export const triwulanSheetName = (tw: Triwulan): string => TRIWULAN.sheets[tw - 1] ?? "";

/** "II" for 2. */
export const romanOf = (tw: Triwulan): string => TRIWULAN.roman[tw - 1] ?? String(tw);

/** The A1 address of a quarter-sheet column's cell in a 0-based row. */
export function triwulanCell(row: number, col: TriwulanColumn): string {
  return cellAddress(row, columnIndex(TRIWULAN.columns[col].col));
}

/** Columns staff type into. */
export const TRIWULAN_INPUT_COLUMNS: readonly TriwulanColumn[] = [
  "target",
  "pembilang",
  "penyebut",
  "pendorong",
  "penghambat",
  "tindakLanjut",
];

/** The numeric inputs, adjacent (E:G): one data-validation range. */
export const TRIWULAN_NUMERIC_COLUMNS = ["target", "pembilang", "penyebut"] as const;
export type TriwulanFigure = (typeof TRIWULAN_NUMERIC_COLUMNS)[number];

/**
 * Up to this many indicator-year rows (indicators × Renstra years) the quarter sheets are
 * read in the same round trip as the Bidang sheets; beyond it, in one of their own. Both
 * together would pass Excel on the web's 5 MB response: at 1,700 indicators × 5 years the
 * Bidang sheets' formulas are about 4 MB and the four quarter sheets' about 6 MB (500
 * indicators, the limit here: about 3 MB together).
 */
export const TRIWULAN_SAME_READ_ROWS = 2500;

/** The Monev sheet of a quarter and year: "Monev TW 2 2025". */
export const monevSheetName = (tw: Triwulan, tahun: number): string => `Monev TW ${tw} ${tahun}`;

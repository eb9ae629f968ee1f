import { PALETTE } from "../workbook/PALETTE";
import type { CellFormat } from "../workbook/SheetPlan";

/**
 * The template's look, in one place so every sheet tells input from formula the same
 * way and Petunjuk's legend shows the very colours the sheets use. The colours come
 * from PALETTE, which the reports share.
 */
export const STYLE = {
  /** Cells staff type into: unlocked, pale yellow (the usual "fill me in" cue). */
  inputFill: PALETTE.input,
  /** Formula cells: locked, grey. */
  formulaFill: PALETTE.formula,
  /** Cells copied from Katalog IKU: locked, pale blue. */
  catalogFill: PALETTE.catalog,
  /** An input that does not apply (a jumlah indicator's penyebut). */
  unusedFill: PALETTE.unused,
  headerFill: PALETTE.header.fill,
  headerFont: PALETTE.header.font,
  /** Rows kept because they left the catalog. */
  keptFont: PALETTE.mutedFont,
  tabColor: PALETTE.tab,
} as const;

/** The header row of a table staff fill in by hand (Katalog IKU's, Anggaran's): wrapped, centred on its height. */
export const TABLE_HEADER_FORMAT = {
  fill: STYLE.headerFill,
  fontColor: STYLE.headerFont,
  bold: true,
  wrap: true,
  vertical: "Center",
  border: true,
} as const satisfies CellFormat;

/**
 * The cells of a sheet with one row per indicator and year (a Bidang sheet, a quarter
 * sheet), by kind: both sheets must read alike, so their planners take these.
 */
export const ROW_SHEET_FORMAT = {
  header: {
    fill: STYLE.headerFill,
    fontColor: STYLE.headerFont,
    bold: true,
    wrap: true,
    horizontal: "Center",
    vertical: "Center",
    border: true,
    locked: true,
  },
  /** Kode … Tahun, copied from Katalog IKU. */
  catalog: { fill: STYLE.catalogFill, locked: true, border: true, vertical: "Top", wrap: true },
  /** Figures staff type. */
  input: { fill: STYLE.inputFill, locked: false, border: true, vertical: "Top" },
  /** Faktor pendorong, penghambat, tindak lanjut … */
  inputText: { fill: STYLE.inputFill, locked: false, border: true, vertical: "Top", wrap: true },
  /** Computed figures (add the numberFormat of `figureFormat`). */
  formula: { fill: STYLE.formulaFill, locked: true, border: true, vertical: "Top" },
} as const satisfies Record<string, CellFormat>;

/** A figure with `decimals` places and thousands separators (an en-US code: Excel shows it in the user's locale). */
export function figureFormat(decimals: number): string {
  return decimals > 0 ? `#,##0.${"0".repeat(decimals)}` : "#,##0";
}

/** Validation messages for numeric inputs, shown by Excel in the cell. */
export const NUMBER_INPUT_MESSAGES = {
  prompt: { title: "Isian angka", message: "Ketik angka 0 atau lebih. Kosongkan bila datanya belum ada." },
  error: { title: "Isian tidak sah", message: "Isian harus berupa angka 0 atau lebih." },
} as const;

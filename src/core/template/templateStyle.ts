import { PALETTE } from "../workbook/PALETTE";

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

/** Validation messages for numeric inputs, shown by Excel in the cell. */
export const NUMBER_INPUT_MESSAGES = {
  prompt: { title: "Isian angka", message: "Ketik angka 0 atau lebih. Kosongkan bila datanya belum ada." },
  error: { title: "Isian tidak sah", message: "Isian harus berupa angka 0 atau lebih." },
} as const;

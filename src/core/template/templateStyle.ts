/**
 * The template's look, in one place so every sheet tells input from formula the same
 * way and Petunjuk's legend shows the very colours the sheets use.
 */
export const STYLE = {
  /** Cells staff type into: unlocked, pale yellow (the usual "fill me in" cue). */
  inputFill: "#FFF2CC",
  /** Formula cells: locked, grey. */
  formulaFill: "#EDEDED",
  /** Cells copied from Katalog IKU: locked, pale blue. */
  catalogFill: "#DDEBF7",
  /** An input that does not apply (a jumlah indicator's penyebut). */
  unusedFill: "#D9D9D9",
  headerFill: "#1F4E78",
  headerFont: "#FFFFFF",
  /** Rows kept because they left the catalog. */
  keptFont: "#7F7F7F",
  tabColor: "#1F4E78",
} as const;

/** Predikat colours, best band first; a longer scale repeats the last. */
export const PREDIKAT_COLOURS: readonly { readonly fill: string; readonly fontColor: string }[] = [
  { fill: "#C6EFCE", fontColor: "#006100" },
  { fill: "#E2EFDA", fontColor: "#375623" },
  { fill: "#FFEB9C", fontColor: "#9C5700" },
  { fill: "#FCE4D6", fontColor: "#833C0B" },
  { fill: "#FFC7CE", fontColor: "#9C0006" },
];

/** Validation messages for numeric inputs, shown by Excel in the cell. */
export const NUMBER_INPUT_MESSAGES = {
  prompt: { title: "Isian angka", message: "Ketik angka 0 atau lebih. Kosongkan bila datanya belum ada." },
  error: { title: "Isian tidak sah", message: "Isian harus berupa angka 0 atau lebih." },
} as const;

import type { Jenis } from "../../catalog/catalogSchema";
import type { Nilai } from "../LakipData";
import type { CellInput } from "../../workbook/SheetPlan";
import { textCell } from "../../workbook/textCell";
import { LAKIP_LAYOUT } from "../LAKIP_LAYOUT";
import { NUMBER_FORMAT } from "./REPORT_STYLE";

/** A figure as a cell: the number, or the word saying why there is none. */
export function nilaiCell(n: Nilai): CellInput {
  switch (n.status) {
    case "ada":
      return n.value;
    case "kosong":
      return LAKIP_LAYOUT.kosong;
    case "tidakValid":
      return LAKIP_LAYOUT.tidakValid;
    case "tidakDapatDihitung":
      return LAKIP_LAYOUT.tidakDapatDihitung;
  }
}

/** Text from a Bidang sheet, "belum diisi" when blank; never taken for a formula. */
export function textOrKosong(v: string): CellInput {
  return textCell(v === "" ? LAKIP_LAYOUT.kosong : v);
}

/**
 * en-US codes: counts as integers with thousands separators, shares and ratios (and a
 * count that is not whole) with the decimals the report prints.
 */
export function quantityFormat(jenis: Jenis, n: Nilai, decimals: number): string {
  if (jenis !== "jumlah") return NUMBER_FORMAT.decimals(decimals);
  return n.status === "ada" && !Number.isInteger(n.value)
    ? NUMBER_FORMAT.countWithDecimals(decimals)
    : NUMBER_FORMAT.count;
}

/** The words `nilaiCell` writes instead of a number, to grey them out. */
export const NOT_A_NUMBER_WORDS = [
  LAKIP_LAYOUT.kosong,
  LAKIP_LAYOUT.tidakValid,
  LAKIP_LAYOUT.tidakDapatDihitung,
];

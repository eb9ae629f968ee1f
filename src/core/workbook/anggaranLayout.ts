import { toExcelPrecision } from "../formulas/toExcelPrecision";
import { cellAddress, columnIndex } from "./a1";
import type { Column } from "./workbookLayout";

/**
 * The Anggaran sheet (template version 4): the budget behind the performance, one row per
 * Program / Kegiatan / Sub Kegiatan per Renstra year, as the Bidang sheets have one row
 * per indicator per year. The hierarchy is read from the code (Permendagri 90/2019:
 * program `1.06.02`, kegiatan `1.06.02.2.01`, sub kegiatan `1.06.02.2.01.0001`, see
 * `tingkatOf`), so staff type rows in any order and insert rows anywhere.
 *
 * Columns are found by their headings (`locateFields`), so a later version adds columns
 * without moving these. Issue 11's quarterly realisasi anggaran are to the RIGHT of
 * Keterangan (L:O, "Realisasi TW I (Rp)" … "Realisasi TW IV (Rp)"), so A:K stay where the
 * first version of the sheet had them; a sheet with only A:K reads as one whose quarters
 * are all blank.
 *
 * Staff type Kode, nama, Tahun, Bidang, Kode IKU, Pagu, Realisasi, the quarters and the
 * texts. Serapan and Sisa are formulas on every row (of the year's realisasi, by the rule
 * below); a program row's Pagu, Realisasi (by the rule, kegiatan by kegiatan) and quarters
 * are the sums of its kegiatan (SUMIFS on the code pattern and the year) while staff leave
 * them empty.
 *
 * The year's realisasi (`realisasiTahunan`): Realisasi (G) is what staff type, and counts
 * when typed. When G is empty and some quarter is filled, the year's realisasi is the sum
 * of the quarters (money is a flow: spending adds up over the year, whatever the
 * indicator's sifat target). When both are filled and the quarters do not add up to G, G
 * still counts and validation warns (`anggaranTriwulanBerbeda`, at G's cell).
 */
export const ANGGARAN = {
  titleRow: 1,
  noteRow: 2,
  headerRow: 4,
  firstDataRow: 5,
  columns: {
    kode: { col: "A", header: "Kode" },
    nama: { col: "B", header: "Program / Kegiatan / Sub Kegiatan" },
    tahun: { col: "C", header: "Tahun" },
    bidang: { col: "D", header: "Bidang" },
    /** One or more IKU kode, separated by ";" (a "," is read the same). */
    iku: { col: "E", header: "Kode IKU" },
    pagu: { col: "F", header: "Pagu (Rp)" },
    realisasi: { col: "G", header: "Realisasi (Rp)" },
    serapan: { col: "H", header: "Serapan (%)" },
    sisa: { col: "I", header: "Sisa (Rp)" },
    /** Whether and how the program supported or held back its IKU (LKjIP analysis 7). */
    dampak: { col: "J", header: "Menunjang / Menghambat" },
    keterangan: { col: "K", header: "Keterangan" },
    realisasiTw1: { col: "L", header: "Realisasi TW I (Rp)" },
    realisasiTw2: { col: "M", header: "Realisasi TW II (Rp)" },
    realisasiTw3: { col: "N", header: "Realisasi TW III (Rp)" },
    realisasiTw4: { col: "O", header: "Realisasi TW IV (Rp)" },
  },
  lastCol: "O",
} as const satisfies {
  columns: Record<string, Column>;
  [k: string]: unknown;
};

/** The sheet's title (A1): how the template knows the sheet as its own when IKU_Meta is gone. */
export const ANGGARAN_TITLE = "Anggaran Program / Kegiatan / Sub Kegiatan";

export type AnggaranColumn = keyof typeof ANGGARAN.columns;

/** The columns staff type into; Serapan and Sisa are the template's formulas. */
export const ANGGARAN_INPUT_COLUMNS: readonly AnggaranColumn[] = [
  "kode",
  "nama",
  "tahun",
  "bidang",
  "iku",
  "pagu",
  "realisasi",
  "dampak",
  "keterangan",
  "realisasiTw1",
  "realisasiTw2",
  "realisasiTw3",
  "realisasiTw4",
];

/** The quarterly realisasi columns, TW I … TW IV (L:O, adjacent). */
export const ANGGARAN_TRIWULAN_COLUMNS = [
  "realisasiTw1",
  "realisasiTw2",
  "realisasiTw3",
  "realisasiTw4",
] as const;
type AnggaranTriwulanColumn = (typeof ANGGARAN_TRIWULAN_COLUMNS)[number];

/** A money column staff type (or a program row sums): what `anggaranMoneyInvalid` names. */
export type AnggaranMoneyColumn = "pagu" | "realisasi" | AnggaranTriwulanColumn;

/**
 * The year's realisasi by the rule above: G when typed, else the sum of the quarters typed
 * (`null` when neither is). `quarters` are TW I … TW IV, `null` where blank.
 */
export function realisasiTahunan(
  realisasi: number | null,
  quarters: readonly (number | null)[],
): number | null {
  if (realisasi !== null) return realisasi;
  const typed = quarters.filter((q): q is number => q !== null);
  return typed.length === 0 ? null : toExcelPrecision(typed.reduce((t, q) => t + q, 0));
}

/** Money, in en-US codes: whole rupiah with thousands separators (Excel shows them in the user's locale). */
export const RUPIAH_FORMAT = "#,##0";

/** The separators accepted between IKU kode in "Kode IKU"; the first is the one the template advises. */
export const IKU_SEPARATORS = [";", ","] as const;

/** The A1 address of an Anggaran column's cell in a 0-based row. */
export function anggaranCell(row: number, col: AnggaranColumn): string {
  return cellAddress(row, columnIndex(ANGGARAN.columns[col].col));
}

/** The three levels of the Permendagri 90/2019 budget nomenclature. */
export type Tingkat = "program" | "kegiatan" | "subKegiatan";

const PROGRAM = /^\d+\.\d{2}\.\d{2}$/;
const KEGIATAN = /^\d+\.\d{2}\.\d{2}\.\d\.\d{2}$/;
const SUB_KEGIATAN = /^\d+\.\d{2}\.\d{2}\.\d\.\d{2}\.\d{4}$/;

/**
 * The level of a code, `null` when it fits none: program `U.BB.PP` (urusan, bidang
 * urusan, program), kegiatan `U.BB.PP.K.KK`, sub kegiatan `U.BB.PP.K.KK.SSSS`. The SUMIFS
 * of a program row matches its kegiatan with the pattern `<program>.?.??` (see
 * `programTotalFormula`), which these shapes make exact.
 */
export function tingkatOf(kode: string): Tingkat | null {
  if (PROGRAM.test(kode)) return "program";
  if (KEGIATAN.test(kode)) return "kegiatan";
  if (SUB_KEGIATAN.test(kode)) return "subKegiatan";
  return null;
}

/** The code one level up: a kegiatan's program, a sub kegiatan's kegiatan; `null` for a program. */
export function indukOf(kode: string): string | null {
  const t = tingkatOf(kode);
  if (t === null || t === "program") return null;
  // A kegiatan adds two parts to its program (".2.01"), a sub kegiatan one to its kegiatan.
  const parts = kode.split(".");
  return parts.slice(0, t === "kegiatan" ? 3 : 5).join(".");
}

/** The IKU kode of a "Kode IKU" cell: split at ";" or ",", trimmed, blanks dropped. */
export function splitIkuKode(text: string): string[] {
  return text
    .split(/[;,]/)
    .map((k) => k.trim())
    .filter((k) => k !== "");
}

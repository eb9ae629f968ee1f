import { columnIndex, columnLetter } from "../workbook/a1";
import {
  ANGGARAN,
  ANGGARAN_TITLE,
  ANGGARAN_TRIWULAN_COLUMNS,
  IKU_SEPARATORS,
  RUPIAH_FORMAT,
  type AnggaranColumn,
} from "../workbook/anggaranLayout";
import type { CellInput, SheetPlan } from "../workbook/SheetPlan";
import { SHEET } from "../workbook/workbookLayout";
import type { AnggaranContents } from "../sheets/readAnggaran";
import { TAHUN_MAX, TAHUN_MIN } from "../sheets/renstraPeriod";
import { NUMBER_INPUT_MESSAGES, ROW_SHEET_FORMAT, STYLE, TABLE_HEADER_FORMAT } from "./templateStyle";

const NOTE =
  "Satu baris per kode per tahun. Tingkat dibaca dari kode: program 1.06.02, kegiatan 1.06.02.2.01, sub kegiatan 1.06.02.2.01.0001. " +
  `Kode IKU: satu atau lebih, dipisah "${IKU_SEPARATORS[0]}". Baris program: kosongkan Pagu dan Realisasi, Siapkan Template IKU mengisinya dengan jumlah kegiatan di bawahnya (sampai program berikutnya). ` +
  "Realisasi TW I–IV (L:O) boleh diisi: bila Realisasi kosong, realisasi tahun itu adalah jumlah triwulannya.";

/** Rows below the last typed row that get the formulas and checks, so a row typed there is computed too. */
const ANGGARAN_SPARE_ROWS = 200;

const C = ANGGARAN.columns;
const col = (k: AnggaranColumn) => C[k].col;

/**
 * A program row's total of a money column: the sum of its kegiatan of the same year in the
 * rows below it, up to the next program row (`blockEnd`, 1-based, inclusive), found by the
 * code pattern `<program>.?.??` (exactly a kegiatan's shape, see `tingkatOf`). The range
 * stops before the next program row because that row's total is a formula in the same
 * column: a range over it would make the two totals depend on each other (a circular
 * reference, even though the criteria would skip it). Rows inserted inside the block
 * widen the range, so a kegiatan typed there is counted at once. `=0` for a program
 * directly followed by another.
 *
 * Realisasi follows the layout's rule for each kegiatan: its Realisasi where typed, plus
 * the quarters of those whose Realisasi is empty (the criterion `""` matches an empty cell).
 */
function programTotalFormula(column: TotalColumn, row: number, blockEnd: number): string {
  if (blockEnd <= row) return "=0";
  const k = col("kode");
  const t = col("tahun");
  const r1 = row + 1;
  const range = (c: string) => `${c}${r1}:${c}${blockEnd}`;
  const sumifs = (v: string, extra = "") =>
    `SUMIFS(${range(v)},$${range(k).replace(":", ":$")},$${k}${row}&".?.??",$${range(t).replace(":", ":$")},$${t}${row}${extra})`;
  if (column !== "realisasi") return `=${sumifs(col(column))}`;
  const g = col("realisasi");
  const blankG = `,${range(g)},""`;
  return `=${[sumifs(g), ...ANGGARAN_TRIWULAN_COLUMNS.map((q) => sumifs(col(q), blankG))].join("+")}`;
}

/** The money columns a program row sums from its kegiatan. */
const TOTAL_COLUMNS = ["pagu", "realisasi", ...ANGGARAN_TRIWULAN_COLUMNS] as const;
type TotalColumn = (typeof TOTAL_COLUMNS)[number];

/**
 * A row's realisasi by the layout's rule: Realisasi (G) when typed, else the sum of its
 * quarters (L:O). `typed` is how G enters: as it is (IKU.SERAPAN then names text in it),
 * or through SUM (Sisa, as before the quarters).
 */
function realisasiOf(row: number, typed: (g: string) => string): string {
  const g = `${col("realisasi")}${row}`;
  return `IF(${g}="",SUM(${col("realisasiTw1")}${row}:${col("realisasiTw4")}${row}),${typed(g)})`;
}

/** Serapan (%) = realisasi / pagu × 100 (IKU.SERAPAN: #DIV/0! for a pagu of 0); blank with no realisasi at all. */
function serapanFormula(row: number): string {
  const p = `${col("pagu")}${row}`;
  const g = `${col("realisasi")}${row}`;
  const quarters = `${col("realisasiTw1")}${row}:${col("realisasiTw4")}${row}`;
  return `=IF(OR(${p}="",AND(${g}="",COUNT(${quarters})=0)),"",IKU.SERAPAN(${realisasiOf(row, (g) => g)},${p}))`;
}

/** Sisa (Rp) = pagu − realisasi (a blank realisasi is nothing spent yet). */
function sisaFormula(row: number): string {
  const p = `${col("pagu")}${row}`;
  return `=IF(${p}="","",${p}-${realisasiOf(row, (g) => `SUM(${g})`)})`;
}

/** A formula this planner writes in a program row's Pagu or Realisasi: it may be written again. */
const isOurTotal = (v: unknown) => typeof v === "string" && (/^=SUMIFS\(/i.test(v) || v === "=0");

/**
 * The Anggaran sheet. Created, it is an empty table; afterwards its rows belong to the staff
 * and only the title, note, headers, formats, checks and formulas are written again:
 * Serapan and Sisa on every row down to `ANGGARAN_SPARE_ROWS` below the last typed one, and
 * the program totals in each program row whose Pagu or Realisasi is empty or already ours
 * (a figure staff typed there is kept). `contents` is the sheet as read (formulas).
 */
export function planAnggaranSheet(args: {
  readonly mode: "create" | "update";
  readonly contents: AnggaranContents | null;
}): SheetPlan {
  const first = ANGGARAN.firstDataRow;
  const lastTyped = (args.contents?.lastInputRow ?? -1) + 1;
  const last = Math.max(first, lastTyped) + ANGGARAN_SPARE_ROWS;
  const hr = ANGGARAN.headerRow;

  const formulas: CellInput[][] = [];
  for (let r = first; r <= last; r++) formulas.push([serapanFormula(r), sisaFormula(r)]);
  const totals: { address: string; values: CellInput[][] }[] = [];
  const programs = (args.contents?.rows ?? []).filter((row) => row.tingkat === "program");
  programs.forEach((row, i) => {
    const r = row.row + 1;
    const next = programs[i + 1];
    const blockEnd = next === undefined ? last : next.row;
    for (const k of TOTAL_COLUMNS) {
      const raw = row.raw[k];
      if (raw === "" || isOurTotal(raw))
        totals.push({ address: `${col(k)}${r}`, values: [[programTotalFormula(k, r, blockEnd)]] });
    }
  });

  const input = ROW_SHEET_FORMAT.input;
  const range = (from: AnggaranColumn, to: AnggaranColumn = from) => `${col(from)}${first}:${col(to)}${last}`;
  const lastCol = ANGGARAN.lastCol;
  return {
    name: SHEET.anggaran,
    mode: args.mode,
    tabColor: STYLE.tabColor,
    cells: [
      { address: "A1", values: [[ANGGARAN_TITLE], [NOTE]] },
      { address: `A${hr}`, values: [Object.values(C).map((c) => c.header)] },
      { address: `${col("serapan")}${first}`, values: formulas },
      ...totals,
    ],
    formats: [
      { address: "A1", format: { bold: true, fontSize: 14 } },
      { address: "A2", format: { italic: true, wrap: true, vertical: "Top" } },
      { address: `A${hr}:${lastCol}${hr}`, format: TABLE_HEADER_FORMAT },
      { address: range("kode", "realisasi"), format: input },
      { address: range("dampak", "keterangan"), format: ROW_SHEET_FORMAT.inputText },
      { address: range("realisasiTw1", "realisasiTw4"), format: { ...input, numberFormat: RUPIAH_FORMAT } },
      {
        address: range("serapan", "sisa"),
        format: { fill: STYLE.formulaFill, border: true, vertical: "Top" },
      },
      { address: range("pagu", "realisasi"), format: { numberFormat: RUPIAH_FORMAT } },
      { address: range("sisa"), format: { numberFormat: RUPIAH_FORMAT } },
      { address: range("serapan"), format: { numberFormat: "0.00" } },
      { address: range("kode"), format: { numberFormat: "@" } },
    ],
    merges: [`A1:${lastCol}1`, `A2:${lastCol}2`],
    columnWidths: [
      { column: col("kode"), width: 110 },
      { column: col("nama"), width: 260 },
      { column: col("tahun"), width: 45 },
      { column: col("bidang"), width: 80 },
      { column: col("iku"), width: 90 },
      { column: col("pagu"), width: 100 },
      { column: col("realisasi"), width: 100 },
      { column: col("serapan"), width: 60 },
      { column: col("sisa"), width: 100 },
      { column: col("dampak"), width: 220 },
      { column: col("keterangan"), width: 160 },
      ...ANGGARAN_TRIWULAN_COLUMNS.map((k) => ({ column: col(k), width: 100 })),
      { column: columnLetter(columnIndex(lastCol) + 1), width: 12 },
    ],
    rowHeights: [
      { address: `A2`, height: 45 },
      { address: `A${hr}`, height: 30 },
    ],
    validations: [
      {
        address: range("tahun"),
        rule: { kind: "wholeNumber", min: TAHUN_MIN, max: TAHUN_MAX },
        prompt: { title: "Tahun", message: "Tahun anggaran, misalnya 2024." },
        error: {
          title: "Tahun tidak sah",
          message: `Tahun harus bilangan bulat antara ${TAHUN_MIN} dan ${TAHUN_MAX}.`,
        },
      },
      ...[range("pagu", "realisasi"), range("realisasiTw1", "realisasiTw4")].map((address) => ({
        address,
        rule: { kind: "decimal" as const, min: 0 },
        prompt: {
          title: "Rupiah",
          message: "Ketik angka rupiah tanpa titik ribuan, 0 atau lebih. Kosongkan bila belum ada.",
        },
        error: NUMBER_INPUT_MESSAGES.error,
      })),
    ],
    freeze: { rows: hr, columns: 2 },
    print: { orientation: "Landscape", fitToWidth: true, titleRows: `$${hr}:$${hr}`, paper: "A4" },
  };
}

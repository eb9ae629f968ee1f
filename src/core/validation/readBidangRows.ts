import type { Bidang, Indikator } from "../catalog/catalogSchema";
import { BIDANG, columnIndex, type BidangColumn } from "../workbook/workbookLayout";
import { formulaAt, rowEnd, valueAt, type SheetSnapshot } from "../workbook/WorkbookSnapshot";
import { cellAddress } from "./cellAddress";
import { blankCellSchema, readTextCell } from "./readNumericCell";
import type { Severity, ValidationIssue } from "./ValidationIssue";

/** One indicator-year row of a Bidang sheet, raw: the values as Excel gave them. */
export interface BidangInputRow {
  /** 1-based sheet row. */
  readonly row: number;
  readonly kode: string;
  readonly tahun: number;
  readonly value: (column: BidangColumn) => unknown;
  readonly formula: (column: BidangColumn) => unknown;
}

export interface BidangRows {
  /** By catalog kode, then by tahun; the first row wins over duplicates. */
  readonly rows: ReadonlyMap<string, ReadonlyMap<number, BidangInputRow>>;
  /** False when the header row does not match the layout: positions cannot be trusted. */
  readonly layoutOk: boolean;
  readonly issues: ValidationIssue[];
}

const isBlank = (v: unknown) => blankCellSchema.safeParse(v).success;
const normalise = (s: string) => s.replace(/\s+/g, " ").trim().toLowerCase();

/**
 * Reads the rows of one Bidang sheet and checks what makes a row unusable: the header
 * no longer where the layout puts it, an unknown or misplaced kode, a year that is
 * not a year or lies outside the Renstra period, a duplicate indicator-year. Checking
 * the figures themselves needs the indicator's jenis and is {@link evaluateRow}'s job.
 *
 * Severity: a row the report ignores (unknown kode, year outside the period) is a
 * peringatan, since the report is still right without it. A duplicate is a galat only
 * in the tahun laporan, where it makes the report's figure ambiguous.
 */
export function readBidangRows(
  snapshot: SheetSnapshot,
  context: {
    readonly bidang: Bidang;
    readonly catalog: readonly Indikator[];
    readonly lembarOf: (bidangKode: string) => string;
    readonly periode: { readonly awal: number; readonly akhir: number } | null;
    readonly tahunLaporan: number | null;
  },
): BidangRows {
  const sheet = context.bidang.lembar;
  const issues: ValidationIssue[] = [];
  const rows = new Map<string, Map<number, BidangInputRow>>();
  const C = BIDANG.columns;
  const at = (row: number, col: BidangColumn) => cellAddress(row, C[col].col);
  const cell = (r0: number, col: BidangColumn) => valueAt(snapshot, r0, columnIndex(C[col].col));

  // The header row tells whether columns were inserted, deleted or moved. Only the
  // columns validation reads are checked: Indikator and Satuan (B:C) repeat the catalog,
  // and the Excel layer leaves them out of its read to keep the response small.
  for (const key of (Object.keys(C) as BidangColumn[]).filter((k) => k !== "indikator" && k !== "satuan")) {
    const found = readTextCell(cell(BIDANG.headerRow - 1, key));
    if (normalise(found) !== normalise(C[key].header)) {
      issues.push({
        code: "sheetLayout",
        severity: "galat",
        sheet,
        address: at(BIDANG.headerRow, key),
        message: `Tata letak lembar "${sheet}" berubah: sel ${at(BIDANG.headerRow, key)} seharusnya berjudul "${C[key].header}"${found === "" ? "" : `, bukan "${found}"`}. Jangan menyisipkan atau menghapus kolom; jalankan Siapkan Template IKU untuk memulihkan lembar ini.`,
        params: { lembar: sheet, diharapkan: C[key].header, ditemukan: found },
      });
      return { rows, layoutOk: false, issues };
    }
  }

  const own = new Map(
    context.catalog.filter((i) => i.bidang === context.bidang.kode).map((i) => [i.kode.toLowerCase(), i]),
  );
  const all = new Map(context.catalog.map((i) => [i.kode.toLowerCase(), i]));
  const sev = (tahun: number): Severity => (tahun === context.tahunLaporan ? "galat" : "peringatan");
  const keys = Object.keys(C) as BidangColumn[];

  for (let r0 = BIDANG.firstDataRow - 1; r0 < rowEnd(snapshot); r0++) {
    const row = r0 + 1;
    if (keys.every((k) => isBlank(cell(r0, k)))) continue;
    const kodeText = readTextCell(cell(r0, "kode"));
    if (kodeText === "") {
      // Figures without a kode cannot be attributed to an indicator.
      issues.push({
        code: "kodeMissing",
        severity: "peringatan",
        sheet,
        address: at(row, "kode"),
        message: `Baris ${row} berisi data tetapi kodenya kosong; baris ini diabaikan. Isi kode indikator di ${at(row, "kode")} atau pindahkan datanya ke baris indikator yang benar.`,
        params: { baris: row },
      });
      continue;
    }
    const indikator = own.get(kodeText.toLowerCase());
    if (!indikator) {
      const elsewhere = all.get(kodeText.toLowerCase());
      issues.push(
        elsewhere
          ? {
              code: "kodeOtherSheet",
              severity: "peringatan",
              sheet,
              address: at(row, "kode"),
              message: `Indikator ${elsewhere.kode} milik lembar "${context.lembarOf(elsewhere.bidang)}", bukan lembar ini; baris ${row} diabaikan. Isi datanya di lembar "${context.lembarOf(elsewhere.bidang)}".`,
              params: { kode: elsewhere.kode, lembar: context.lembarOf(elsewhere.bidang) },
            }
          : {
              code: "unknownKode",
              severity: "peringatan",
              sheet,
              address: at(row, "kode"),
              message: `Kode "${kodeText}" tidak ada di Katalog IKU; baris ${row} diabaikan. Perbaiki kodenya atau tambahkan indikatornya di lembar Katalog IKU.`,
              params: { kode: kodeText },
            },
      );
      continue;
    }
    const tahunRaw = cell(r0, "tahun");
    if (typeof tahunRaw !== "number" || !Number.isInteger(tahunRaw)) {
      issues.push({
        code: "yearInvalid",
        severity: "peringatan",
        sheet,
        address: at(row, "tahun"),
        message: `Tahun "${readTextCell(tahunRaw)}" pada baris ${row} (${indikator.kode}) bukan tahun; baris ini diabaikan. Isi tahun berupa angka, misalnya 2024.`,
        params: { kode: indikator.kode, nilai: readTextCell(tahunRaw) },
      });
      continue;
    }
    const tahun = tahunRaw;
    const p = context.periode;
    if (p && (tahun < p.awal || tahun > p.akhir)) {
      issues.push({
        code: "yearOutsidePeriod",
        severity: "peringatan",
        sheet,
        address: at(row, "tahun"),
        message: `Tahun ${tahun} (${indikator.kode}) di luar periode Renstra ${p.awal}–${p.akhir}; baris ini diabaikan. Perbaiki tahunnya, atau periode Renstra di lembar Pengaturan.`,
        params: { kode: indikator.kode, tahun, tahunAwal: p.awal, tahunAkhir: p.akhir },
      });
      continue;
    }
    const byYear = rows.get(indikator.kode) ?? new Map<number, BidangInputRow>();
    rows.set(indikator.kode, byYear);
    const first = byYear.get(tahun);
    if (first) {
      issues.push({
        code: "duplicateRow",
        severity: sev(tahun),
        sheet,
        address: at(row, "kode"),
        message: `Baris ${indikator.kode} tahun ${tahun} ganda: baris ${row} mengulang baris ${first.row}. Hapus salah satu; sampai diperbaiki, laporan memakai baris ${first.row}.`,
        params: { kode: indikator.kode, tahun, baris: row, barisPertama: first.row },
      });
      continue;
    }
    byYear.set(tahun, {
      row,
      kode: indikator.kode,
      tahun,
      value: (k) => cell(r0, k),
      formula: (k) => formulaAt(snapshot, r0, columnIndex(C[k].col)),
    });
  }
  return { rows, layoutOk: true, issues };
}

import type { Bidang, Indikator } from "../catalog/catalogSchema";
import { normaliseHeader } from "../sheets/normaliseHeader";
import { readBidangSheet, type BidangRow } from "../sheets/readBidangSheet";
import { cellAt, columnIndex, isBlank, readTextCell } from "../workbook/a1";
import { BIDANG, bidangCell, type BidangColumn } from "../workbook/workbookLayout";
import { shownGrid, type SheetGrids } from "../workbook/WorkbookSnapshot";
import type { Severity, ValidationIssue } from "./ValidationIssue";

/** A row of a Bidang sheet that belongs to a catalog indicator of this sheet, in a year of the period. */
export interface BidangInputRow extends BidangRow {
  /** The catalog's spelling of the kode. */
  readonly kode: string;
  readonly tahun: number;
}

export interface BidangRows {
  /** By catalog kode, then by tahun; the first row wins over duplicates. */
  readonly rows: ReadonlyMap<string, ReadonlyMap<number, BidangInputRow>>;
  /** False when the header row does not match the layout: positions cannot be trusted. */
  readonly layoutOk: boolean;
  readonly issues: ValidationIssue[];
}

const C = BIDANG.columns;

/**
 * Reads the rows of one Bidang sheet with the template's reader (`readBidangSheet`, so
 * both agree on what a row is) and checks what makes a row unusable: the header no
 * longer where the layout puts it, an unknown or misplaced kode, a year that is not a
 * year or lies outside the Renstra period, a duplicate indicator-year. Checking the
 * figures themselves needs the indicator's jenis and is {@link evaluateRow}'s job.
 *
 * Severity: a row the report ignores (unknown kode, year outside the period) is a
 * peringatan, since the report is still right without it. A duplicate is a galat only
 * in the tahun laporan, where it makes the report's figure ambiguous.
 */
export function readBidangRows(
  grids: SheetGrids,
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
  const at = (r0: number, col: BidangColumn) => bidangCell(r0, col);
  const headerRow = BIDANG.headerRow - 1;

  // The header must be where the layout puts it, although the reader finds it anywhere
  // near the top: the sheet's formulas and the action's read (fixed columns, `bidangCheckRead`) assume
  // the layout, and only "Siapkan Template IKU" moves a table back into it. Only the
  // columns validation reads are checked: Indikator and Satuan (B:C) repeat the catalog,
  // and the read leaves them out to keep the response small.
  for (const key of (Object.keys(C) as BidangColumn[]).filter((k) => k !== "indikator" && k !== "satuan")) {
    const found = readTextCell(cellAt(shownGrid(grids), headerRow, columnIndex(C[key].col)));
    if (normaliseHeader(found) !== normaliseHeader(C[key].header)) {
      issues.push({
        code: "sheetLayout",
        severity: "galat",
        sheet,
        address: at(headerRow, key),
        params: { lembar: sheet, kolom: key, diharapkan: C[key].header, ditemukan: found },
      });
      return { rows, layoutOk: false, issues };
    }
  }

  const own = new Map(
    context.catalog.filter((i) => i.bidang === context.bidang.kode).map((i) => [i.kode.toLowerCase(), i]),
  );
  const all = new Map(context.catalog.map((i) => [i.kode.toLowerCase(), i]));
  const sev = (tahun: number): Severity => (tahun === context.tahunLaporan ? "galat" : "peringatan");

  for (const read of readBidangSheet(sheet, grids).rows) {
    const r0 = read.row;
    const row = r0 + 1;
    // Rows above the layout's table (the reader may find the header higher) are not data;
    // nor is a row of formulas only (inputs cleared), which shows nothing.
    if (r0 < BIDANG.firstDataRow - 1 || Object.values(read.values).every(isBlank)) continue;
    const kodeText = read.kode;
    if (kodeText === "") {
      // Figures without a kode cannot be attributed to an indicator.
      issues.push({
        code: "kodeMissing",
        severity: "peringatan",
        sheet,
        address: at(r0, "kode"),
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
              address: at(r0, "kode"),
              params: { kode: elsewhere.kode, lembar: context.lembarOf(elsewhere.bidang), baris: row },
            }
          : {
              code: "unknownKode",
              severity: "peringatan",
              sheet,
              address: at(r0, "kode"),
              params: { kode: kodeText, baris: row },
            },
      );
      continue;
    }
    // Stricter than the template's reader: a year typed as text is reported, not read.
    const tahunRaw = read.values.tahun;
    if (typeof tahunRaw !== "number" || !Number.isInteger(tahunRaw)) {
      issues.push({
        code: "yearInvalid",
        severity: "peringatan",
        sheet,
        address: at(r0, "tahun"),
        params: { kode: indikator.kode, nilai: readTextCell(tahunRaw), baris: row },
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
        address: at(r0, "tahun"),
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
        address: at(r0, "kode"),
        params: { kode: indikator.kode, tahun, baris: row, barisPertama: first.row + 1 },
      });
      continue;
    }
    byYear.set(tahun, { ...read, kode: indikator.kode, tahun });
  }
  return { rows, layoutOk: true, issues };
}

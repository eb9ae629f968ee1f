/**
 * Typing quarters on the TW sheets of a LakipWorkbook, as staff would.
 */
import type { Catalog } from "../../src/core/catalog/catalogSchema";
import { defaultCatalog } from "../../src/core/catalog/defaultCatalog";
import { TRIWULAN, triwulanSheetName, type Triwulan } from "../../src/core/workbook/triwulanLayout";
import type { LakipWorkbook } from "./lakipWorkbook";

/** The DSPM catalog with IKU-13 (Jumlah LPM, a count) made kumulatif: a flow counted per quarter. */
export const KUMULATIF_CATALOG: Catalog = {
  ...defaultCatalog,
  indikator: defaultCatalog.indikator.map((i) =>
    i.kode === "IKU-13" ? { ...i, sifatTarget: "kumulatif" } : i,
  ),
};

export interface Quarter {
  readonly target?: unknown;
  readonly pembilang?: unknown;
  readonly penyebut?: unknown;
  readonly pendorong?: string;
  readonly penghambat?: string;
  readonly tindakLanjut?: string;
}

/** Types a quarter of an indicator-year on its TW sheet (E:G and I:K of its row). */
export function typeQuarter(
  book: LakipWorkbook,
  tw: Triwulan,
  kode: string,
  tahun: number,
  q: Quarter,
): number {
  const sheet = triwulanSheetName(tw);
  const row = book.rowOf(sheet, kode, tahun);
  const c = TRIWULAN.columns;
  book.workbook.write(sheet, `${c.target.col}${row}:${c.penyebut.col}${row}`, [
    [q.target ?? "", q.pembilang ?? "", q.penyebut ?? ""],
  ]);
  if (q.pendorong !== undefined || q.penghambat !== undefined || q.tindakLanjut !== undefined)
    book.workbook.write(sheet, `${c.pendorong.col}${row}:${c.tindakLanjut.col}${row}`, [
      [q.pendorong ?? "", q.penghambat ?? "", q.tindakLanjut ?? ""],
    ]);
  return row;
}

/**
 * Fills a quarter of a year for every indicator in one write (a year's rows are one block
 * on a TW sheet): `figure` gives target, pembilang and penyebut by jenis.
 */
export function fillQuarter(
  book: LakipWorkbook,
  tw: Triwulan,
  tahun: number,
  figure: (jenis: string) => [unknown, unknown, unknown],
): void {
  const sheet = triwulanSheetName(tw);
  const { values } = book.workbook.read(sheet, "A1:D20000");
  const jenis = new Map(book.catalog.indikator.map((i) => [i.kode, i.jenis]));
  const rows = values.map((r, i) => ({ r, i })).filter(({ r }) => r[3] === tahun && typeof r[0] === "string");
  const first = rows[0];
  if (!first) return;
  const c = TRIWULAN.columns;
  book.workbook.write(
    sheet,
    `${c.target.col}${first.i + 1}:${c.penyebut.col}${first.i + rows.length}`,
    rows.map(({ r }) => figure(jenis.get(String(r[0])) ?? "persen")),
  );
}

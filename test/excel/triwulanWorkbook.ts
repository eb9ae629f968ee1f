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

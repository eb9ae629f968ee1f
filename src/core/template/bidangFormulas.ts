import type { Indikator } from "../catalog/catalogSchema";
import { BIDANG, PENGATURAN } from "../workbook/workbookLayout";

/**
 * The formulas of a Bidang sheet row, in en-US syntax. Each returns "" while its inputs
 * are empty, so a row not yet filled in shows nothing instead of an error.
 */

const c = BIDANG.columns;

export function realisasiFormula(jenis: Indikator["jenis"], row: number): string {
  const f = `${c.pembilang.col}${row}`;
  const g = `${c.penyebut.col}${row}`;
  // A count is typed straight into Pembilang; Realisasi repeats it so Capaian reads one column.
  if (jenis === "jumlah") return `=IF(${f}="","",${f})`;
  const fn = jenis === "persen" ? "IKU.PERSEN" : "IKU.RASIO";
  return `=IF(OR(${f}="",${g}=""),"",${fn}(${f},${g}))`;
}

export function capaianFormula(polaritas: Indikator["polaritas"], row: number): string {
  const h = `${c.realisasi.col}${row}`;
  const e = `${c.target.col}${row}`;
  // Negative indicators take the agency's chosen formula from Pengaturan.
  const pol = polaritas === "negatif" ? PENGATURAN.settings.rumusNegatif.name : '"positif"';
  return `=IF(OR(${h}="",${e}=""),"",IKU.CAPAIAN(${h},${e},${pol},${PENGATURAN.settings.batasCapaian.name}))`;
}

export function predikatFormula(row: number): string {
  const i = `${c.capaian.col}${row}`;
  return `=IF(${i}="","",IKU.PREDIKAT(${i},${PENGATURAN.skala.name}))`;
}

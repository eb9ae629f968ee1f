import type { Indikator } from "../catalog/catalogSchema";
import { BIDANG, PENGATURAN } from "../workbook/workbookLayout";

/**
 * The formulas of a Bidang sheet row, in en-US syntax. Each returns "" while its inputs
 * are empty, so a row not yet filled in shows nothing instead of an error. They are
 * written on every row of every Bidang sheet and read back by each template run, so they
 * are kept short: a 1,700-indicator workbook's formulas stay well under Excel on the
 * web's 5 MB response.
 */

const c = BIDANG.columns;
const s = PENGATURAN.settings;

export function realisasiFormula(jenis: Indikator["jenis"], row: number): string {
  const p = `${c.pembilang.col}${row}`;
  const q = `${c.penyebut.col}${row}`;
  // A count is typed straight into Pembilang; Realisasi repeats it so Capaian reads one column.
  if (jenis === "jumlah") return `=IF(${p}="","",${p})`;
  const fn = jenis === "persen" ? "IKU.PERSEN" : "IKU.RASIO";
  return `=IF(OR(${p}="",${q}=""),"",${fn}(${p},${q}))`;
}

/** The target capaian is measured against: the PK's, or the Renstra's while the PK's is blank. */
function targetUsed(row: number): string {
  const renstra = `${c.targetRenstra.col}${row}`;
  const pk = `${c.targetPK.col}${row}`;
  return `IF(${pk}="",${renstra},${pk})`;
}

/** IKU.CAPAIAN's polaritas argument: negative indicators take the agency's formula from Pengaturan. */
const polaritasArg = (polaritas: Indikator["polaritas"]) =>
  polaritas === "negatif" ? s.rumusNegatif.name : '"positif"';

export function capaianFormula(polaritas: Indikator["polaritas"], row: number): string {
  const r = `${c.realisasi.col}${row}`;
  const noTarget = `${c.targetRenstra.col}${row}&${c.targetPK.col}${row}=""`;
  return `=IF(OR(${r}="",${noTarget}),"",IKU.CAPAIAN(${r},${targetUsed(row)},${polaritasArg(polaritas)},${s.batasCapaian.name}))`;
}

/**
 * The predikat of the capaian as printed: rounded to the report's decimals first, so the
 * band agrees with the figure shown (90,004 → 90,00 → Tinggi). IKU.PREDIKAT itself is exact.
 */
export function predikatFormula(row: number): string {
  const cap = `${c.capaian.col}${row}`;
  return `=IF(${cap}="","",IKU.PREDIKAT(ROUND(${cap},${s.desimal.name}),${PENGATURAN.skala.name}))`;
}

/**
 * Terlampaui / Tercapai / Tidak Tercapai (IKU.KRITERIA): the capaian before the cap
 * (recomputed without it, so a cap of 100 never hides an exceeded target), judged rounded
 * as printed. A function rather than Excel's CHOOSE(SIGN(ROUND(…)-100)+2,"…","…","…"): the
 * formula is on every row and read back by each template run, and this one is 60 bytes
 * shorter (about 0.5 MB of a 1,700-indicator workbook's request and response).
 */
export function kriteriaFormula(polaritas: Indikator["polaritas"], row: number): string {
  const cap = `${c.capaian.col}${row}`;
  const r = `${c.realisasi.col}${row}`;
  const pol = polaritas === "negatif" ? `,${s.rumusNegatif.name}` : "";
  return `=IF(${cap}="","",IKU.KRITERIA(IKU.CAPAIAN(${r},${targetUsed(row)}${pol}),${s.desimal.name}))`;
}

import { capaian } from "../../formulas/capaian";
import { toExcelPrecision } from "../../formulas/toExcelPrecision";
import type { LakipIndikator, Nilai } from "../LakipData";
import { nilaiCell } from "../report/nilaiCell";
import type { ReportBlock } from "../report/ReportBlock";
import { indikatorRows, type IndikatorRow, type ReportContext } from "../report/ReportContext";
import { tableBlock, type ReportColumn } from "../report/ReportTable";
import { indikatorColumns } from "./indikatorColumns";

/**
 * A figure of this table, or "tidak dapat dihitung" when the arithmetic left the numbers:
 * the sum of years of figures near Excel's largest.
 */
const ada = (value: number): Nilai =>
  Number.isFinite(value)
    ? { status: "ada", value: toExcelPrecision(value) }
    : { status: "tidakDapatDihitung", reason: "Jumlahnya terlalu besar untuk dihitung." };

/** The sum of figures, or the first reason one of them is not a number. */
function sum(figures: readonly Nilai[]): Nilai {
  const notANumber = figures.find((n) => n.status !== "ada");
  if (notANumber) return notANumber;
  return ada(figures.reduce((total, n) => total + (n as { value: number }).value, 0));
}

/**
 * Capaian of `real` against the Renstra end target. Polarity applies; the cap does not:
 * it bounds a year's score, while this measures progress towards the plan's end.
 */
function progressToEnd(target: Nilai, real: Nilai, polaritas: LakipIndikator["polaritas"]): Nilai {
  if (target.status !== "ada") return target;
  if (real.status !== "ada") return real;
  const c = capaian(real.value, target.value, { polaritas });
  return c.ok ? { status: "ada", value: c.value } : { status: "tidakDapatDihitung", reason: c.error.message };
}

/** What is left to reach the end target: never below 0 (a target met leaves nothing). */
function sisa(target: Nilai, real: Nilai, polaritas: LakipIndikator["polaritas"]): Nilai {
  if (target.status !== "ada") return target;
  if (real.status !== "ada") return real;
  const left = polaritas === "positif" ? target.value - real.value : real.value - target.value;
  return ada(Math.max(0, left));
}

/**
 * Realisasi so far against the Renstra end target (LKjIP Bab III, analysis 3), by sifat
 * target: a kumulatif indicator sums its years (its end target is the sum of the
 * Renstra's yearly targets), an akhir indicator stands at its report year's realisasi
 * (its end target is the last Renstra year's). The rules are printed under the table.
 */
export function perbandinganRenstra(ctx: ReportContext): ReportBlock {
  const { tahun, settings: s } = ctx;
  const akhir = s.tahunAkhir;
  const periode: number[] = [];
  for (let y = s.tahunAwal; y <= akhir; y++) periode.push(y);
  const lead = indikatorColumns(ctx);
  const kumulatif = (ind: LakipIndikator) => ind.sifatTarget === "kumulatif";
  const targetAkhir = (ind: LakipIndikator): Nilai =>
    kumulatif(ind)
      ? sum(periode.map((y) => ctx.nilai(ind, y, "targetRenstra")))
      : ctx.nilai(ind, akhir, "targetRenstra");
  const realisasiSd = (ind: LakipIndikator): Nilai =>
    kumulatif(ind)
      ? sum(ctx.years.map((y) => ctx.nilai(ind, y, "realisasi")))
      : ctx.nilai(ind, tahun, "realisasi");
  const figure = (
    key: string,
    header: string,
    nilai: (r: IndikatorRow) => Nilai,
  ): ReportColumn<IndikatorRow> => ({
    key,
    header,
    width: 76,
    value: (r) => nilaiCell(nilai(r)),
    numberFormat: (r) => ctx.quantityFormat(r.ind.jenis, nilai(r)),
  });
  return tableBlock({
    title: `Perbandingan Realisasi s.d. ${tahun} dengan Target Akhir Renstra ${akhir}`,
    columns: [
      lead.no,
      lead.sasaran,
      lead.indikator,
      lead.satuan,
      { key: "sifat", header: "Sifat Target", width: 64, center: true, value: (r) => r.ind.sifatTarget },
      figure("targetAkhir", `Target Akhir Renstra (${akhir})`, (r) => targetAkhir(r.ind)),
      figure("realisasiSd", `Realisasi s.d. ${tahun}`, (r) => realisasiSd(r.ind)),
      {
        key: "capaianAkhir",
        header: "Capaian terhadap Target Akhir (%)",
        width: 76,
        value: (r) => nilaiCell(progressToEnd(targetAkhir(r.ind), realisasiSd(r.ind), r.ind.polaritas)),
        numberFormat: ctx.percentFormat,
      },
      figure("sisa", "Sisa Target", (r) => sisa(targetAkhir(r.ind), realisasiSd(r.ind), r.ind.polaritas)),
    ],
    rows: indikatorRows(ctx),
    notes: [
      `Sifat target akhir: realisasi s.d. ${tahun} = realisasi tahun ${tahun}; target akhir = target Renstra ${akhir}.`,
      `Sifat target kumulatif: realisasi s.d. ${tahun} = jumlah realisasi ${s.tahunAwal}–${tahun}; target akhir = jumlah target Renstra ${s.tahunAwal}–${akhir}.`,
      "Sisa target = target akhir − realisasi s.d. tahun laporan (polaritas negatif: realisasi − target akhir); 0 bila target akhir sudah tercapai. Capaian terhadap target akhir tidak dibatasi.",
    ],
  });
}

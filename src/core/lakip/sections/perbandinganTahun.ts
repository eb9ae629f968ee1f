import type { Nilai } from "../LakipData";
import { nilaiCell, quantityFormat } from "../report/nilaiCell";
import type { ReportBlock } from "../report/ReportBlock";
import { indikatorRows, type IndikatorRow, type ReportContext } from "../report/ReportContext";
import { NUMBER_FORMAT } from "../report/REPORT_STYLE";
import { tableBlock, type ReportColumn } from "../report/ReportTable";
import { indikatorColumns } from "./indikatorColumns";

/** Compared at the 2 decimals shown, so a trend never contradicts the figures printed beside it. */
function trend(now: Nilai, before: Nilai): string {
  if (now.status !== "ada" || before.status !== "ada") return "tidak dapat dibandingkan";
  const a = Math.round(now.value * 100);
  const b = Math.round(before.value * 100);
  return a > b ? "naik" : a < b ? "turun" : "tetap";
}

/**
 * Realisasi and capaian of every Renstra year up to the report year, and the trend of
 * capaian against the year before (LKjIP Bab III, comparison over the years).
 */
export function perbandinganTahun(ctx: ReportContext): ReportBlock {
  const { tahun, settings: s } = ctx;
  const lead = indikatorColumns(ctx);
  const yearColumns = ctx.years.flatMap((y): ReportColumn<IndikatorRow>[] => [
    {
      key: `realisasi${y}`,
      header: `Realisasi ${y}`,
      width: 68,
      value: (r) => nilaiCell(ctx.nilai(r.ind, y, "realisasi")),
      numberFormat: (r) => quantityFormat(r.ind.jenis, ctx.nilai(r.ind, y, "realisasi")),
    },
    {
      key: `capaian${y}`,
      header: `Capaian ${y} (%)`,
      width: 68,
      value: (r) => nilaiCell(ctx.nilai(r.ind, y, "capaian")),
      numberFormat: NUMBER_FORMAT.twoDecimals,
    },
  ]);
  const first = tahun <= s.tahunAwal;
  return tableBlock({
    title: `Perbandingan Realisasi dan Capaian Kinerja Tahun ${s.tahunAwal}–${tahun}`,
    columns: [
      lead.no,
      lead.sasaran,
      lead.indikator,
      lead.satuan,
      ...yearColumns,
      {
        key: "tren",
        header: first ? "Tren Capaian" : `Tren Capaian ${tahun} terhadap ${tahun - 1}`,
        width: 68,
        center: true,
        value: (r) =>
          first
            ? "tahun pertama Renstra"
            : trend(ctx.nilai(r.ind, tahun, "capaian"), ctx.nilai(r.ind, tahun - 1, "capaian")),
      },
    ],
    rows: indikatorRows(ctx),
  });
}

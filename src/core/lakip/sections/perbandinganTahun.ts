import type { LakipIndikator, Nilai } from "../LakipData";
import { nilaiCell } from "../report/nilaiCell";
import type { ReportBlock } from "../report/ReportBlock";
import { indikatorRows, type IndikatorRow, type ReportContext } from "../report/ReportContext";
import { tableBlock, type ReportColumn } from "../report/ReportTable";
import { indikatorColumns } from "./indikatorColumns";
import { kondisiAwalNilai } from "./targetRenstraPk";

const TREN = {
  naik: "naik",
  turun: "turun",
  tetap: "tetap",
  membaik: "membaik",
  memburuk: "memburuk",
  tidakDapatDibandingkan: "tidak dapat dibandingkan",
  tahunPertama: "tahun pertama Renstra",
} as const;

/**
 * How `now` compares with `before`, both as printed (rounded to the report's decimals),
 * so a trend never contradicts the figures beside it: +1 up, −1 down, 0 the same, null
 * when either is not a number.
 */
function direction(ctx: ReportContext, now: Nilai, before: Nilai): -1 | 0 | 1 | null {
  if (now.status !== "ada" || before.status !== "ada") return null;
  const a = ctx.printed(now.value);
  const b = ctx.printed(before.value);
  return a > b ? 1 : a < b ? -1 : 0;
}

/** Capaian: naik / turun / tetap. */
function trenCapaian(ctx: ReportContext, now: Nilai, before: Nilai): string {
  const d = direction(ctx, now, before);
  return d === null ? TREN.tidakDapatDibandingkan : d > 0 ? TREN.naik : d < 0 ? TREN.turun : TREN.tetap;
}

/** Realisasi: membaik / memburuk / tetap, by polarity (lower is better for a negative indicator). */
function trenRealisasi(ctx: ReportContext, ind: LakipIndikator, now: Nilai, before: Nilai): string {
  const d = direction(ctx, now, before);
  if (d === null) return TREN.tidakDapatDibandingkan;
  if (d === 0) return TREN.tetap;
  const better = ind.polaritas === "positif" ? d > 0 : d < 0;
  return better ? TREN.membaik : TREN.memburuk;
}

/**
 * Realisasi and capaian of every Renstra year up to the report year, from the kondisi
 * awal (the year before the period), with the trend of the report year against the year
 * before (LKjIP Bab III, comparison over the years): the realisasi's by the indicator's
 * polarity, the capaian's up or down. In the first Renstra year the realisasi is compared
 * with the kondisi awal; a capaian has no year before it.
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
      numberFormat: (r) => ctx.quantityFormat(r.ind.jenis, ctx.nilai(r.ind, y, "realisasi")),
    },
    {
      key: `capaian${y}`,
      header: `Capaian ${y} (%)`,
      width: 68,
      value: (r) => nilaiCell(ctx.nilai(r.ind, y, "capaian")),
      numberFormat: ctx.percentFormat,
    },
  ]);
  const first = tahun <= s.tahunAwal;
  const before = (r: IndikatorRow): Nilai =>
    first ? kondisiAwalNilai(r.ind) : ctx.nilai(r.ind, tahun - 1, "realisasi");
  return tableBlock({
    title: `Perbandingan Realisasi dan Capaian Kinerja Tahun ${s.tahunAwal}–${tahun}`,
    columns: [
      lead.no,
      lead.sasaran,
      lead.indikator,
      lead.satuan,
      {
        key: "kondisiAwal",
        header: `Kondisi Awal (${s.tahunAwal - 1})`,
        width: 68,
        value: (r) => nilaiCell(kondisiAwalNilai(r.ind)),
        numberFormat: (r) => ctx.quantityFormat(r.ind.jenis, kondisiAwalNilai(r.ind)),
      },
      ...yearColumns,
      {
        key: "trenRealisasi",
        header: `Tren Realisasi ${tahun} terhadap ${first ? "Kondisi Awal" : tahun - 1}`,
        width: 72,
        center: true,
        value: (r) => trenRealisasi(ctx, r.ind, ctx.nilai(r.ind, tahun, "realisasi"), before(r)),
      },
      {
        key: "trenCapaian",
        header: first ? "Tren Capaian" : `Tren Capaian ${tahun} terhadap ${tahun - 1}`,
        width: 68,
        center: true,
        value: (r) =>
          first
            ? TREN.tahunPertama
            : trenCapaian(ctx, ctx.nilai(r.ind, tahun, "capaian"), ctx.nilai(r.ind, tahun - 1, "capaian")),
      },
    ],
    rows: indikatorRows(ctx),
    notes: [
      `Tren dibandingkan pada angka yang dicetak (${ctx.decimals} desimal). Tren realisasi mengikuti polaritas: untuk indikator berpolaritas negatif, realisasi yang turun berarti membaik.`,
    ],
  });
}

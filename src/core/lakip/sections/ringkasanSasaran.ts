import { predikat } from "../../formulas/predikat";
import { toExcelPrecision } from "../../formulas/toExcelPrecision";
import type { LakipIndikator, Nilai } from "../LakipData";
import { bandColour } from "../../workbook/PALETTE";
import type { CellInput } from "../../workbook/SheetPlan";
import { textCell } from "../../workbook/textCell";
import { LAKIP_LAYOUT } from "../LAKIP_LAYOUT";
import { rataRataCapaian } from "../rataRataCapaian";
import { nilaiCell } from "../report/nilaiCell";
import type { ReportBlock } from "../report/ReportBlock";
import type { ReportContext } from "../report/ReportContext";
import { NUMBER_FORMAT, REPORT_STYLE } from "../report/REPORT_STYLE";
import { tableBlock, type ReportColumn } from "../report/ReportTable";

/** A row of the summary: a sasaran, or the whole agency (no number). */
interface RingkasanRow {
  readonly no: CellInput;
  readonly nama: string;
  readonly items: readonly LakipIndikator[];
  readonly total: boolean;
}

const count = (
  key: string,
  header: string,
  value: (r: RingkasanRow) => number,
): ReportColumn<RingkasanRow> => ({
  key,
  header,
  width: 68,
  center: true,
  numberFormat: NUMBER_FORMAT.count,
  value,
});

const persen = (n: number) => String(toExcelPrecision(n)).replace(".", ",");

/** The mean capaian of indicators that have one (`rataRataCapaian`, with the cap on the mean). */
export function meanCapaian(ctx: ReportContext, items: readonly LakipIndikator[]): Nilai {
  const values = items.flatMap((ind) => {
    const c = ctx.nilai(ind, ctx.tahun, "capaian");
    return c.status === "ada" ? [c.value] : [];
  });
  const mean = rataRataCapaian(values, ctx.settings.batasRataRata);
  return mean === null ? { status: "kosong" } : { status: "ada", value: mean };
}

/**
 * Per sasaran and for the agency: how many indicators, the mean capaian of those with
 * one and its predikat (the band of the mean as printed), and how many fall in each
 * predikat band (and how many cannot be rated yet). The method is written under the
 * table: which capaian are averaged, which caps apply, how the predikat is read.
 */
export function ringkasanSasaran(ctx: ReportContext): ReportBlock {
  const { tahun, settings: s } = ctx;
  const labels = s.skala.map((b) => b.label);
  const predikatOf = (r: RingkasanRow) => r.items.map((ind) => ctx.yearOf(ind, tahun)?.predikat ?? null);
  const rows: RingkasanRow[] = [
    ...ctx.groups.map((g, i) => ({
      no: i + 1,
      nama: ctx.sasaranName(g.sasaran),
      items: g.items,
      total: false,
    })),
    { no: "", nama: `Seluruh IKU ${s.instansi}`.trim(), items: ctx.indicators, total: true },
  ];
  const capIndikator =
    s.batasCapaian === null
      ? "capaian tiap indikator tidak dibatasi"
      : `capaian tiap indikator dibatasi paling tinggi ${persen(s.batasCapaian)}%`;
  const capMean =
    s.batasRataRata === null
      ? "rata-rata tidak dibatasi"
      : `rata-rata dibatasi paling tinggi ${persen(s.batasRataRata)}%`;
  return tableBlock({
    title: `Ringkasan Capaian Kinerja Tahun ${tahun} per Sasaran Strategis`,
    columns: [
      { key: "no", header: "No", width: 30, center: true, value: (r) => r.no },
      { key: "sasaran", header: "Sasaran Strategis", width: 160, wrap: true, value: (r) => textCell(r.nama) },
      { ...count("jumlah", "Jumlah Indikator", (r) => r.items.length), width: 72 },
      {
        key: "rataRata",
        header: "Rata-rata Capaian (%)",
        width: 72,
        numberFormat: ctx.percentFormat,
        value: (r) => nilaiCell(meanCapaian(ctx, r.items)),
      },
      {
        key: "predikatRataRata",
        header: "Predikat Rata-rata",
        width: 84,
        center: true,
        value: (r) => {
          const mean = meanCapaian(ctx, r.items);
          if (mean.status !== "ada") return LAKIP_LAYOUT.kosong;
          const p = predikat(ctx.printed(mean.value), s.skala);
          return p.ok ? textCell(p.value) : LAKIP_LAYOUT.tidakDapatDihitung;
        },
      },
      ...labels.map((label, i) => ({
        ...count(
          `predikat${i}`,
          `Jumlah ${label}`,
          (r: RingkasanRow) => predikatOf(r).filter((p) => p === label).length,
        ),
        headerFormat: bandColour(i, labels.length),
      })),
      count("belumDinilai", "Belum Dapat Dinilai", (r) => predikatOf(r).filter((p) => p === null).length),
    ],
    rows,
    rowFormat: (r) => (r.total ? REPORT_STYLE.total : undefined),
    highlights: labels.map((text, i) => ({
      from: "predikatRataRata",
      to: "predikatRataRata",
      text,
      ...bandColour(i, labels.length),
    })),
    notes: [
      `Rata-rata capaian: rata-rata hitung capaian ${tahun} indikator yang dapat dinilai (yang belum dapat dinilai tidak dihitung); ${capIndikator}; ${capMean}.`,
      `Predikat rata-rata: skala predikat Pengaturan, dinilai pada rata-rata yang dibulatkan ${ctx.decimals} desimal seperti dicetak.`,
    ],
  });
}

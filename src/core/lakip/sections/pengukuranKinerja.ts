import { bandColour } from "../../workbook/PALETTE";
import { textCell } from "../../workbook/textCell";
import { nilaiCell, NOT_A_NUMBER_WORDS, quantityFormat } from "../report/nilaiCell";
import type { ReportBlock } from "../report/ReportBlock";
import { indikatorRows, type IndikatorRow, type ReportContext } from "../report/ReportContext";
import { NUMBER_FORMAT, REPORT_STYLE } from "../report/REPORT_STYLE";
import { tableBlock, type ReportColumn } from "../report/ReportTable";
import { indikatorColumns } from "./indikatorColumns";

/** The pengukuran kinerja table's columns: they set the printed page's width. */
export function pengukuranColumns(ctx: ReportContext): ReportColumn<IndikatorRow>[] {
  const lead = indikatorColumns(ctx);
  const t = ctx.tahun;
  return [
    lead.no,
    lead.sasaran,
    lead.indikator,
    lead.satuan,
    {
      key: "target",
      header: "Target",
      width: 72,
      value: (r) => nilaiCell(ctx.nilai(r.ind, t, "target")),
      numberFormat: (r) => quantityFormat(r.ind.jenis, ctx.nilai(r.ind, t, "target")),
    },
    {
      key: "realisasi",
      header: "Realisasi",
      width: 72,
      value: (r) => nilaiCell(ctx.nilai(r.ind, t, "realisasi")),
      numberFormat: (r) => quantityFormat(r.ind.jenis, ctx.nilai(r.ind, t, "realisasi")),
    },
    {
      key: "capaian",
      header: "Capaian (%)",
      width: 72,
      value: (r) => nilaiCell(ctx.nilai(r.ind, t, "capaian")),
      numberFormat: NUMBER_FORMAT.twoDecimals,
    },
    {
      key: "predikat",
      header: "Predikat",
      width: 84,
      center: true,
      value: (r) => {
        const predikat = ctx.yearOf(r.ind, t)?.predikat;
        if (predikat) return textCell(predikat);
        const c = ctx.nilai(r.ind, t, "capaian");
        // A number with no band is a scale that does not cover it: say it cannot be rated.
        return nilaiCell(c.status === "ada" ? { status: "tidakDapatDihitung", reason: "" } : c);
      },
    },
    {
      key: "penanggungJawab",
      header: "Penanggung Jawab",
      width: 140,
      wrap: true,
      value: (r) => textCell(r.ind.bidang.nama),
    },
  ];
}

/**
 * A. Pengukuran kinerja of the report year (LKjIP Bab III.A): target, realisasi,
 * capaian and predikat per indicator, grouped by sasaran. Predikat cells take their
 * band's colour; a figure that is not a number is greyed.
 */
export function pengukuranKinerja(ctx: ReportContext): ReportBlock {
  const skala = ctx.settings.skala;
  return tableBlock({
    title: `Pengukuran Kinerja Tahun ${ctx.tahun}`,
    columns: pengukuranColumns(ctx),
    rows: indikatorRows(ctx),
    printHeader: true,
    highlights: [
      ...skala.map((band, i) => ({
        from: "predikat",
        to: "predikat",
        text: band.label,
        ...bandColour(i, skala.length),
      })),
      ...NOT_A_NUMBER_WORDS.map((text) => ({
        from: "target",
        to: "predikat",
        text,
        ...REPORT_STYLE.notANumber,
      })),
    ],
  });
}

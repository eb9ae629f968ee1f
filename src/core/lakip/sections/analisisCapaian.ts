import { textOrKosong } from "../report/nilaiCell";
import type { ReportBlock } from "../report/ReportBlock";
import { indikatorRows, type IndikatorRow, type ReportContext } from "../report/ReportContext";
import { tableBlock, type ReportColumn } from "../report/ReportTable";
import { indikatorColumns } from "./indikatorColumns";

/**
 * The Bidang sheets' analysis texts of the report year: faktor pendukung, penghambat,
 * solusi, and the Keterangan staff wrote. The text columns take the page's widths and wrap.
 */
export function analisisCapaian(ctx: ReportContext): ReportBlock {
  const { tahun } = ctx;
  const lead = indikatorColumns(ctx);
  const text = (
    key: "pendukung" | "penghambat" | "solusi" | "keterangan",
    header: string,
  ): ReportColumn<IndikatorRow> => ({
    key,
    header,
    wrap: true,
    value: (r) => textOrKosong(ctx.yearOf(r.ind, tahun)?.[key] ?? ""),
  });
  return tableBlock({
    title: `Analisis Capaian Kinerja Tahun ${tahun}`,
    columns: [
      lead.no,
      lead.sasaran,
      lead.indikator,
      text("pendukung", "Faktor Pendukung"),
      text("penghambat", "Faktor Penghambat"),
      text("solusi", "Solusi / Tindak Lanjut"),
      text("keterangan", "Keterangan"),
    ],
    rows: indikatorRows(ctx),
  });
}

import { bandColour, KRITERIA_COLOURS } from "../../workbook/PALETTE";
import { textCell } from "../../workbook/textCell";
import { nilaiCell, NOT_A_NUMBER_WORDS } from "../report/nilaiCell";
import type { ReportBlock } from "../report/ReportBlock";
import { indikatorRows, type IndikatorRow, type ReportContext } from "../report/ReportContext";
import { REPORT_STYLE } from "../report/REPORT_STYLE";
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
      header: "Target PK",
      width: 72,
      value: (r) => nilaiCell(ctx.nilai(r.ind, t, "target")),
      numberFormat: (r) => ctx.quantityFormat(r.ind.jenis, ctx.nilai(r.ind, t, "target")),
    },
    {
      key: "realisasi",
      header: "Realisasi",
      width: 72,
      value: (r) => nilaiCell(ctx.nilai(r.ind, t, "realisasi")),
      numberFormat: (r) => ctx.quantityFormat(r.ind.jenis, ctx.nilai(r.ind, t, "realisasi")),
    },
    {
      key: "capaian",
      header: "Capaian (%)",
      width: 72,
      value: (r) => nilaiCell(ctx.nilai(r.ind, t, "capaian")),
      numberFormat: ctx.percentFormat,
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
      key: "kriteria",
      header: "Kriteria",
      width: 84,
      center: true,
      value: (r) => {
        const kriteria = ctx.yearOf(r.ind, t)?.kriteria;
        return kriteria ? textCell(kriteria) : nilaiCell(ctx.nilai(r.ind, t, "capaian"));
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
 * The lines under the table naming the indicators whose PK target was blank, so the
 * reader knows which targets are the Renstra's.
 */
function fallbackNotes(ctx: ReportContext, rows: readonly IndikatorRow[]): string[] {
  const t = ctx.tahun;
  const fell = rows.filter((r) => ctx.yearOf(r.ind, t)?.targetDariRenstra === true);
  if (fell.length === 0) return [];
  const lead = `Target PK ${t} belum diisi; capaian diukur terhadap Target Renstra ${t}`;
  if (fell.length === rows.length) return [`${lead} untuk semua indikator.`];
  return [`${lead} untuk:`, ...fell.map((r) => `    ${r.no}. ${r.ind.nama}`)];
}

/**
 * A. Pengukuran kinerja of the report year (LKjIP Bab III.A): the PK target (the
 * Renstra's where none was signed, named under the table), realisasi, capaian, predikat
 * and kriteria per indicator, grouped by sasaran. The predikat is the band of the
 * capaian as printed; the kriteria reads the capaian before any cap. Predikat and
 * kriteria cells take their colours; a figure that is not a number is greyed.
 */
export function pengukuranKinerja(ctx: ReportContext): ReportBlock {
  const skala = ctx.settings.skala;
  const rows = indikatorRows(ctx);
  return tableBlock({
    title: `Pengukuran Kinerja Tahun ${ctx.tahun}`,
    columns: pengukuranColumns(ctx),
    rows,
    printHeader: true,
    highlights: [
      ...skala.map((band, i) => ({
        from: "predikat",
        to: "predikat",
        text: band.label,
        ...bandColour(i, skala.length),
      })),
      ...KRITERIA_COLOURS.map((k) => ({ from: "kriteria", to: "kriteria", ...k })),
      ...NOT_A_NUMBER_WORDS.map((text) => ({
        from: "target",
        to: "kriteria",
        text,
        ...REPORT_STYLE.notANumber,
      })),
    ],
    notes: fallbackNotes(ctx, rows),
  });
}

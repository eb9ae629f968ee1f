import { nilaiCell } from "../../lakip/report/nilaiCell";
import type { ReportBlock } from "../../lakip/report/ReportBlock";
import { indikatorRows, type IndikatorRow } from "../../lakip/report/ReportContext";
import { tableBlock, type ReportColumn } from "../../lakip/report/ReportTable";
import { indikatorColumns } from "../../lakip/sections/indikatorColumns";
import type { Nilai } from "../../lakip/LakipData";
import { textCell } from "../../workbook/textCell";
import { romanOf, TRIWULAN_LIST } from "../../workbook/triwulanLayout";
import type { MonevContext, MonevFigures } from "../MonevContext";

/**
 * The evaluation form's columns (kinerja), numbered as the form numbers them so a reader
 * matches them to e-monev: (5) … (16). Quarters after the one reported are left out.
 */
export function capaianColumns(ctx: MonevContext): ReportColumn<IndikatorRow>[] {
  const { tahun, settings: s, tw } = ctx;
  const lead = indikatorColumns(ctx);
  const figure = (
    key: string,
    header: string,
    nilai: (f: MonevFigures) => Nilai,
    percent = false,
  ): ReportColumn<IndikatorRow> => ({
    key,
    header,
    width: 72,
    value: (r) => nilaiCell(nilai(ctx.figures(r.ind))),
    numberFormat: percent
      ? ctx.percentFormat
      : (r) => ctx.quantityFormat(r.ind.jenis, nilai(ctx.figures(r.ind))),
  });
  const quarters = TRIWULAN_LIST.filter((q) => q <= tw).map((q, i) =>
    figure(`tw${q}`, `(${8 + i}) Realisasi TW ${romanOf(q)}`, (f) => f.triwulan[i] ?? { status: "kosong" }),
  );
  return [
    lead.no,
    lead.sasaran,
    lead.indikator,
    lead.satuan,
    figure("targetAkhir", `(5) Target Akhir Renstra (${s.tahunAkhir})`, (f) => f.targetAkhir),
    figure("sdTahunLalu", `(6) Realisasi Renstra s.d. ${tahun - 1}`, (f) => f.realisasiSdTahunLalu),
    figure("target", `(7) Target ${tahun} (PK)`, (f) => f.target),
    ...quarters,
    figure("tahunIni", `(12) Realisasi ${tahun} s.d. TW ${romanOf(tw)}`, (f) => f.realisasiTahunIni),
    figure("capaian", `(13) Capaian ${tahun} (%)`, (f) => f.capaianTahunIni, true),
    figure(
      "sdTriwulan",
      `(14) Realisasi Renstra s.d. TW ${romanOf(tw)} ${tahun}`,
      (f) => f.realisasiSdTriwulan,
    ),
    figure("capaianRenstra", "(15) Capaian terhadap Renstra (%)", (f) => f.capaianRenstra, true),
    {
      key: "unit",
      header: "(16) Unit Penanggung Jawab",
      width: 150,
      wrap: true,
      value: (r) => textCell(r.ind.bidang.nama),
    },
  ];
}

/** The form's table: one row per indicator, kinerja (K) by the form's columns. */
export function capaianTriwulan(ctx: MonevContext): ReportBlock {
  const { tahun, tw, settings: s } = ctx;
  return tableBlock({
    title: `Capaian Kinerja s.d. Triwulan ${romanOf(tw)} Tahun ${tahun}`,
    columns: capaianColumns(ctx),
    rows: indikatorRows(ctx),
    printHeader: true,
    notes: [
      `(12) dari triwulan menurut sifat target: kumulatif = jumlah TW I–${romanOf(tw)}; akhir = triwulan terakhir yang terisi. (13) = (12) / (7) × 100${s.batasCapaian === null ? "" : `, dibatasi ${s.batasCapaian}`}.`,
      `(14): kumulatif = (6) + (12); akhir = (12). (15) = (14) / (5) × 100, tanpa batas. Polaritas negatif memakai rumus di Pengaturan.`,
    ],
  });
}

import { nilaiCell } from "../../lakip/report/nilaiCell";
import type { ReportBlock } from "../../lakip/report/ReportBlock";
import { indikatorRows, type IndikatorRow } from "../../lakip/report/ReportContext";
import { tableBlock, type ReportColumn } from "../../lakip/report/ReportTable";
import { indikatorColumns } from "../../lakip/sections/indikatorColumns";
import type { Nilai } from "../../lakip/LakipData";
import { textCell } from "../../workbook/textCell";
import { RUPIAH_FORMAT } from "../../workbook/anggaranLayout";
import { romanOf, TRIWULAN_LIST } from "../../workbook/triwulanLayout";
import type { MonevAnggaran } from "../anggaranIndikator";
import type { MonevContext, MonevFigures } from "../MonevContext";

/**
 * The evaluation form's columns, numbered as the form numbers them so a reader matches
 * them to e-monev: (5) … (16). Quarters after the one reported are left out. Where the
 * workbook has budget rows, each of (5)–(15) is a pair: kinerja (K), then its budget (Rp)
 * from the Anggaran sheet (`anggaranPerIndikator`); an indicator no row is linked to has
 * its Rp cells blank.
 */
export function capaianColumns(ctx: MonevContext): ReportColumn<IndikatorRow>[] {
  const { tahun, settings: s, tw } = ctx;
  const lead = indikatorColumns(ctx);
  const rp = ctx.anggaran;
  const figure = (
    key: string,
    header: string,
    nilai: (f: MonevFigures) => Nilai,
    percent = false,
  ): ReportColumn<IndikatorRow> => ({
    key,
    header: rp === null ? header : `${header} K`,
    width: 72,
    value: (r) => nilaiCell(nilai(ctx.figures(r.ind))),
    numberFormat: percent
      ? ctx.percentFormat
      : (r) => ctx.quantityFormat(r.ind.jenis, nilai(ctx.figures(r.ind))),
  });
  const money = (
    key: string,
    header: string,
    nilai: (a: MonevAnggaran) => Nilai,
    percent = false,
  ): ReportColumn<IndikatorRow>[] => {
    if (rp === null) return [];
    const of = (r: IndikatorRow) => {
      const a = rp(r.ind);
      return a === null ? null : nilai(a);
    };
    return [
      {
        key: `${key}Rp`,
        header,
        width: percent ? 60 : 95,
        value: (r) => {
          const n = of(r);
          return n === null ? "" : nilaiCell(n);
        },
        numberFormat: percent ? ctx.percentFormat : RUPIAH_FORMAT,
      },
    ];
  };
  const quarters = TRIWULAN_LIST.filter((q) => q <= tw).flatMap((q, i) => [
    figure(`tw${q}`, `(${8 + i}) Realisasi TW ${romanOf(q)}`, (f) => f.triwulan[i] ?? { status: "kosong" }),
    ...money(
      `tw${q}`,
      `(${8 + i}) Realisasi Anggaran TW ${romanOf(q)} Rp`,
      (a) => a.triwulan[i] ?? { status: "kosong" },
    ),
  ]);
  return [
    lead.no,
    lead.sasaran,
    lead.indikator,
    lead.satuan,
    figure("targetAkhir", `(5) Target Akhir Renstra (${s.tahunAkhir})`, (f) => f.targetAkhir),
    ...money("targetAkhir", `(5) Pagu Renstra ${s.tahunAwal}–${s.tahunAkhir} Rp`, (a) => a.paguRenstra),
    figure("sdTahunLalu", `(6) Realisasi Renstra s.d. ${tahun - 1}`, (f) => f.realisasiSdTahunLalu),
    ...money("sdTahunLalu", `(6) Realisasi Anggaran s.d. ${tahun - 1} Rp`, (a) => a.realisasiSdTahunLalu),
    figure("target", `(7) Target ${tahun} (PK)`, (f) => f.target),
    ...money("target", `(7) Pagu ${tahun} Rp`, (a) => a.pagu),
    ...quarters,
    figure("tahunIni", `(12) Realisasi ${tahun} s.d. TW ${romanOf(tw)}`, (f) => f.realisasiTahunIni),
    ...money(
      "tahunIni",
      `(12) Realisasi Anggaran ${tahun} s.d. TW ${romanOf(tw)} Rp`,
      (a) => a.realisasiTahunIni,
    ),
    figure("capaian", `(13) Capaian ${tahun} (%)`, (f) => f.capaianTahunIni, true),
    ...money("capaian", `(13) Serapan ${tahun} (%)`, (a) => a.serapanTahunIni, true),
    figure(
      "sdTriwulan",
      `(14) Realisasi Renstra s.d. TW ${romanOf(tw)} ${tahun}`,
      (f) => f.realisasiSdTriwulan,
    ),
    ...money(
      "sdTriwulan",
      `(14) Realisasi Anggaran s.d. TW ${romanOf(tw)} ${tahun} Rp`,
      (a) => a.realisasiSdTriwulan,
    ),
    figure("capaianRenstra", "(15) Capaian terhadap Renstra (%)", (f) => f.capaianRenstra, true),
    ...money("capaianRenstra", "(15) Serapan terhadap Pagu Renstra (%)", (a) => a.serapanRenstra, true),
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
      ...(ctx.anggaran === null
        ? []
        : [
            `K: kinerja; Rp: anggaran program, kegiatan dan sub kegiatan di lembar Anggaran yang Kode IKU-nya memuat indikator itu (baris yang induknya sudah tertaut ke indikator yang sama tidak dihitung lagi). Baris yang tertaut ke beberapa indikator dihitung pada setiap indikator itu, sehingga jumlah Rp semua indikator dapat melebihi total anggaran.`,
            `Rp: (5) pagu semua tahun Renstra; (6) realisasi tahun-tahun sebelumnya; (7) pagu ${tahun}; (8)–(11) Realisasi TW di lembar Anggaran; (12) ${tw === 4 ? `realisasi ${tahun} (kolom Realisasi, atau jumlah triwulannya bila kosong)` : `jumlah TW I–${romanOf(tw)}`}; (13) = (12) / (7) × 100; (14) = (6) + (12); (15) = (14) / (5) × 100.`,
          ]),
    ],
  });
}

import { textCell } from "../../workbook/textCell";
import { linkedIku } from "../../validation/validateAnggaran";
import { linesOf, programsOf, type AnggaranLine } from "../anggaranTahun";
import type { LakipIndikator } from "../LakipData";
import { LAKIP_LAYOUT } from "../LAKIP_LAYOUT";
import { textOrKosong } from "../report/nilaiCell";
import type { ReportBlock } from "../report/ReportBlock";
import type { ReportContext } from "../report/ReportContext";
import { tableBlock } from "../report/ReportTable";
import { moneyColumns } from "./anggaranCells";

interface Row {
  readonly no: number;
  readonly ind: LakipIndikator;
  /** `null`: no program or kegiatan of the year names this IKU. */
  readonly line: AnggaranLine | null;
}

/**
 * LKjIP Bab III.A analysis 7, the programs and activities that supported or held back each
 * result: per IKU, every program and kegiatan of the report year that names it in its
 * Kode IKU (a kegiatan without one follows its program), with its pagu, realisasi and serapan and the sheet's Menunjang / Menghambat
 * text. `null` without an Anggaran sheet.
 */
export function programPendukung(ctx: ReportContext): ReportBlock | null {
  const data = ctx.data.anggaran;
  if (data === undefined || data === null) return null;
  // Each line's IKU once, not once per indicator: a link is found by walking up its induk.
  const lines = linesOf(programsOf(data, ctx.tahun)).map((line) => ({
    line,
    iku: linkedIku(line.item, data.items),
  }));
  const rows: Row[] = ctx.indicators.flatMap((ind, i): Row[] => {
    const own = lines.filter((l) => l.iku.includes(ind.kode)).map((l) => l.line);
    return own.length === 0
      ? [{ no: i + 1, ind, line: null }]
      : own.map((line) => ({ no: i + 1, ind, line }));
  });
  const none = { pagu: null, realisasi: null };
  return tableBlock<Row>({
    title: `Program dan Kegiatan Pendukung Capaian Kinerja Tahun ${ctx.tahun}`,
    columns: [
      {
        key: "no",
        header: "No",
        width: 30,
        center: true,
        mergeRunsOf: (r) => r.ind.kode,
        value: (r) => r.no,
      },
      {
        key: "iku",
        header: "Indikator Kinerja Utama",
        width: 220,
        wrap: true,
        mergeRunsOf: (r) => r.ind.kode,
        value: (r) => textCell(r.ind.nama),
      },
      {
        key: "program",
        header: "Program / Kegiatan",
        width: 220,
        wrap: true,
        value: (r) =>
          r.line === null
            ? textCell(`tidak ada program/kegiatan tahun ${ctx.tahun}`)
            : textCell(`${r.line.item.kode} ${r.line.item.nama}`.trim()),
      },
      ...moneyColumns<Row>((r) => r.line ?? none, ctx.percentFormat),
      {
        key: "dampak",
        header: "Menunjang / Menghambat",
        width: 200,
        wrap: true,
        value: (r) => (r.line === null ? LAKIP_LAYOUT.kosong : textOrKosong(r.line.item.dampak)),
      },
    ],
    rows,
    notes: [
      "Sumber: lembar Anggaran, kolom Kode IKU (program atau kegiatan yang mencantumkan kode indikatornya; kegiatan tanpa Kode IKU mengikuti programnya) dan kolom Menunjang / Menghambat. Pagu dan realisasi program = jumlah kegiatannya.",
    ],
  });
}

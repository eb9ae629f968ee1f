import { EFISIENSI_RULE, efisiensi, efisiensiVerdict } from "../../formulas/efisiensi";
import type { CellInput } from "../../workbook/SheetPlan";
import { textCell } from "../../workbook/textCell";
import { budgetUnits, programsOf, totalOf } from "../anggaranTahun";
import type { LakipIndikator, Nilai } from "../LakipData";
import { LAKIP_LAYOUT } from "../LAKIP_LAYOUT";
import { nilaiCell } from "../report/nilaiCell";
import type { ReportBlock } from "../report/ReportBlock";
import type { ReportContext } from "../report/ReportContext";
import { REPORT_STYLE } from "../report/REPORT_STYLE";
import { tableBlock } from "../report/ReportTable";
import { moneyColumns } from "./anggaranCells";
import { meanCapaian } from "./ringkasanSasaran";

interface Row {
  readonly no: number | "";
  readonly nama: string;
  readonly capaian: Nilai;
  readonly pagu: number | null;
  readonly realisasi: number | null;
  readonly sasaran: boolean;
}

/**
 * LKjIP Bab III.A analysis 6, efficiency of resource use: per sasaran (the mean capaian of
 * its IKU, the budget of every kegiatan linked to one of them), and per IKU where budget
 * lines support that IKU alone: capaian, pagu, realisasi, serapan, efisiensi and the
 * verdict by the domain notes' rule (`efisiensiVerdict`), judged on the figures as printed.
 * The rule is written under the table. `null` without an Anggaran sheet.
 */
export function efisiensiAnggaran(ctx: ReportContext): ReportBlock | null {
  const data = ctx.data.anggaran;
  if (data === undefined || data === null) return null;
  const units = budgetUnits(data, programsOf(data, ctx.tahun));
  const rows: Row[] = [];
  ctx.groups.forEach((g, i) => {
    const kodes = new Set(g.items.map((ind) => ind.kode));
    const budget = totalOf(units.filter((u) => u.iku.some((k) => kodes.has(k))).map((u) => u.line));
    rows.push({
      no: i + 1,
      nama: ctx.sasaranName(g.sasaran),
      capaian: meanCapaian(ctx, g.items),
      ...budget,
      sasaran: true,
    });
    for (const ind of g.items) {
      const alone = units.filter((u) => u.iku.length === 1 && u.iku[0] === ind.kode).map((u) => u.line);
      if (alone.length === 0) continue;
      rows.push({
        no: "",
        nama: `    ${ind.nama}`,
        capaian: capaianOf(ctx, ind),
        ...totalOf(alone),
        sasaran: false,
      });
    }
  });
  const printed = (r: Row) => (r.capaian.status === "ada" ? ctx.printed(r.capaian.value) : null);
  const efisiensiCell = (r: Row): CellInput => {
    const c = printed(r);
    if (c === null || r.pagu === null || r.realisasi === null) return LAKIP_LAYOUT.kosong;
    const e = efisiensi(c, r.realisasi, r.pagu);
    return e.ok ? e.value : e.error.type === "NA" ? "tidak berlaku" : LAKIP_LAYOUT.tidakDapatDihitung;
  };
  return tableBlock<Row>({
    title: `Efisiensi Penggunaan Sumber Daya Tahun ${ctx.tahun}`,
    columns: [
      { key: "no", header: "No", width: 30, center: true, value: (r) => r.no },
      {
        key: "nama",
        header: "Sasaran Strategis / Indikator",
        width: 220,
        wrap: true,
        value: (r) => textCell(r.nama),
      },
      {
        key: "capaian",
        header: "Capaian Kinerja (%)",
        width: 72,
        numberFormat: ctx.percentFormat,
        value: (r) => nilaiCell(r.capaian),
      },
      ...moneyColumns<Row>((r) => r, ctx.percentFormat),
      {
        key: "efisiensi",
        header: "Efisiensi (%)",
        width: 64,
        numberFormat: ctx.percentFormat,
        value: efisiensiCell,
      },
      {
        key: "verdict",
        header: "Keterangan",
        width: 96,
        center: true,
        value: (r) => efisiensiVerdict({ capaian: printed(r), realisasi: r.realisasi, pagu: r.pagu }),
      },
    ],
    rows,
    rowFormat: (r) => (r.sasaran ? REPORT_STYLE.total : undefined),
    notes: [
      ...EFISIENSI_RULE,
      "Capaian sasaran: rata-rata capaian indikatornya (seperti tabel ringkasan); anggaran sasaran: kegiatan yang mendukung salah satu indikatornya (kegiatan tanpa Kode IKU mengikuti programnya). Baris indikator: kegiatan yang hanya mendukung indikator itu.",
    ],
  });
}

function capaianOf(ctx: ReportContext, ind: LakipIndikator): Nilai {
  return ctx.nilai(ind, ctx.tahun, "capaian");
}

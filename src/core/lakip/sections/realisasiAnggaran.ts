import { textCell } from "../../workbook/textCell";
import { linesOf, programsOf, totalOf, type AnggaranLine } from "../anggaranTahun";
import type { ReportBlock } from "../report/ReportBlock";
import type { ReportContext } from "../report/ReportContext";
import { REPORT_STYLE } from "../report/REPORT_STYLE";
import { tableBlock } from "../report/ReportTable";
import { moneyColumns } from "./anggaranCells";

interface Row {
  readonly no: number | "";
  readonly kode: string;
  readonly nama: string;
  readonly figures: { readonly pagu: number | null; readonly realisasi: number | null };
  readonly bold: boolean;
}

/** Kegiatan are indented under their program, as the DPA lists them. */
const INDENT = "    ";

/**
 * LKjIP Bab III.B, Realisasi Anggaran: per program (its kegiatan indented under it) the
 * pagu, realisasi, serapan and sisa of the report year, and a total row. The figures are
 * the Anggaran sheet's: a program's are the sums of its kegiatan, as the sheet's formula
 * sums them. `null` when the workbook has no Anggaran sheet (made before version 4).
 */
export function realisasiAnggaran(ctx: ReportContext): ReportBlock | null {
  const data = ctx.data.anggaran;
  if (data === undefined || data === null) return null;
  const programs = programsOf(data, ctx.tahun);
  const line = (l: AnggaranLine, no: number | "", program: boolean): Row => ({
    no,
    kode: l.item.kode,
    nama: program ? l.item.nama : `${INDENT}${l.item.nama}`,
    figures: l,
    bold: program,
  });
  const rows: Row[] = programs.flatMap((p, i) => [
    line(p, i + 1, true),
    ...p.kegiatan.map((k) => line(k, "", false)),
  ]);
  const total = totalOf(programs);
  if (programs.length > 0) rows.push({ no: "", kode: "", nama: "Jumlah", figures: total, bold: true });
  return tableBlock<Row>({
    title: `Realisasi Anggaran Tahun ${ctx.tahun}`,
    columns: [
      { key: "no", header: "No", width: 30, center: true, value: (r) => r.no },
      { key: "kode", header: "Kode", width: 96, value: (r) => textCell(r.kode) },
      { key: "nama", header: "Program / Kegiatan", width: 220, wrap: true, value: (r) => textCell(r.nama) },
      ...moneyColumns<Row>((r) => r.figures, ctx.percentFormat, { sisa: true }),
    ],
    rows,
    rowFormat: (r) => (r.bold ? REPORT_STYLE.total : undefined),
    notes: [
      programs.length === 0
        ? `Lembar Anggaran belum berisi program atau kegiatan tahun ${ctx.tahun}.`
        : `Sumber: lembar Anggaran (${linesOf(programs).length} baris program dan kegiatan). Pagu dan realisasi program = jumlah kegiatannya; realisasi yang kosong = jumlah Realisasi TW I–IV. Serapan = realisasi / pagu × 100; sisa = pagu − realisasi.`,
    ],
  });
}

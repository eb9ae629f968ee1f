import { rect, type ReportBlock } from "../../lakip/report/ReportBlock";
import { REPORT_STYLE } from "../../lakip/report/REPORT_STYLE";
import { textCell } from "../../workbook/textCell";
import { romanOf } from "../../workbook/triwulanLayout";
import type { MonevContext } from "../MonevContext";
import { capaianColumns } from "./capaianTriwulan";

const p2 = (n: number) => String(n).padStart(2, "0");

/** The title block, merged across the form's table: the form, whose, which quarter, when, after which validation. */
export function judulMonev(ctx: MonevContext): ReportBlock {
  const { settings: s, options, tw, tahun } = ctx;
  const d = options.generatedAt;
  const dibuat =
    typeof d === "string"
      ? d
      : `${p2(d.getDate())}-${p2(d.getMonth() + 1)}-${d.getFullYear()} ${p2(d.getHours())}.${p2(d.getMinutes())}`;
  const { galat, peringatan } = options.status;
  const lines = [
    "EVALUASI HASIL RENCANA KERJA (PERMENDAGRI 86/2017)",
    s.instansi === "" ? "(nama instansi belum diisi)" : s.instansi,
    `Triwulan ${romanOf(tw)} Tahun ${tahun} — Renstra ${s.tahunAwal}–${s.tahunAkhir}`,
    `Dibuat: ${dibuat}`,
    peringatan > 0 || galat > 0
      ? `Status validasi: lolos dengan ${peringatan} peringatan`
      : "Status validasi: lolos tanpa galat dan peringatan",
  ];
  const last = capaianColumns(ctx).length - 1;
  return {
    height: lines.length,
    cells: [{ row: 0, col: 0, values: lines.map((t) => [textCell(t)]) }],
    formats: [
      { rect: rect(0, 0, 0, last), format: REPORT_STYLE.title },
      { rect: rect(1, 0, 2, last), format: REPORT_STYLE.subtitle },
      { rect: rect(3, 0, 4, last), format: REPORT_STYLE.smallPrint },
    ],
    merges: lines.map((_, i) => rect(i, 0, i, last)),
    highlights: [],
    charts: [],
    widths: [],
  };
}

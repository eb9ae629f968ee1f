import { textCell } from "../../workbook/textCell";
import { rect, type ReportBlock } from "../report/ReportBlock";
import type { ReportContext, ReportOptions } from "../report/ReportContext";
import { REPORT_STYLE } from "../report/REPORT_STYLE";
import { pengukuranColumns } from "./pengukuranKinerja";

/**
 * The title block: what the report is, whose, which year, when it was made and after
 * which validation. Each line is merged across the pengukuran table, the page's width.
 */
export function judul(ctx: ReportContext): ReportBlock {
  const { settings: s, options } = ctx;
  const lines = [
    "PENGUKURAN KINERJA",
    s.instansi === "" ? "(nama instansi belum diisi)" : s.instansi,
    `Tahun ${ctx.tahun}`,
    `Dibuat: ${formatDate(options.generatedAt)}`,
    statusText(options.status),
  ];
  const last = pengukuranColumns(ctx).length - 1;
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

function formatDate(d: Date | string): string {
  if (typeof d === "string") return d;
  const p = (n: number) => String(n).padStart(2, "0");
  return `${p(d.getDate())}-${p(d.getMonth() + 1)}-${d.getFullYear()} ${p(d.getHours())}.${p(d.getMinutes())}`;
}

function statusText(s: ReportOptions["status"]): string {
  if (s.galat > 0) return `Status validasi: ${s.galat} galat, ${s.peringatan} peringatan`;
  if (s.peringatan > 0) return `Status validasi: lolos dengan ${s.peringatan} peringatan`;
  return "Status validasi: lolos tanpa galat dan peringatan";
}

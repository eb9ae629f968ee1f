import { textCell } from "../../workbook/textCell";
import type { ReportContext, IndikatorRow } from "../report/ReportContext";
import type { ReportColumn } from "../report/ReportTable";

/**
 * The columns every indicator table of a report starts with: No, Sasaran Strategis
 * (merged over the sasaran's rows), Indikator Kinerja Utama, Satuan.
 */
export function indikatorColumns(ctx: ReportContext): {
  readonly no: ReportColumn<IndikatorRow>;
  readonly sasaran: ReportColumn<IndikatorRow>;
  readonly indikator: ReportColumn<IndikatorRow>;
  readonly satuan: ReportColumn<IndikatorRow>;
} {
  return {
    no: { key: "no", header: "No", width: 30, center: true, value: (r) => r.no },
    sasaran: {
      key: "sasaran",
      header: "Sasaran Strategis",
      width: 160,
      wrap: true,
      mergeRunsOf: (r) => r.ind.sasaran,
      value: (r) => textCell(ctx.sasaranName(r.ind.sasaran)),
    },
    indikator: {
      key: "indikator",
      header: "Indikator Kinerja Utama",
      width: 220,
      wrap: true,
      value: (r) => textCell(r.ind.nama),
    },
    satuan: { key: "satuan", header: "Satuan", width: 72, value: (r) => textCell(r.ind.satuan) },
  };
}

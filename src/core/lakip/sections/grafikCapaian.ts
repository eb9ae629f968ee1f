import { textCell } from "../../workbook/textCell";
import { rect, type ReportBlock } from "../report/ReportBlock";
import { indikatorRows, type IndikatorRow, type ReportContext } from "../report/ReportContext";
import { TABLE_ROWS, tableBlock, type ReportColumn } from "../report/ReportTable";
import { pengukuranColumns } from "./pengukuranKinerja";

const LAYOUT = {
  /** The data table sits in B, beside the section title; the chart to its right. */
  dataColumn: 1,
  /** Rows the chart covers at the least, so a short catalog still gets a readable chart. */
  minChartRows: 18,
} as const;

/**
 * A column chart of the report year's capaian per indicator, drawn from a small data
 * table (kode, capaian) in B:C and covering the page to its right. A capaian that is
 * not a number is left blank so the chart shows a gap, not a bar of 0.
 */
export function grafikCapaian(ctx: ReportContext): ReportBlock {
  const title = `Capaian Kinerja ${ctx.tahun} per Indikator (%)`;
  const rows = indikatorRows(ctx);
  const columns: ReportColumn<IndikatorRow>[] = [
    { key: "kode", header: "Kode", value: (r) => textCell(r.ind.kode) },
    {
      key: "capaian",
      header: "Capaian (%)",
      numberFormat: ctx.percentFormat,
      value: (r) => {
        const c = ctx.nilai(r.ind, ctx.tahun, "capaian");
        return c.status === "ada" ? c.value : null;
      },
    },
  ];
  const data = tableBlock({ title: `Grafik ${title}`, firstColumn: LAYOUT.dataColumn, columns, rows });
  const top = TABLE_ROWS.header;
  const lastDataColumn = LAYOUT.dataColumn + columns.length - 1;
  const chartRows = Math.max(LAYOUT.minChartRows, rows.length + 1);
  const pageEnd = pengukuranColumns(ctx).length - 1;
  return {
    ...data,
    height: top + chartRows,
    charts: [
      {
        type: "ColumnClustered",
        title,
        source: rect(top, LAYOUT.dataColumn, top + rows.length, lastDataColumn),
        placeAt: rect(top, lastDataColumn + 1, top + chartRows - 1, pageEnd),
      },
    ],
  };
}

import { toExcelPrecision } from "../../formulas/toExcelPrecision";
import type { LakipIndikator } from "../LakipData";
import { bandColour } from "../../workbook/PALETTE";
import type { CellInput } from "../../workbook/SheetPlan";
import { textCell } from "../../workbook/textCell";
import { LAKIP_LAYOUT } from "../LAKIP_LAYOUT";
import type { ReportBlock } from "../report/ReportBlock";
import type { ReportContext } from "../report/ReportContext";
import { NUMBER_FORMAT, REPORT_STYLE } from "../report/REPORT_STYLE";
import { tableBlock, type ReportColumn } from "../report/ReportTable";

/** A row of the summary: a sasaran, or the whole agency (no number). */
interface RingkasanRow {
  readonly no: CellInput;
  readonly nama: string;
  readonly items: readonly LakipIndikator[];
  readonly total: boolean;
}

const count = (
  key: string,
  header: string,
  value: (r: RingkasanRow) => number,
): ReportColumn<RingkasanRow> => ({
  key,
  header,
  width: 68,
  center: true,
  numberFormat: NUMBER_FORMAT.count,
  value,
});

/**
 * Per sasaran and for the agency: how many indicators, the mean capaian of those with
 * one, and how many fall in each predikat band (and how many cannot be rated yet).
 */
export function ringkasanSasaran(ctx: ReportContext): ReportBlock {
  const { tahun, settings: s } = ctx;
  const labels = s.skala.map((b) => b.label);
  const predikatOf = (r: RingkasanRow) => r.items.map((ind) => ctx.yearOf(ind, tahun)?.predikat ?? null);
  const rows: RingkasanRow[] = [
    ...ctx.groups.map((g, i) => ({
      no: i + 1,
      nama: ctx.sasaranName(g.sasaran),
      items: g.items,
      total: false,
    })),
    { no: "", nama: `Seluruh IKU ${s.instansi}`.trim(), items: ctx.indicators, total: true },
  ];
  return tableBlock({
    title: `Ringkasan Capaian Kinerja Tahun ${tahun} per Sasaran Strategis`,
    columns: [
      { key: "no", header: "No", width: 30, center: true, value: (r) => r.no },
      { key: "sasaran", header: "Sasaran Strategis", width: 160, wrap: true, value: (r) => textCell(r.nama) },
      { ...count("jumlah", "Jumlah Indikator", (r) => r.items.length), width: 72 },
      {
        key: "rataRata",
        header: "Rata-rata Capaian (%)",
        width: 72,
        numberFormat: NUMBER_FORMAT.twoDecimals,
        value: (r) => {
          const values = r.items.flatMap((ind) => {
            const c = ctx.nilai(ind, tahun, "capaian");
            return c.status === "ada" ? [c.value] : [];
          });
          return values.length > 0
            ? toExcelPrecision(values.reduce((a, v) => a + v, 0) / values.length)
            : LAKIP_LAYOUT.kosong;
        },
      },
      ...labels.map((label, i) => ({
        ...count(
          `predikat${i}`,
          `Jumlah ${label}`,
          (r: RingkasanRow) => predikatOf(r).filter((p) => p === label).length,
        ),
        headerFormat: bandColour(i, labels.length),
      })),
      count("belumDinilai", "Belum Dapat Dinilai", (r) => predikatOf(r).filter((p) => p === null).length),
    ],
    rows,
    rowFormat: (r) => (r.total ? REPORT_STYLE.total : undefined),
  });
}

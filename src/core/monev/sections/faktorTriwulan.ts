import { textOrKosong } from "../../lakip/report/nilaiCell";
import type { ReportBlock } from "../../lakip/report/ReportBlock";
import { indikatorRows } from "../../lakip/report/ReportContext";
import { tableBlock } from "../../lakip/report/ReportTable";
import { indikatorColumns } from "../../lakip/sections/indikatorColumns";
import { romanOf } from "../../workbook/triwulanLayout";
import type { MonevContext } from "../MonevContext";

/** The quarter's texts from its TW sheet: faktor pendorong, penghambat and tindak lanjut. */
export function faktorTriwulan(ctx: MonevContext): ReportBlock {
  const { tw } = ctx;
  const lead = indikatorColumns(ctx);
  const entry = (r: { ind: Parameters<MonevContext["quarters"]>[0] }) => ctx.quarters(r.ind)[tw - 1] ?? null;
  return tableBlock({
    title: `Faktor Pendorong, Penghambat dan Tindak Lanjut Triwulan ${romanOf(tw)}`,
    columns: [
      lead.no,
      lead.indikator,
      {
        key: "pendorong",
        header: "Faktor Pendorong",
        width: 180,
        wrap: true,
        value: (r) => textOrKosong(entry(r)?.pendorong ?? ""),
      },
      {
        key: "penghambat",
        header: "Faktor Penghambat",
        width: 180,
        wrap: true,
        value: (r) => textOrKosong(entry(r)?.penghambat ?? ""),
      },
      {
        key: "tindakLanjut",
        header: "Tindak Lanjut (triwulan dan tahun berikutnya)",
        width: 180,
        wrap: true,
        value: (r) => textOrKosong(entry(r)?.tindakLanjut ?? ""),
      },
    ],
    rows: indikatorRows(ctx),
  });
}

import { capaian } from "../../formulas/capaian";
import type { LakipIndikator, Nilai } from "../LakipData";
import { nilaiCell, quantityFormat } from "../report/nilaiCell";
import type { ReportBlock } from "../report/ReportBlock";
import { indikatorRows, type ReportContext } from "../report/ReportContext";
import { NUMBER_FORMAT } from "../report/REPORT_STYLE";
import { tableBlock } from "../report/ReportTable";
import { indikatorColumns } from "./indikatorColumns";

/**
 * Capaian of `real` against the Renstra end target. Polarity applies; the cap does not:
 * it bounds a year's score, while this measures progress towards the plan's end.
 */
function progressToEnd(target: Nilai, real: Nilai, polaritas: LakipIndikator["polaritas"]): Nilai {
  if (target.status !== "ada") return target;
  if (real.status !== "ada") return real;
  const c = capaian(real.value, target.value, { polaritas });
  return c.ok ? { status: "ada", value: c.value } : { status: "tidakDapatDihitung", reason: c.error.message };
}

/** The report year's realisasi against the target of the Renstra's last year. */
export function perbandinganRenstra(ctx: ReportContext): ReportBlock {
  const { tahun } = ctx;
  const akhir = ctx.settings.tahunAkhir;
  const lead = indikatorColumns(ctx);
  return tableBlock({
    title: `Perbandingan Realisasi ${tahun} dengan Target Akhir Renstra ${akhir}`,
    columns: [
      lead.no,
      lead.sasaran,
      lead.indikator,
      lead.satuan,
      {
        key: "targetAkhir",
        header: `Target Akhir Renstra (${akhir})`,
        width: 72,
        value: (r) => nilaiCell(ctx.nilai(r.ind, akhir, "target")),
        numberFormat: (r) => quantityFormat(r.ind.jenis, ctx.nilai(r.ind, akhir, "target")),
      },
      {
        key: "realisasi",
        header: `Realisasi ${tahun}`,
        width: 72,
        value: (r) => nilaiCell(ctx.nilai(r.ind, tahun, "realisasi")),
        numberFormat: (r) => quantityFormat(r.ind.jenis, ctx.nilai(r.ind, tahun, "realisasi")),
      },
      {
        key: "capaianAkhir",
        header: "Capaian terhadap Target Akhir (%)",
        width: 72,
        value: (r) =>
          nilaiCell(
            progressToEnd(
              ctx.nilai(r.ind, akhir, "target"),
              ctx.nilai(r.ind, tahun, "realisasi"),
              r.ind.polaritas,
            ),
          ),
        numberFormat: NUMBER_FORMAT.twoDecimals,
      },
    ],
    rows: indikatorRows(ctx),
  });
}

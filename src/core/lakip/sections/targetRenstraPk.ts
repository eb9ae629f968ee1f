import type { LakipIndikator, Nilai } from "../LakipData";
import { nilaiCell } from "../report/nilaiCell";
import type { ReportBlock } from "../report/ReportBlock";
import { indikatorRows, type IndikatorRow, type ReportContext } from "../report/ReportContext";
import { tableBlock, type ReportColumn } from "../report/ReportTable";
import { indikatorColumns } from "./indikatorColumns";

/** What the Keterangan column says of a PK target beside the Renstra's. */
const PK_KETERANGAN = {
  berbeda: "berbeda dari Renstra",
  sama: "sama dengan Renstra",
  kosong: "PK belum diisi; dipakai Target Renstra",
} as const;

/** The indicator's kondisi awal as a figure. */
export const kondisiAwalNilai = (ind: LakipIndikator): Nilai =>
  ind.kondisiAwal === null ? { status: "kosong" } : { status: "ada", value: ind.kondisiAwal };

/**
 * Target Renstra and PK (LKjIP Bab II, Perencanaan Kinerja): for every indicator the
 * kondisi awal, the Renstra target of every year of the period, the PK target signed for
 * the report year, and whether the PK departs from the Renstra. Compared as printed, so
 * the words never contradict two figures that read alike.
 */
export function targetRenstraPk(ctx: ReportContext): ReportBlock {
  const { tahun, settings: s } = ctx;
  const lead = indikatorColumns(ctx);
  const periode: number[] = [];
  for (let y = s.tahunAwal; y <= s.tahunAkhir; y++) periode.push(y);
  const figure = (
    key: string,
    header: string,
    nilai: (r: IndikatorRow) => Nilai,
  ): ReportColumn<IndikatorRow> => ({
    key,
    header,
    width: 64,
    value: (r) => nilaiCell(nilai(r)),
    numberFormat: (r) => ctx.quantityFormat(r.ind.jenis, nilai(r)),
  });
  const keterangan = (r: IndikatorRow): string => {
    const pk = ctx.nilai(r.ind, tahun, "targetPK");
    const renstra = ctx.nilai(r.ind, tahun, "targetRenstra");
    if (pk.status === "kosong") return PK_KETERANGAN.kosong;
    if (
      pk.status === "ada" &&
      renstra.status === "ada" &&
      ctx.printed(pk.value) === ctx.printed(renstra.value)
    )
      return PK_KETERANGAN.sama;
    return PK_KETERANGAN.berbeda;
  };
  return tableBlock({
    title: `Target Renstra ${s.tahunAwal}–${s.tahunAkhir} dan Perjanjian Kinerja Tahun ${tahun}`,
    columns: [
      lead.no,
      lead.sasaran,
      lead.indikator,
      lead.satuan,
      figure("kondisiAwal", `Kondisi Awal (${s.tahunAwal - 1})`, (r) => kondisiAwalNilai(r.ind)),
      ...periode.map((y) =>
        figure(`renstra${y}`, `Target Renstra ${y}`, (r) => ctx.nilai(r.ind, y, "targetRenstra")),
      ),
      figure("pk", `Target PK ${tahun}`, (r) => ctx.nilai(r.ind, tahun, "targetPK")),
      { key: "keterangan", header: "Keterangan", width: 110, wrap: true, value: keterangan },
    ],
    rows: indikatorRows(ctx),
  });
}

import { toExcelPrecision } from "../../formulas/toExcelPrecision";
import { textCell } from "../../workbook/textCell";
import type { LakipIndikator, Nilai } from "../LakipData";
import { LAKIP_LAYOUT } from "../LAKIP_LAYOUT";
import { nilaiCell } from "../report/nilaiCell";
import type { ReportBlock } from "../report/ReportBlock";
import type { ReportContext } from "../report/ReportContext";
import { tableBlock } from "../report/ReportTable";

interface Row {
  readonly no: number;
  readonly ind: LakipIndikator;
  readonly standar: number;
}

/**
 * LKjIP Bab III.A analysis 4, comparison with the national standard: the indicators whose
 * catalog entry carries one (Standar Nasional, e.g. SPM bidang sosial, Permensos 9/2018):
 * realisasi of the report year, the standard and its source, selisih = realisasi −
 * standar, and whether realisasi is above or below it (as printed). A workbook's catalog
 * always has the field (`null` when blank; a catalog before version 4 reads as all blank),
 * so its report always has the table, with a note when no indicator carries a standard.
 * `null` only for data made without the field at all (tests' hand-made LakipData).
 */
export function perbandinganStandar(ctx: ReportContext): ReportBlock | null {
  if (ctx.indicators.every((ind) => ind.standarNasional === undefined)) return null;
  const rows: Row[] = ctx.indicators
    .flatMap((ind) =>
      ind.standarNasional === undefined || ind.standarNasional === null
        ? []
        : [{ ind, standar: ind.standarNasional }],
    )
    .map((r, i) => ({ no: i + 1, ...r }));
  const realisasi = (r: Row): Nilai => ctx.nilai(r.ind, ctx.tahun, "realisasi");
  const selisih = (r: Row): Nilai => {
    const n = realisasi(r);
    return n.status === "ada" ? { status: "ada", value: toExcelPrecision(n.value - r.standar) } : n;
  };
  const format = (r: Row, n: Nilai) => ctx.quantityFormat(r.ind.jenis, n);
  return tableBlock<Row>({
    title: `Perbandingan Realisasi Kinerja Tahun ${ctx.tahun} dengan Standar Nasional`,
    columns: [
      { key: "no", header: "No", width: 30, center: true, value: (r) => r.no },
      {
        key: "indikator",
        header: "Indikator Kinerja Utama",
        width: 220,
        wrap: true,
        value: (r) => textCell(r.ind.nama),
      },
      { key: "satuan", header: "Satuan", width: 72, value: (r) => textCell(r.ind.satuan) },
      {
        key: "realisasi",
        header: `Realisasi ${ctx.tahun}`,
        width: 76,
        numberFormat: (r) => format(r, realisasi(r)),
        value: (r) => nilaiCell(realisasi(r)),
      },
      {
        key: "standar",
        header: "Standar Nasional",
        width: 76,
        numberFormat: (r) => format(r, { status: "ada", value: r.standar }),
        value: (r) => r.standar,
      },
      {
        key: "sumber",
        header: "Sumber Standar",
        width: 120,
        wrap: true,
        value: (r) => textCell(r.ind.sumberStandar ?? "-"),
      },
      {
        key: "selisih",
        header: "Selisih",
        width: 76,
        numberFormat: (r) => format(r, selisih(r)),
        value: (r) => nilaiCell(selisih(r)),
      },
      {
        key: "keterangan",
        header: "Keterangan",
        width: 96,
        center: true,
        value: (r) => {
          const n = realisasi(r);
          if (n.status !== "ada") return LAKIP_LAYOUT.kosong;
          const shown = ctx.printed(n.value);
          const standar = ctx.printed(r.standar);
          return shown > standar
            ? "di atas standar"
            : shown < standar
              ? "di bawah standar"
              : "sama dengan standar";
        },
      },
    ],
    rows,
    notes: [
      rows.length === 0
        ? "Belum ada indikator dengan standar nasional di Katalog IKU (kolom Standar Nasional)."
        : "Selisih = realisasi − standar nasional; di atas / di bawah standar dibandingkan pada angka yang dicetak. Standar dan sumbernya dari Katalog IKU.",
    ],
  });
}

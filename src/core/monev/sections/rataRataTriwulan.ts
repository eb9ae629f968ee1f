import { predikat } from "../../formulas/predikat";
import { roundToDecimals } from "../../formulas/roundToDecimals";
import { rataRataCapaian } from "../../lakip/rataRataCapaian";
import type { ReportBlock } from "../../lakip/report/ReportBlock";
import { tableBlock } from "../../lakip/report/ReportTable";
import { LAKIP_LAYOUT } from "../../lakip/LAKIP_LAYOUT";
import type { CellInput } from "../../workbook/SheetPlan";
import { textCell } from "../../workbook/textCell";
import { romanOf } from "../../workbook/triwulanLayout";
import type { MonevContext, MonevFigures } from "../MonevContext";

interface Baris {
  readonly uraian: string;
  readonly nilai: CellInput;
  readonly format?: string;
}

/**
 * The form's footer figures: the mean capaian of the year so far and against the Renstra
 * (of the indicators that have one), each with its predikat, banded as printed.
 */
export function rataRataTriwulan(ctx: MonevContext): ReportBlock {
  const { settings: s, tw, tahun } = ctx;
  const mean = (pick: (f: MonevFigures) => MonevFigures["capaianTahunIni"]) =>
    rataRataCapaian(
      ctx.indicators.flatMap((ind) => {
        const n = pick(ctx.figures(ind));
        return n.status === "ada" ? [n.value] : [];
      }),
      s.batasRataRata,
    );
  const label = (m: number | null): CellInput => {
    if (m === null) return LAKIP_LAYOUT.kosong;
    const p = predikat(roundToDecimals(m, s.desimal), s.skala);
    return p.ok ? textCell(p.value) : LAKIP_LAYOUT.tidakDapatDihitung;
  };
  const tahunIni = mean((f) => f.capaianTahunIni);
  const renstra = mean((f) => f.capaianRenstra);
  const rows: Baris[] = [
    {
      uraian: `Rata-rata capaian kinerja ${tahun} s.d. TW ${romanOf(tw)} (%)`,
      nilai: tahunIni ?? LAKIP_LAYOUT.kosong,
      format: ctx.percentFormat,
    },
    { uraian: "Predikat kinerja", nilai: label(tahunIni) },
    {
      uraian: "Rata-rata capaian terhadap Renstra (%)",
      nilai: renstra ?? LAKIP_LAYOUT.kosong,
      format: ctx.percentFormat,
    },
    { uraian: "Predikat terhadap Renstra", nilai: label(renstra) },
  ];
  return tableBlock({
    title: "Rata-rata Capaian dan Predikat",
    columns: [
      { key: "uraian", header: "Uraian", value: (r) => textCell(r.uraian) },
      {
        key: "nilai",
        header: "Nilai",
        center: true,
        value: (r) => r.nilai,
        numberFormat: (r) => r.format ?? "General",
      },
    ],
    rows,
    firstColumn: 2,
    notes: [
      "Rata-rata atas indikator yang capaiannya dapat dihitung; predikat menurut skala di lembar Pengaturan, pada rata-rata yang dibulatkan seperti dicetak.",
    ],
  });
}

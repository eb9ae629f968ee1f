import { serapan } from "../../formulas/serapan";
import { RUPIAH_FORMAT } from "../../workbook/anggaranLayout";
import type { CellInput } from "../../workbook/SheetPlan";
import { LAKIP_LAYOUT } from "../LAKIP_LAYOUT";
import type { ReportColumn } from "../report/ReportTable";

/** The money and absorption columns the budget sections share. */

/** Rupiah as a number (`#,##0`), or "belum diisi". */
const rupiahCell = (n: number | null): CellInput => (n === null ? LAKIP_LAYOUT.kosong : n);

/** Serapan (%) = realisasi / pagu × 100, or why there is none. */
function serapanOf(pagu: number | null, realisasi: number | null): number | string {
  if (pagu === null || realisasi === null) return LAKIP_LAYOUT.kosong;
  const s = serapan(realisasi, pagu);
  return s.ok ? s.value : LAKIP_LAYOUT.tidakDapatDihitung;
}

export function moneyColumns<R>(
  figures: (row: R) => { readonly pagu: number | null; readonly realisasi: number | null },
  percentFormat: string,
  options: { readonly sisa?: boolean } = {},
): ReportColumn<R>[] {
  return [
    {
      key: "pagu",
      header: "Pagu (Rp)",
      width: 96,
      numberFormat: RUPIAH_FORMAT,
      value: (r) => rupiahCell(figures(r).pagu),
    },
    {
      key: "realisasi",
      header: "Realisasi (Rp)",
      width: 96,
      numberFormat: RUPIAH_FORMAT,
      value: (r) => rupiahCell(figures(r).realisasi),
    },
    {
      key: "serapan",
      header: "Serapan (%)",
      width: 64,
      numberFormat: percentFormat,
      value: (r) => serapanOf(figures(r).pagu, figures(r).realisasi),
    },
    ...(options.sisa
      ? [
          {
            key: "sisa",
            header: "Sisa (Rp)",
            width: 96,
            numberFormat: RUPIAH_FORMAT,
            value: (r: R) => {
              const { pagu, realisasi } = figures(r);
              return pagu === null ? LAKIP_LAYOUT.kosong : pagu - (realisasi ?? 0);
            },
          },
        ]
      : []),
  ];
}

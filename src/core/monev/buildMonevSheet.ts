import type { LakipData } from "../lakip/LakipData";
import { composeReport } from "../lakip/report/composeReport";
import type { TriwulanData } from "../validation/readTriwulanData";
import { PALETTE } from "../workbook/PALETTE";
import type { SheetPlan } from "../workbook/SheetPlan";
import { monevSheetName } from "../workbook/triwulanLayout";
import { monevContext, type MonevOptions } from "./MonevContext";
import type { MonevSection } from "./MonevSection";
import { capaianTriwulan } from "./sections/capaianTriwulan";
import { faktorTriwulan } from "./sections/faktorTriwulan";
import { judulMonev } from "./sections/judulMonev";
import { rataRataTriwulan } from "./sections/rataRataTriwulan";

/**
 * The Monev sheet's sections, top to bottom: the title, A. the form's table (kinerja by
 * the form's columns (5)–(16)), B. the mean capaian and predikat, C. the quarter's
 * faktor pendorong / penghambat and tindak lanjut. A new section is a module in
 * ./sections and a line here.
 */
const MONEV_SECTIONS: readonly MonevSection[] = [
  judulMonev,
  capaianTriwulan,
  rataRataTriwulan,
  faktorTriwulan,
];

/** Where the title is, to select it when done. */
export const MONEV_TITLE_CELL = "A1";

/**
 * The Monev sheet of a quarter (`Monev TW 2 2025`), as a plan: computed from the
 * validated data and the quarter sheets, never from formula cells; print-ready (A4
 * landscape, fit to width, the table's header repeated). Pure, as the fingerprint needs.
 */
export function buildMonevSheet(
  data: LakipData,
  triwulan: TriwulanData,
  options: MonevOptions & { readonly mode?: "create" | "replace"; readonly name?: string },
): SheetPlan {
  const ctx = monevContext(data, triwulan, options);
  const { titleRows, ...body } = composeReport(MONEV_SECTIONS.map((section) => section(ctx)));
  return {
    name: options.name ?? monevSheetName(options.triwulan, options.tahun),
    mode: options.mode ?? "create",
    tabColor: PALETTE.tab,
    ...body,
    print: {
      orientation: "Landscape",
      paper: "A4",
      fitToWidth: true,
      ...(titleRows === undefined ? {} : { titleRows }),
    },
  };
}

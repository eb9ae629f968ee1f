import type { LakipData } from "./LakipData";
import { PALETTE } from "../workbook/PALETTE";
import type { SheetPlan } from "../workbook/SheetPlan";
import { lakipSheetName } from "../workbook/workbookLayout";
import { composeReport } from "./report/composeReport";
import type { LakipSection } from "./report/LakipSection";
import { reportContext, type ReportOptions } from "./report/ReportContext";
import { analisisCapaian } from "./sections/analisisCapaian";
import { grafikCapaian } from "./sections/grafikCapaian";
import { judul } from "./sections/judul";
import { pengukuranKinerja } from "./sections/pengukuranKinerja";
import { perbandinganRenstra } from "./sections/perbandinganRenstra";
import { perbandinganTahun } from "./sections/perbandinganTahun";
import { ringkasanSasaran } from "./sections/ringkasanSasaran";
import { targetRenstraPk } from "./sections/targetRenstraPk";
import { perbandinganStandar } from "./sections/perbandinganStandar";
import { efisiensiAnggaran } from "./sections/efisiensiAnggaran";
import { programPendukung } from "./sections/programPendukung";
import { realisasiAnggaran } from "./sections/realisasiAnggaran";

export { LAKIP_LAYOUT } from "./LAKIP_LAYOUT";

export interface LakipSheetOptions extends ReportOptions {
  /** Decided by the caller (see decideRegeneration); default "create". */
  readonly mode?: "create" | "replace";
  /** Default `LAKIP <tahun>`. */
  readonly name?: string;
}

/**
 * The LAKIP sheet's sections, top to bottom: the title block, then A. pengukuran kinerja
 * (LKjIP Bab III.A), B. the Renstra and PK targets (Bab II; after A so that the table
 * whose header repeats on every page stays at LAKIP_LAYOUT.headerRow), C. comparison over
 * the Renstra years up to the report year, D. progress towards the Renstra end target,
 * E. summary per sasaran and for the agency, F. analysis (faktor pendukung, penghambat,
 * solusi, keterangan), G. a chart of capaian. Template version 4 adds, in the order a
 * reviewer reads Bab III: the national standard (analysis 4) after D, the efficiency of
 * resource use (analysis 6) and the supporting programs (analysis 7) after the analysis,
 * and Bab III.B, Realisasi Anggaran, last; the budget sections are left out when the
 * workbook has no Anggaran sheet (see LakipSection, and perbandinganStandar for when it is).
 * A new section is a module in ./sections and a line here; letters follow this order.
 */
const LAKIP_SECTIONS: readonly LakipSection[] = [
  judul,
  pengukuranKinerja,
  targetRenstraPk,
  perbandinganTahun,
  perbandinganRenstra,
  perbandinganStandar,
  ringkasanSasaran,
  analisisCapaian,
  efisiensiAnggaran,
  programPendukung,
  grafikCapaian,
  realisasiAnggaran,
];

/**
 * The LAKIP sheet of a report year, as a plan. Everything is computed from `data` (the
 * raw inputs, validated); numbers are written as numbers with en-US formats and a blank
 * input as "belum diisi". Pure: the same data and options give the same plan, which is
 * what the fingerprint relies on.
 */
export function buildLakipSheet(data: LakipData, options: LakipSheetOptions): SheetPlan {
  const ctx = reportContext(data, options);
  const blocks = LAKIP_SECTIONS.map((section) => section(ctx)).filter((b) => b !== null);
  const { titleRows, ...body } = composeReport(blocks);
  return {
    name: options.name ?? lakipSheetName(options.tahun),
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

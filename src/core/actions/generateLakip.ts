import { buildLakipSheet, LAKIP_LAYOUT } from "../lakip/buildLakipSheet";
import { validateWorkbook } from "../validation/validateWorkbook";
import { lakipSheetName } from "../workbook/workbookLayout";
import { planReportSheet } from "./planReportSheet";
import type { ReportSheetBlocked } from "./ReportSheetBlocked";
import { reportSheetReads } from "./reportSheetReads";
import type { ReportSheetWritten } from "./ReportSheetWritten";
import type { Action, ActionResult } from "./Action";
import { settingsAndCatalog, workbookSnapshot } from "./validate";

export type GenerateLakipResult =
  /** Nothing was written: a galat (or no usable tahun laporan) stands in the way. */
  | (ReportSheetBlocked & { readonly tahunLaporan: number | null })
  | (ReportSheetWritten & { readonly tahunLaporan: number });

export interface GenerateLakipOptions {
  /** The time printed in the title block; the clock's by default. */
  readonly generatedAt?: Date | string;
}

/**
 * "Buat Lembar LAKIP": validate (the same reads as "Validasi", plus IKU_Meta and the
 * existing report sheet), and when no galat stands in the way, one plan that frees the
 * report's name (deletes the unchanged previous report, or renames an edited or foreign
 * one out of the way: nothing typed is lost), writes the report at the previous one's
 * tab position, records its fingerprint in IKU_Meta and selects its title.
 */
export const generateLakip: Action<GenerateLakipOptions, GenerateLakipResult> = {
  reads: reportSheetReads((first) => {
    const tahun = settingsAndCatalog(first).pengaturan.tahunLaporan;
    return tahun === null ? null : lakipSheetName(tahun);
  }),
  decide(read, options): ActionResult<GenerateLakipResult> {
    const snapshot = workbookSnapshot(read);
    const v = validateWorkbook(snapshot);
    const tahun = v.tahunLaporan;
    if (v.galat > 0 || v.data === null || tahun === null) {
      return {
        plan: null,
        report: {
          status: "blocked",
          issues: v.issues,
          galat: v.galat,
          peringatan: v.peringatan,
          tahunLaporan: v.tahunLaporan,
        },
      };
    }
    const name = lakipSheetName(tahun);
    const { plan, written } = planReportSheet(read, snapshot, {
      name,
      tahun,
      sheet: buildLakipSheet(v.data, {
        tahun,
        generatedAt: options.generatedAt ?? new Date(),
        status: { galat: v.galat, peringatan: v.peringatan },
        mode: "create",
        name,
      }),
      titleCell: LAKIP_LAYOUT.titleCell,
    });
    return {
      plan,
      report: {
        status: "written",
        ...written,
        issues: v.issues,
        galat: 0,
        peringatan: v.peringatan,
        tahunLaporan: tahun,
      },
    };
  },
};

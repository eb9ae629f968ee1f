import { buildLakipSheet, LAKIP_LAYOUT } from "../lakip/buildLakipSheet";
import type { ValidationIssue } from "../validation/ValidationIssue";
import { validateWorkbook } from "../validation/validateWorkbook";
import { lakipSheetName } from "../workbook/workbookLayout";
import { planReportSheet } from "./planReportSheet";
import { reportSheetReads } from "./reportSheetReads";
import type { Action, ActionResult } from "./Action";
import { settingsAndCatalog, workbookSnapshot } from "./validate";

export type GenerateLakipResult =
  /** Nothing was written: a galat (or no usable tahun laporan) stands in the way. */
  | {
      readonly status: "blocked";
      readonly issues: readonly ValidationIssue[];
      readonly galat: number;
      readonly peringatan: number;
      readonly tahunLaporan: number | null;
    }
  | {
      readonly status: "written";
      /** The report sheet written, e.g. "LAKIP 2024". */
      readonly sheet: string;
      /** `create`: a new sheet; `replace`: the previous report, unchanged since, was regenerated. */
      readonly mode: "create" | "replace";
      /** The sheet that had the report's name and was kept under a new name, if any. */
      readonly kept: {
        readonly from: string;
        readonly to: string;
        readonly reason: "edited" | "notGenerated";
      } | null;
      /** Peringatan only (a galat blocks); shown beside the success. */
      readonly issues: readonly ValidationIssue[];
      readonly galat: 0;
      readonly peringatan: number;
      readonly tahunLaporan: number;
    };

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

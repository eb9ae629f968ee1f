import { buildMonevSheet, MONEV_TITLE_CELL } from "../monev/buildMonevSheet";
import { monevRole } from "../sheets/ikuMeta";
import type { ValidationIssue } from "../validation/ValidationIssue";
import { validateWorkbook } from "../validation/validateWorkbook";
import type { WorkbookRead } from "../workbook/ReadSpec";
import { monevSheetName, TRIWULAN, type Triwulan } from "../workbook/triwulanLayout";
import type { Action, ActionResult } from "./Action";
import { planReportSheet } from "./planReportSheet";
import type { ReportSheetBlocked } from "./ReportSheetBlocked";
import { existingSheet, reportSheetReads } from "./reportSheetReads";
import type { ReportSheetWritten } from "./ReportSheetWritten";
import { settingsAndCatalog, workbookSnapshot } from "./validate";

export interface GenerateMonevOptions {
  /** The quarter reported, 1 … 4. */
  readonly triwulan: Triwulan;
  /** The year; Pengaturan's tahun laporan by default. */
  readonly tahun?: number;
  /** The time printed in the title block; the clock's by default. */
  readonly generatedAt?: Date | string;
}

export type GenerateMonevResult =
  /**
   * Nothing was written: a galat stands in the way, there is no usable year, or the year
   * asked for lies outside the Renstra period (`diLuarPeriode`).
   */
  | (ReportSheetBlocked & {
      readonly triwulan: Triwulan;
      readonly tahun: number | null;
      readonly diLuarPeriode?: { readonly tahunAwal: number; readonly tahunAkhir: number };
    })
  /** "Monev TW 2 2025". */
  | (ReportSheetWritten & { readonly triwulan: Triwulan; readonly tahun: number });

/** The year reported: the option, else Pengaturan's tahun laporan as the first read gives it. */
function yearOf(read: WorkbookRead, options: GenerateMonevOptions): number | null {
  return options.tahun ?? settingsAndCatalog(read).pengaturan.tahunLaporan;
}

/**
 * "Buat Lembar Monev": the Permendagri 86/2017 evaluation form of a quarter as a sheet,
 * `Monev TW n t`. Reads as "Buat Lembar LAKIP" does (the sheet list, Pengaturan, Katalog
 * IKU and IKU_Meta, then the Bidang and quarter sheets and the existing Monev sheet of
 * that name), validates for the year asked, and — with no galat — one plan that frees the
 * name the way the LAKIP's is freed (`decideRegeneration`: an unchanged sheet of ours is
 * replaced in place, anything else kept under a new name), writes the sheet, records its
 * fingerprint in IKU_Meta and selects its title. One sheet per quarter and year.
 */
export const generateMonev: Action<GenerateMonevOptions, GenerateMonevResult> = {
  reads: reportSheetReads((first, options) => {
    const tahun = yearOf(first, options);
    return tahun === null ? null : monevSheetName(options.triwulan, tahun);
  }),
  decide(read, options): ActionResult<GenerateMonevResult> {
    const snapshot = workbookSnapshot(read);
    const requested = yearOf(read, options);
    const checked = validateWorkbook(snapshot, requested === null ? {} : { tahun: requested });
    // The form is made of the quarter sheets: one missing (a workbook of an older template
    // not yet upgraded, a sheet deleted) is a galat here, not in Validasi or the LAKIP.
    const missing: ValidationIssue[] = TRIWULAN.sheets
      .filter((name) => existingSheet(read, name) === undefined)
      .map((name) => ({
        code: "sheetMissing",
        severity: "galat",
        sheet: name,
        address: "",
        params: { lembar: name },
      }));
    const v = { ...checked, issues: [...missing, ...checked.issues], galat: checked.galat + missing.length };
    const tw = options.triwulan;
    const blocked = (extra: Partial<Extract<GenerateMonevResult, { status: "blocked" }>> = {}) => ({
      plan: null,
      report: {
        status: "blocked" as const,
        issues: v.issues,
        galat: v.galat,
        peringatan: v.peringatan,
        triwulan: tw,
        tahun: requested,
        ...extra,
      },
    });
    if (v.galat > 0 || v.data === null || requested === null) return blocked();
    const { tahunAwal, tahunAkhir } = v.data.settings;
    if (requested < tahunAwal || requested > tahunAkhir)
      return blocked({ diLuarPeriode: { tahunAwal, tahunAkhir } });
    const tahun = requested;
    const name = monevSheetName(tw, tahun);
    const { plan, written } = planReportSheet(read, snapshot, {
      name,
      tahun,
      role: monevRole(tw, tahun),
      sheet: buildMonevSheet(v.data, v.triwulan, {
        tahun,
        triwulan: tw,
        generatedAt: options.generatedAt ?? new Date(),
        status: { galat: v.galat, peringatan: v.peringatan },
        mode: "create",
        name,
      }),
      titleCell: MONEV_TITLE_CELL,
    });
    return {
      plan,
      report: {
        status: "written",
        ...written,
        issues: v.issues,
        galat: 0,
        peringatan: v.peringatan,
        triwulan: tw,
        tahun,
      },
    };
  },
};

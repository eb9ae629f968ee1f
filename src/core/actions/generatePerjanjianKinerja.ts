import { buildPkSheet, PK_LAYOUT, type PihakPK } from "../pk/buildPkSheet";
import { pkRole } from "../sheets/ikuMeta";
import { readPengaturan } from "../sheets/readPengaturan";
import { validateWorkbook } from "../validation/validateWorkbook";
import { readTextCell } from "../workbook/a1";
import type { WorkbookRead } from "../workbook/ReadSpec";
import { pkSheetName } from "../workbook/workbookLayout";
import type { Action, ActionResult } from "./Action";
import { planReportSheet } from "./planReportSheet";
import type { ReportSheetBlocked } from "./ReportSheetBlocked";
import { reportSheetReads } from "./reportSheetReads";
import type { ReportSheetWritten } from "./ReportSheetWritten";
import { settingsAndCatalog, workbookSnapshot } from "./validate";

export type GeneratePkResult =
  /** Nothing was written: a galat, no usable tahun laporan, or a year outside the Renstra period. */
  | (ReportSheetBlocked & {
      /** The year asked for (the tahun laporan by default), `null` when there is none. */
      readonly tahun: number | null;
      /** The Renstra period, when the year asked for lies outside it. */
      readonly diLuarPeriode?: { readonly tahunAwal: number; readonly tahunAkhir: number };
    })
  /** "PK 2025". */
  | (ReportSheetWritten & { readonly tahun: number });

export interface GeneratePkOptions {
  /** The PK's year, when staff name one (the command line's --tahun). */
  readonly tahun?: number;
  /**
   * The year after the tahun laporan: the next PK, prepared in advance (the pane's choice,
   * made without knowing the tahun laporan). Ignored when `tahun` is given.
   */
  readonly tahunBerikutnya?: boolean;
}

/** The year asked for, before anything is read: the option, else the tahun laporan (or the year after it). */
function yearOf(read: WorkbookRead, options: GeneratePkOptions): number | null {
  if (options.tahun !== undefined) return options.tahun;
  const laporan = settingsAndCatalog(read).pengaturan.tahunLaporan;
  return laporan === null ? null : laporan + (options.tahunBerikutnya === true ? 1 : 0);
}

/** The parties as Pengaturan holds them (free text, "" when empty). */
function pihakOf(pengaturan: readonly (readonly (string | number | boolean)[])[] | null): PihakPK {
  const typed = readPengaturan(pengaturan).typed;
  const text = (k: keyof PihakPK) => readTextCell(typed[k]);
  return {
    kepalaNama: text("kepalaNama"),
    kepalaNip: text("kepalaNip"),
    kepalaJabatan: text("kepalaJabatan"),
    waliKota: text("waliKota"),
    tempat: text("tempat"),
  };
}

/**
 * "Buat Perjanjian Kinerja": the same reads (`reportSheetReads`: what Validasi reads, the
 * quarter sheets' targets included, plus IKU_Meta and the existing sheet) and the same
 * plan (`planReportSheet`) as "Buat Lembar LAKIP" (validation first, nothing written on a galat; an unchanged previous `PK t` regenerated in its tab's
 * place, an edited or foreign one kept under a new name; the fingerprint and the role
 * `pk:t` recorded in IKU_Meta), for the tahun laporan or a year staff choose within the
 * Renstra period (the next year's PK is prepared in advance).
 */
export const generatePerjanjianKinerja: Action<GeneratePkOptions, GeneratePkResult> = {
  reads: reportSheetReads((first, options) => {
    const tahun = yearOf(first, options);
    return tahun === null ? null : pkSheetName(tahun);
  }),
  decide(read, options): ActionResult<GeneratePkResult> {
    const snapshot = workbookSnapshot(read);
    const tahun = yearOf(read, options);
    // Checked for the PK's own year, as the Monev is: next year's PK needs next year's targets
    // and programs, not the tahun laporan's realisasi.
    const v = validateWorkbook(snapshot, tahun === null ? {} : { tahun });
    const s = v.data?.settings;
    const diLuarPeriode =
      tahun !== null && s !== undefined && (tahun < s.tahunAwal || tahun > s.tahunAkhir)
        ? { tahunAwal: s.tahunAwal, tahunAkhir: s.tahunAkhir }
        : undefined;
    if (v.galat > 0 || v.data === null || tahun === null || diLuarPeriode !== undefined) {
      return {
        plan: null,
        report: {
          status: "blocked",
          issues: v.issues,
          galat: v.galat,
          peringatan: v.peringatan,
          tahun,
          ...(diLuarPeriode === undefined ? {} : { diLuarPeriode }),
        },
      };
    }
    const name = pkSheetName(tahun);
    const { plan, written } = planReportSheet(read, snapshot, {
      name,
      tahun,
      role: pkRole(tahun),
      sheet: buildPkSheet(v.data, pihakOf(snapshot.pengaturan), { tahun, name, triwulan: v.triwulan }),
      titleCell: PK_LAYOUT.titleCell,
    });
    return {
      plan,
      report: {
        status: "written",
        ...written,
        issues: v.issues,
        galat: 0,
        peringatan: v.peringatan,
        tahun,
      },
    };
  },
};

import type { Action } from "../actions/Action";
import { validate, workbookSnapshot, type NoOptions } from "../actions/validate";
import type { LakipData } from "../lakip/LakipData";
import type { ValidationIssue } from "../validation/ValidationIssue";
import { validateWorkbook } from "../validation/validateWorkbook";

/** One agency's workbook as the consolidation takes it: its report data, or its issues. */
export type AgencyReport =
  | {
      readonly status: "valid";
      /** The tahun laporan's figures only (see agencyReport). */
      readonly data: LakipData;
      readonly peringatan: number;
    }
  /** A galat (or settings that cannot be read) keeps the agency out: every issue, for the list. */
  | { readonly status: "invalid"; readonly issues: readonly ValidationIssue[] };

/**
 * One agency's workbook for the city consolidation: the reads of "Validasi", then the
 * report data when no galat stands in the way. Only the tahun laporan's year is kept, so
 * hundreds of agencies' data stay small while the next files are read; the command line
 * makes every agency's tahun laporan the year consolidated (`--tahun`). Writes nothing.
 */
export const agencyReport: Action<NoOptions, AgencyReport> = {
  reads: validate.reads,
  decide(read) {
    const v = validateWorkbook(workbookSnapshot(read));
    if (v.galat > 0 || v.data === null)
      return { plan: null, report: { status: "invalid", issues: v.issues } };
    const tahun = v.data.settings.tahunLaporan;
    const data: LakipData = {
      ...v.data,
      indikator: v.data.indikator.map((i) => ({ ...i, tahun: i.tahun.filter((t) => t.tahun === tahun) })),
    };
    return { plan: null, report: { status: "valid", data, peringatan: v.peringatan } };
  },
};

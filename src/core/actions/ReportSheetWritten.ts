import type { ValidationIssue } from "../validation/ValidationIssue";

/**
 * What every report action (the LAKIP, the Monev of a quarter, the PK) tells when it wrote
 * its sheet; each result adds its own period (`tahunLaporan`, `tahun`, `triwulan`). The
 * pane and the command line word it the same way for the three.
 */
export interface ReportSheetWritten {
  readonly status: "written";
  /** The report sheet written, e.g. "LAKIP 2024", "Monev TW 2 2025", "PK 2025". */
  readonly sheet: string;
  /** `create`: a new sheet; `replace`: the previous one, unchanged since, was regenerated. */
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
}

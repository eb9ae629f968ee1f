import type { ValidationIssue } from "../validation/ValidationIssue";

/**
 * What every report action tells when nothing was written: the issues found and their
 * counts (a galat among them, unless the year itself is what stands in the way); each
 * result adds its own fields for that (no usable year, a year outside the Renstra period).
 */
export interface ReportSheetBlocked {
  readonly status: "blocked";
  readonly issues: readonly ValidationIssue[];
  readonly galat: number;
  readonly peringatan: number;
}

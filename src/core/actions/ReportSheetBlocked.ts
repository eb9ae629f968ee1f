import type { ValidationIssue } from "../validation/ValidationIssue";

/**
 * What every report action tells when nothing was written: the issues found (a galat, or
 * none when the period itself is unusable) and their counts; each result adds why in its
 * own fields (no usable year, a year outside the Renstra period).
 */
export interface ReportSheetBlocked {
  readonly status: "blocked";
  readonly issues: readonly ValidationIssue[];
  readonly galat: number;
  readonly peringatan: number;
}

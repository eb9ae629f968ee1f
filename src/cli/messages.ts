/*
 * How the command line words results. The task pane's Indonesian strings are reused for
 * what both say (template events, the LAKIP outcome), so the two shells never disagree.
 */
import type { ValidationIssue } from "../core";
import { STRINGS } from "../taskpane/strings";
import type { Omission } from "../xlsx/sheetParts";

export const words = STRINGS.id;

/** "Rehsos!F7  galat  Pembilang IKU-02 …": one issue per line, sheet!cell first. */
export function issueLine(issue: ValidationIssue): string {
  const where = issue.address === "" ? issue.sheet : `${issue.sheet}!${issue.address}`;
  return `${where}\t${issue.severity}\t${issue.message}`;
}

export function issueSummary(galat: number, peringatan: number): string {
  return galat === 0 && peringatan === 0 ? words.noIssues : `${words.issuesTitle(galat, peringatan)}.`;
}

export function omissionLine(o: Omission): string {
  return `Catatan: grafik "${o.what}" di ${o.sheet}!${o.address} tidak dapat ditulis ke .xlsx oleh alat ini; datanya ada di lembar, dan sel itu diberi catatan. Buat lembar ini dengan add-in di Excel bila grafiknya diperlukan.`;
}

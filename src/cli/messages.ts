/*
 * How the command line words results: in Indonesian, as its users speak (the help keeps
 * an English summary). Issues and problems come typed from the core and are worded by
 * its Indonesian message catalogue; the task pane's Indonesian strings are reused for
 * what both shells say (template events, the LAKIP outcome), so the two never disagree.
 */
import {
  formatCatalogProblem,
  formatFileProblem,
  formatIssue,
  MESSAGES,
  wordOf,
  type ActionOutcome,
  type FileProblem,
  type SheetIssue,
  type ValidationIssue,
} from "../core";
import { STRINGS } from "../taskpane/strings";
import type { Omission } from "../xlsx/sheetParts";

export const words = STRINGS.id;

/** "Rehsos!F7  galat  Pembilang IKU-02 …": one issue per line, sheet!cell first. */
export function issueLine(issue: ValidationIssue): string {
  const where = issue.address === "" ? issue.sheet : `${issue.sheet}!${issue.address}`;
  return `${where}\t${issue.severity}\t${formatIssue(issue, "id")}`;
}

/** An issue for machines (`--json`): the typed issue as the core gives it, and its Indonesian sentence. */
export function issueJson(issue: ValidationIssue): ValidationIssue & { readonly message: string } {
  return { ...issue, message: formatIssue(issue, "id") };
}

/** "Katalog IKU!D7  galat  Jenis harus …": a catalog problem of Katalog IKU, as an issue line. */
export function catalogIssueLine(issue: SheetIssue): string {
  return `${issue.sheet}!${issue.address}\tgalat\t${formatCatalogProblem(issue.problem, "id")}`;
}

/** "rusak.xlsx  galat  Berkas tidak …": a file that could not be read, as an issue line. */
export function fileProblemLine(berkas: string, problem: FileProblem): string {
  return `${berkas}\tgalat\t${formatFileProblem(problem, "id")}`;
}

export function issueSummary(galat: number, peringatan: number): string {
  return galat === 0 && peringatan === 0 ? words.noIssues : `${words.issuesTitle(galat, peringatan)}.`;
}

export function omissionLine(o: Omission): string {
  return `Catatan: grafik "${o.what}" di ${o.sheet}!${o.address} tidak dapat ditulis ke .xlsx oleh alat ini; datanya ada di lembar, dan sel itu diberi catatan. Buat lembar ini dengan add-in di Excel bila grafiknya diperlukan.`;
}

/**
 * A run that did not complete, in the task pane's words (the same catalogue): refused by
 * the preflight, each problem at its sheet and cell; or failed, with the cause's advice.
 * Either way the command writes no file, so the workbook on disk is as it was.
 */
export function outcomeLines(
  outcome: Exclude<ActionOutcome<unknown>, { readonly status: "done" }>,
): string[] {
  const m = MESSAGES.id;
  if (outcome.status === "refused")
    return [
      `${words.refusedHeading}. ${words.refused}`,
      ...outcome.problems.map((p) => {
        const where = "address" in p ? `${p.sheet}!${p.address}\t` : "sheet" in p ? `${p.sheet}\t` : "";
        return `${where}galat\t${wordOf(m.writeProblem, p)}`;
      }),
    ];
  return [`${words.failed}. ${m.failure[outcome.failure.code]}`, m.recovery(null)];
}

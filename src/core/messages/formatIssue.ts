import type { CatalogProblem } from "../catalog/CatalogProblem";
import type { CatalogIssue } from "../catalog/parseCatalog";
import type { FileProblem } from "../konsolidasi/FileProblem";
import type { ValidationIssue } from "../validation/ValidationIssue";
import { en } from "./en";
import { id } from "./id";
import { wordOf, type Locale, type Messages } from "./Messages";

/** Every catalogue, by language. */
export const MESSAGES: Readonly<Record<Locale, Messages>> = { id, en };

/** An issue as the user reads it, in `locale` (Indonesian by default, the workbook's language). */
export function formatIssue(issue: ValidationIssue, locale: Locale = "id"): string {
  return wordOf(MESSAGES[locale].issue, issue);
}

/** A catalog problem on its own ("Jenis harus …"), in `locale`. */
export function formatCatalogProblem(problem: CatalogProblem, locale: Locale = "id"): string {
  return wordOf(MESSAGES[locale].catalogProblem, problem);
}

/** One line per issue ("indikator ke-3 (IKU-03), jenis: Jenis harus …"), for a message box or a log. */
export function formatCatalogIssues(issues: readonly CatalogIssue[], locale: Locale = "id"): string {
  const m = MESSAGES[locale];
  return issues.map((i) => `${m.catalogWhere(i)}: ${wordOf(m.catalogProblem, i.problem)}`).join("\n");
}

/** Why a file could not be read at all (the consolidation's), in `locale`. */
export function formatFileProblem(problem: FileProblem, locale: Locale = "id"): string {
  return wordOf(MESSAGES[locale].fileProblem, problem);
}

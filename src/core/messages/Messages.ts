import type { FailureCode, Recovery, WriteNotice, WriteProblem } from "../actions/ActionOutcome";
import type { CatalogIssue } from "../catalog/parseCatalog";
import type { CatalogProblem } from "../catalog/CatalogProblem";
import type { ScaleProblem } from "../formulas/PredikatScale";
import type { FileProblem } from "../konsolidasi/FileProblem";
import type { ValidationIssue } from "../validation/ValidationIssue";

/** A language the add-in speaks: the task pane's, Office's display language. */
export type Locale = "id" | "en";

/**
 * A sentence for every member of a union keyed by `code`, each from that member's own
 * data: a code without a sentence, or a sentence reading a parameter its code lacks,
 * fails to compile.
 */
export type Wording<U extends { readonly code: string }> = {
  readonly [C in U["code"]]: (item: Extract<U, { readonly code: C }>) => string;
};

/**
 * One language's message catalogue, like one of zod's locales: every problem the core
 * reports as data, worded. The workbook and the report are always Indonesian; the task
 * pane takes the catalogue of its own language.
 */
export interface Messages {
  /** A validation issue: what is wrong at its cell, and what to do. */
  readonly issue: Wording<ValidationIssue>;
  /** A problem in a catalog (Katalog IKU, or a catalog brought as data). */
  readonly catalogProblem: Wording<CatalogProblem>;
  /** Where in a catalog a problem is, e.g. "indikator ke-3 (IKU-03), jenis". */
  readonly catalogWhere: (issue: CatalogIssue) => string;
  /** A predikat scale that is not one. */
  readonly scaleProblem: Wording<ScaleProblem>;
  /** A file the consolidation could not read at all. */
  readonly fileProblem: Wording<FileProblem>;
  /** Why Excel refused or broke off an action's read or write, and what to do about it. */
  readonly failure: Readonly<Record<FailureCode, string>>;
  /**
   * What became of the workbook after a failure: `null` for a failed read (nothing was
   * being written), else the recovery's outcome.
   */
  readonly recovery: (recovery: Recovery | null) => string;
  /** A reason, found before writing, not to write. */
  readonly writeProblem: Wording<WriteProblem>;
  /** What a complete write could not do. */
  readonly notice: Wording<WriteNotice>;
}

/** The sentence for one item of a union, from its wording. */
export function wordOf<U extends { readonly code: string }>(wording: Wording<U>, item: U): string {
  // TypeScript cannot pair a code with its own member here; the mapped type guarantees it.
  const say = wording[item.code as U["code"]] as (item: U) => string;
  return say(item);
}

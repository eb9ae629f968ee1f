import type { CatalogProblem } from "../catalog/CatalogProblem";
import type { TemplateRole } from "../sheets/ikuMeta";
import type { TemplateChange } from "./TEMPLATE_CHANGES";

/**
 * What "Siapkan Template IKU" did, as data: the task pane words it (Indonesian or
 * English) through its strings module, a test asserts on it. Every event names the
 * sheet it is about, as spelled in the workbook.
 */
export interface TemplateReport {
  /** The template version the workbook has after the run. */
  readonly templateVersion: number;
  /** True when the workbook had none of our sheets before. */
  readonly firstRun: boolean;
  /** False when the run stopped before writing anything (see the events for why). */
  readonly applied: boolean;
  readonly events: readonly TemplateEvent[];
}

/** A problem in Katalog IKU or in the Pengaturan cells the catalog takes its period from. */
export interface SheetIssue {
  readonly sheet: string;
  /** The cell to fix, e.g. "D7"; the table's first cell when a whole list is at fault. */
  readonly address: string;
  /** The catalog field ("jenis", "bidang", "periode.awal", …), "" for a whole entry. */
  readonly field: string;
  /** What is wrong, as data; worded by the message catalogues (`formatCatalogProblem`). */
  readonly problem: CatalogProblem;
}

export type TemplateEvent =
  /** A sheet was added (or an empty sheet of that name was filled in). */
  | { readonly kind: "sheetCreated"; readonly sheet: string; readonly role: TemplateRole }
  /** A sheet IKU_Meta says we made was missing and has been made again. */
  | { readonly kind: "sheetRestored"; readonly sheet: string; readonly role: TemplateRole }
  /**
   * A sheet has one of our names but not our making: left untouched. The user renames
   * it (or the Bidang's `lembar` in Katalog IKU) and runs again.
   */
  | { readonly kind: "foreignSheet"; readonly sheet: string; readonly role: TemplateRole }
  /** Rows for (Kode, Tahun) pairs the sheet lacked: new indicators, new years, deleted rows. */
  | {
      readonly kind: "rowsAdded";
      readonly sheet: string;
      readonly count: number;
      readonly kodes: readonly string[];
    }
  /** Rows of an indicator whose Bidang changed, carried with their inputs. */
  | {
      readonly kind: "rowsMoved";
      readonly from: string;
      readonly to: string;
      readonly count: number;
      readonly kodes: readonly string[];
    }
  /**
   * Rows no longer in the catalog (indicator removed, year outside the period, duplicate
   * or blank Kode): kept at the end of the sheet with what was typed in them.
   */
  | {
      readonly kind: "rowsKept";
      readonly sheet: string;
      readonly count: number;
      readonly kodes: readonly string[];
    }
  /** Formula and identity cells (Kode…Tahun, Realisasi, Capaian, Predikat) that were missing or changed. */
  | { readonly kind: "cellsRestored"; readonly sheet: string; readonly count: number }
  /** The title or the column headers were missing or changed. */
  | { readonly kind: "headerRestored"; readonly sheet: string }
  /** A sheet of ours whose Bidang left the catalog: left as it is (its rows were copied where the catalog now puts them). */
  | { readonly kind: "sheetNotInCatalog"; readonly sheet: string }
  /** Pengaturan cells that were empty and got their default (names as in PENGATURAN.settings, or "skala"). */
  | { readonly kind: "settingsFilled"; readonly settings: readonly string[] }
  /**
   * The workbook's template was older and has been brought up to date, inputs kept:
   * `changes` says what the versions in between changed (TEMPLATE_CHANGES). The sheets'
   * own "restored" events that the upgrade explains are not reported besides.
   */
  | {
      readonly kind: "upgraded";
      readonly from: number;
      readonly to: number;
      readonly changes: readonly TemplateChange[];
    }
  /** IKU_Meta was missing; our sheets were recognised by their headers and recorded again. */
  | { readonly kind: "metaRestored" }
  /** The workbook was made by a newer add-in: nothing was written. */
  | { readonly kind: "newerTemplate"; readonly found: number; readonly supported: number }
  /** Katalog IKU cannot be read: the Bidang sheets were left as they are until it is fixed. */
  | { readonly kind: "catalogInvalid"; readonly issues: readonly SheetIssue[] }
  /** The Renstra period in Pengaturan is not one (e.g. its start after its end): Bidang sheets left as they are. */
  | { readonly kind: "periodInvalid"; readonly issues: readonly SheetIssue[] }
  /**
   * A Bidang sheet is missing and its table is on sheet `found` (renamed by someone): it
   * was not created empty; the user can have `found` renamed back (`adopt`).
   */
  | {
      readonly kind: "bidangSheetElsewhere";
      readonly sheet: string;
      readonly found: string;
      readonly role: TemplateRole;
    }
  /** On the user's request, sheet `from` got its Bidang sheet's name back and was completed. */
  | { readonly kind: "sheetAdopted"; readonly sheet: string; readonly from: string };

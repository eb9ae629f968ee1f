import type { Grid } from "../workbook/a1";
import type { WorkbookSnapshot } from "../workbook/WorkbookSnapshot";

/**
 * What the template needs to know about a workbook, read in two round trips and handed
 * to `planTemplate` as plain arrays, so the whole merge is testable without Excel: the
 * validator's snapshot plus what only the template needs, the existing names and Petunjuk.
 */
export interface TemplateSnapshot extends WorkbookSnapshot {
  /** Workbook-level names that exist, so the plan re-points rather than adds them. */
  readonly names: readonly string[];
  readonly petunjuk: Grid | null;
  /** The Anggaran sheet's formulas (constants where none); `null` or absent when there is none. */
  readonly anggaran?: Grid | null;
}

/** A workbook with no sheets of ours: what the first run sees. */
export function emptySnapshot(sheetNames: readonly string[] = ["Sheet1"]): TemplateSnapshot {
  return {
    sheets: sheetNames.map((name) => ({ name })),
    names: [],
    meta: null,
    pengaturan: null,
    katalog: null,
    petunjuk: null,
    bidang: {},
  };
}

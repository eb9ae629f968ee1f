import { isBlank, type Grid } from "../workbook/a1";
import type { MetaContents } from "../sheets/ikuMeta";
import type { SheetInfo } from "../workbook/WorkbookSnapshot";

/**
 * - `missing`: no sheet of that name;
 * - `ours`: recorded in IKU_Meta (with the same worksheet id when both are known), or empty
 *   (nothing to lose), or, when IKU_Meta itself is gone, bearing our headers;
 * - `foreign`: anything else. It is never written to.
 */
export type Ownership =
  | { readonly status: "missing"; readonly recorded: boolean }
  | { readonly status: "ours" | "foreign"; readonly sheet: SheetInfo; readonly recorded: boolean };

export function gridIsEmpty(grid: Grid | null | undefined): boolean {
  return !grid || grid.every((row) => row.every(isBlank));
}

export class SheetDirectory {
  private readonly byName: ReadonlyMap<string, SheetInfo>;

  constructor(
    sheets: readonly SheetInfo[],
    private readonly meta: MetaContents | null,
  ) {
    this.byName = new Map(sheets.map((s) => [s.name.toLowerCase(), s]));
  }

  /** The sheet of that name, whatever its case (Excel's names ignore case). */
  find(name: string): SheetInfo | undefined {
    return this.byName.get(name.toLowerCase());
  }

  ownership(name: string, grid: Grid | null | undefined, looksOurs: (grid: Grid) => boolean): Ownership {
    const record = this.meta?.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    const sheet = this.find(name);
    if (!sheet) return { status: "missing", recorded: record !== undefined };
    // Without an id to compare (a sheet recorded as it was created), a recorded name is
    // trusted only while the sheet still looks like ours: a user's own sheet put in the
    // place of a deleted one is never written over.
    const sameSheet =
      record !== undefined &&
      (record.id === undefined || sheet.id === undefined
        ? gridIsEmpty(grid) || (grid !== null && grid !== undefined && looksOurs(grid))
        : record.id === sheet.id);
    if (sameSheet) return { status: "ours", sheet, recorded: true };
    if (gridIsEmpty(grid)) return { status: "ours", sheet, recorded: false };
    if (this.meta === null && grid && looksOurs(grid)) return { status: "ours", sheet, recorded: false };
    return { status: "foreign", sheet, recorded: false };
  }
}

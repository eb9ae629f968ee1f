import { cellAt, columnIndex, isBlank, type CellValue, type Grid } from "../workbook/a1";
import { META } from "../workbook/workbookLayout";

export interface MetaSheetRecord {
  readonly name: string;
  /** "petunjuk", "bidang:PM", "lakip:2024", … */
  readonly role: string;
  readonly id?: string;
}

export interface MetaContents {
  /** The recorded template version; null when the sheet does not record one (not ours). */
  readonly version: number | null;
  readonly sheets: readonly MetaSheetRecord[];
  /**
   * Every other row (fingerprints, other features' records), kept as read so that
   * rewriting the sheet never loses what another feature stored there.
   */
  readonly otherRows: readonly (readonly CellValue[])[];
}

const KEY = columnIndex(META.keyCol);
const VALUE = columnIndex(META.valueCol);
const DETAIL = columnIndex(META.detailCol);
const ID = columnIndex(META.idCol);

/**
 * Reads IKU_Meta for the template, which rewrites the whole sheet: cells as stored, and
 * every row it does not own kept whole. The LAKIP report only updates rows in place and
 * reads the sheet as trimmed text with row numbers instead (`metaRows`).
 */
export function readMeta(grid: Grid): MetaContents {
  let version: number | null = null;
  const sheets: MetaSheetRecord[] = [];
  const otherRows: CellValue[][] = [];
  grid.forEach((row, r) => {
    const key = cellAt(grid, r, KEY);
    if (row.every(isBlank)) return;
    if (key === META.keys.templateVersion) {
      const v = cellAt(grid, r, VALUE);
      const n = typeof v === "number" ? v : Number(v);
      if (Number.isInteger(n) && n > 0) version = n;
      return;
    }
    if (key === META.keys.sheet) {
      const name = cellAt(grid, r, VALUE);
      const id = cellAt(grid, r, ID);
      if (!isBlank(name)) {
        sheets.push({
          name: String(name),
          role: String(cellAt(grid, r, DETAIL)),
          ...(isBlank(id) ? {} : { id: String(id) }),
        });
        return;
      }
    }
    otherRows.push([...row]);
  });
  return { version, sheets, otherRows };
}

import { cellAt, columnIndex, readTextCell, type Grid } from "../workbook/a1";
import { META } from "../workbook/workbookLayout";

/** The rows of IKU_Meta as key/value/detail text, with their 1-based row numbers. */
export function metaRows(
  meta: Grid | null | undefined,
): { row: number; key: string; value: string; detail: string }[] {
  return (meta ?? []).map((_, r) => ({
    row: r + 1,
    key: readTextCell(cellAt(meta, r, columnIndex(META.keyCol))),
    value: readTextCell(cellAt(meta, r, columnIndex(META.valueCol))),
    detail: readTextCell(cellAt(meta, r, columnIndex(META.detailCol))),
  }));
}

/**
 * The fingerprint IKU_Meta records for a generated sheet (key "sidik", value the sheet
 * name, detail the fingerprint), `null` when the add-in has no record of writing it.
 */
export function fingerprintInMeta(meta: Grid | null | undefined, sheetName: string): string | null {
  const lower = sheetName.toLowerCase();
  const row = metaRows(meta).find((r) => r.key === META.keys.fingerprint && r.value.toLowerCase() === lower);
  return row && row.detail !== "" ? row.detail : null;
}

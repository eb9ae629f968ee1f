import { cellAt, columnIndex, readTextCell, type Grid } from "../workbook/a1";
import { META } from "../workbook/workbookLayout";

const KEY = columnIndex(META.keyCol);
const VALUE = columnIndex(META.valueCol);
const DETAIL = columnIndex(META.detailCol);

/**
 * The rows of IKU_Meta as key/value/detail text, with their 1-based row numbers: what
 * the report needs to find its own rows and update them in place (`lakipMetaPlan`). The
 * template, which rewrites the sheet, reads it with `readMeta` instead.
 */
export function metaRows(
  meta: Grid | null | undefined,
): { row: number; key: string; value: string; detail: string }[] {
  return (meta ?? []).map((_, r) => ({
    row: r + 1,
    key: readTextCell(cellAt(meta, r, KEY)),
    value: readTextCell(cellAt(meta, r, VALUE)),
    detail: readTextCell(cellAt(meta, r, DETAIL)),
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

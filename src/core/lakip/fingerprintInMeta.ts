import { META, columnIndex } from "../workbook/workbookLayout";
import { valueAt, type SheetSnapshot } from "../workbook/WorkbookSnapshot";

/** The rows of IKU_Meta as key/value/detail text, with their 1-based row numbers. */
export function metaRows(
  meta: SheetSnapshot | undefined,
): { row: number; key: string; value: string; detail: string }[] {
  if (!meta) return [];
  const text = (v: unknown) => (typeof v === "string" ? v.trim() : typeof v === "number" ? String(v) : "");
  const rows = [];
  for (let r = meta.top; r < meta.top + meta.values.length; r++) {
    rows.push({
      row: r + 1,
      key: text(valueAt(meta, r, columnIndex(META.keyCol))),
      value: text(valueAt(meta, r, columnIndex(META.valueCol))),
      detail: text(valueAt(meta, r, columnIndex(META.detailCol))),
    });
  }
  return rows;
}

/**
 * The fingerprint IKU_Meta records for a generated sheet (key "sidik", value the sheet
 * name, detail the fingerprint), `null` when the add-in has no record of writing it.
 */
export function fingerprintInMeta(meta: SheetSnapshot | undefined, sheetName: string): string | null {
  const lower = sheetName.toLowerCase();
  const row = metaRows(meta).find((r) => r.key === META.keys.fingerprint && r.value.toLowerCase() === lower);
  return row && row.detail !== "" ? row.detail : null;
}

import type { Grid } from "../workbook/a1";
import type { SheetPlan } from "../workbook/SheetPlan";
import { META, SHEET } from "../workbook/workbookLayout";
import { metaRows } from "./fingerprintInMeta";

/**
 * The IKU_Meta update after writing a report: the sheet's fingerprint (key "sidik")
 * and its role (key "lembar", detail "lakip:2024"). Existing rows are updated in
 * place, new ones appended, so the template's own rows are never moved.
 */
export function lakipMetaPlan(
  /** IKU_Meta as read; `null`/absent when the sheet does not exist. */
  meta: Grid | null | undefined,
  input: { readonly sheetName: string; readonly tahun: number; readonly fingerprint: string },
): SheetPlan {
  const rows = metaRows(meta);
  const lower = input.sheetName.toLowerCase();
  let next = Math.max(0, ...rows.filter((r) => r.key !== "" || r.value !== "").map((r) => r.row)) + 1;
  const cells: { address: string; values: string[][] }[] = [];
  const upsert = (key: string, match: (r: (typeof rows)[number]) => boolean, detail: string) => {
    const found = rows.find((r) => r.key === key && match(r));
    const row = found ? found.row : next++;
    cells.push({
      address: `${META.keyCol}${row}:${META.detailCol}${row}`,
      values: [[key, input.sheetName, detail]],
    });
  };
  upsert(META.keys.fingerprint, (r) => r.value.toLowerCase() === lower, input.fingerprint);
  const role = `lakip:${input.tahun}`;
  upsert(META.keys.sheet, (r) => r.detail === role || r.value.toLowerCase() === lower, role);
  return {
    name: SHEET.meta,
    mode: meta ? "update" : "create",
    ...(meta ? {} : { visibility: "Hidden" as const }),
    cells,
    formats: [],
  };
}

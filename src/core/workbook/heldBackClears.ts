import { parseRange, type CellRect } from "./a1";
import type { SheetPlan } from "./SheetPlan";

const overlaps = (a: CellRect, b: CellRect) =>
  a.row <= b.lastRow && b.row <= a.lastRow && a.col <= b.lastCol && b.col <= a.lastCol;

/**
 * A sheet plan's `clear` ranges, split by when a shell applies them (see `WorkbookPlan`):
 * `before` the sheet's writes, for a range the sheet then writes into (a version upgrade
 * empties a table's old place and writes the table again partly over it); `after` every
 * sheet's cells are written, for a range nothing writes into any more (rows that moved
 * elsewhere, emptied only once they are written at their new place).
 */
export function heldBackClears(sheet: SheetPlan): {
  readonly before: NonNullable<SheetPlan["clear"]>;
  readonly after: NonNullable<SheetPlan["clear"]>;
} {
  const clears = sheet.clear ?? [];
  if (clears.length === 0) return { before: [], after: [] };
  const written = [
    ...sheet.cells.map((c) => c.address),
    ...sheet.formats.map((f) => f.address),
    ...(sheet.merges ?? []),
    ...(sheet.validations ?? []).map((v) => v.address),
    ...(sheet.highlights ?? []).map((h) => h.address),
    ...(sheet.rowHeights ?? []).map((h) => h.address),
  ]
    .map(parseRange)
    .filter((r): r is CellRect => r !== null);
  const before: NonNullable<SheetPlan["clear"]>[number][] = [];
  const after: NonNullable<SheetPlan["clear"]>[number][] = [];
  for (const c of clears) {
    const rect = parseRange(c.address);
    (rect === null || written.some((w) => overlaps(rect, w)) ? before : after).push(c);
  }
  return { before, after };
}

import type { CellInput, SheetPlan } from "../workbook/SheetPlan";
import { columnIndex } from "../workbook/workbookLayout";

/**
 * The values a sheet plan writes, as one grid from A1 (`null` where nothing is
 * written): what the fingerprint of a generated report is computed from.
 */
export function planValues(plan: Pick<SheetPlan, "cells">): CellInput[][] {
  const grid: CellInput[][] = [];
  for (const block of plan.cells) {
    const m = /^\$?([A-Z]+)\$?(\d+)/i.exec(block.address);
    if (!m) continue;
    const top = Number(m[2]) - 1;
    const left = columnIndex(m[1] ?? "A");
    block.values.forEach((row, r) => {
      const target = (grid[top + r] ??= []);
      row.forEach((v, c) => {
        if (v === null) return;
        while (target.length < left + c) target.push(null);
        target[left + c] = v;
      });
    });
  }
  for (let r = 0; r < grid.length; r++) grid[r] ??= [];
  return grid;
}

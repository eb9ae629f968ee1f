import type { CellInput, SheetPlan } from "../workbook/SheetPlan";
import { parseRange } from "../workbook/a1";

/**
 * The values a sheet plan writes, as one grid from A1 (`null` where nothing is
 * written): what the fingerprint of a generated report is computed from.
 */
export function planValues(plan: Pick<SheetPlan, "cells">): CellInput[][] {
  const grid: CellInput[][] = [];
  for (const block of plan.cells) {
    const start = parseRange(block.address);
    if (!start) continue;
    const { row: top, col: left } = start;
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

/*
 * An in-memory shell for the property tests: it answers an action's reads from a
 * `ModelWorkbook` the way src/excel/readWorkbook answers them from Excel (used range
 * anchored at A1, whole sheets or chosen columns, values, formulas or number formats,
 * names ignoring case) and keeps the plan.
 */
import type { Shell } from "../../src/core/actions/performAction";
import { parseRange, type CellValue, type Grid } from "../../src/core/workbook/a1";
import type {
  CellLoad,
  ReadGrids,
  ReadSpec,
  SheetRead,
  WorkbookRead,
} from "../../src/core/workbook/ReadSpec";
import type { WorkbookPlan } from "../../src/core/workbook/SheetPlan";
import type { ModelSheet, ModelWorkbook } from "./randomWorkbook";

/** The sheet of that name, ignoring case as Excel does. */
export function sheetOf(workbook: ModelWorkbook, name: string): ModelSheet | undefined {
  return workbook.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
}

/**
 * A grid as Excel's used range gives it from A1: rectangular, trailing empty rows and
 * columns cut. A cell without a number format has Excel's "General".
 */
function usedGrid(
  grid: readonly (readonly CellValue[])[],
  width: number,
  height: number,
  blank: CellValue = "",
): CellValue[][] {
  return Array.from({ length: height }, (_, r) =>
    Array.from({ length: width }, (_, c) => {
      const v = grid[r]?.[c];
      return v === undefined || v === "" ? blank : v;
    }),
  );
}

function usedExtent(sheet: ModelSheet): { width: number; height: number } {
  let width = 0;
  let height = 0;
  sheet.values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== "") {
        width = Math.max(width, c + 1);
        height = Math.max(height, r + 1);
      }
    }),
  );
  return { width, height };
}

function readSheet(workbook: ModelWorkbook, read: SheetRead): ReadGrids | null {
  const sheet = sheetOf(workbook, read.sheet);
  if (!sheet) return null;
  const { width, height } = usedExtent(sheet);
  const gridOf = (load: CellLoad, w: number): Grid => {
    if (height === 0) return [];
    if (load === "numberFormat") return usedGrid(sheet.numberFormats, w, height, "General");
    return usedGrid(sheet[load], w, height);
  };
  if (read.columns === undefined) {
    const load = read.load ?? "values";
    return { [load]: gridOf(load, width) };
  }
  // As readWorkbook: as wide as the last column read, cells not read "".
  const parts = read.columns.map((c) => ({ load: c.load, rect: parseRange(c.columns) }));
  const w = Math.max(0, ...parts.map((p) => (p.rect ? p.rect.lastCol + 1 : 0)));
  const grids: Record<string, CellValue[][]> = {};
  for (const part of parts) {
    const target = (grids[part.load] ??= Array.from({ length: height }, () =>
      new Array<CellValue>(w).fill(""),
    ));
    const source = gridOf(part.load, Math.max(width, w));
    if (!part.rect) continue;
    for (let r = 0; r < height; r++)
      for (let c = part.rect.col; c <= part.rect.lastCol && c < width; c++) target[r]![c] = source[r]![c]!;
  }
  return grids;
}

/** Answers one read spec from the workbook, as one sync of src/excel/readWorkbook would. */
function readModel(workbook: ModelWorkbook, spec: ReadSpec): WorkbookRead {
  return {
    sheets: spec.sheetList ? workbook.sheets.map((s) => ({ name: s.name, protected: false })) : [],
    names: [],
    grids: Object.fromEntries((spec.sheets ?? []).map((read) => [read.sheet, readSheet(workbook, read)])),
  };
}

/** A shell on the workbook: reads answered by `readModel`, the plan kept (not applied). */
export function modelShell(workbook: ModelWorkbook): Shell & { readonly plans: WorkbookPlan[] } {
  const plans: WorkbookPlan[] = [];
  return {
    plans,
    read: (spec) => Promise.resolve(readModel(workbook, spec)),
    write: (plan) => {
      plans.push(plan);
      return Promise.resolve();
    },
  };
}

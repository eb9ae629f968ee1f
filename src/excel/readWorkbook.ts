import {
  anchorAtA1,
  parseRange,
  type CellValue,
  type Grid,
  type ReadGrids,
  type ReadSpec,
  type SheetRead,
  type WorkbookRead,
} from "../core";
import type { Capabilities } from "./requirements";

/**
 * The generic reader: one `ReadSpec`, one `context.sync()`. Every used range is read with
 * `valuesOnly` (cells that only carry a format, such as the template's formatted
 * columns, do not stretch the range and the response) and anchored at A1.
 *
 * Where Office supports it (`capabilities.passwordInfo`, ExcelApiOnline 1.1), the sheet
 * list says which protected sheets have a password, so the preflight can stop before
 * writing; elsewhere `passwordProtected` stays unknown.
 */
export async function readWorkbook(
  context: Excel.RequestContext,
  spec: ReadSpec,
  capabilities: Capabilities = {},
): Promise<WorkbookRead> {
  const worksheets = context.workbook.worksheets;
  if (spec.sheetList)
    worksheets.load(
      `items/name,items/id,items/visibility,items/protection/protected${
        capabilities.passwordInfo ? ",items/protection/isPasswordProtected" : ""
      }`,
    );
  const names = spec.names ? context.workbook.names.load("items/name") : null;
  const pending = (spec.sheets ?? []).map((read) => queueSheetRead(context, read));
  await context.sync();
  return {
    sheets: spec.sheetList
      ? worksheets.items.map((w) => ({
          name: w.name,
          id: w.id,
          protected: w.protection.protected,
          visibility: w.visibility,
          ...(capabilities.passwordInfo ? { passwordProtected: w.protection.isPasswordProtected } : {}),
        }))
      : [],
    names: names ? names.items.map((n) => n.name) : [],
    grids: Object.fromEntries(pending.map((p) => [p.sheet, p.grids()])),
  };
}

interface PendingRead {
  readonly sheet: string;
  /** Valid after the sync: null for a missing sheet. */
  grids(): ReadGrids | null;
}

function queueSheetRead(context: Excel.RequestContext, read: SheetRead): PendingRead {
  // Chained on a possibly-missing sheet, a null sheet gives a null range: a missing sheet
  // is told from an empty one by the sheet's own null state.
  const worksheet = context.workbook.worksheets.getItemOrNullObject(read.sheet);
  if (read.columns === undefined && read.address !== undefined) {
    // A fixed range from A1, e.g. the top of a sheet that may be large.
    const range = worksheet.getRange(read.address);
    const load = read.load ?? "values";
    range.load(load);
    return {
      sheet: read.sheet,
      grids: () => (worksheet.isNullObject ? null : { [load]: range[load] as Grid }),
    };
  }
  const used = worksheet.getUsedRangeOrNullObject(true);
  if (read.columns === undefined) {
    const load = read.load ?? "values";
    used.load(`address,${load}`);
    return {
      sheet: read.sheet,
      grids: () => {
        if (worksheet.isNullObject) return null;
        return { [load]: used.isNullObject ? [] : anchorAtA1(used.address, used[load] as Grid) };
      },
    };
  }
  used.load("rowIndex,rowCount");
  const parts = read.columns.map((c) => {
    const range = used.getIntersectionOrNullObject(c.columns);
    range.load(`${c.load},columnIndex`);
    return { range, load: c.load, rect: parseRange(c.columns) };
  });
  const width = Math.max(0, ...parts.map((p) => (p.rect ? p.rect.lastCol + 1 : 0)));
  return {
    sheet: read.sheet,
    grids: () => {
      if (worksheet.isNullObject) return null;
      const loads = [...new Set(parts.map((p) => p.load))];
      if (used.isNullObject) return Object.fromEntries(loads.map((l) => [l, []]));
      // Rows above the used range are empty; every row of it is as wide as the last column read.
      const above: CellValue[][] = new Array<CellValue[]>(used.rowIndex).fill([]);
      const blank = () => [
        ...above,
        ...Array.from({ length: used.rowCount }, () => new Array<CellValue>(width).fill("")),
      ];
      const grids = Object.fromEntries(loads.map((l) => [l, blank()]));
      for (const part of parts) {
        if (part.range.isNullObject) continue;
        const target = grids[part.load] ?? [];
        (part.range[part.load] as CellValue[][]).forEach((row, r) =>
          row.forEach((v, c) => {
            const line = target[used.rowIndex + r];
            if (line) line[part.range.columnIndex + c] = v;
          }),
        );
      }
      return grids;
    },
  };
}

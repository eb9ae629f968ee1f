import { cellAddress, parseRange } from "../workbook/a1";
import type { WorkbookRead } from "../workbook/ReadSpec";
import type { SheetPlan, WorkbookPlan } from "../workbook/SheetPlan";
import { splitWorkbookPlan } from "../workbook/splitWorkbookPlan";
import type { WriteProblem } from "./ActionOutcome";

/** Excel's grid: 1,048,576 rows, 16,384 columns (XFD). */
const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

/** Excel's sheet-name rules (office-js-known-issues G.20). */
function isValidSheetName(name: string): boolean {
  return (
    name.length >= 1 &&
    name.length <= 31 &&
    !/[:\\/?*[\]]/.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    name.toLowerCase() !== "history"
  );
}

/**
 * Everything that would make the write fail, or write something wrong, found from what
 * was read before anything is written: a galat each, and the action stops with nothing
 * changed. Checked:
 *
 * - every sheet the plan writes, renames or deletes: there (or created before it is
 *   written), and not protected with a password (when the shell can tell: Excel on the
 *   web says so, desktop Excel does not, and there the unprotect that comes first in
 *   the write fails before anything changed);
 * - every sheet created or renamed: a name Excel accepts, not taken;
 * - every name added: not taken;
 * - every cell: a finite number (a NaN or Infinity would reach the sheet as an error or
 *   nothing at all), inside Excel's grid;
 * - the whole: small enough for Excel on the web's request limit once split.
 *
 * Pure. The plan's own consistency (a sheet written twice, created after a write) is
 * the planner's business; what is checked here is the plan against the workbook.
 */
export function preflight(
  plan: WorkbookPlan,
  read: WorkbookRead,
  options: { readonly maxBatchBytes?: number } = {},
): WriteProblem[] {
  const problems: WriteProblem[] = [];
  const add = (p: WriteProblem) => {
    if (!problems.some((q) => JSON.stringify(q) === JSON.stringify(p))) problems.push(p);
  };
  const info = new Map(read.sheets.map((s) => [s.name.toLowerCase(), s]));
  // The sheet names as they will be when each step runs.
  const names = new Set(info.keys());
  const exists = (name: string) => names.has(name.toLowerCase());
  const original = new Map<string, string>();
  const touch = (name: string) => {
    const before = info.get(original.get(name.toLowerCase()) ?? name.toLowerCase());
    if (before?.passwordProtected === true) add({ code: "sheetPasswordProtected", sheet: before.name });
  };

  for (const op of plan.sheetOps ?? []) {
    if (!exists(op.sheet)) {
      add({ code: "sheetNotFound", sheet: op.sheet });
      continue;
    }
    names.delete(op.sheet.toLowerCase());
    if (op.kind === "rename") {
      if (!isValidSheetName(op.to)) add({ code: "sheetNameInvalid", sheet: op.to });
      else if (exists(op.to)) add({ code: "sheetExists", sheet: op.to });
      names.add(op.to.toLowerCase());
      original.set(op.to.toLowerCase(), original.get(op.sheet.toLowerCase()) ?? op.sheet.toLowerCase());
    }
  }

  const sheetPlans = [...(plan.begin ? [plan.begin] : []), ...plan.sheets];
  const created = new Set<string>();
  for (const sheet of sheetPlans) {
    const key = sheet.name.toLowerCase();
    if (sheet.mode === "create" && !created.has(key)) {
      if (!isValidSheetName(sheet.name)) add({ code: "sheetNameInvalid", sheet: sheet.name });
      else if (exists(sheet.name)) add({ code: "sheetExists", sheet: sheet.name });
      names.add(key);
      created.add(key);
    } else if (!exists(sheet.name)) {
      add({ code: "sheetNotFound", sheet: sheet.name });
    } else if (!created.has(key)) {
      touch(sheet.name);
    }
    checkCells(sheet, add);
  }
  for (const name of plan.retire ?? []) if (!exists(name)) add({ code: "sheetNotFound", sheet: name });

  const taken = new Set(read.names.map((n) => n.toLowerCase()));
  for (const n of plan.names) {
    if (!n.exists && taken.has(n.name.toLowerCase())) add({ code: "nameExists", name: n.name });
    if (!exists(n.sheet)) add({ code: "sheetNotFound", sheet: n.sheet });
  }

  if (options.maxBatchBytes !== undefined) {
    try {
      splitWorkbookPlan(plan, options.maxBatchBytes);
    } catch {
      add({ code: "tooLarge" });
    }
  }
  return problems;
}

function checkCells(sheet: SheetPlan, add: (p: WriteProblem) => void): void {
  for (const block of sheet.cells) {
    const start = parseRange(block.address);
    if (!start) continue;
    const width = Math.max(0, ...block.values.map((r) => r.length));
    if (start.row + block.values.length > MAX_ROWS || start.col + width > MAX_COLUMNS) {
      add({ code: "outsideGrid", sheet: sheet.name, address: block.address });
      continue;
    }
    block.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (typeof v === "number" && !Number.isFinite(v))
          add({ code: "notFinite", sheet: sheet.name, address: cellAddress(start.row + r, start.col + c) });
      }),
    );
  }
}
